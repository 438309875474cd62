"""Reading a search message: free words, and the filters people type without thinking.

"cherche permis dupond 2025" is a type (permis de construire), a name and a year; "délib cantine
septembre" a type, a word and a month; "mes documents arrêté" the person's own arrêtés. Type
aliases come from the referential (`aliases` of each type, and its label), services from the
configuration. Accents, case and punctuation do not matter, and a type or month name with a
small typo is still recognised ("delibration", "setpembre").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from french.dates import MONTHS
from french.fold import fold, words_of
from referentiel.model import Referentiel
from workflows.access import Service

_FOLDED_MONTHS = tuple(fold(m) for m in MONTHS)
FAMILY_MIN_LETTERS = 4
"""A shorter first word ("pv", "ca"...) is too vague to stand for a family of types."""
_MINE = (("mes", "documents"), ("mes", "docs"), ("mes", "fichiers"), ("mes",))


@dataclass(frozen=True)
class Query:
    words: tuple[str, ...] = ()
    type_ids: frozenset[str] = field(default_factory=frozenset)
    year: int | None = None
    last_year: int | None = None  # with `year`, a range: « 2024-2025 », « de 2019 à 2021 »
    month: int | None = None
    service_id: str | None = None
    mine: bool = False

    @property
    def empty(self) -> bool:
        return not (self.words or self.type_ids or self.year or self.service_id or self.mine)


def _close(word: str, target: str) -> bool:
    """Same word, or one slip for words of 5 letters or more (two from 9)."""
    if word == target:
        return True
    if len(target) < 5:
        return False
    return OSA.distance(word, target) <= (1 if len(target) < 9 else 2)


def _phrases(referentiel: Referentiel) -> list[tuple[tuple[str, ...], frozenset[str]]]:
    """Every way of naming a type, as folded word sequences, longest first.

    The first word of a type's name also names its family: "arrêté" means every kind of
    arrêté (permanent, temporaire...), "permis" every permit, as people say it; the longer
    name ("arrêté de circulation") still picks one type.
    """
    found: dict[tuple[str, ...], set[str]] = {}
    for doc_type in referentiel.types.values():
        for name in (doc_type.label, *doc_type.aliases):
            # The same words as a typed query keeps (no "de", "d'"), or "permis de construire"
            # and "certificat d'urbanisme" could never be matched as phrases.
            words = tuple(words_of(name))
            if not words:
                continue
            found.setdefault(words, set()).add(doc_type.id)
            if len(words) > 1 and len(words[0]) >= FAMILY_MIN_LETTERS:
                found.setdefault(words[:1], set()).add(doc_type.id)
    return sorted(((w, frozenset(ids)) for w, ids in found.items()), key=lambda i: -len(i[0]))


def _without_range_words(words: list[str], last_year: int | None) -> list[str]:
    """« entre 2019 et 2021 »: once read as a range, « entre » is no word to search for."""
    return [w for w in words if w != "entre"] if last_year is not None else words


def parse(text: str, referentiel: Referentiel, services: Sequence[Service] = ()) -> Query:
    tokens = words_of(text)
    raw_tokens = fold(text).split()
    mine = False
    for mine_words in _MINE:
        n = len(mine_words)
        if any(tuple(raw_tokens[i : i + n]) == mine_words for i in range(len(raw_tokens))):
            mine = True
            tokens = [t for t in tokens if t not in mine_words]
            break
    type_ids: set[str] = set()
    year: int | None = None
    last_year: int | None = None
    month: int | None = None
    service_id: str | None = None
    words: list[str] = []
    phrases = _phrases(referentiel)
    service_names = [(tuple(words_of(s.name)), frozenset({s.id})) for s in services] + [
        ((fold(s.id),), frozenset({s.id})) for s in services
    ]
    index = 0
    while index < len(tokens):
        token = tokens[index]
        if len(token) == 4 and token.isdigit() and 1900 <= int(token) <= 2099:
            # Two years in a row are a range: a school or budget year (« 2024-2025 »), or
            # « de 2019 à 2021 » (the small words are gone); otherwise the last year counts.
            previous = tokens[index - 1] if index else ""
            if year is not None and previous == str(year) and int(token) > year:
                last_year = int(token)
            else:
                year, last_year = int(token), None
            index += 1
            continue
        month_hit = next(
            (i + 1 for i, m in enumerate(_FOLDED_MONTHS) if _close(token, m) and len(token) >= 3),
            None,
        )
        if month_hit is not None:
            month = month_hit
            index += 1
            continue
        matched = False
        # One type at most: in "délib cantine", cantine is the subject, not a second type.
        lookups = [(service_names, "service")] + ([] if type_ids else [(phrases, "type")])
        for names, kind in lookups:
            for phrase, target in names:
                n = len(phrase)
                window = tokens[index : index + n]
                if len(window) == n and all(
                    _close(w, p) for w, p in zip(window, phrase, strict=True)
                ):
                    if kind == "type":
                        type_ids.update(target)
                    else:
                        service_id = next(iter(target))
                    index += n
                    matched = True
                    break
            if matched:
                break
        if not matched:
            words.append(token)
            index += 1
    return Query(
        words=tuple(_without_range_words(words, last_year)),
        type_ids=frozenset(type_ids),
        year=year,
        last_year=last_year,
        month=month,
        service_id=service_id,
        mine=mine,
    )
