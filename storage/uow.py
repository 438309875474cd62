"""The unit of work: one transaction and the repositories that act inside it.

A workflow receives a `UnitOfWork`, changes state through its repositories, and returns; the
caller commits. The event's "handled" mark, the state change, the audit entry and the replies
(outbox) therefore land together or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import AsyncIterator, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, delete, extract, false, func, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased, defer
from sqlmodel import col

from storage import audit_chain
from storage.circuit_repos import Circuits, Delegations, Digests
from storage.errors import StaleError
from storage.identity_repos import Identities
from storage.models import (
    AuditEntry,
    AuditHead,
    BotState,
    Counter,
    Dialogue,
    DirectRoom,
    Document,
    InboundEvent,
    OutboxItem,
    RoomMember,
    SearchPosting,
    SearchTerm,
    TypeTokenCount,
    utcnow,
)
from storage.retention_repos import Retention


class InboundEvents:
    """The inbox: events as received, and whether each was handled."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def add(self, rows: Iterable[dict[str, Any]]) -> list[str]:
        """Insert events; those already known are left alone. Returns the new event ids."""
        fresh: list[str] = []
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        for row in rows:
            stmt = (
                insert(InboundEvent)
                .values(**row, received_at=utcnow())
                .on_conflict_do_nothing(index_elements=["event_id"])
                .returning(col(InboundEvent.event_id))
            )
            result = await self._s.execute(stmt)
            if result.first() is not None:
                fresh.append(row["event_id"])
        return fresh

    async def claim(self, event_id: str) -> bool:
        """Mark the event handled; False if it already was (a replay must then do nothing).

        Runs in the transaction that carries the event's effect: if that rolls back, the
        event is new again and will be handled on the next pass.
        """
        result = await self._s.execute(
            update(InboundEvent)
            .where(col(InboundEvent.event_id) == event_id)
            .where(col(InboundEvent.status) == "new")
            .values(status="done", handled_at=utcnow())
            .returning(col(InboundEvent.id))
        )
        return result.first() is not None

    async def mark_failed(self, event_id: str, error: str) -> None:
        await self._s.execute(
            update(InboundEvent)
            .where(col(InboundEvent.event_id) == event_id)
            .values(
                status="failed",
                handled_at=utcnow(),
                error=error[:255],
                attempts=col(InboundEvent.attempts) + 1,
            )
        )

    async def set_status(self, event_id: str, status: str) -> None:
        await self._s.execute(
            update(InboundEvent)
            .where(col(InboundEvent.event_id) == event_id)
            .values(status=status, handled_at=utcnow())
        )

    async def release(self, event_id: str, payload: dict[str, Any], kind: str) -> None:
        """An event waiting for its decryption key becomes a normal new event."""
        await self._s.execute(
            update(InboundEvent)
            .where(col(InboundEvent.event_id) == event_id)
            .where(col(InboundEvent.status) == "waiting_keys")
            .values(status="new", payload=payload, kind=kind)
        )

    async def with_status(self, status: str, limit: int = 1000) -> Sequence[InboundEvent]:
        result = await self._s.execute(
            select(InboundEvent)
            .where(col(InboundEvent.status) == status)
            .order_by(col(InboundEvent.id))
            .limit(limit)
        )
        return result.scalars().all()

    async def get(self, event_id: str) -> InboundEvent | None:
        result = await self._s.execute(
            select(InboundEvent).where(col(InboundEvent.event_id) == event_id)
        )
        return result.scalar_one_or_none()

    async def count(self, status: str | None = None) -> int:
        stmt = select(func.count()).select_from(InboundEvent)
        if status is not None:
            stmt = stmt.where(col(InboundEvent.status) == status)
        return int((await self._s.execute(stmt)).scalar_one())


