"""The archive's documents: who may see which (`DocumentFilter`, applied in SQL so a search
never even reads a document its reader may not see), the documents themselves, the type
statistics the suggestion learns from, and the counters that number references.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, extract, false, func, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import defer
from sqlmodel import col

from storage.models import (
    Counter,
    Document,
    TypeTokenCount,
)


@dataclass(frozen=True)
class DocumentFilter:
    """Conditions on documents, applied by the database before any limit.

    The search filters (type, date, service, « mes documents ») and what the reader may see:
    `services` None means every service (no access rule applied, or a role that sees all);
    otherwise a document is kept if its service is in `services`, if `reader` filed it, or if
    its id is in `document_ids`. A sensitive document (payslip, health) is kept through
    `sensitive_services` instead (None: every service's). Both None: no access rule. Applying
    access in the query (not after it) means a person of a small service is never crowded out
    of the first results by documents they may not see.
    """

    type_ids: frozenset[str] = frozenset()
    year: int | None = None
    last_year: int | None = None  # a range of years, `year` to this one (« 2024-2025 »)
    month: int | None = None
    service_id: str | None = None
    filed_by: str | None = None
    services: frozenset[str] | None = None
    reader: str | None = None
    document_ids: frozenset[int] = frozenset()
    sensitive_services: frozenset[str] | None = None

    @property
    def empty(self) -> bool:
        return not (
            self.type_ids
            or self.year is not None
            or self.month is not None
            or self.service_id is not None
            or self.filed_by is not None
            or self.restricted
        )

    @property
    def restricted(self) -> bool:
        """An access rule applies."""
        return self.services is not None or self.sensitive_services is not None

    def admits(
        self,
        document_id: int,
        type_id: str,
        day: dt.date,
        service_id: str | None,
        filed_by: str,
        *,
        sensitive: str | None = None,
    ) -> bool:
        """The same test as `conditions`, on one document's values (kept in step by a test)."""
        if self.type_ids and type_id not in self.type_ids:
            return False
        if self.year is not None and not self.year <= day.year <= (self.last_year or self.year):
            return False
        if self.month is not None and day.month != self.month:
            return False
        if self.service_id is not None and service_id != self.service_id:
            return False
        if self.filed_by is not None and filed_by != self.filed_by:
            return False
        if not self.restricted:
            return True
        if (self.reader is not None and filed_by == self.reader) or (
            document_id in self.document_ids
        ):
            return True
        allowed = self.sensitive_services if sensitive else self.services
        return allowed is None or (service_id is not None and service_id in allowed)

    def conditions(self, document: Any) -> list[ColumnElement[bool]]:
        """SQL conditions on `document` (the Document entity or an alias of it)."""
        found: list[ColumnElement[bool]] = []
        if self.type_ids:
            found.append(col(document.type_id).in_(sorted(self.type_ids)))
        day = col(document.document_date)
        if self.year is not None and self.month is not None and self.last_year is None:
            first = dt.date(self.year, self.month, 1)
            after = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            found += [day >= first, day < after]
        elif self.year is not None:
            last = self.last_year or self.year
            found += [day >= dt.date(self.year, 1, 1), day <= dt.date(last, 12, 31)]
            if self.month is not None:
                found.append(extract("month", day) == self.month)
        elif self.month is not None:
            found.append(extract("month", day) == self.month)
        if self.service_id is not None:
            found.append(col(document.service_id) == self.service_id)
        if self.filed_by is not None:
            found.append(col(document.filed_by) == self.filed_by)
        if self.restricted:
            allowed: list[ColumnElement[bool]] = []
            service = col(document.service_id)
            if self.services == self.sensitive_services:
                # The usual reader: their services' documents, sensitive or not.
                if self.services:
                    allowed.append(service.in_(sorted(self.services)))
            else:
                plain, flagged = (
                    col(document.sensitive).is_(None),
                    col(document.sensitive).is_not(None),
                )
                for condition, services in (
                    (plain, self.services),
                    (flagged, self.sensitive_services),
                ):
                    if services is None:
                        allowed.append(condition)
                    elif services:
                        allowed.append(and_(condition, service.in_(sorted(services))))
            if self.reader is not None:
                allowed.append(col(document.filed_by) == self.reader)
            if self.document_ids:
                allowed.append(col(document.id).in_(sorted(self.document_ids)))
            found.append(or_(*allowed) if allowed else false())
        return found


_WITHOUT_TEXT = defer(Document.text, raiseload=True)  # type: ignore[arg-type]
"""Reading `text` from a listed document raises instead of loading it behind one's back."""


class Documents:
    """Filed documents."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, document: Document) -> Document:
        self._s.add(document)
        await self._s.flush()
        return document

    async def save(self, *documents: Document) -> None:
        """Take documents changed in place (retention dates, sort, hold, disposal) into the
        transaction; their UPDATE goes out with the next query or the commit."""
        self._s.add_all(documents)

    async def get(self, document_id: int) -> Document | None:
        return await self._s.get(Document, document_id)

    async def by_source(self, source_sha256: str) -> Document | None:
        result = await self._s.execute(
            select(Document).where(col(Document.source_sha256) == source_sha256)
        )
        return result.scalar_one_or_none()

    async def by_ref(self, ref: str) -> Document | None:
        result = await self._s.execute(select(Document).where(col(Document.ref) == ref))
        return result.scalar_one_or_none()

    async def awaiting(
        self, *, dossier: str | None = None, ref: str | None = None
    ) -> list[Document]:
        """Documents whose retention waits for its start event, in a dossier (folded name) or
        by their reference; still kept here."""
        keys = []
        if dossier:
            keys.append(col(Document.dossier) == dossier)
        if ref:
            keys.append(col(Document.ref) == ref)
        if not keys:
            return []
        result = await self._s.execute(
            select(Document)
            .options(_WITHOUT_TEXT)
            .where(
                or_(*keys),
                col(Document.awaiting_event).is_not(None),
                col(Document.disposal) == "",
            )
            .order_by(col(Document.id))
        )
        return list(result.scalars().all())

    async def kept_of_rows(
        self, row_ids: Sequence[str], after_id: int, limit: int
    ) -> list[Document]:
        """Documents of these tableau rows still here (kept, or proposed in a bordereau), by
        id from `after_id`, without their text: a page of a recomputation."""
        result = await self._s.execute(
            select(Document)
            .options(_WITHOUT_TEXT)
            .where(
                col(Document.row_id).in_(list(row_ids)),
                col(Document.disposal).in_(["", "proposed"]),
                col(Document.id) > after_id,
            )
            .order_by(col(Document.id))
            .limit(limit)
        )
        return list(result.scalars().all())

    async def by_ids(self, ids: Sequence[int]) -> list[Document]:
        """Documents to list (search results), without their text: a search ranks up to two
        thousand candidates and never reads their pages, which can weigh megabytes."""
        found: list[Document] = []
        for start in range(0, len(ids), 500):
            result = await self._s.execute(
                select(Document)
                .options(_WITHOUT_TEXT)
                .where(col(Document.id).in_(list(ids[start : start + 500])))
            )
            found.extend(result.scalars().all())
        return found

    async def filtered(self, where: DocumentFilter, limit: int = 1000) -> list[int]:
        """Documents meeting `where`, the most recent first (a search with no words)."""
        stmt = select(col(Document.id)).where(*where.conditions(Document))
        stmt = stmt.order_by(col(Document.document_date).desc(), col(Document.id).desc())
        found = (await self._s.execute(stmt.limit(limit))).scalars().all()
        return [i for i in found if i is not None]

    async def names_starting(self, prefix: str) -> set[str]:
        """Names already used that begin like `prefix` (to pick a free suffix)."""
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        result = await self._s.execute(
            select(col(Document.name)).where(col(Document.name).like(f"{escaped}%", escape="\\"))
        )
        return set(result.scalars().all())

    async def holding(self, sha256s: Iterable[str]) -> set[str]:
        """Those of these files that a document still here holds (one query per 500): an
        eliminated document's row stays as proof, its file goes."""
        wanted = list(sha256s)
        held: set[str] = set()
        for start in range(0, len(wanted), 500):
            result = await self._s.execute(
                select(col(Document.sha256))
                .where(
                    col(Document.sha256).in_(wanted[start : start + 500]),
                    col(Document.disposal) != "eliminated",
                )
                .distinct()
            )
            held.update(result.scalars().all())
        return held

    async def all(self) -> Sequence[Document]:
        return (await self._s.execute(select(Document).order_by(col(Document.id)))).scalars().all()

    async def count(self) -> int:
        return int(
            (await self._s.execute(select(func.count()).select_from(Document))).scalar_one()
        )

    async def per_type(self) -> dict[str, int]:
        result = await self._s.execute(
            select(col(Document.type_id), func.count()).group_by(col(Document.type_id))
        )
        return {type_id: int(n) for type_id, n in result.all()}


class TypeStats:
    """Word counts per confirmed document type: the memory behind the type suggestion."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def learn(self, type_id: str, tokens: Iterable[str]) -> None:
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        for token in dict.fromkeys(tokens):
            stmt = insert(TypeTokenCount).values(type_id=type_id, token=token[:64], count=1)
            stmt = stmt.on_conflict_do_update(
                index_elements=["type_id", "token"],
                set_={"count": TypeTokenCount.__table__.c.count + 1},  # type: ignore[attr-defined]
            )
            await self._s.execute(stmt)

    async def counts(self, tokens: Sequence[str]) -> dict[str, dict[str, int]]:
        """type -> token -> documents holding it, for the given tokens only."""
        found: dict[str, dict[str, int]] = {}
        wanted = list(dict.fromkeys(t[:64] for t in tokens))
        for start in range(0, len(wanted), 500):
            result = await self._s.execute(
                select(
                    col(TypeTokenCount.type_id),
                    col(TypeTokenCount.token),
                    col(TypeTokenCount.count),
                ).where(col(TypeTokenCount.token).in_(wanted[start : start + 500]))
            )
            for type_id, token, count in result.all():
                found.setdefault(type_id, {})[token] = int(count)
        return found

    async def vocabulary(self) -> int:
        stmt = select(func.count(func.distinct(col(TypeTokenCount.token))))
        return int((await self._s.execute(stmt)).scalar_one())


class Counters:
    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def next(self, name: str) -> int:
        """The next value of a named sequence; the row lock serialises concurrent writers."""
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        stmt = (
            insert(Counter)
            .values(name=name, value=1)
            .on_conflict_do_update(
                index_elements=["name"],
                set_={"value": Counter.__table__.c.value + 1},  # type: ignore[attr-defined]
            )
            .returning(col(Counter.value))
        )
        return int((await self._s.execute(stmt)).scalar_one())
