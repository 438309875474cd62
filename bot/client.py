"""The nio client: one login kept for ever, the E2EE store, sync calls, and the send transport.

Rules from experience (GUIDE §3): log in once and keep access token + device id (a new login is
a new device, and the old device's keys are gone); never `logout()` on shutdown; the store
directory exists before the client is built; nio's own sync-token store is off (it saves the
token before our callbacks run, so a crash would lose events): `bot/app.py` keeps the token.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import json
import logging
import os
import uuid
from typing import Any

from aiohttp import ClientConnectionError
from nio import (
    AsyncClient,
    AsyncClientConfig,
    JoinError,
    KeysQueryResponse,
    LocalProtocolError,
    LoginError,
    MegolmEvent,
    OlmUnverifiedDeviceError,
    ProfileGetDisplayNameResponse,
    Response,
    RoomCreateError,
    RoomLeaveError,
    RoomPreset,
    RoomSendError,
    RoomSendResponse,
    SendRetryError,
    SyncError,
    SyncResponse,
    UploadError,
    WhoamiError,
)
from nio.api import Api

from bot.config import Config
from bot.identity import stored_session
from bot.sender import PermanentError, TransientError
from bot.trust import DeviceTrust
from workflows.ports import SenderDevice

log = logging.getLogger("greffier.matrix")

SYNC_FILTER: dict[str, Any] = {
    "room": {"timeline": {"limit": 100}},
    "presence": {"not_types": ["*"]},
}
PERMANENT_CODES = {
    "M_FORBIDDEN",
    "M_UNKNOWN",
    "M_NOT_FOUND",
    "M_BAD_JSON",
    "M_TOO_LARGE",
    "M_INVALID_PARAM",
    "M_NOT_JSON",
}


class LoginFailedError(RuntimeError):
    """The bot cannot log in; the message says why, in French."""


class _KeysQueryAnswer(KeysQueryResponse):  # type: ignore[misc]
    """nio's `/keys/query` answer with the whole JSON kept: nio reads only the device keys,
    and the cross-signing keys come in the same answer."""

    raw: dict[str, Any]

    @classmethod
    def from_dict(cls, parsed_dict: dict[Any, Any]) -> Any:
        response = super().from_dict(parsed_dict)
        if isinstance(response, _KeysQueryAnswer):
            response.raw = parsed_dict
        return response


class BotClient(AsyncClient):  # type: ignore[misc]
    """nio's client, whose key queries also feed `DeviceTrust` before anything is sent."""

    trust: DeviceTrust | None = None

    async def keys_query(self) -> Any:
        users = self.users_for_key_query
        if not users:
            raise LocalProtocolError("No key query required.")
        method, path, data = Api.keys_query(self.access_token, users)
        return await self._send(_KeysQueryAnswer, method, path, data)

    async def room_send(
        self,
        room_id: str,
        message_type: str,
        content: dict[Any, Any],
        tx_id: str | None = None,
        ignore_unverified_devices: bool = False,
    ) -> Any:
        """nio's `room_send`, except that a reaction in an encrypted room is encrypted too, as
        Element and Tchap do (nio sends reactions in clear, which those clients flag, and
        which carry no sending device)."""
        room = self.rooms.get(room_id)
        if message_type != "m.reaction" or room is None or not room.encrypted or not self.olm:
            return await super().room_send(
                room_id, message_type, content, tx_id, ignore_unverified_devices
            )
        if not room.members_synced:
            await self.joined_members(room_id)
            if self.should_query_keys:
                await self.keys_query()
        if self.olm.should_share_group_session(room_id):
            sharing = self.sharing_session.get(room_id)
            if sharing is not None:
                await sharing.wait()
            else:
                await self.share_group_session(
                    room_id, ignore_unverified_devices=ignore_unverified_devices
                )
        event_type, encrypted = self.encrypt(room_id, message_type, content)
        method, path, data = Api.room_send(
            self.access_token, room_id, event_type, encrypted, tx_id or str(uuid.uuid4())
        )
        return await self._send(RoomSendResponse, method, path, data, (room_id,))

    async def receive_response(self, response: Response) -> None:
        await super().receive_response(response)
        if isinstance(response, _KeysQueryAnswer) and self.trust is not None:
            users = self.trust.learn(response.raw)
            self.trust.apply(self, users)