class Outbox:
    """What the bot has decided to do on the homeserver and not yet done."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(
        self,
        action: str,
        *,
        room_id: str | None = None,
        target_user: str | None = None,
        event_type: str | None = None,
        content: dict[str, Any] | None = None,
        cause_event_id: str | None = None,
        topic: str | None = None,
    ) -> OutboxItem:
        if (room_id is None) == (target_user is None):
            raise ValueError("an outbox item goes to a room or to a person, not both")
        item = OutboxItem(
            created_at=utcnow(),
            action=action,
            room_id=room_id,
            target_user=target_user,
            event_type=event_type,
            content=content or {},
            cause_event_id=cause_event_id,
            topic=topic,
        )
        self._s.add(item)
        await self._s.flush()
        return item

    async def due(self, now: dt.datetime, limit: int = 200) -> Sequence[OutboxItem]:
        result = await self._s.execute(
            select(OutboxItem)
            .where(col(OutboxItem.status) == "pending")
            .order_by(col(OutboxItem.id))
            .limit(limit)
        )
        return [
            item
            for item in result.scalars().all()
            if item.next_attempt_at is None or item.next_attempt_at <= now
        ]

    async def mark_sent(self, item_id: int, event_id: str | None) -> None:
        await self._s.execute(
            update(OutboxItem)
            .where(col(OutboxItem.id) == item_id)
            .values(status="sent", sent_event_id=event_id, sent_at=utcnow())
        )

    async def mark_retry(self, item_id: int, error: str, at: dt.datetime) -> None:
        await self._s.execute(
            update(OutboxItem)
            .where(col(OutboxItem.id) == item_id)
            .values(
                attempts=col(OutboxItem.attempts) + 1, last_error=error[:500], next_attempt_at=at
            )
        )

    async def postpone(self, item_id: int, reason: str, at: dt.datetime) -> None:
        """Try later without counting an attempt (we are waiting on ourselves)."""
        await self._s.execute(
            update(OutboxItem)
            .where(col(OutboxItem.id) == item_id)
            .values(last_error=reason[:500], next_attempt_at=at)
        )

    async def mark_failed(self, item_id: int, error: str) -> None:
        await self._s.execute(
            update(OutboxItem)
            .where(col(OutboxItem.id) == item_id)
            .values(status="failed", attempts=col(OutboxItem.attempts) + 1, last_error=error[:500])
        )

    async def last_pending(self) -> int | None:
        """The newest row still to send, if any."""
        result = await self._s.execute(
            select(func.max(col(OutboxItem.id))).where(col(OutboxItem.status) == "pending")
        )
        return result.scalar_one_or_none()

    async def pending_up_to(self, last_id: int) -> int:
        """How many rows up to `last_id` are still to send."""
        result = await self._s.execute(
            select(func.count())
            .select_from(OutboxItem)
            .where(col(OutboxItem.status) == "pending", col(OutboxItem.id) <= last_id)
        )
        return int(result.scalar_one())

    async def is_ours(self, event_id: str) -> bool:
        """Did the bot send this event? (A reply to the bot is addressed to the bot.)"""
        result = await self._s.execute(
            select(col(OutboxItem.id)).where(col(OutboxItem.sent_event_id) == event_id).limit(1)
        )
        return result.first() is not None

    async def topic_of(self, event_id: str) -> str | None:
        """What the bot's message `event_id` was about, if it said (None: not ours, or no
        subject)."""
        result = await self._s.execute(
            select(col(OutboxItem.topic)).where(col(OutboxItem.sent_event_id) == event_id).limit(1)
        )
        return result.scalars().first()

    async def held_blobs(self) -> set[str]:
        """Files still to be sent (a file waits in the outbox while the homeserver is away)."""
        result = await self._s.execute(
            select(col(OutboxItem.content)).where(
                col(OutboxItem.action) == "file", col(OutboxItem.status) == "pending"
            )
        )
        return {c["sha256"] for c in result.scalars().all() if c.get("sha256")}

    async def latest_topic_to(self, user_id: str, prefix: str, since: dt.datetime) -> str | None:
        """The topic of the latest message to `user_id` about `prefix…` since `since`."""
        result = await self._s.execute(
            select(col(OutboxItem.topic))
            .where(
                col(OutboxItem.target_user) == user_id,
                col(OutboxItem.topic).startswith(prefix),
                col(OutboxItem.created_at) >= since,
            )
            .order_by(col(OutboxItem.id).desc())
            .limit(1)
        )
        return result.scalars().first()

    async def all(self) -> Sequence[OutboxItem]:
        result = await self._s.execute(select(OutboxItem).order_by(col(OutboxItem.id)))
        return result.scalars().all()


class BotStateStore:
    """Named values kept between runs."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def get(self, key: str) -> str | None:
        row = await self._s.get(BotState, key)
        return row.value if row else None

    async def set(self, key: str, value: str) -> None:
        insert = sqlite.insert if self._dialect == "sqlite" else postgresql.insert
        now = utcnow()
        await self._s.execute(
            insert(BotState)
            .values(key=key, value=value, updated_at=now)
            .on_conflict_do_update(
                index_elements=["key"], set_={"value": value, "updated_at": now}
            )
        )


