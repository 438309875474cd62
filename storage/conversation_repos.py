"""What the bot's conversations leave in the database: the inbox of events, the outbox of
replies, the bot's own state, private rooms, room members and open dialogues.

These are the tables that make "nothing lost, nothing twice" true: an event is claimed once,
a reply exists exactly when the change that caused it committed, and a question waits in its
dialogue row until answered, reminded or expired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from storage.errors import StaleError
from storage.models import (
    BotState,
    Dialogue,
    DirectRoom,
    InboundEvent,
    OutboxItem,
    RoomMember,
    utcnow,
)


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

    async def get_many(self, keys: Sequence[str]) -> dict[str, Dialogue]:
        """Several keys in one statement (an event reads its conversation's question and its
        search results together: one round trip fewer on every message)."""
        stmt = select(Dialogue).where(col(Dialogue.key).in_(list(dict.fromkeys(keys))))
        if self._dialect != "sqlite":
            stmt = stmt.with_for_update()
        return {d.key: d for d in (await self._s.execute(stmt)).scalars().all()}

    async def get_by_id(self, dialogue_id: int | None) -> Dialogue | None:
        stmt = select(Dialogue).where(col(Dialogue.id) == dialogue_id)
        if self._dialect != "sqlite":
            stmt = stmt.with_for_update()
        return (await self._s.execute(stmt)).scalar_one_or_none()

    async def add(self, dialogue: Dialogue) -> Dialogue:
        self._s.add(dialogue)
        await self._s.flush()
        return dialogue

    async def move(self, dialogue: Dialogue, key: str, room_id: str) -> None:
        """A question's new place, out of any thread (a sensitive draft going to a private
        room): a stored one is written now, in this transaction, where a clash on its unique
        key fails; a new one is written with it by `add`."""
        dialogue.key, dialogue.room_id, dialogue.thread_root = key, room_id, None
        if dialogue.id is not None:
            await self._s.flush()

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
