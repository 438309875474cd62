"""Circuits, their tasks, delegations and reminder digests: the repositories of signature work.

Kept apart from `uow.py` (search and filing) so each file holds one subject; `UnitOfWork`
exposes them as `uow.circuits`, `uow.delegations` and `uow.digests`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from storage.models import Circuit, CircuitTask, Delegation, Document, ReminderDigest


class Circuits:
    def __init__(self, session: AsyncSession, dialect: str) -> None:
        self._s = session
        self._dialect = dialect

    async def add(self, circuit: Circuit, tasks: Sequence[CircuitTask]) -> Circuit:
        self._s.add(circuit)
        await self._s.flush()
        assert circuit.id is not None
        for task in tasks:
            task.circuit_id = circuit.id
            self._s.add(task)
        await self._s.flush()
        return circuit

    async def save(self, *rows: Circuit | CircuitTask) -> None:
        """Take circuits or tasks changed in place into the transaction; their UPDATE goes
        out with the next query or the commit, so a decision and its effects land together."""
        self._s.add_all(rows)

    async def save_now(self, *rows: Circuit | CircuitTask) -> None:
        """The same, written at once: what follows in the transaction (the audit entry, the
        next step, the evidence) must find the rows already changed."""
        self._s.add_all(rows)
        await self._s.flush()

    async def reload(self, task: CircuitTask) -> None:
        """Read the task again from the database, its circuit locked: a parallel decision
        committed while this one waited for the lock is then seen (and the task is not
        decided twice), and a caller learns what `act` really made of it."""
        await self._s.refresh(task)

    async def get(self, circuit_id: int) -> Circuit | None:
        return await self._s.get(Circuit, circuit_id)

    async def lock(self, circuit_id: int) -> Circuit | None:
        """The circuit, locked until the commit: two parallel signers each lay their signature
        on the PDF the other left, never on the same version (SQLite already serialises
        writers with BEGIN IMMEDIATE; PostgreSQL needs the row lock)."""
        stmt = select(Circuit).where(col(Circuit.id) == circuit_id)
        if self._dialect != "sqlite":
            stmt = stmt.with_for_update()
        return (await self._s.execute(stmt)).scalar_one_or_none()

    async def tasks(self, circuit_id: int) -> list[CircuitTask]:
        result = await self._s.execute(
            select(CircuitTask)
            .where(col(CircuitTask.circuit_id) == circuit_id)
            .order_by(col(CircuitTask.step), col(CircuitTask.id))
        )
        return list(result.scalars().all())

    async def task(self, task_id: int) -> CircuitTask | None:
        return await self._s.get(CircuitTask, task_id)

    async def acted_through(self, event_id: str) -> CircuitTask | None:
        """The task a reaction or message decided (to take a withdrawn reaction back)."""
        result = await self._s.execute(
            select(CircuitTask).where(col(CircuitTask.event_id) == event_id)
        )
        return result.scalars().first()

    async def running_for(self, document_id: int) -> Circuit | None:
        result = await self._s.execute(
            select(Circuit).where(
                col(Circuit.document_id) == document_id, col(Circuit.status) == "running"
            )
        )
        return result.scalars().first()

    async def running_of(self, requester: str) -> list[Circuit]:
        result = await self._s.execute(
            select(Circuit)
            .where(col(Circuit.requester) == requester, col(Circuit.status) == "running")
            .order_by(col(Circuit.id))
        )
        return list(result.scalars().all())

    async def of_document(self, document_id: int) -> list[Circuit]:
        result = await self._s.execute(
            select(Circuit)
            .where(col(Circuit.document_id) == document_id)
            .order_by(col(Circuit.id).desc())
        )
        return list(result.scalars().all())

    async def open_tasks_for(self, actors: Iterable[str]) -> list[CircuitTask]:
        """Open tasks whose actor is one of `actors` (a person and those they stand in for),
        oldest first: the order a person's list of pending requests is numbered in."""
        wanted = list(dict.fromkeys(actors))
        if not wanted:
            return []
        result = await self._s.execute(
            select(CircuitTask)
            .where(col(CircuitTask.actor).in_(wanted), col(CircuitTask.status) == "open")
            .order_by(col(CircuitTask.opened_at), col(CircuitTask.id))
        )
        return list(result.scalars().all())

    async def due_reminders(self, now: dt.datetime) -> list[CircuitTask]:
        result = await self._s.execute(
            select(CircuitTask)
            .where(
                col(CircuitTask.status) == "open",
                col(CircuitTask.next_reminder_at) <= now,
            )
            .order_by(col(CircuitTask.id))
        )
        return list(result.scalars().all())

    async def documents_of(self, user_id: str) -> set[int]:
        """Documents a person sees through circuits: asked for, or taking part in."""
        return (await self.documents_of_people([user_id]))[user_id]

    async def documents_of_people(self, users: Iterable[str]) -> dict[str, set[int]]:
        """The same for several people at once (every member of a room): two queries."""
        wanted = list(dict.fromkeys(users))
        found: dict[str, set[int]] = {user: set() for user in wanted}
        if not wanted:
            return found
        asked = select(col(Circuit.requester), col(Circuit.document_id)).where(
            col(Circuit.requester).in_(wanted)
        )
        for user, document_id in (await self._s.execute(asked)).all():
            found[user].add(document_id)
        part = (
            select(col(CircuitTask.actor), col(CircuitTask.acted_by), col(Circuit.document_id))
            .join(Circuit, col(CircuitTask.circuit_id) == col(Circuit.id))
            .where(
                or_(col(CircuitTask.actor).in_(wanted), col(CircuitTask.acted_by).in_(wanted)),
                col(CircuitTask.status) != "waiting",
            )
        )
        for actor, acted_by, document_id in (await self._s.execute(part)).all():
            for person in (actor, acted_by):
                if person is not None and person in found:
                    found[person].add(document_id)
        return found

    async def by_token(self, token: str) -> Circuit | None:
        result = await self._s.execute(select(Circuit).where(col(Circuit.token) == token))
        return result.scalars().first()

    async def signed_version(self, sha256: str) -> Circuit | None:
        """The finished circuit whose signed PDF has exactly this SHA-256."""
        result = await self._s.execute(
            select(Circuit).where(
                col(Circuit.current_sha256) == sha256, col(Circuit.status) == "signed"
            )
        )
        return result.scalars().first()

    async def held_blobs(self, sha256s: Iterable[str]) -> set[str]:
        """Those of these files a circuit holds (its PDF versions and its evidence), unless
        its document was eliminated: then they go with it."""
        wanted = list(sha256s)
        held: set[str] = set()
        alive = col(Document.disposal) != "eliminated"
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            for column in (
                Circuit.current_sha256,
                Circuit.evidence_pdf_sha256,
                Circuit.evidence_json_sha256,
            ):
                result = await self._s.execute(
                    select(col(column))
                    .join(Document, col(Document.id) == col(Circuit.document_id))
                    .where(col(column).in_(chunk), alive)
                )
                held.update(s for s in result.scalars().all() if s)
            result = await self._s.execute(
                select(col(CircuitTask.sha256_after))
                .join(Circuit, col(Circuit.id) == col(CircuitTask.circuit_id))
                .join(Document, col(Document.id) == col(Circuit.document_id))
                .where(col(CircuitTask.sha256_after).in_(chunk), alive)
            )
            held.update(s for s in result.scalars().all() if s)
        return held