class DirectRooms:
    """Which room is the bot's one-to-one room with whom."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def get(self, user_id: str) -> str | None:
        row = await self._s.get(DirectRoom, user_id)
        return row.room_id if row else None

    async def set(self, user_id: str, room_id: str) -> None:
        row = await self._s.get(DirectRoom, user_id)
        if row is None:
            self._s.add(DirectRoom(user_id=user_id, room_id=room_id, created_at=utcnow()))
        else:
            row.room_id = room_id
        await self._s.flush()

    async def is_direct(self, room_id: str) -> bool:
        result = await self._s.execute(
            select(col(DirectRoom.user_id)).where(col(DirectRoom.room_id) == room_id).limit(1)
        )
        return result.first() is not None


class AuditLog:
    """Append-only record of who did what, when, and because of which event."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def append(
        self,
        actor: str,
        action: str,
        *,
        subject: str | None = None,
        event_id: str | None = None,
        details: dict[str, Any] | None = None,
        document_sha256: str | None = None,
    ) -> AuditEntry:
        """Chain a new entry onto the head (locked until the commit: appends queue up)."""
        head = await self._head()
        details = details or {}
        entry = AuditEntry(
            at=utcnow(),
            actor=actor,
            action=action,
            subject=subject,
            event_id=event_id,
            details=details,
            seq=head.seq + 1,
            document_sha256=document_sha256 or audit_chain.document_of(details),
            prev_hash=head.hash,
        )
        entry.hash = _hash_of(entry)
        head.seq, head.hash = entry.seq or 0, entry.hash
        self._s.add(entry)
        self._s.add(head)
        await self._s.flush()
        return entry

    async def _head(self) -> AuditHead:
        result = await self._s.execute(
            select(AuditHead).where(col(AuditHead.id) == 1).with_for_update()
        )
        head = result.scalars().first()
        if head is None:
            head = AuditHead(id=1, seq=0, hash=audit_chain.GENESIS)
            self._s.add(head)
            await self._s.flush()
        return head

    async def about(self, subject: str) -> Sequence[AuditEntry]:
        """The entries about one subject (a document's reference), in chain order."""
        result = await self._s.execute(
            select(AuditEntry)
            .where(col(AuditEntry.subject) == subject)
            .order_by(col(AuditEntry.seq))
        )
        return result.scalars().all()

    async def entries(self) -> Sequence[AuditEntry]:
        result = await self._s.execute(select(AuditEntry).order_by(col(AuditEntry.seq)))
        return result.scalars().all()

    async def verify(self) -> audit_chain.Verdict:
        """Walk the whole chain (in pages, so a long log never sits in memory at once)."""
        head = await self._s.get(AuditHead, 1)

        async def links() -> AsyncIterator[audit_chain.Link]:
            after = 0
            while True:
                result = await self._s.execute(
                    select(AuditEntry)
                    .where(col(AuditEntry.seq) > after)
                    .order_by(col(AuditEntry.seq))
                    .limit(2000)
                )
                page = result.scalars().all()
                if not page:
                    return
                for entry in page:
                    yield audit_chain.Link(
                        entry.id or 0, entry.seq or 0, entry.hash, entry.prev_hash, _hash_of(entry)
                    )
                    self._s.expunge(entry)
                after = page[-1].seq or 0

        return await audit_chain.verify(
            links(), head.seq if head else 0, head.hash if head else audit_chain.GENESIS
        )


def _hash_of(entry: AuditEntry) -> str:
    return audit_chain.entry_hash(
        seq=entry.seq or 0,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        subject=entry.subject,
        event_id=entry.event_id,
        details=entry.details,
        document_sha256=entry.document_sha256,
        prev_hash=entry.prev_hash,
    )


