"""From a nio sync response to `Incoming` values, and nothing else.

This runs after nio has decrypted what it could. It decides nothing about the product: it
normalises (reply fallbacks trimmed, threads and replies told apart, attachments described),
drops what is never for us (our own events, other bots' notices, edits, state), and sets aside
encrypted events whose key has not arrived yet.
"""

from __future__ import annotations

import re
from typing import Any

from nio import InviteMemberEvent, MatrixRoom, MegolmEvent, RoomMemberEvent, SyncResponse

from workflows.ports import EventId, FileRef, Incoming, RoomId, UserId

FILE_MSGTYPES = {"m.file", "m.image", "m.video", "m.audio"}
TEXT_MSGTYPES = {"m.text", "m.emote"}
_FALLBACK_LINE = re.compile(r"^> ?")


def strip_reply_fallback(body: str) -> str:
    """Remove the quoted "> <@x> ..." block that older clients put before a reply."""
    lines = body.split("\n")
    if not lines[0].startswith(">"):
        return body
    index = 0
    while index < len(lines) and _FALLBACK_LINE.match(lines[index]):
        index += 1
    if index < len(lines) and lines[index] == "":
        index += 1
    return "\n".join(lines[index:])


def _relations(content: dict[str, Any]) -> tuple[str | None, str | None]:
    """(reply_to, thread_root) from `m.relates_to`."""
    relates = content.get("m.relates_to")
    if not isinstance(relates, dict):
        return None, None
    in_reply = relates.get("m.in_reply_to")
    reply_to = in_reply.get("event_id") if isinstance(in_reply, dict) else None
    if relates.get("rel_type") == "m.thread":
        thread = relates.get("event_id")
        if relates.get("is_falling_back"):
            reply_to = None  # the reply is only a fallback for clients without threads
        return reply_to, thread if isinstance(thread, str) else None
    return (reply_to if isinstance(reply_to, str) else None), None


def _mentions_bot(content: dict[str, Any], bot_user_id: str) -> bool:
    mentions = content.get("m.mentions")
    if isinstance(mentions, dict) and bot_user_id in (mentions.get("user_ids") or []):
        return True
    formatted = content.get("formatted_body")
    return isinstance(formatted, str) and f"matrix.to/#/{bot_user_id}" in formatted


def _file_ref(content: dict[str, Any]) -> FileRef | None:
    raw_info = content.get("info")
    info: dict[str, Any] = raw_info if isinstance(raw_info, dict) else {}
    raw_file = content.get("file")
    encrypted: dict[str, Any] | None = raw_file if isinstance(raw_file, dict) else None
    url = encrypted.get("url") if encrypted else content.get("url")
    if not isinstance(url, str):
        return None
    name = content.get("filename") or content.get("body") or "document"
    size = info.get("size")
    return FileRef(
        url=url,
        name=str(name)[:255],
        mimetype=info.get("mimetype") if isinstance(info.get("mimetype"), str) else None,
        size=size if isinstance(size, int) else None,
        encryption=encrypted,
    )


def is_direct_room(room: MatrixRoom) -> bool:
    """A DM is a room of two with no name: the bot and one person (Tchap's direct rooms).

    A named room is a service's room even while only one agent has joined it so far.
    """
    return int(room.member_count) <= 2 and not room.name


