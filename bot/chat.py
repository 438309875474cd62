"""The `Chat` port over the outbox: what workflows say becomes outbox rows in their transaction.

Nothing is sent from here. `bot/sender.py` drains the outbox after the commit, so a reply exists
exactly when the change that caused it exists.
"""

from __future__ import annotations

from typing import Any

from bot.render import Renderer
from storage.models import OutboxItem
from storage.uow import UnitOfWork
from workflows.ports import EventId, Message, RoomId, UserId


def relation(reply_to: str | None, thread: str | None) -> dict[str, Any] | None:
    """`m.relates_to` for a reply, a thread message, or both (threads fall back to replies).

    Tchap does not enable threads everywhere: a threaded message also carries the reply, so a
    client without threads shows it as a plain reply chain.
    """
    if thread:
        return {
            "rel_type": "m.thread",
            "event_id": thread,
            "is_falling_back": reply_to is None,
            "m.in_reply_to": {"event_id": reply_to or thread},
        }
    if reply_to:
        return {"m.in_reply_to": {"event_id": reply_to}}
    return None


class OutboxChat:
    def __init__(self, uow: UnitOfWork, renderer: Renderer, cause: str | None = None) -> None:
        self._uow = uow
        self._renderer = renderer
        self._cause = cause
        self.created: list[OutboxItem] = []  # handed to the sender once committed

    async def _add(self, action: str, **fields: Any) -> None:
        self.created.append(await self._uow.outbox.add(action, **fields))

    def _content(
        self, message: Message, reply_to: str | None, thread: str | None
    ) -> dict[str, Any]:
        content = self._renderer.content(message)
        relates = relation(reply_to, thread)
        if relates:
            content["m.relates_to"] = relates
        return content

    async def say(
        self,
        room: RoomId,
        message: Message,
        *,
        reply_to: EventId | None = None,
        thread: EventId | None = None,
    ) -> None:
        await self._add(
            "send",
            room_id=room,
            event_type="m.room.message",
            content=self._content(message, reply_to, thread),
            cause_event_id=self._cause,
            topic=message.topic,
        )

    async def direct(self, user: UserId, message: Message) -> None:
        await self._add(
            "send",
            target_user=user,
            event_type="m.room.message",
            content=self._content(message, None, None),
            cause_event_id=self._cause,
            topic=message.topic,
        )

    async def react(self, room: RoomId, event: EventId, key: str) -> None:
        await self._add(
            "react",
            room_id=room,
            event_type="m.reaction",
            content={"m.relates_to": {"rel_type": "m.annotation", "event_id": event, "key": key}},
            cause_event_id=self._cause,
        )

    async def send_file(
        self,
        room: RoomId,
        sha256: str,
        name: str,
        mimetype: str,
        *,
        thread: EventId | None = None,
        topic: str | None = None,
    ) -> None:
        content: dict[str, Any] = {"sha256": sha256, "name": name, "mimetype": mimetype}
        relates = relation(None, thread)
        if relates:
            content["m.relates_to"] = relates
        await self._add(
            "file",
            room_id=room,
            event_type="m.room.message",
            content=content,
            cause_event_id=self._cause,
            topic=topic,
        )

    async def direct_file(
        self, user: UserId, sha256: str, name: str, mimetype: str, *, topic: str | None = None
    ) -> None:
        await self._add(
            "file",
            target_user=user,
            event_type="m.room.message",
            content={"sha256": sha256, "name": name, "mimetype": mimetype},
            cause_event_id=self._cause,
            topic=topic,
        )

    async def join(self, room: RoomId) -> None:
        await self._add("join", room_id=room, cause_event_id=self._cause)

    async def leave(self, room: RoomId) -> None:
        await self._add("leave", room_id=room, cause_event_id=self._cause)
