"""Encrypted messages that arrived before their room key.

A room key often reaches the bot a sync after the message it opens. Such a message is stored
at once in the inbox as « waiting_keys », with its raw event (so a restart can try again), and
its key is asked for; after each sync decryption is tried again. Decrypted, the row becomes a
normal event for its conversation's worker; still closed after a minute, it becomes an
« undecryptable » event, so the person is told instead of being left without an answer.
"""

from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from nio import EncryptionError, MatrixRoom, MegolmEvent

from bot import inbox
from bot.client import MatrixConnection
from bot.dispatcher import Dispatcher
from storage.db import Database
from storage.models import InboundEvent
from workflows.ports import Incoming

KEY_WAIT_S = 60.0


@dataclass
class _Waiting:
    event: MegolmEvent
    room_id: str
    since: float


class Undecrypted:
    def __init__(
        self, db: Database, matrix: MatrixConnection, dispatcher: Dispatcher, bot_id: str
    ) -> None:
        self._db = db
        self._matrix = matrix
        self._dispatcher = dispatcher
        self._bot_id = bot_id
        self._waiting: dict[str, _Waiting] = {}

    def row(self, event: MegolmEvent, room: MatrixRoom) -> dict[str, Any]:
        """The inbox row of a message not decrypted yet: it keeps the raw event."""
        event.room_id = room.room_id
        return inbox.inbox_row(inbox.undecryptable(event, room), "waiting_keys", raw=event.source)

    async def wait_for_keys(self, events: Iterable[MegolmEvent]) -> None:
        """Events whose rows were just committed: ask for their keys, try again later."""
        for event in events:
            self._waiting[event.event_id] = _Waiting(event, event.room_id, time.monotonic())
            await self._matrix.request_key(event)

    def resume(self, rows: Iterable[InboundEvent]) -> None:
        """After a restart: the rows left waiting wait again, their minute counted anew."""
        for row in rows:
            event = MegolmEvent.from_dict(row.payload.get("raw", {}))
            if isinstance(event, MegolmEvent):
                event.room_id = row.room_id
                self._waiting[row.event_id] = _Waiting(event, row.room_id, time.monotonic())

    async def retry(self) -> None:
        """After a sync: decrypt what can be; give up on what waited a minute."""
        for event_id, waiting in list(self._waiting.items()):
            room = self._matrix.client.rooms.get(waiting.room_id)
            if room is None:
                continue
            incoming: Incoming | None
            try:
                decrypted = self._matrix.decrypt(waiting.event)
                incoming = inbox.normalize(
                    decrypted.source, room, self._bot_id, inbox.sender_key_of(decrypted)
                )
                status = "new" if incoming is not None else "skipped"
            except EncryptionError:
                if time.monotonic() - waiting.since < KEY_WAIT_S:
                    continue
                incoming = inbox.undecryptable(waiting.event, room)
                status = "new"
            async with self._db.unit() as uow:
                if incoming is None:
                    await uow.events.set_status(event_id, status)
                else:
                    row = inbox.inbox_row(incoming)
                    await uow.events.release(event_id, row["payload"], row["kind"])
            del self._waiting[event_id]
            if incoming is not None:
                self._dispatcher.feed([(event_id, incoming.conversation_key)])
