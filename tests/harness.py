"""Drive the product without a homeserver: `Incoming` in, `RecordingChat` out, a real database.

Each `say`/`upload`/... runs the same pipeline the bot runs, in one transaction.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from bot.inbox import inbox_row
from commands.pipeline import process
from storage.db import Database
from workflows.access import InvitePolicy
from workflows.context import Context, Settings
from workflows.ports import EventId, Incoming, RoomId, UserId
from workflows.recording import RecordingChat

BOT_ID = "@greffier:mairie.fr"
_ids = itertools.count(1)


@dataclass
class Harness:
    db: Database
    chat: RecordingChat = field(default_factory=RecordingChat)
    settings: Settings = field(
        default_factory=lambda: Settings(
            bot_user_id=BOT_ID, invites=InvitePolicy(allowed_homeservers=("mairie.fr",))
        )
    )

    def incoming(self, sender: str, room: str, **fields: object) -> Incoming:
        return Incoming(
            event_id=EventId(str(fields.pop("event_id", f"${next(_ids)}"))),
            room_id=RoomId(room),
            sender=UserId(sender),
            ts=0,
            **fields,  # type: ignore[arg-type]
        )

    async def deliver(self, incoming: Incoming) -> str:
        """Store the event in the inbox (as the sync does), then handle it."""
        async with self.db.unit() as uow:
            await uow.events.add([inbox_row(incoming)])
        async with self.db.unit() as uow:
            return await process(incoming, Context(uow, self.chat, self.settings))

    async def say(
        self, sender: str, room: str, text: str, *, direct: bool = True, **fields: object
    ) -> Incoming:
        incoming = self.incoming(sender, room, kind="text", text=text, is_direct=direct, **fields)
        await self.deliver(incoming)
        return incoming
