"""What makes a document sensitive whatever its type: a social security number (NIR, with its
key), a bank account (IBAN, with its checksum), health words next to a person's name.

A payslip or an agent's file is sensitive by its type (`DocType.sensitive`); this reads the
text for the rest: a child's registration form naming an allergy, a letter with a RIB, a
certificate with a NIR. Checksums keep false alarms down: a reference number that looks like
a NIR or an IBAN almost never has the right key. A type may declare what it normally carries
(`DocType.expected`): a supplier's IBAN on an invoice is not personal data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from french.dates import fold_keep_offsets
from referentiel.model import DocType, RetentionRow

Marker = str  # "nir" | "iban" | "sante"

MARKER_WORDS: dict[Marker, str] = {
    "nir": "un numéro de sécurité sociale",
    "iban": "des coordonnées bancaires",
    "sante": "des informations de santé",
}
MARKER_CATEGORY: dict[Marker, str] = {
    "nir": "donnees_personnelles",
    "iban": "donnees_personnelles",
    "sante": "sante",
}
"""The sensitivity a marker gives a document of no sensitive type (a service may own it)."""

_NIR = re.compile(
    r"(?<![\dA-Za-z])([12])[ .]?(\d{2})[ .]?(0[1-9]|1[0-2]|[2-9]\d)[ .]?(\d{2}|2[AB])[ .]?"
    r"(\d{3})[ .]?(\d{3})[ .]?(\d{2})(?![\dA-Za-z])",
    re.IGNORECASE,
)
_IBAN = re.compile(r"(?<![A-Z0-9])([A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,4})?)")
_HEALTH = re.compile(
    r"\b(?:allergi\w*|asthm\w*|diabet\w*|epilep\w*|handicap\w*|mdph|aesh|"
    r"projet d accueil individualise|pai|traitement medical|traitement en cours|"
    r"maladie chronique|hospitalis\w*|pathologie\w*|trouble\w* (?:du|de l|des) \w+|tdah|"
    r"autis\w*|insuline|antecedents medicaux|certificat medical|arret maladie|"
    r"conge (?:de )?maladie|accident du travail|medecin traitant|regime alimentaire medical)\b"
)
# A person named nearby: « Enfant : Léa », « Nom : MARTIN », or a full name as printed,
# « Léa MARTIN », « MARTIN Léa », « M. Dupond ».
_PERSON = re.compile(
    r"\b(?:enfant|eleve|nom|prenom|agent|salarie|patient|beneficiaire|mme|madame|monsieur)\b"
)
_UPPER, _LOWER = "A-ZÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸ", "a-zàâäçéèêëîïôöùûüÿ"
_FULL_NAME = re.compile(
    rf"\b(?:[{_UPPER}][{_LOWER}]+(?:-[{_UPPER}][{_LOWER}]+)?\s+[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?"
    rf"|[{_UPPER}]{{2,}}\s+[{_UPPER}][{_LOWER}]+|(?:M\.|Mme|Mlle|Dr)\s+[{_UPPER}][{_LOWER}]+)\b"
)
HEALTH_WINDOW = 300  # characters around a health word where a person must be named
_OCR_DIGITS = str.maketrans({"O": "0", "o": "0", "l": "1", "I": "1", "i": "1"})
_DIGITISH = re.compile(r"[0-9OolIi]+")
_NON_WORD = re.compile(r"[^\w]")
_NONE_AFTER = re.compile(r"(?:\s+\w{1,4}){0,3}\s+(?:aucune?s?|neant|non|rien|sans objet)\b")
# A health word about people in general, not about someone: « places réservées aux personnes
# handicapées », « association de prévention du diabète », « campagne de dépistage ».
_COLLECTIVE_BEFORE = re.compile(
    r"\b(?:personnes?|publics?|associations?|prevention|ligue|campagnes?|journee|depistage|"
    r"sensibilisation|federation|reservees?|accessibilite|lutte contre|inclusion)\b"
    r"(?:\W+\w+){0,3}\W*$"
)
# Titles are not a person whose health is told: « Monsieur le Maire », « Madame la Présidente ».
_TITLE = re.compile(
    r"\b(?:monsieur|madame|m|mme) (?:le|la) (?:maire|president\w*|prefet\w*|directeur|"
    r"directrice|tresorier\w*|adjoint\w*|conseill\w*)\b"
)
# A business's own bank details (a supplier's RIB) are not personal data.
_BUSINESS = re.compile(
    r"\b(?:sarl|sas|sasu|eurl|siret|siren|rcs|capital social|nos factures|notre rib|"
    r"nos coordonnees bancaires|service clients?|fournisseur)\b"
)


@dataclass(frozen=True)
class Finding:
    marker: Marker
    category: str
    words: str  # « un numéro de sécurité sociale »


def nir_valid(number: str) -> bool:
    """15 characters (13 + key); Corsica's 2A and 2B count as 19 and 18 for the key."""
    digits = number.upper().replace(" ", "").replace(".", "")
    if len(digits) != 15:
        return False
    body, key = digits[:13], digits[13:]
    body = body.replace("2A", "19", 1) if body[5:7] == "2A" else body
    body = body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    if not body.isdigit() or not key.isdigit():
        return False
    return 97 - int(body) % 97 == int(key)


