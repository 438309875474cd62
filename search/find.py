"""Finding documents: the query's words, corrected, looked up in the index filing wrote
(`filing.terms`), then filtered by what the reader may see and ranked by the database."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from storage.document_repos import DocumentFilter
from storage.models import Document
from storage.uow import UnitOfWork
from workflows.access import Reader
from workflows.spelling import Vocabulary

if TYPE_CHECKING:
    from search.query import Query

# --- finding ---------------------------------------------------------------------------------

MAX_CANDIDATES = 2000
"""Documents ranked at most: a query matching more is too vague to rank well, and the answer
says so rather than ranking half the database."""
RESULTS = 50
"""Documents a search returns, best first: ten pages of « plus » is more than anyone reads."""


@dataclass(frozen=True)
class Found:
    """What a search found, best first (at most `RESULTS`)."""

    documents: list[Document]
    corrected: dict[str, str]  # typed word -> word searched, when a typo was corrected
    unknown: tuple[str, ...]  # typed words found nowhere (left out of the search)
    truncated: bool


def spellings(word: str, vocabulary: Vocabulary) -> list[str]:
    """The indexed words a typed word may mean: itself, close spellings, or, for a word found
    nowhere, the words it begins ("delib" cut short) and, for three letters, the words it is
    with one letter dropped ("pae" for "paie")."""
    found = [w for w, _ in vocabulary.candidates(word)]
    if not found and len(word) >= 3 and not word.isdigit():
        found = list(
            dict.fromkeys(vocabulary.one_letter_more(word) + vocabulary.completions(word))
        )
    return found


def document_filter(query: Query, user_id: str, reader: Reader | None) -> DocumentFilter:
    """The query's filters and, given a reader, what they may see, for the database."""
    return DocumentFilter(
        type_ids=query.type_ids,
        year=query.year,
        last_year=query.last_year,
        month=query.month,
        service_id=query.service_id,
        filed_by=user_id if query.mine else None,
        services=None if reader is None or reader.sees_all else reader.services,
        reader=reader.user_id if reader is not None else None,
        document_ids=reader.documents if reader is not None else frozenset(),
        sensitive_services=(
            None if reader is None or reader.sees_all_sensitive else reader.sensitive_services
        ),
    )


async def find(
    uow: UnitOfWork,
    vocabulary: Vocabulary,
    query: Query,
    user_id: str,
    *,
    reader: Reader | None = None,
) -> Found:
    """Documents matching every word (each under one of its spellings) and every filter.

    With a `reader`, only documents they may see are considered at all (the database applies
    it before the candidate limit); without, every document (benchmarks, tools).
    """
    groups: list[list[str]] = []
    corrected: dict[str, str] = {}
    unknown: list[str] = []
    for word in query.words:
        found = spellings(word, vocabulary)
        if not found:
            unknown.append(word)
            continue
        if found[0] != word:
            corrected[word] = found[0]
        groups.append(found)
    where = document_filter(query, user_id, reader)
    if groups:
        # The rarest word first: it drives the index query (see SearchIndex.matching).
        groups.sort(key=lambda g: sum(vocabulary.frequency(w) for w in g))
        ids = await uow.search.matching(groups, limit=MAX_CANDIDATES + 1, where=where)
        truncated = len(ids) > MAX_CANDIDATES
        exact = [w for w in query.words if w in vocabulary]
        likeliest = [g[0] for g in groups if g[0] not in exact]
        best = await uow.search.rank(
            ids[:MAX_CANDIDATES], exact, limit=RESULTS, likeliest=likeliest
        )
    elif query.words:
        return Found([], corrected, tuple(unknown), truncated=False)
    else:
        best = await uow.documents.filtered(where, limit=RESULTS + 1)
        truncated = len(best) > RESULTS
        best = best[:RESULTS]
    loaded = {d.id: d for d in await uow.documents.by_ids(best)}
    documents = [loaded[i] for i in best if i in loaded]
    return Found(documents, corrected, tuple(unknown), truncated)
