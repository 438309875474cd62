"""The audit log: every act appended to a hash chain, so a removed or altered line shows."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from storage import audit_chain
from storage.models import (
    AuditEntry,
    AuditHead,
    utcnow,
)


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
