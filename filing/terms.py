"""The words a document is indexed by, written with it in the same transaction.

A document is indexed by the words of its name, title, type, class, key facts, reference,
service and year, and by the first words of its text (the whole text of a 70-page recueil would
multiply the index for little: what people type is in the metadata and the first pages). Words
are folded (no accents, no case, no punctuation) the same way queries are (`french.fold.words_of`),
so « Délibération » and "deliberation" are one word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from french.fold import words_of

BODY_TERMS = 400
"""Distinct words of the extracted text indexed per document, in reading order."""


def document_terms(
    *,
    name: str,
    title: str,
    type_label: str,
    class_label: str,
    ref: str,
    year: int,
    fields: Mapping[str, str],
    service: str | None,
    text: str,
) -> set[str]:
    """Every word a person may type to find this document."""
    metadata: Iterable[str] = (
        name.replace("_", " "),
        title,
        type_label,
        class_label,
        ref,
        str(year),
        service or "",
        *fields.values(),
    )
    terms: set[str] = set()
    for part in metadata:
        terms.update(words_of(part))
    seen = 0
    for word in words_of(text):
        if word not in terms:
            terms.add(word)
            seen += 1
            if seen >= BODY_TERMS:
                break
    return terms