class Dialogues:
    """Open dialogues, one per (room, person, thread)."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def get(self, key: str) -> Dialogue | None:
        stmt = select(Dialogue).where(col(Dialogue.key) == key)
        if self._dialect != "sqlite":
            stmt = stmt.with_for_update()  # SQLite's BEGIN IMMEDIATE already serialises
        return (await self._s.execute(stmt)).scalar_one_or_none()

    async def get_by_id(self, dialogue_id: int | None) -> Dialogue | None:
        stmt = select(Dialogue).where(col(Dialogue.id) == dialogue_id)
        if self._dialect != "sqlite":
            stmt = stmt.with_for_update()
        return (await self._s.execute(stmt)).scalar_one_or_none()

    async def add(self, dialogue: Dialogue) -> Dialogue:
        self._s.add(dialogue)
        await self._s.flush()
        return dialogue

    async def save(self, dialogue: Dialogue, expected_version: int) -> None:
        """Write the row back if nobody changed it meanwhile (optimistic lock)."""
        assert dialogue.id is not None
        result = await self._s.execute(
            update(Dialogue)
            .where(col(Dialogue.id) == dialogue.id)
            .where(col(Dialogue.version) == expected_version)
            .values(
                step=dialogue.step,
                data=dialogue.data,
                version=expected_version + 1,
                updated_at=dialogue.updated_at,
                remind_at=dialogue.remind_at,
                expires_at=dialogue.expires_at,
            )
            .returning(col(Dialogue.id))
            .execution_options(synchronize_session=False)
        )
        if result.first() is None:
            raise StaleError(f"dialogue {dialogue.id} changed meanwhile")
        dialogue.version = expected_version + 1

    async def delete(self, dialogue: Dialogue) -> None:
        await self._s.delete(dialogue)
        await self._s.flush()

    async def due(self, now: dt.datetime, limit: int = 100) -> Sequence[Dialogue]:
        """Dialogues that need a reminder or have expired."""
        result = await self._s.execute(
            select(Dialogue)
            .where((col(Dialogue.remind_at) <= now) | (col(Dialogue.expires_at) <= now))
            .order_by(col(Dialogue.id))
            .limit(limit)
        )
        return result.scalars().all()

    async def all(self) -> Sequence[Dialogue]:
        return (await self._s.execute(select(Dialogue).order_by(col(Dialogue.id)))).scalars().all()

    async def held_blobs(self) -> set[str]:
        """Every file an open draft holds (its JSON data names its staged blobs)."""
        result = await self._s.execute(select(col(Dialogue.data)))
        return {sha for data in result.scalars().all() for sha in data.get("blobs", [])}


_WITHOUT_TEXT = defer(Document.text, raiseload=True)  # type: ignore[arg-type]
"""Reading `text` from a listed document raises instead of loading it behind one's back."""