class Delegations:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def add(self, delegation: Delegation) -> Delegation:
        self._s.add(delegation)
        await self._s.flush()
        return delegation

    async def save(self, *delegations: Delegation) -> None:
        """Take delegations changed in place (ended, revoked) into the transaction."""
        self._s.add_all(delegations)

    async def standing_in_for(self, delegate: str, day: dt.date) -> list[Delegation]:
        """The delegations that let `delegate` act on `day` (inclusive dates)."""
        result = await self._s.execute(
            select(Delegation)
            .where(
                col(Delegation.delegate) == delegate,
                col(Delegation.revoked_at).is_(None),
                col(Delegation.starts) <= day,
                col(Delegation.ends) >= day,
            )
            .order_by(col(Delegation.id))
        )
        return list(result.scalars().all())

    async def given_by(self, delegator: str) -> list[Delegation]:
        result = await self._s.execute(
            select(Delegation)
            .where(col(Delegation.delegator) == delegator, col(Delegation.revoked_at).is_(None))
            .order_by(col(Delegation.starts), col(Delegation.id))
        )
        return list(result.scalars().all())

    async def received_by(self, delegate: str) -> list[Delegation]:
        result = await self._s.execute(
            select(Delegation)
            .where(col(Delegation.delegate) == delegate, col(Delegation.revoked_at).is_(None))
            .order_by(col(Delegation.starts), col(Delegation.id))
        )
        return list(result.scalars().all())

    async def between(self, delegator: str, delegate: str) -> list[Delegation]:
        result = await self._s.execute(
            select(Delegation)
            .where(
                col(Delegation.delegator) == delegator,
                col(Delegation.delegate) == delegate,
                col(Delegation.revoked_at).is_(None),
            )
            .order_by(col(Delegation.starts))
        )
        return list(result.scalars().all())

    async def from_config(self) -> list[Delegation]:
        result = await self._s.execute(
            select(Delegation).where(
                col(Delegation.source) == "config", col(Delegation.revoked_at).is_(None)
            )
        )
        return list(result.scalars().all())


class Digests:
    def __init__(self, session: AsyncSession) -> None:
        self._s = session

    async def last_sent(self, user_id: str) -> dt.date | None:
        row = await self._s.get(ReminderDigest, user_id)
        return row.last_sent_on if row else None

    async def mark_sent(self, user_id: str, day: dt.date) -> None:
        row = await self._s.get(ReminderDigest, user_id)
        if row is None:
            self._s.add(ReminderDigest(user_id=user_id, last_sent_on=day))
        else:
            row.last_sent_on = day
            self._s.add(row)
        await self._s.flush()
