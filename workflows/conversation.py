"""Where a question waits for its answer: the dialogue's key and the row every kind opens.

A person has at most one open question per place: a room, or a thread of a room, or their
private room with the bot. A question moved to a private room that does not exist yet waits
under `private_room_to_open`: the room is opened by the message that asks it, and the
person's first answer there binds the question to it (`bind_here`).

Every kind of dialogue (filing, circuit composition, verification, retention choice) is keyed
the same way, so an answer goes to the question asked there, whatever its kind; which kind
answers is `commands/dialogues.py`'s business.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storage.models import Dialogue
from storage.uow import UnitOfWork
from workflows.context import Context
from workflows.ports import EventId, Incoming, Message, RoomId, UserId

_TO_OPEN = "private-room-to-open:"


def dialogue_key(room_id: str, user_id: str, thread_root: str | None) -> str:
    return f"{room_id}|{user_id}|{thread_root or ''}"


def key_of(incoming: Incoming) -> str:
    return dialogue_key(incoming.room_id, incoming.sender, incoming.thread_root)


def private_room_to_open(user_id: str) -> str:
    """The place of a question that goes to `user_id`'s private room before the bot has one."""
    return f"{_TO_OPEN}{user_id}"


async def move(uow: UnitOfWork, dialogue: Dialogue, room_id: str) -> None:
    """`dialogue` goes on in `room_id` (a private room, or one still to open)."""
    await uow.dialogues.move(dialogue, dialogue_key(room_id, dialogue.user_id, None), room_id)


async def moved_here(uow: UnitOfWork, incoming: Incoming, key: str) -> Dialogue | None:
    """In a private room where no question waits at `key`: the one moved to this person's
    private room before the bot had one (None elsewhere)."""
    if not incoming.is_direct or key != key_of(incoming):
        return None
    return await uow.dialogues.get(
        dialogue_key(private_room_to_open(incoming.sender), incoming.sender, None)
    )


async def bind_here(uow: UnitOfWork, incoming: Incoming, key: str) -> Dialogue | None:
    """`moved_here`, bound to this room in the event's transaction."""
    waiting = await moved_here(uow, incoming, key)
    if waiting is not None:
        await move(uow, waiting, incoming.room_id)
    return waiting


async def say_where_asked(ctx: Context, dialogue: Dialogue, message: Message) -> None:
    """A message to the place of `dialogue`: its room (its thread), or the person's private
    room, opened by this message when the bot has none yet."""
    if dialogue.room_id.startswith(_TO_OPEN):
        await ctx.chat.direct(UserId(dialogue.user_id), message)
        return
    thread = EventId(dialogue.thread_root) if dialogue.thread_root else None
    await ctx.chat.say(RoomId(dialogue.room_id), message, thread=thread)


def open_dialogue(
    ctx: Context,
    incoming: Incoming,
    kind: str,
    step: str,
    *,
    expire_after: dt.timedelta,
    remind_after: dt.timedelta | None = None,
    data: dict[str, Any] | None = None,
) -> Dialogue:
    """The row of a question asked now, in the event's place (not yet added)."""
    now = ctx.clock.now()
    return Dialogue(
        key=key_of(incoming),
        kind=kind,
        room_id=incoming.room_id,
        user_id=incoming.sender,
        thread_root=incoming.thread_root,
        step=step,
        data=data or {},
        created_at=now,
        updated_at=now,
        remind_at=now + remind_after if remind_after is not None else None,
        expires_at=now + expire_after,
    )
