"""What the product logic sees of the outside world.

Workflows never import nio: `bot/` turns every Matrix event into one `Incoming` and offers the
`Chat` port to speak back. Keeping these types here (and frozen) means a unit test can build them
by hand and run the same code the bot runs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, NewType, Protocol

from pydantic import BaseModel, ConfigDict

UserId = NewType("UserId", str)
"""A Matrix user id, ``@agnes:mairie.fr``."""
RoomId = NewType("RoomId", str)
"""A Matrix room id, ``!abc:mairie.fr``."""
EventId = NewType("EventId", str)
"""A Matrix event id, ``$xyz``; synthetic ids (invites) start with ``invite:``."""

IncomingKind = Literal["text", "file", "reaction", "redaction", "invite", "undecryptable"]


class FileRef(BaseModel):
    """An attachment as announced by the event, before any byte is downloaded.

    `encryption` holds the `file` object of an encrypted attachment (key, iv, hashes) so the
    bot can decrypt it later; workflows only look at name, mime type and size.
    """

    model_config = ConfigDict(frozen=True)

    url: str
    name: str
    mimetype: str | None = None
    size: int | None = None
    encryption: dict[str, Any] | None = None


class SenderDevice(BaseModel):
    """The device an encrypted event came from, as the bot judged it when handling it.

    Element and Tchap act only on devices their owner has cross-signed; the bot does the same
    (unless configured for old clients), and a decision records which device made it.
    """

    model_config = ConfigDict(frozen=True)

    device_id: str | None  # None when the sending device is unknown or the event was in clear
    cross_signed: bool
    identity: str | None = None  # the owner's master key (public) when they have one
    encrypted: bool = True
    """False for a reaction sent in clear in an encrypted room (Element Web never encrypts
    reactions): no session can be named, so it is judged from all the person's sessions,
    `cross_signed` only when every one is."""
    unverified_sessions: tuple[str, ...] = ()
    """For such a reaction, the person's sessions that are not verified."""


class Incoming(BaseModel):
    """One Matrix event, normalised once by `bot/inbox.py` before anything else sees it.

    Stored as JSON in the inbox table, so it must round-trip through `model_dump_json`.
    """

    model_config = ConfigDict(frozen=True)

    event_id: EventId
    room_id: RoomId
    sender: UserId
    ts: int  # origin_server_ts, milliseconds
    kind: IncomingKind
    text: str | None = None
    file: FileRef | None = None
    reply_to: EventId | None = None
    thread_root: EventId | None = None
    reacts_to: EventId | None = None
    reaction: str | None = None
    redacts: EventId | None = None
    mentions_bot: bool = False
    is_direct: bool = False
    room_encrypted: bool = False
    room_name: str | None = None
    sender_key: str | None = None
    """The Olm identity key of the device that encrypted the event (None when unencrypted)."""
    device: SenderDevice | None = None
    """Filled by the bot when it handles an encrypted event: which device, trusted or not."""

    @property
    def conversation_key(self) -> str:
        """Events of one conversation are handled in order, by one worker.

        A thread is its own conversation; elsewhere each person has theirs in a room, so two
        agents filing at once in the same room never wait on (or mix with) each other.
        """
        if self.kind == "invite":
            return f"{self.room_id}|invite"
        if self.thread_root:
            return f"{self.room_id}|t:{self.thread_root}"
        return f"{self.room_id}|u:{self.sender}"


@dataclass(frozen=True)
class Mention:
    """A person named in a message: rendered as a pill and listed in ``m.mentions``."""

    user_id: UserId
    display_name: str | None = None


@dataclass(frozen=True)
class Message:
    """What to say: a template name, its context, and optional numbered choices.

    The template decides the words; the `Chat` implementation decides the wire format.
    """

    template: str
    context: Mapping[str, Any] = field(default_factory=dict)
    choices: Sequence[str] = ()
    mentions: Sequence[Mention] = ()
    topic: str | None = None
    """What the message is about ("circuit-task:12"): a reaction or a reply to it is routed
    back to that subject once the message is sent."""


class Chat(Protocol):
    """How workflows talk to people. Every call is part of the current unit of work.

    The Matrix implementation writes to the outbox in the caller's transaction (so a reply
    exists if and only if the change that caused it was committed); the in-memory one records.
    """

    async def say(
        self,
        room: RoomId,
        message: Message,
        *,
        reply_to: EventId | None = None,
        thread: EventId | None = None,
    ) -> None: ...

    async def direct(self, user: UserId, message: Message) -> None:
        """Send to a person in their one-to-one room with the bot, opening it if needed."""
        ...

    async def react(self, room: RoomId, event: EventId, key: str) -> None: ...

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
        """Send a stored file (by its SHA-256 in the blob store); encrypted in encrypted rooms."""
        ...

    async def direct_file(
        self, user: UserId, sha256: str, name: str, mimetype: str, *, topic: str | None = None
    ) -> None:
        """Send a stored file to a person in their one-to-one room with the bot."""
        ...

    async def join(self, room: RoomId) -> None:
        """Accept an invitation (joins happen in order with the messages that follow)."""
        ...

    async def leave(self, room: RoomId) -> None:
        """Decline an invitation or leave a room."""
        ...


class Clock(Protocol):
    """Time, injectable so tests can move it."""

    def now(self) -> dt.datetime: ...


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> dt.datetime:
        return dt.datetime.now(dt.UTC)


MediaErrorCode = Literal["too_big", "refused", "unavailable"]


class MediaError(Exception):
    """A file could not be fetched: too big, refused by the homeserver's content scanner, or
    gone. `code` picks the French message; nothing was stored."""

    def __init__(self, code: MediaErrorCode, detail: str = "") -> None:
        super().__init__(detail or code)
        self.code: MediaErrorCode = code


class Media(Protocol):
    """Fetches the bytes of an attachment (decrypted when it was encrypted)."""

    async def fetch(self, file: FileRef, max_bytes: int) -> bytes:
        """Raises `MediaError("too_big")` as soon as more than `max_bytes` arrive."""
        ...
