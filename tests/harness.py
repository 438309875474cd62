"""Drive the product without a homeserver: `Incoming` in, `RecordingChat` out, a real database.

Each `say`/`upload`/... runs the same pipeline the bot runs: the slow half (`prepare`) first,
then the bot's own `Runner` (one transaction, retried on a concurrent change, then the words
learnt and the files let go of released). Scheduled jobs run on `runner` as the bot runs them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
from dataclasses import dataclass, field
from pathlib import Path

from bot.inbox import inbox_row
from bot.render import Renderer
from commands.pipeline import prepare, process
from filing.intake import Intake, staged_files
from storage.blobs import BlobStore
from storage.db import Database
from storage.uow import UnitOfWork
from tests.support.recording import RecordingChat
from workflows.access import Directory, InvitePolicy
from workflows.circuit_settings import Signatures
from workflows.context import Context, Settings
from workflows.ports import EventId, FileRef, Incoming, MediaError, RoomId, UserId
from workflows.runner import Runner
from workflows.spelling import Vocabulary

BOT_ID = "@greffier:mairie.fr"
RENDERER = Renderer()
_ids = itertools.count(1)


class FakeMedia:
    """The homeserver's content repository, in memory; a URL can be set to fail."""

    def __init__(self) -> None:
        self.files: dict[str, bytes] = {}
        self.failures: dict[str, MediaError] = {}
        self.fetched: list[str] = []

    def add(self, data: bytes) -> str:
        url = f"mxc://mairie.fr/{next(_ids)}"
        self.files[url] = data
        return url

    async def fetch(self, file: FileRef, max_bytes: int) -> bytes:
        if file.size is not None and file.size > max_bytes:
            raise MediaError("too_big")
        if file.url in self.failures:
            raise self.failures[file.url]
        self.fetched.append(file.url)
        data = self.files[file.url]
        if len(data) > max_bytes:
            raise MediaError("too_big")
        return data


class FakeClock:
    def __init__(self, now: dt.datetime | None = None) -> None:
        self.current = now or dt.datetime(2026, 3, 16, 9, 0, tzinfo=dt.UTC)

    def now(self) -> dt.datetime:
        return self.current

    def advance(self, delta: dt.timedelta) -> None:
        self.current += delta


def default_settings(**fields: object) -> Settings:
    return Settings(
        bot_user_id=BOT_ID,
        invites=InvitePolicy(allowed_homeservers=("mairie.fr",)),
        **fields,  # type: ignore[arg-type]
    )


@dataclass
class Harness:
    db: Database
    chat: RecordingChat = field(default_factory=RecordingChat)
    settings: Settings = field(default_factory=default_settings)
    blob_dir: Path | None = None
    media: FakeMedia = field(default_factory=FakeMedia)
    clock: FakeClock = field(default_factory=FakeClock)
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    signatures: Signatures | None = None

    def __post_init__(self) -> None:
        self.blobs = BlobStore(self.blob_dir) if self.blob_dir is not None else None
        self.intake = (
            Intake(self.media, self.blobs, self.settings.filing)
            if self.blobs is not None
            else None
        )
        # The bot's runner: the same transaction, retry, learning of words and release of
        # files; replies go to the recording chat.
        self.runner = Runner(
            self.db,
            self.blobs,
            open_chat=lambda uow, cause: self.chat,
            context=lambda uow, chat: self.context(uow),
        )

    def with_directory(self, directory: Directory) -> None:
        self.settings = dataclasses.replace(self.settings, directory=directory)
        if self.blobs is not None:
            self.intake = Intake(self.media, self.blobs, self.settings.filing)

    async def members(self, room: str, *joined: str, invited: tuple[str, ...] = ()) -> None:
        """The room's membership as a sync would report it (the bot is always in)."""
        found = dict.fromkeys((self.settings.bot_user_id, *joined), "join")
        found |= dict.fromkeys(invited, "invite")
        async with self.db.unit() as uow:
            await uow.members.replace(room, found)

    def context(self, uow: UnitOfWork) -> Context:
        return Context(
            uow,
            self.chat,
            self.settings,
            clock=self.clock,
            vocabulary=self.vocabulary,
            signatures=self.signatures,
        )

    async def sent_as(self, index: int, event_id: str) -> None:
        """The bot's message `chat.sent[index]` went out as `event_id` (as the sender records
        it): a reaction or a reply to it can then find what it was about."""
        sent = self.chat.sent[index]
        room = sent.room or f"!dm-{sent.user}"
        async with self.db.unit() as uow:
            item = await uow.outbox.add("send", room_id=room, content={}, topic=sent.topic)
            assert item.id is not None
            await uow.outbox.mark_sent(item.id, event_id)

    def incoming(self, sender: str, room: str, **fields: object) -> Incoming:
        return Incoming(
            event_id=EventId(str(fields.pop("event_id", f"${next(_ids)}"))),
            room_id=RoomId(room),
            sender=UserId(sender),
            ts=0,
            **fields,  # type: ignore[arg-type]
        )

    async def deliver(self, incoming: Incoming) -> str:
        """Store the event in the inbox (as the sync does), then handle it as the bot does."""
        async with self.db.unit() as uow:
            await uow.events.add([inbox_row(incoming)])
        before = len(self.chat.sent)
        prepared = await prepare(incoming, self.db, self.intake, self.settings, self.signatures)
        outcome = await self.runner.run(
            lambda ctx: process(incoming, ctx, prepared),
            cause=incoming.event_id,
            staged=staged_files(prepared),
        )
        for sent in self.chat.sent[before:]:  # every message must render, as the bot would
            if sent.message is not None:
                RENDERER.content(sent.message)
        return outcome

    async def say(
        self, sender: str, room: str, text: str, *, direct: bool = True, **fields: object
    ) -> Incoming:
        incoming = self.incoming(sender, room, kind="text", text=text, is_direct=direct, **fields)
        await self.deliver(incoming)
        return incoming

    async def upload(
        self,
        sender: str,
        room: str,
        data: bytes,
        name: str = "document.pdf",
        *,
        mimetype: str | None = "application/pdf",
        size: int | None = -1,
        direct: bool = True,
        **fields: object,
    ) -> tuple[Incoming, str]:
        """Send a file; returns the event and the outcome label."""
        url = self.media.add(data)
        ref = FileRef(
            url=url, name=name, mimetype=mimetype, size=len(data) if size == -1 else size
        )
        incoming = self.incoming(sender, room, kind="file", file=ref, is_direct=direct, **fields)
        return incoming, await self.deliver(incoming)

    async def react(self, sender: str, room: str, event: str, key: str, **fields: object) -> str:
        incoming = self.incoming(
            sender, room, kind="reaction", reacts_to=event, reaction=key, **fields
        )
        return await self.deliver(incoming)

    def last(self) -> str | None:
        return self.chat.sent[-1].template if self.chat.sent else None
