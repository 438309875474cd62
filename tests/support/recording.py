"""An in-memory `Chat` that records what would be sent: workflows tested without a homeserver."""

from __future__ import annotations

from dataclasses import dataclass, field

from workflows.ports import EventId, Message, RoomId, UserId


@dataclass(frozen=True)
class Sent:
    kind: str  # say, direct, react, join, leave
    room: str | None = None
    user: str | None = None
    message: Message | None = None
    reply_to: str | None = None
    thread: str | None = None
    event: str | None = None
    key: str | None = None
    topic: str | None = None

    @property
    def template(self) -> str | None:
        return self.message.template if self.message else None


@dataclass
class RecordingChat:
    sent: list[Sent] = field(default_factory=list)

    async def say(
        self,
        room: RoomId,
        message: Message,
        *,
        reply_to: EventId | None = None,
        thread: EventId | None = None,
    ) -> None:
        self.sent.append(
            Sent(
                "say",
                room=room,
                message=message,
                reply_to=reply_to,
                thread=thread,
                topic=message.topic,
            )
        )

    async def direct(self, user: UserId, message: Message) -> None:
        self.sent.append(Sent("direct", user=user, message=message, topic=message.topic))

    async def react(self, room: RoomId, event: EventId, key: str) -> None:
        self.sent.append(Sent("react", room=room, event=event, key=key))

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
        self.sent.append(
            Sent("file", room=room, key=sha256, event=name, thread=thread, topic=topic)
        )

    async def direct_file(
        self, user: UserId, sha256: str, name: str, mimetype: str, *, topic: str | None = None
    ) -> None:
        self.sent.append(Sent("file", user=user, key=sha256, event=name, topic=topic))

    async def join(self, room: RoomId) -> None:
        self.sent.append(Sent("join", room=room))

    async def leave(self, room: RoomId) -> None:
        self.sent.append(Sent("leave", room=room))

    def templates(self) -> list[str | None]:
        return [s.template for s in self.sent]