def iban_valid(candidate: str) -> bool:
    """ISO 13616: the country and check digits moved to the end, letters as numbers, mod 97."""
    compact = candidate.replace(" ", "").upper()
    if not 15 <= len(compact) <= 34 or not compact[:2].isalpha() or not compact[2:4].isdigit():
        return False
    if compact.startswith("FR") and len(compact) != 27:
        return False
    moved = compact[4:] + compact[:4]
    try:
        number = int("".join(str(int(c, 36)) for c in moved))
    except ValueError:
        return False
    return number % 97 == 1


def find(text: str, expected: frozenset[Marker] = frozenset()) -> list[Finding]:
    """Each marker found (once), in the order nir, iban, sante; `expected` ones are skipped.
    A scan's OCR may read a 1 as an l or a 0 as an O: numbers are read again with those
    letters as digits, the checksum still deciding."""
    found: list[Finding] = []
    readings = (text, _as_digits(text))
    if "nir" not in expected and any(
        nir_valid("".join(m.groups())) for t in readings for m in _NIR.finditer(t)
    ):
        found.append(_finding("nir"))
    # Folded with the same offsets as `text`, punctuation made spaces in place: a window
    # found in one fits the other.
    words = _NON_WORD.sub(" ", fold_keep_offsets(text))
    if (
        "iban" not in expected
        and any(iban_valid(m.group(1)) for t in readings for m in _IBAN.finditer(t.upper()))
        and not _BUSINESS.search(words)
    ):
        found.append(_finding("iban"))
    if "sante" not in expected and _health_near_person(text, words):
        found.append(_finding("sante"))
    return found


def _as_digits(text: str) -> str:
    """Letters OCR takes for digits, read as digits inside groups that hold a digit."""

    def digits(match: re.Match[str]) -> str:
        group = match.group()
        return group.translate(_OCR_DIGITS) if any(c.isdigit() for c in group) else group

    return _DIGITISH.sub(digits, text)


def _finding(marker: Marker) -> Finding:
    return Finding(marker, MARKER_CATEGORY[marker], MARKER_WORDS[marker])


def _health_near_person(text: str, words: str) -> bool:
    folded = _TITLE.sub(lambda m: " " * len(m.group()), words)
    for match in _HEALTH.finditer(folded):
        if _NONE_AFTER.match(folded, match.end()):
            continue  # a form's empty health line: « Allergies / PAI : aucune »
        if _COLLECTIVE_BEFORE.search(folded, max(0, match.start() - 60), match.start()):
            continue
        start, end = max(0, match.start() - HEALTH_WINDOW), match.end() + HEALTH_WINDOW
        if _PERSON.search(folded, start, end) or _FULL_NAME.search(text, start, end):
            return True
    return False


@dataclass(frozen=True)
class Sensitivity:
    """Why a document is sensitive, and of what kind."""

    kind: str  # « personnel », « sante », « donnees_personnelles »…
    why: str  # « c'est un bulletin de paie », « il contient des coordonnées bancaires »


def of_document(
    text: str, kind: DocType | None = None, row: RetentionRow | None = None
) -> Sensitivity | None:
    """A document's sensitivity: its type's (or its tableau row's), else what its text holds
    beyond what its type normally carries. Without a type yet: what its text holds."""
    declared = (kind.sensitive if kind else None) or (row.sensitive if row else None)
    if declared:
        label = kind.label if kind else row.typologie if row else ""
        return Sensitivity(declared, f"c'est un document de type « {label} »")
    found = find(text, frozenset(kind.expected) if kind else frozenset())
    if not found:
        return None
    return Sensitivity(found[0].category, "il contient " + " et ".join(f.words for f in found))
