"""Finding documents: which words of a document are indexed, and how a query is read.

A document is indexed by the words of its name, title, type, class, key facts, reference,
service and year, and by the first words of its text (the whole text of a 70-page recueil would
multiply the index for little: what people type is in the metadata and the first pages). Words
are folded (no accents, no case, no punctuation) the same way queries are, so « Délibération »
and "deliberation" are one word.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from commands.lexicon import fold

BODY_TERMS = 400
"""Distinct words of the extracted text indexed per document, in reading order."""
MAX_TERM = 64

STOPWORDS = frozenset(
    """
    le la les de du des un une et en au aux a l d un une pour par sur dans avec sans que qui
    ce ces cet cette son sa ses se ne pas est sont ou il elle ils elles nous vous y
    """.split()  # noqa: SIM905 - a word list reads better as text
)


def words_of(text: str) -> list[str]:
    """Folded words worth indexing or searching, in order, repeats kept."""
    return [
        w[:MAX_TERM]
        for w in fold(text).split()
        if w not in STOPWORDS and (len(w) > 1 or w.isdigit())
    ]


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