@dataclass(frozen=True)
class DocumentFilter:
    """Conditions on documents, applied by the database before any limit.

    The search filters (type, date, service, « mes documents ») and what the reader may see:
    `services` None means every service (no access rule applied, or a role that sees all);
    otherwise a document is kept if its service is in `services`, if `reader` filed it, or if
    its id is in `document_ids`. Applying access in the query (not after it) means a person of
    a small service is never crowded out of the first results by documents they may not see.
    """

    type_ids: frozenset[str] = frozenset()
    year: int | None = None
    month: int | None = None
    service_id: str | None = None
    filed_by: str | None = None
    services: frozenset[str] | None = None
    reader: str | None = None
    document_ids: frozenset[int] = frozenset()

    @property
    def empty(self) -> bool:
        return not (
            self.type_ids
            or self.year is not None
            or self.month is not None
            or self.service_id is not None
            or self.filed_by is not None
            or self.services is not None
        )

    def admits(
        self,
        document_id: int,
        type_id: str,
        day: dt.date,
        service_id: str | None,
        filed_by: str,
    ) -> bool:
        """The same test as `conditions`, on one document's values (kept in step by a test)."""
        if self.type_ids and type_id not in self.type_ids:
            return False
        if self.year is not None and day.year != self.year:
            return False
        if self.month is not None and day.month != self.month:
            return False
        if self.service_id is not None and service_id != self.service_id:
            return False
        if self.filed_by is not None and filed_by != self.filed_by:
            return False
        if self.services is None:
            return True
        return (
            (service_id is not None and service_id in self.services)
            or (self.reader is not None and filed_by == self.reader)
            or document_id in self.document_ids
        )

    def conditions(self, document: Any) -> list[ColumnElement[bool]]:
        """SQL conditions on `document` (the Document entity or an alias of it)."""
        found: list[ColumnElement[bool]] = []
        if self.type_ids:
            found.append(col(document.type_id).in_(sorted(self.type_ids)))
        day = col(document.document_date)
        if self.year is not None and self.month is not None:
            first = dt.date(self.year, self.month, 1)
            after = dt.date(self.year + self.month // 12, self.month % 12 + 1, 1)
            found += [day >= first, day < after]
        elif self.year is not None:
            found += [day >= dt.date(self.year, 1, 1), day <= dt.date(self.year, 12, 31)]
        elif self.month is not None:
            found.append(extract("month", day) == self.month)
        if self.service_id is not None:
            found.append(col(document.service_id) == self.service_id)
        if self.filed_by is not None:
            found.append(col(document.filed_by) == self.filed_by)
        if self.services is not None:
            allowed: list[ColumnElement[bool]] = []
            if self.services:
                allowed.append(col(document.service_id).in_(sorted(self.services)))
            if self.reader is not None:
                allowed.append(col(document.filed_by) == self.reader)
            if self.document_ids:
                allowed.append(col(document.id).in_(sorted(self.document_ids)))
            found.append(or_(*allowed) if allowed else false())
        return found


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
            ).where(col(Document.id).in_(list(ids[start : start + _ADMIT_CHUNK])))
        )
        for row in rows:
            if where.admits(row.id, row.type_id, row.document_date, row.service_id, row.filed_by):
                kept.append(int(row.id))
        if len(kept) >= limit:
            break
    return kept[:limit]


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


class RoomMembers:
    """Room membership as last read from the homeserver (see `RoomMember`)."""

    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def replace(self, room_id: str, members: Mapping[str, str]) -> None:
        """The room's members are now exactly `members` (user id -> "join" or "invite")."""
        await self._s.execute(delete(RoomMember).where(col(RoomMember.room_id) == room_id))
        if members:
            await self._s.execute(
                RoomMember.__table__.insert(),  # type: ignore[attr-defined]
                [
                    {"room_id": room_id, "user_id": user, "membership": membership}
                    for user, membership in sorted(members.items())
                ],
            )

    async def forget(self, room_id: str) -> None:
        """The bot left the room: it no longer knows (nor vouches for) who is in it."""
        await self._s.execute(delete(RoomMember).where(col(RoomMember.room_id) == room_id))

    async def of(self, room_id: str) -> dict[str, str]:
        result = await self._s.execute(
            select(col(RoomMember.user_id), col(RoomMember.membership)).where(
                col(RoomMember.room_id) == room_id
            )
        )
        return dict(result.all())

    async def joined_rooms(self, users: Iterable[str]) -> dict[str, set[str]]:
        """For each person, the rooms they have joined (an invitation gives no access)."""
        wanted = sorted(set(users))
        rooms: dict[str, set[str]] = {user: set() for user in wanted}
        if not wanted:
            return rooms
        result = await self._s.execute(
            select(col(RoomMember.user_id), col(RoomMember.room_id)).where(
                col(RoomMember.user_id).in_(wanted), col(RoomMember.membership) == "join"
            )
        )
        for user, room in result.all():
            rooms[user].add(room)
        return rooms


class UnitOfWork:
    """One open transaction and its repositories."""

    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self.session = session
        self.events = InboundEvents(session, dialect)
        self.outbox = Outbox(session)
        self.state = BotStateStore(session, dialect)
        self.direct_rooms = DirectRooms(session)
        self.audit = AuditLog(session)
        self.dialogues = Dialogues(session, dialect)
        self.documents = Documents(session)
        self.type_stats = TypeStats(session, dialect)
        self.counters = Counters(session, dialect)
        self.search = SearchIndex(session, dialect)
        self.members = RoomMembers(session)
        self.circuits = Circuits(session, dialect)
        self.delegations = Delegations(session)
        self.digests = Digests(session)
        self.retention = Retention(session, dialect)
        self.identities = Identities(session, dialect)
