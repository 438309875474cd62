"""The search index: the words of every document (`search_posting`) and the vocabulary with
its counts (`search_term`), written in the filing transaction and read by `search.find`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col

from storage.document_repos import DocumentFilter
from storage.models import (
    Document,
    SearchPosting,
    SearchTerm,
)

STEPWISE_MAX = 1_000
"""Documents holding the rarest word of a query beyond which the database plans the search
(measured at 1M: 1,000 gave p95 31/60 ms on SQLite/PostgreSQL, 5,000 gave 61/84 ms)."""
_ADMIT_CHUNK = 2_000


async def _admitted(
    session: AsyncSession, ids: Sequence[int], where: DocumentFilter, limit: int
) -> list[int]:
    """Those of `ids` that meet `where`, read by primary key (see SearchIndex.matching)."""
    kept: list[int] = []
    for start in range(0, len(ids), _ADMIT_CHUNK):
        rows = await session.execute(
            select(
                col(Document.id),
                col(Document.type_id),
                col(Document.document_date),
                col(Document.service_id),
                col(Document.filed_by),
                col(Document.sensitive),
            ).where(col(Document.id).in_(list(ids[start : start + _ADMIT_CHUNK])))
        )
        for row in rows:
            if where.admits(
                row.id,
                row.type_id,
                row.document_date,
                row.service_id,
                row.filed_by,
                sensitive=row.sensitive,
            ):
                kept.append(int(row.id))
        if len(kept) >= limit:
            break
    return kept[:limit]


class SearchIndex:
    """The word index: written in the filing transaction, so a filed document is findable at
    once and a removed one never comes back."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def add(self, document_id: int, terms: Iterable[str]) -> list[str]:
        """Index a document's words. Returns the words new to the vocabulary."""
        words = sorted({t[:64] for t in terms if t})
        if not words:
            return []
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        await self._s.execute(
            insert(SearchPosting).on_conflict_do_nothing(),
            [{"term": w, "document_id": document_id} for w in words],
        )
        new: list[str] = []
        for word in words:
            stmt = (
                insert(SearchTerm)
                .values(term=word, documents=1)
                .on_conflict_do_update(
                    index_elements=["term"],
                    set_={"documents": SearchTerm.__table__.c.documents + 1},  # type: ignore[attr-defined]
                )
                .returning(col(SearchTerm.documents))
            )
            if (await self._s.execute(stmt)).scalar_one() == 1:
                new.append(word)
        return new

    async def remove(self, document_id: int) -> list[str]:
        """Forget a document. Returns the words it held, each once: the caller uncounts them
        from the spelling vocabulary (which drops those no document holds any more)."""
        result = await self._s.execute(
            delete(SearchPosting)
            .where(col(SearchPosting.document_id) == document_id)
            .returning(col(SearchPosting.term))
        )
        words = sorted(set(result.scalars().all()))
        for word in words:
            left = (
                await self._s.execute(
                    update(SearchTerm)
                    .where(col(SearchTerm.term) == word)
                    .values(documents=col(SearchTerm.documents) - 1)
                    .returning(col(SearchTerm.documents))
                )
            ).scalar_one_or_none()
            if left is not None and left <= 0:
                await self._s.execute(delete(SearchTerm).where(col(SearchTerm.term) == word))
        return words

    async def matching(
        self,
        groups: Sequence[Sequence[str]],
        limit: int = 1000,
        where: DocumentFilter | None = None,
    ) -> list[int]:
        """Documents holding, for every group, at least one of its words (AND of ORs), and
        meeting `where`.

        Give the rarest group first: its documents are read, then narrowed by each other
        group with a lookup on the (term, document) key restricted to them, then by the
        filters on the documents read by primary key. Each step is a query no planner can get
        wrong; left to plan one joined query, both SQLite and PostgreSQL were seen driving it
        from a common word or from "every invoice of 2024" instead of from the eight
        documents holding a rare name, a hundred times slower. When even the rarest group
        holds more than STEPWISE_MAX documents (common words only), reading them all back
        costs more than a plan, and the database is left to plan it all: then the filters
        (type and date, indexed together) are as likely as the words to be the narrow side.
        """
        if not groups or any(not g for g in groups):
            return []
        first = (
            select(col(SearchPosting.document_id))
            .where(col(SearchPosting.term).in_(sorted(set(groups[0]))))
            .distinct()
            .limit(STEPWISE_MAX + 1)
        )
        ids = [int(i) for i in (await self._s.execute(first)).scalars()]
        if len(ids) > STEPWISE_MAX:
            return await self._planned(groups, limit, where)
        for group in groups[1:]:
            if not ids:
                return []
            ids = await self._holding(group, ids)
        if where is None or where.empty:
            return ids[:limit]
        return await _admitted(self._s, ids, where, limit)

    async def _holding(self, group: Sequence[str], ids: Sequence[int]) -> list[int]:
        """Those of `ids` holding one of the words of `group`."""
        kept: set[int] = set()
        words = sorted(set(group))
        for start in range(0, len(ids), _ADMIT_CHUNK):
            chunk = list(ids[start : start + _ADMIT_CHUNK])
            found = await self._s.execute(
                select(col(SearchPosting.document_id)).where(
                    col(SearchPosting.term).in_(words),
                    col(SearchPosting.document_id).in_(chunk),
                )
            )
            kept.update(int(i) for i in found.scalars())
        return [i for i in ids if i in kept]

    async def _planned(
        self, groups: Sequence[Sequence[str]], limit: int, where: DocumentFilter | None
    ) -> list[int]:
        """Common words only: one query (EXISTS per further group, filters joined)."""
        first = aliased(SearchPosting, name="p0")
        query = select(col(first.document_id)).where(col(first.term).in_(list(groups[0])))
        for n, group in enumerate(groups[1:], start=1):
            other = aliased(SearchPosting, name=f"p{n}")
            query = query.where(
                select(col(other.document_id))
                .where(
                    col(other.document_id) == col(first.document_id),
                    col(other.term).in_(list(group)),
                )
                .exists()
            )
        if where is not None and not where.empty:
            query = query.join(Document, col(Document.id) == col(first.document_id)).where(
                *where.conditions(Document)
            )
        if len(groups[0]) > 1:
            query = query.distinct()
        return [int(i) for i in (await self._s.execute(query.limit(limit))).scalars()]

    async def rank(
        self,
        ids: Sequence[int],
        exact: Sequence[str],
        limit: int,
        likeliest: Sequence[str] = (),
    ) -> list[int]:
        """The best of `ids`, best first: more of the words exactly as typed, then more of the
        likeliest meaning of each mistyped word (its closest, most common correction), then the
        most recent document, then the last filed (so both databases give the same order).

        Ranking happens here rather than in Python so that only the few documents shown are
        read back: a vague query has two thousand candidates, and loading them all cost more
        than the search itself."""
        if not ids:
            return []
        order: list[Any] = []
        for words in (exact, likeliest):
            if not words:
                continue
            held = (
                select(func.count())
                .where(
                    col(SearchPosting.document_id) == col(Document.id),
                    col(SearchPosting.term).in_(sorted(set(words))),
                )
                .scalar_subquery()
            )
            order.append(held.desc())
        order += [col(Document.document_date).desc(), col(Document.id).desc()]
        stmt = (
            select(col(Document.id))
            .where(col(Document.id).in_(list(ids)))
            .order_by(*order)
            .limit(limit)
        )
        found = (await self._s.execute(stmt)).scalars().all()
        return [i for i in found if i is not None]

    async def terms(self) -> list[tuple[str, int]]:
        """The whole vocabulary with document counts."""
        result = await self._s.execute(select(col(SearchTerm.term), col(SearchTerm.documents)))
        return [(t, int(n)) for t, n in result.all()]

    async def terms_after(self, after: str, limit: int) -> list[tuple[str, int]]:
        """The next `limit` words after `after`, in the database's order: the spelling
        corrector is built page by page, never holding the whole list."""
        result = await self._s.execute(
            select(col(SearchTerm.term), col(SearchTerm.documents))
            .where(col(SearchTerm.term) > after)
            .order_by(col(SearchTerm.term))
            .limit(limit)
        )
        return [(t, int(n)) for t, n in result.all()]
