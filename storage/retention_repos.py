"""What retention work reads and writes: due documents, holds and extensions, bordereaux, the
référents' digests. Exposed as `uow.retention`.

The daily scan is one grouped query on `ix_document_due` (disposal, hold, dua_end, then the
summed columns): it reads the index only, never the document rows, whatever the number of
documents kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, extract, false, func, literal_column, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from storage.models import (
    Document,
    RetentionAction,
    RetentionNotice,
    Slip,
    SlipItem,
    SlipLine,
)


@dataclass(frozen=True)
class Waiting:
    """A dossier (or a lone document) whose retention still waits for its start event."""

    service_id: str | None
    event: str
    count: int
    ref: str  # its first document's reference
    title: str
    first_filed: dt.datetime
    dossier: str | None  # folded (« 2025 mapa 07 »); None for a lone document


@dataclass(frozen=True)
class DueGroup:
    """Documents of one service and one retention row that are due: how many, how big, from
    when to when."""

    service_id: str | None
    sort: str
    row_id: str
    count: int
    size: int
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class Volume:
    key: str | None
    count: int
    size: int


def _kept() -> list[ColumnElement[bool]]:
    """Written as the partial index `ix_document_due` is (literals, not parameters), so the
    planners see the query's terms imply the index's and read the index alone."""
    return [col(Document.disposal) == literal_column("''"), col(Document.hold) == false()]


class Retention:
    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def save(
        self, *rows: RetentionAction | RetentionNotice | Slip | SlipLine | SlipItem
    ) -> None:
        """Take retention rows changed in place (a bordereau's status, a line's decision, an
        item's fate, a hold lifted, a digest sent) into the transaction; their UPDATE goes
        out with the next query or the commit."""
        self._s.add_all(rows)

    # --- the scan ----------------------------------------------------------------------------

    async def due_groups(self, horizon: dt.date) -> list[DueGroup]:
        """Everything kept, not frozen, whose DUA ends by `horizon` (already ended included:
        a document nobody decided about stays due), grouped by service and row."""
        stmt = (
            select(
                col(Document.service_id),
                col(Document.sort),
                col(Document.row_id),
                func.count(),
                func.sum(col(Document.size)),
                func.min(col(Document.document_date)),
                func.max(col(Document.document_date)),
            )
            .where(*_kept(), col(Document.dua_end) <= horizon)
            .group_by(col(Document.service_id), col(Document.sort), col(Document.row_id))
            # SQLite's planner would rather read the whole table (1 s at a million documents
            # when half is due); the covering index, read in group order, takes a sixth.
            .with_hint(Document, "INDEXED BY ix_document_due", "sqlite")
        )
        return [
            DueGroup(service, sort, row, int(n), int(size or 0), first, last)
            for service, sort, row, n, size, first, last in (await self._s.execute(stmt)).all()
        ]

    async def due_documents(
        self, service_id: str | None, sorts: Sequence[str], horizon: dt.date
    ) -> list[Document]:
        """The due documents of one service with one of these sorts, oldest first."""
        service = (
            col(Document.service_id).is_(None)
            if service_id is None
            else col(Document.service_id) == service_id
        )
        stmt = (
            select(Document)
            .where(
                *_kept(),
                col(Document.dua_end) <= horizon,
                service,
                col(Document.sort).in_(list(sorts)),
            )
            .order_by(col(Document.row_id), col(Document.document_date), col(Document.id))
        )
        return list((await self._s.execute(stmt)).scalars().all())

    # --- holds and extensions ----------------------------------------------------------------

    async def add_action(self, action: RetentionAction) -> RetentionAction:
        self._s.add(action)
        await self._s.flush()
        return action

    async def actions_of(self, document_id: int) -> list[RetentionAction]:
        stmt = (
            select(RetentionAction)
            .where(col(RetentionAction.document_id) == document_id)
            .order_by(col(RetentionAction.at), col(RetentionAction.id))
        )
        return list((await self._s.execute(stmt)).scalars().all())

    async def open_hold(self, document_id: int) -> RetentionAction | None:
        for action in await self.actions_of(document_id):
            if action.kind == "hold" and action.ended_at is None:
                return action
        return None

    # --- bordereaux --------------------------------------------------------------------------

    async def add_slip(
        self, slip: Slip, lines: Sequence[SlipLine], items: Sequence[SlipItem]
    ) -> Slip:
        self._s.add(slip)
        await self._s.flush()
        assert slip.id is not None
        for line in lines:
            line.slip_id = slip.id
            self._s.add(line)
        for item in items:
            item.slip_id = slip.id
            self._s.add(item)
        await self._s.flush()
        return slip

    async def slip(self, slip_id: int) -> Slip | None:
        return await self._s.get(Slip, slip_id)

    async def slip_of_circuit(self, circuit_id: int) -> Slip | None:
        stmt = select(Slip).where(col(Slip.circuit_id) == circuit_id)
        return (await self._s.execute(stmt)).scalars().first()

    async def slips_with_status(self, kind: str, status: str) -> list[Slip]:
        stmt = (
            select(Slip)
            .where(col(Slip.kind) == kind, col(Slip.status) == status)
            .order_by(col(Slip.id))
        )
        return list((await self._s.execute(stmt)).scalars().all())

    async def lines(self, slip_id: int) -> list[SlipLine]:
        stmt = (
            select(SlipLine).where(col(SlipLine.slip_id) == slip_id).order_by(col(SlipLine.number))
        )
        return list((await self._s.execute(stmt)).scalars().all())

    async def items(self, slip_id: int) -> list[SlipItem]:
        stmt = (
            select(SlipItem)
            .where(col(SlipItem.slip_id) == slip_id)
            .order_by(col(SlipItem.line), col(SlipItem.document_id))
        )
        return list((await self._s.execute(stmt)).scalars().all())

    async def pending_item_of(self, document_id: int) -> SlipItem | None:
        """The bordereau in flight that carries this document, if any."""
        stmt = select(SlipItem).where(
            col(SlipItem.document_id) == document_id, col(SlipItem.status) == "pending"
        )
        return (await self._s.execute(stmt)).scalars().first()

    async def set_disposal(self, document_ids: Sequence[int], disposal: str) -> None:
        for start in range(0, len(document_ids), 500):
            chunk = list(document_ids[start : start + 500])
            await self._s.execute(
                update(Document).where(col(Document.id).in_(chunk)).values(disposal=disposal)
            )

    async def held_blobs(self, sha256s: Sequence[str] | set[str]) -> set[str]:
        """Those of these files a transfer holds (its SEDA package: the proof of what left)."""
        wanted = list(sha256s)
        held: set[str] = set()
        for start in range(0, len(wanted), 500):
            result = await self._s.execute(
                select(col(Slip.package_sha256)).where(
                    col(Slip.package_sha256).in_(wanted[start : start + 500])
                )
            )
            held.update(s for s in result.scalars().all() if s)
        return held

    # --- digests -----------------------------------------------------------------------------

    async def waiting_long(self, filed_before: dt.datetime) -> list[Waiting]:
        """Documents still waiting for their start event, filed before `filed_before`, by
        service and dossier (a document with no dossier stands alone, by its reference)."""
        dossier = func.coalesce(col(Document.dossier), col(Document.ref))
        stmt = (
            select(
                col(Document.service_id),
                col(Document.awaiting_event),
                dossier,
                func.count(),
                func.min(col(Document.ref)),
                func.min(col(Document.title)),
                func.min(col(Document.filed_at)),
                func.min(col(Document.dossier)),
            )
            .where(
                col(Document.awaiting_event).is_not(None),
                col(Document.disposal) == "",
                col(Document.filed_at) < filed_before,
            )
            .group_by(col(Document.service_id), col(Document.awaiting_event), dossier)
            .order_by(col(Document.service_id), func.min(col(Document.filed_at)))
        )
        return [
            Waiting(service, str(event), int(n), str(ref), str(title), first, folder)
            for service, event, _, n, ref, title, first, folder in (
                await self._s.execute(stmt)
            ).all()
        ]

    async def notice(self, service_id: str) -> RetentionNotice:
        found = await self._s.get(RetentionNotice, service_id)
        if found is None:
            found = RetentionNotice(service_id=service_id)
            self._s.add(found)
            await self._s.flush()
        return found

    # --- storage report ----------------------------------------------------------------------

    async def volume_by(self, column: str, services: Sequence[str] | None) -> list[Volume]:
        """Count and bytes of the documents still here, by service or by type; `services`
        limits them to those services (None: every document)."""
        key = col(Document.service_id) if column == "service" else col(Document.type_label)
        stmt = (
            select(key, func.count(), func.sum(col(Document.size)))
            .where(col(Document.disposal).in_(["", "proposed"]), *_within(services))
            .group_by(key)
        )
        return [
            Volume(k, int(n), int(size or 0)) for k, n, size in (await self._s.execute(stmt)).all()
        ]

    async def filed_by_month(
        self, since: dt.datetime, services: Sequence[str] | None
    ) -> list[tuple[int, int, int, int]]:
        """(year, month, count, bytes) of what was filed since `since`."""
        year = extract("year", col(Document.filed_at))
        month = extract("month", col(Document.filed_at))
        stmt = (
            select(year, month, func.count(), func.sum(col(Document.size)))
            .where(col(Document.filed_at) >= since, *_within(services))
            .group_by(year, month)
        )
        return [
            (int(y), int(m), int(n), int(size or 0))
            for y, m, n, size in (await self._s.execute(stmt)).all()
        ]


def _within(services: Sequence[str] | None) -> list[ColumnElement[bool]]:
    return [] if services is None else [col(Document.service_id).in_(list(services))]