def normalize(
    source: dict[str, Any], room: MatrixRoom, bot_user_id: str, sender_key: str | None = None
) -> Incoming | None:
    """One timeline event (decrypted if it was encrypted) -> Incoming, or None if not for us.

    `sender_key` is the Olm identity key of the device that encrypted it: it names the
    device, whose trust the bot checks before acting."""
    sender = source.get("sender")
    event_id = source.get("event_id")
    content = source.get("content")
    if not isinstance(sender, str) or not isinstance(event_id, str):
        return None
    if sender == bot_user_id or not isinstance(content, dict):
        return None
    base: dict[str, Any] = {
        "event_id": EventId(event_id),
        "room_id": RoomId(room.room_id),
        "sender": UserId(sender),
        "ts": int(source.get("origin_server_ts") or 0),
        "is_direct": is_direct_room(room),
        "room_encrypted": bool(room.encrypted),
        "room_name": room.display_name,
        "sender_key": sender_key,
    }
    kind = source.get("type")
    if kind == "m.reaction":
        relates = content.get("m.relates_to") or {}
        if relates.get("rel_type") != "m.annotation":
            return None
        return Incoming(
            **base, kind="reaction", reacts_to=relates.get("event_id"), reaction=relates.get("key")
        )
    if kind == "m.room.redaction":
        redacts = source.get("redacts") or content.get("redacts")
        return Incoming(**base, kind="redaction", redacts=redacts) if redacts else None
    if kind != "m.room.message":
        return None
    relates = content.get("m.relates_to")
    if isinstance(relates, dict) and relates.get("rel_type") == "m.replace":
        return None  # an edit: the original was already handled
    reply_to, thread = _relations(content)
    msgtype = content.get("msgtype")
    common = {**base, "reply_to": reply_to, "thread_root": thread}
    if msgtype in TEXT_MSGTYPES:
        body = content.get("body")
        if not isinstance(body, str):
            return None
        text = strip_reply_fallback(body) if reply_to else body
        return Incoming(
            **common, kind="text", text=text, mentions_bot=_mentions_bot(content, bot_user_id)
        )
    if msgtype in FILE_MSGTYPES:
        ref = _file_ref(content)
        return Incoming(**common, kind="file", file=ref) if ref else None
    return None  # m.notice (bots do not answer bots), locations, polls...


def sender_key_of(event: Any) -> str | None:
    """The sending device's key of an event nio decrypted (None for a plain event)."""
    if not getattr(event, "decrypted", False):
        return None
    key = getattr(event, "sender_key", None)
    return key if isinstance(key, str) else None


def undecryptable(event: MegolmEvent, room: MatrixRoom) -> Incoming:
    return Incoming(
        event_id=EventId(event.event_id),
        room_id=RoomId(room.room_id),
        sender=UserId(event.sender),
        ts=int(event.server_timestamp or 0),
        kind="undecryptable",
        is_direct=is_direct_room(room),
        room_encrypted=True,
        room_name=room.display_name,
    )


def invites(response: SyncResponse, bot_user_id: str, since: str | None) -> list[Incoming]:
    """Pending invitations for the bot. Stripped state has no event id: we make one up that a
    replay of the same sync reproduces (room + the token the sync started from)."""
    found: list[Incoming] = []
    for room_id, info in response.rooms.invite.items():
        for event in info.invite_state:
            # nio keeps no `content` in the stripped event's source: read its attributes.
            if (
                isinstance(event, InviteMemberEvent)
                and event.state_key == bot_user_id
                and event.membership == "invite"
            ):
                content = event.content if isinstance(event.content, dict) else {}
                found.append(
                    Incoming(
                        event_id=EventId(f"invite:{room_id}:{since or 'initial'}"),
                        room_id=RoomId(room_id),
                        sender=UserId(event.sender),
                        ts=0,
                        kind="invite",
                        is_direct=bool(content.get("is_direct")),
                    )
                )
                break
    return found


def memberships(
    response: SyncResponse, rooms: dict[str, MatrixRoom], *, full_state: bool
) -> dict[str, dict[str, str] | None]:
    """Rooms whose membership this sync changed, with their members now (user -> "join" or
    "invite"); None for a room the bot left. nio has already applied the sync to `rooms`, so
    its member lists are the homeserver's state after the sync. A full-state sync (the first
    of a process) rewrites every room, catching what changed while the bot was away."""
    found: dict[str, dict[str, str] | None] = {}
    for room_id, info in response.rooms.join.items():
        events = [*info.state, *info.timeline.events]
        if not full_state and not any(isinstance(e, RoomMemberEvent) for e in events):
            continue
        room = rooms.get(room_id)
        if room is None:
            continue
        found[room_id] = {
            user: "invite" if user in room.invited_users else "join" for user in room.users
        }
    for room_id in response.rooms.leave:
        found[room_id] = None
    return found


def inbox_row(
    incoming: Incoming, status: str = "new", raw: dict[str, Any] | None = None
) -> dict[str, Any]:
    payload = incoming.model_dump(mode="json")
    if raw is not None:
        payload = {"raw": raw, "incoming": payload}
    return {
        "event_id": incoming.event_id,
        "room_id": incoming.room_id,
        "sender": incoming.sender,
        "conversation_key": incoming.conversation_key,
        "kind": incoming.kind,
        "payload": payload,
        "status": status,
    }
