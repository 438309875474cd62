"""An élu's one-word answer to a visa or signature request: « oui », « non trop cher », « vu ».

Read from a phone, often with a slip of the thumb, so the first word is matched with one typo
forgiven (« oiu », « nonn », « signé »). The reason of a refusal is everything after the word,
as typed. A number may say which pending request is meant when there are several
(« oui 2 », « non 2 mauvais montant »).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import OSA

from french.fold import fold
from workflows.answers import NO_REACTIONS, YES_REACTIONS

APPROVE = (
    "oui",
    "ok",
    "okay",
    "daccord",
    "vu",
    "vise",
    "viser",
    "visa",
    "signe",
    "signer",
    "approuve",
    "approuver",
    "valide",
    "valider",
    "accord",
    "favorable",
    "yes",
)
_COURTESY = frozenset(
    [
        "merci",
        "beaucoup",
        "bien",
        "parfait",
        "pour",
        "accord",
        "ok",
        "c",
        "est",
        "bon",
        "tout",
        "a",
        "fait",
        "je",
        "vise",
        "signe",
        "valide",
        "d",
        "bonne",
        "journee",
        "cordialement",
    ]
)
"""Words that may follow an approval (« oui merci », « ok pour moi »): anything else (« oui
mais… », « ok sauf l'article 2 ») is not a clear approval, and the bot asks again."""
REJECT = (
    "non",
    "refuse",
    "refuser",
    "refus",
    "rejet",
    "rejete",
    "rejeter",
    "defavorable",
    "no",
)
_LEADING = (
    "je",
    "j",
    "c",
    "d",
    "est",
    "pour",
    "ca",
)  # « je signe », « c'est non », « pour accord »
_NUMBER = re.compile(r"^(?:n[o°]?)?(\d{1,2})$")
_WORD = re.compile(r"[^\s'’]+")


@dataclass(frozen=True)
class Decision:
    approve: bool
    number: int | None = None
    reason: str | None = None


def _verdict(word: str) -> bool | None:
    if word in APPROVE:
        return True
    if word in REJECT:
        return False
    if len(word) < 3:
        return None
    if len(word) == 3:
        # Three letters: only the letters of « oui » / « non » swapped by a thumb. « qui »,
        # « bon » or « nom » are words, never a decision.
        for candidate, verdict in (("oui", True), ("non", False)):
            if sorted(word) == sorted(candidate):
                return verdict
        return None
    for candidates, verdict in ((APPROVE, True), (REJECT, False)):
        for candidate in candidates:
            if len(candidate) >= 3 and OSA.distance(word, candidate) <= 1:
                return verdict
    return None


def read_reaction(key: str) -> bool | None:
    """✅ / 👍 approve, ❌ / 👎 reject, anything else says nothing."""
    if key in YES_REACTIONS:
        return True
    if key in NO_REACTIONS:
        return False
    return None


def starts_like_one(text: str) -> bool:
    """« oui mais … », « non » …: the message opens with a decision word, even when what
    follows makes it unclear (then the bot asks again rather than ignore it)."""
    tokens = [fold(t.group()) for t in _WORD.finditer(text.strip())]
    while len(tokens) > 1 and tokens[0] in _LEADING:
        tokens.pop(0)
    return bool(tokens) and _verdict(tokens[0].replace(" ", "")) is not None


def read_decision(text: str) -> Decision | None:
    """None when the message is not a decision (then it is something else: a command...)."""
    text = text.strip()
    tokens = list(_WORD.finditer(text))
    folded = [fold(t.group()) for t in tokens]
    index = 0
    while index < len(folded) - 1 and folded[index] in _LEADING:
        index += 1
    if index >= len(folded):
        return None
    word = folded[index].replace(" ", "")
    verdict = _verdict(word)
    if verdict is None:
        return None
    index += 1
    number: int | None = None
    if index < len(folded):
        found = _NUMBER.match(folded[index].replace(" ", ""))
        if found:
            number = int(found.group(1))
            index += 1
    rest = text[tokens[index].start() :] if index < len(tokens) else ""
    rest = rest.strip(" :,.-–—!?")
    if not any(c.isalnum() for c in rest):
        rest = ""
    if verdict:
        if rest and not set(fold(rest).split()) <= _COURTESY | {"moi"}:
            return None  # « oui mais je voudrais d'abord ... » is a conversation, not a visa
        return Decision(approve=True, number=number)
    return Decision(approve=False, number=number, reason=rest or None)
