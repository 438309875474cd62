"""A person in the chat, played by a real nio client (E2EE on): the demo tour, the integration
tests and the benchmarks use it to talk to the bot exactly as a phone would."""

from __future__ import annotations

import asyncio
import contextlib
import io
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nio import (
    AsyncClientConfig,
    EncryptionError,
    InviteMemberEvent,
    LocalProtocolError,
    LoginError,
    MatrixRoom,
    MegolmEvent,
    RoomCreateError,
    RoomSendError,
)

from bot import identity
from bot.client import BotClient
from bot.cross_signing import CrossSigningKeys
from bot.identity import AiohttpApi


class PersonError(Exception):
    """The homeserver refused what the person tried (login, room creation, send)."""


@dataclass(frozen=True)
class Seen:
    """A message event this person received."""

    room_id: str
    event_id: str
    sender: str
    type: str
    content: dict[str, Any]
    received: float

    @property
    def body(self) -> str:
        return str(self.content.get("body", ""))

    @property
    def msgtype(self) -> str | None:
        return self.content.get("msgtype")


class Person:
    def __init__(self, homeserver: str, user_id: str, password: str, store_dir: Path) -> None:
        store_dir.mkdir(parents=True, exist_ok=True)
        self.password = password
        self.client = BotClient(
            homeserver,
            user_id,
            store_path=str(store_dir),
            config=AsyncClientConfig(store_sync_tokens=True, encryption_enabled=True),
        )
        self.seen: list[Seen] = []
        self._undecrypted: list[tuple[str, MegolmEvent]] = []
        self._changed = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self.auto_join = True

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    async def start(self) -> None:
        response = await self.client.login(self.password, device_name="test")
        if isinstance(response, LoginError):
            raise PersonError(f"login failed for {self.user_id}: {response.message}")
        self.client.add_event_callback(self._on_event, (MegolmEvent,))
        self.client.add_event_callback(self._on_invite, (InviteMemberEvent,))
        self.client.add_response_callback(self._on_sync)
        await self.client.sync(timeout=0, full_state=True)
        if self.client.should_upload_keys:
            await self.client.keys_upload()
        self._task = asyncio.create_task(self.client.sync_forever(timeout=5000))

    async def cross_sign(self, keys: CrossSigningKeys) -> None:
        """Sign this session with the person's cross-signing keys (published first when the
        server shows none or others), as a current Element does once the session is
        verified: clients and the bot in "exclude insecure devices" mode then trust it."""
        api = AiohttpApi(self.client.homeserver, lambda: self.client.access_token)
        device = str(self.client.device_id)
        try:
            status = await identity.read_status(api, self.user_id, device, keys)
            if status.server_master != keys.master.public:
                await identity.publish(api, keys, self.user_id, self.password)
            await identity.sign_device(api, keys, self.user_id, device)
        finally:
            await api.close()

    def resume(self) -> None:
        """Sync again if the loop ended (the homeserver went away and came back)."""
        if self._task is None or self._task.done():
            self._task = asyncio.create_task(self.client.sync_forever(timeout=5000))

    async def close(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        await self.client.close()

    # --- receiving ---------------------------------------------------------------------------

    async def _on_invite(self, room: MatrixRoom, event: InviteMemberEvent) -> None:
        if self.auto_join and event.state_key == self.user_id and event.membership == "invite":
            await self.client.join(room.room_id)

    async def _on_event(self, room: MatrixRoom, event: Any) -> None:
        self._undecrypted.append((room.room_id, event))

    async def _on_sync(self, response: Any) -> None:
        rooms = getattr(getattr(response, "rooms", None), "join", {}) or {}
        for room_id, info in rooms.items():
            for event in info.timeline.events:
                if isinstance(event, MegolmEvent):
                    continue
                self._record(room_id, event)
        self._retry_undecrypted()
        async with self._changed:
            self._changed.notify_all()

    def _record(self, room_id: str, event: Any) -> None:
        source = getattr(event, "source", {}) or {}
        if source.get("type") not in ("m.room.message", "m.reaction"):
            return
        self.seen.append(
            Seen(
                room_id,
                source.get("event_id", ""),
                source.get("sender", ""),
                source["type"],
                source.get("content", {}),
                time.monotonic(),
            )
        )

    def _retry_undecrypted(self) -> None:
        still: list[tuple[str, MegolmEvent]] = []
        for room_id, event in self._undecrypted:
            try:
                event.room_id = room_id
                self._record(room_id, self.client.decrypt_event(event))
            except EncryptionError:
                still.append((room_id, event))
        self._undecrypted = still

    async def wait_for(
        self, predicate: Callable[[Seen], bool], timeout: float = 30.0, after: int = 0
    ) -> Seen:
        """The first message (from index `after` on) that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        async with self._changed:
            while True:
                for seen in self.seen[after:]:
                    if predicate(seen):
                        return seen
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{self.user_id}: no matching message in {timeout:.0f} s")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=remaining)

    async def reply_from(
        self, sender: str, room_id: str, after: int, timeout: float = 30.0
    ) -> Seen:
        return await self.wait_for(
            lambda s: s.sender == sender and s.room_id == room_id and s.type == "m.room.message",
            timeout=timeout,
            after=after,
        )

    def mark(self) -> int:
        """A position in what was seen: wait for what comes after it."""
        return len(self.seen)

    # --- rooms -------------------------------------------------------------------------------

    async def create_room(
        self, name: str, invite: list[str], *, encrypted: bool = True, direct: bool = False
    ) -> str:
        initial_state = []
        if encrypted:
            initial_state.append(
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            )
        response = await self.client.room_create(
            name=None if direct else name,
            invite=invite,
            is_direct=direct,
            initial_state=initial_state,
        )
        if isinstance(response, RoomCreateError):
            raise PersonError(f"room creation failed: {response.message}")
        room_id = str(response.room_id)
        await self.wait_room(room_id)
        return room_id

    async def wait_room(self, room_id: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while room_id not in self.client.rooms:
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.user_id}: room {room_id} never synced")
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=1)

    async def wait_member(self, room_id: str, user_id: str, timeout: float = 30.0) -> None:
        """Until `user_id` has joined `room_id` as this person's client sees it."""
        deadline = time.monotonic() + timeout
        while True:
            room = self.client.rooms.get(room_id)
            if room is not None and user_id in room.users and user_id not in room.invited_users:
                return
            if time.monotonic() > deadline:
                raise TimeoutError(f"{user_id} did not join {room_id} in {timeout:.0f} s")
            async with self._changed:
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._changed.wait(), timeout=1)

    # --- sending -----------------------------------------------------------------------------

    async def send(
        self,
        room_id: str,
        text: str,
        *,
        reply_to: str | None = None,
        mentions: list[str] | None = None,
        html: str | None = None,
    ) -> str:
        content: dict[str, Any] = {"msgtype": "m.text", "body": text}
        if html:
            content["format"] = "org.matrix.custom.html"
            content["formatted_body"] = html
        if reply_to:
            content["m.relates_to"] = {"m.in_reply_to": {"event_id": reply_to}}
        if mentions is not None:
            content["m.mentions"] = {"user_ids": mentions}
        return await self.send_event(room_id, "m.room.message", content)

    async def send_event(self, room_id: str, event_type: str, content: dict[str, Any]) -> str:
        if self.client.should_query_keys:
            with contextlib.suppress(LocalProtocolError):
                await self.client.keys_query()
        response = await self.client.room_send(
            room_id, event_type, content, ignore_unverified_devices=True
        )
        if isinstance(response, RoomSendError):
            raise PersonError(f"send failed: {response.message}")
        return str(response.event_id)

    async def send_file(
        self,
        room_id: str,
        data: bytes,
        name: str,
        mimetype: str,
        *,
        announce_size: bool = True,
        thread: str | None = None,
    ) -> str:
        """Upload and send a file, as Element does: encrypted in an encrypted room, `m.image`
        for pictures, `m.file` otherwise."""
        room = self.client.rooms.get(room_id)
        encrypt = bool(room is not None and room.encrypted)
        response, keys = await self.client.upload(
            io.BytesIO(data),
            content_type="application/octet-stream" if encrypt else mimetype,
            filename=name,
            encrypt=encrypt,
            filesize=len(data),
        )
        uri = getattr(response, "content_uri", None)
        if uri is None:
            raise PersonError(f"upload failed: {response}")
        info: dict[str, Any] = {"mimetype": mimetype}
        if announce_size:
            info["size"] = len(data)
        content: dict[str, Any] = {
            "msgtype": "m.image" if mimetype.startswith("image/") else "m.file",
            "body": name,
            "filename": name,
            "info": info,
        }
        if encrypt and keys is not None:
            content["file"] = {**keys, "url": uri, "mimetype": mimetype}
        else:
            content["url"] = uri
        if thread:
            content["m.relates_to"] = {
                "rel_type": "m.thread",
                "event_id": thread,
                "is_falling_back": True,
                "m.in_reply_to": {"event_id": thread},
            }
        return await self.send_event(room_id, "m.room.message", content)

    async def react(self, room_id: str, event_id: str, key: str) -> str:
        content = {"m.relates_to": {"rel_type": "m.annotation", "event_id": event_id, "key": key}}
        return await self.send_event(room_id, "m.reaction", content)
