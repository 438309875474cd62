"""Where a question waits for its answer: the dialogue's key and the row every kind opens.

A person has at most one open question per place: a room, or a thread of a room, or their
private room with the bot. Every kind of dialogue (filing, circuit composition, verification,
retention choice) is keyed the same way, so an answer goes to the question asked there,
whatever its kind; which kind answers is `commands/dialogues.py`'s business.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from storage.models import Dialogue
from workflows.context import Context
from workflows.ports import Incoming


def dialogue_key(room_id: str, user_id: str, thread_root: str | None) -> str:
    return f"{room_id}|{user_id}|{thread_root or ''}"


def key_of(incoming: Incoming) -> str:
    return dialogue_key(incoming.room_id, incoming.sender, incoming.thread_root)


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
