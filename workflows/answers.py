"""Understanding short answers: a number, oui/non, a few control words, a reaction.

People answer numbered questions in many ways ("2", "2.", "le deuxième", "non", 👍, the words of
the choice itself, with typos). Every dialogue reads answers through these functions, so the same
answer means the same thing everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from rapidfuzz import fuzz, process

from french.fold import fold

Control = Literal["cancel", "back", "help", "skip", "finish"]

_CONTROL_WORDS: dict[Control, tuple[str, ...]] = {
    "cancel": (
        "annuler",
        "annule",
        "annulez",
        "abandonner",
        "abandon",
        "stop",
        "laisse tomber",
        "laissez tomber",
    ),
    "back": (
        "retour",
        "revenir",
        "precedent",
        "question precedente",
        "en arriere",
        "retour arriere",
    ),
    "help": ("aide", "help", "au secours", "je ne comprends pas", "comment faire"),
    "skip": (
        "passer",
        "je ne sais pas",
        "je sais pas",
        "aucun",
        "aucune",
        "rien",
        "inconnu",
        # an event still to come (a marché not yet paid off, a file still open)
        "pas encore",
        "non pas encore",
        "pas encore solde",
        "pas encore clos",
        "pas encore notifie",
        "pas encore arrive",
    ),
    "finish": (
        "fini",
        "finie",
        "termine",
        "terminee",
        "c est tout",
        "cest tout",
        "c est fini",
        "tout est envoye",
        "voila",
        "fin",
    ),
}

_YES = {
    "oui",
    "o",
    "ouais",
    "ok",
    "okay",
    "d accord",
    "daccord",
    "exact",
    "exactement",
    "c est ca",
    "cest ca",
    "c est bien ca",
    "oui c est ca",
    "oui merci",
    "bien sur",
    "parfait",
    "yes",
    "valider",
    "je valide",
    "confirme",
    "confirmer",
    "correct",
    "juste",
    "tout a fait",
}
_NO = {
    "non",
    "n",
    "no",
    "pas du tout",
    "non merci",
    "faux",
    "incorrect",
    "pas ca",
    "non c est faux",
    "c est faux",
    "modifier",
    "corriger",
    "erreur",
}

_ORDINALS = {
    "un": 1, "une": 1, "premier": 1, "premiere": 1, "1er": 1, "1ere": 1,
    "deux": 2, "deuxieme": 2, "second": 2, "seconde": 2, "2e": 2, "2eme": 2,
    "trois": 3, "troisieme": 3, "3e": 3, "3eme": 3,
    "quatre": 4, "quatrieme": 4, "4e": 4, "4eme": 4,
    "cinq": 5, "cinquieme": 5, "5e": 5, "5eme": 5,
    "six": 6, "sixieme": 6, "sept": 7, "septieme": 7, "huit": 8, "huitieme": 8,
    "neuf": 9, "neuvieme": 9,
}  # fmt: skip
_NUMBER = re.compile(
    r"^(?:n[o°]?\s*|choix\s*|numero\s*|le\s+|la\s+|reponse\s*)?(\d{1,2})\s*[.)]?$"
)
_FILLER = re.compile(r"^(?:le|la|l|choix|reponse|numero|n|no)\s+")

KEYCAPS = {f"{n}\ufe0f\u20e3": n for n in range(1, 10)} | {f"{n}\u20e3": n for n in range(1, 10)}
YES_REACTIONS = {"👍", "✅", "✔️", "✔", "👌", "🆗"}
NO_REACTIONS = {"👎", "❌", "✖️", "🚫"}


def _clean(text: str) -> str:
    folded = fold(text)
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def control(text: str) -> Control | None:
    """A control word, only when it is the whole message (an answer may contain "annulation")."""
    cleaned = _clean(text)
    if not cleaned:
        return None
    for kind, words in _CONTROL_WORDS.items():
        if cleaned in words:
            return kind
    return None


def yes_no(text: str) -> bool | None:
    cleaned = _clean(text)
    if cleaned in _YES:
        return True
    if cleaned in _NO:
        return False
    first = cleaned.split(" ", 1)[0] if cleaned else ""
    if first == "oui":
        return True
    if first == "non":
        return False
    return None


def number(text: str) -> int | None:
    """1 from "1", "1.", "n°1", "le premier", "choix 1"; None otherwise."""
    cleaned = _clean(text.replace("°", "o"))
    found = _NUMBER.match(cleaned)
    if found:
        return int(found.group(1))
    cleaned = _FILLER.sub("", cleaned)
    return _ORDINALS.get(cleaned)


def choice(text: str, options: Sequence[str], *, cutoff: float = 80.0) -> int | None:
    """The 1-based option meant by `text`: its number, or its words (typos forgiven)."""
    picked = number(text)
    if picked is not None:
        return picked if 1 <= picked <= len(options) else None
    cleaned = _clean(text)
    if len(cleaned) < 3:
        return None
    folded = [_clean(option) for option in options]
    for index, option in enumerate(folded):
        if cleaned == option:
            return index + 1
    found = process.extract(cleaned, folded, scorer=fuzz.WRatio, limit=2)
    if not found or found[0][1] < cutoff:
        return None
    if len(found) > 1 and found[1][1] >= found[0][1] - 3:
        return None  # two options fit as well: better ask again than guess
    return int(found[0][2]) + 1


def reaction_choice(key: str) -> int | None:
    """1️⃣..9️⃣ mean that choice; 👍 means the first (oui), 👎 the second (non)."""
    if key in KEYCAPS:
        return KEYCAPS[key]
    if key in YES_REACTIONS:
        return 1
    if key in NO_REACTIONS:
        return 2
    return None