class MatrixConnection:
    """Everything that talks to the homeserver for the bot's own account."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.matrix_dir = config.data_dir / "matrix"
        self.store_dir = self.matrix_dir / "store"
        self.session_file = self.matrix_dir / "session.json"
        # The store directory must exist before the client is built, or nio runs without E2EE.
        self.store_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
        self.trust = DeviceTrust(
            config.bot.user_id, exclude_insecure=config.bot.exclude_insecure_devices
        )
        self._keys_lock = asyncio.Lock()
        self.client = BotClient(
            config.homeserver.url,
            config.bot.user_id,
            store_path=str(self.store_dir),
            config=AsyncClientConfig(
                store_sync_tokens=False,
                encryption_enabled=True,
                max_limit_exceeded=3,
                max_timeouts=2,
                backoff_factor=0.5,
                max_timeout_retry_wait_time=10,
                request_timeout=60,
            ),
        )
        self.client.trust = self.trust

    @property
    def user_id(self) -> str:
        return str(self.client.user_id)

    # --- login -----------------------------------------------------------------------------

    def _read_session(self) -> dict[str, str] | None:
        data = stored_session(self.config.data_dir)
        if (
            data is not None
            and data.get("user_id") == self.config.bot.user_id
            and data.get("homeserver") == self.config.homeserver.url
            and data.get("device_id")
            and data.get("access_token")
        ):
            return data
        return None

    def _write_session(self) -> None:
        data = {
            "homeserver": self.config.homeserver.url,
            "user_id": self.client.user_id,
            "device_id": self.client.device_id,
            "access_token": self.client.access_token,
        }
        tmp = self.session_file.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
            handle.flush()
            os.fsync(handle.fileno())
        tmp.replace(self.session_file)

    async def login(self) -> None:
        """Restore the kept session, or log in once with the password and keep it."""
        token = self.config.bot.access_token
        if token is not None:
            self.client.access_token = token.get_secret_value()
            who = await self.client.whoami()
            if isinstance(who, WhoamiError) or not getattr(who, "device_id", None):
                raise LoginFailedError(f"jeton d'accès refusé par le serveur ({who})")
            self.client.restore_login(who.user_id, who.device_id, token.get_secret_value())
            return
        session = self._read_session()
        if session is not None:
            self.client.restore_login(
                session["user_id"], session["device_id"], session["access_token"]
            )
            log.info("session restored (device %s)", session["device_id"])
            return
        await self.password_login()

    def prepare_trust(self) -> None:
        """Once logged in (nio's store loaded): re-judge devices an earlier run shared keys
        with unjudged, and ask the server again for every known user's keys, so the trust
        of each device is read afresh before the first message leaves."""
        self.trust.forget_judgements(self.client)
        olm = self.client.olm
        if olm is not None:
            olm.users_for_key_query.update({d.user_id for d in self.client.device_store})

    async def refresh_keys(self, users: set[str]) -> None:
        """Ask the server for these users' keys now (one query at a time)."""
        olm = self.client.olm
        if olm is None:
            return
        async with self._keys_lock:
            olm.users_for_key_query.update(users)
            with contextlib.suppress(LocalProtocolError):
                await self.client.keys_query()

    async def sender_device(self, user_id: str, sender_key: str) -> SenderDevice:
        """The device that encrypted an event, judged on fresh keys: a device not seen yet,
        or a user whose device list changed since the last query, is queried first."""
        olm = self.client.olm
        stale = olm is not None and user_id in olm.users_for_key_query
        device = None if stale else self.trust.sender(user_id, sender_key)
        if device is None:
            try:
                await self.refresh_keys({user_id})
            except (ClientConnectionError, TimeoutError, OSError) as exc:
                log.warning("keys of %s not refreshed (%s)", user_id, type(exc).__name__)
            device = self.trust.sender(user_id, sender_key)
        return device or self.trust.unknown_sender(user_id)

    async def sessions_of(self, user_id: str) -> SenderDevice:
        """For an event in clear in an encrypted room: the person's sessions, read afresh from
        the server (a session logged in a moment ago must count)."""
        try:
            await self.refresh_keys({user_id})
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            log.warning("keys of %s not refreshed (%s)", user_id, type(exc).__name__)
            return self.trust.unknown_sender(user_id)
        return self.trust.all_sessions(user_id)

    async def password_login(self) -> None:
        password = self.config.bot.password
        if password is None:
            raise LoginFailedError("aucun mot de passe ni jeton pour le compte du bot")
        try:
            response = await self.client.login(
                password.get_secret_value(), device_name=self.config.bot.device_name
            )
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise LoginFailedError(
                f"serveur Matrix injoignable ({self.config.homeserver.url}) : {exc}"
            ) from None
        if isinstance(response, LoginError):
            raise LoginFailedError(f"connexion refusée : {response.message}")
        self._write_session()
        log.info("logged in (new device %s)", self.client.device_id)

    async def relogin_after_token_loss(self) -> None:
        """The server forgot our token: a new login, hence a new device (keys start over)."""
        log.warning("access token rejected: logging in again (a new device will be created)")
        self.session_file.unlink(missing_ok=True)
        await self.password_login()

    async def ensure_display_name(self) -> None:
        wanted = self.config.bot.display_name
        current = await self.client.get_displayname()
        if isinstance(current, ProfileGetDisplayNameResponse) and current.displayname == wanted:
            return
        await self.client.set_displayname(wanted)

    # --- sync ------------------------------------------------------------------------------

    async def sync(
        self, since: str | None, timeout_ms: int, full_state: bool
    ) -> SyncResponse | SyncError:
        response: SyncResponse | SyncError = await self.client.sync(
            timeout=timeout_ms, sync_filter=SYNC_FILTER, since=since, full_state=full_state
        )
        return response

    def follow_own_keys(self, response: SyncResponse) -> None:
        """nio follows key changes only of people in encrypted rooms; the bot's own account is
        followed always, so a change of its identity is seen even in unencrypted rooms."""
        olm = self.client.olm
        if olm is not None and self.user_id in response.device_list.changed:
            olm.users_for_key_query.add(self.user_id)

    async def after_sync(self) -> None:
        """The crypto chores `sync_forever` would do: keys up, keys queried and claimed."""
        client = self.client
        if client.should_upload_keys:
            await client.keys_upload()
        if client.should_query_keys:
            await client.keys_query()
        if client.should_claim_keys:
            await client.keys_claim(client.get_users_for_key_claiming())
        await client.send_to_device_messages()

    def decrypt(self, event: MegolmEvent) -> Any:
        """Try again to decrypt an event; raises nio's EncryptionError if still impossible."""
        return self.client.decrypt_event(event)

    async def request_key(self, event: MegolmEvent) -> None:
        with contextlib.suppress(LocalProtocolError):  # already requested
            await self.client.request_room_key(event)

    # --- transport (bot/sender.py) -----------------------------------------------------------

    async def send(
        self, room_id: str, event_type: str, content: dict[str, Any], txn_id: str
    ) -> str:
        await self._read_members_keys(room_id)
        try:
            response = await self.client.room_send(
                room_id,
                event_type,
                content,
                tx_id=txn_id,
                ignore_unverified_devices=not self.trust.exclude_insecure,
            )
        except OlmUnverifiedDeviceError as exc:
            # A device nobody has judged yet (keys not read since it appeared): judge it now,
            # then send again; a device still unknown after that gets no key.
            device = exc.device
            log.info("device %s of %s not judged yet: keys queried", device.id, device.user_id)
            try:
                await self.refresh_keys({device.user_id})
            except (ClientConnectionError, TimeoutError, OSError) as error:
                raise TransientError(f"keys not read: {type(error).__name__}") from None
            olm = self.client.olm
            if olm is not None and not (
                olm.is_device_verified(device) or olm.is_device_blacklisted(device)
            ):
                self.client.blacklist_device(device)
            raise TransientError(
                "device judged, sending again", retry_after=0, counts=False
            ) from None
        except LocalProtocolError as exc:
            if "No such room" in str(exc):
                raise TransientError(
                    "room not synced yet", retry_after=0.2, counts=False
                ) from None
            raise PermanentError(str(exc)) from None
        except (ClientConnectionError, TimeoutError, OSError, SendRetryError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        if isinstance(response, RoomSendError):
            raise _classify(response.status_code, response.message, response)
        return str(response.event_id)

    async def _read_members_keys(self, room_id: str) -> None:
        """Before encrypting for a room, read the keys of members whose devices are not known
        yet (someone who just joined and reacts at once): a room key shared before their keys
        are read reaches none of their devices, and they could never read the answer."""
        room = self.client.rooms.get(room_id)
        olm = self.client.olm
        if room is None or not room.encrypted or olm is None:
            return
        stale = olm.users_for_key_query.intersection(room.users)
        if not stale:
            return
        try:
            await self.refresh_keys(stale)
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise TransientError(f"keys not read: {type(exc).__name__}") from None

    async def upload(self, room_id: str, data: bytes, name: str, mimetype: str) -> dict[str, Any]:
        room = self.client.rooms.get(room_id)
        encrypt = bool(room is not None and room.encrypted)
        try:
            response, keys = await self.client.upload(
                io.BytesIO(data),
                content_type="application/octet-stream" if encrypt else mimetype,
                filename=name,
                encrypt=encrypt,
                filesize=len(data),
            )
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        if isinstance(response, UploadError):
            raise _classify(response.status_code, response.message, response)
        content: dict[str, Any] = {
            # A picture (the storage chart) shows inline in every client as m.image.
            "msgtype": "m.image" if mimetype.startswith("image/") else "m.file",
            "body": name,
            "filename": name,
            "info": {"mimetype": mimetype, "size": len(data)},
        }
        if encrypt and keys is not None:
            content["file"] = {**keys, "url": response.content_uri, "mimetype": mimetype}
        else:
            content["url"] = response.content_uri
        return content

    async def join(self, room_id: str) -> None:
        try:
            response = await self.client.join(room_id)
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        if isinstance(response, JoinError):
            raise _classify(response.status_code, response.message, response)

    async def leave(self, room_id: str) -> None:
        try:
            response = await self.client.room_leave(room_id)
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        if isinstance(response, RoomLeaveError):
            raise _classify(response.status_code, response.message, response)

    async def create_direct(self, user_id: str) -> str:
        """A private, encrypted room with one person (Tchap: DMs are always encrypted). Tchap's
        access rule "direct" lets an external user (an élu on a personal address) join it:
        such a person cannot open a DM, so the bot opens it; other servers ignore the rule."""
        try:
            response = await self.client.room_create(
                is_direct=True,
                invite=[user_id],
                preset=RoomPreset.trusted_private_chat,
                initial_state=[
                    {
                        "type": "m.room.encryption",
                        "state_key": "",
                        "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                    },
                    {
                        "type": "im.vector.room.access_rules",
                        "state_key": "",
                        "content": {"rule": "direct"},
                    },
                ],
            )
        except (ClientConnectionError, TimeoutError, OSError) as exc:
            raise TransientError(f"{type(exc).__name__}: {exc}") from None
        if isinstance(response, RoomCreateError):
            raise _classify(response.status_code, response.message, response)
        return str(response.room_id)

    def has_joined(self, room_id: str, user_id: str) -> bool:
        room = self.client.rooms.get(room_id)
        return room is not None and user_id in room.users and user_id not in room.invited_users

    async def close(self) -> None:
        """Close the HTTP session. Never logout(): that would destroy the device's keys."""
        await self.client.close()


def _classify(code: str | None, message: str | None, response: Any) -> Exception:
    if code == "M_LIMIT_EXCEEDED":
        retry_ms = getattr(response, "retry_after_ms", None) or 5000
        return TransientError("rate limited", retry_after=retry_ms / 1000)
    if code in PERMANENT_CODES:
        return PermanentError(f"{code}: {message}")
    return TransientError(f"{code}: {message}")
