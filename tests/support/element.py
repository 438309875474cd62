"""A person on Element's own crypto engine, for the integration tests.

Each `ElementPerson` is one device: a Node process running `tests/element/person.mjs`
(matrix-js-sdk with its Rust crypto, as Element Web ships it), configured as today's Element:
"exclude insecure devices" (keys shared only with devices cross-signed by their owner, events
from devices that are not cross-signed refused with `UNSIGNED_SENDER_DEVICE`) and this device
cross-signed. It speaks JSON lines over stdin/stdout; its logs go to `node-stderr.log` in its
working directory, and the last of them come with every error.

The Node dependencies are installed by `npm ci` in `tests/element` (scripts/test does it).
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import itertools
import json
import os
import shutil
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Literal, Self

REPO_ROOT = Path(__file__).resolve().parents[2]
HARNESS_DIR = REPO_ROOT / "tests" / "element"
SCRIPT = HARNESS_DIR / "person.mjs"
STDERR_TAIL = 40

CrossSign = Literal["bootstrap", "none"]
Isolation = Literal["only_signed", "all"]


class ElementPersonError(RuntimeError):
    """The Node process failed a request, died, or is not installed."""


class ElementPersonTimeoutError(ElementPersonError, TimeoutError):
    """A request or a wait took longer than its timeout."""


@dataclass(frozen=True)
class ElementEvent:
    """A timeline event as the Element client received it (decrypted when it could be).

    The same event can appear more than once in `ElementPerson.seen`: once when its
    decryption failed, again when a late room key made it readable.
    """

    room_id: str
    event_id: str
    sender: str
    type: str
    content: dict[str, Any]
    decryption_failure: str | None
    sender_device: str | None
    encrypted: bool
    state_key: str | None
    shield: dict[str, Any] | None
    received: float

    @property
    def body(self) -> str:
        return str(self.content.get("body", ""))

    @property
    def msgtype(self) -> str | None:
        value = self.content.get("msgtype")
        return value if isinstance(value, str) else None

    @property
    def decrypted(self) -> bool:
        return self.encrypted and self.decryption_failure is None


@dataclass(frozen=True)
class DeviceStatus:
    """What the crypto engine says of a device (`getDeviceVerificationStatus`)."""

    known: bool
    signed_by_owner: bool = False
    cross_signing_verified: bool = False
    local_verified: bool = False


@dataclass(frozen=True)
class UserIdentity:
    """What the crypto engine says of a user's cross-signing identity."""

    known: bool
    master_key: str | None
    verified: bool
    was_verified: bool
    needs_user_approval: bool


def _event(raw: dict[str, Any]) -> ElementEvent:
    return ElementEvent(
        room_id=str(raw.get("roomId", "")),
        event_id=str(raw.get("eventId", "")),
        sender=str(raw.get("sender", "")),
        type=str(raw.get("type", "")),
        content=dict(raw.get("content") or {}),
        decryption_failure=raw.get("decryptionFailure"),
        sender_device=raw.get("senderDevice"),
        encrypted=bool(raw.get("encrypted")),
        state_key=raw.get("stateKey"),
        shield=raw.get("shield"),
        received=time.monotonic(),
    )


def _identity(raw: dict[str, Any]) -> UserIdentity:
    return UserIdentity(
        known=bool(raw.get("known")),
        master_key=raw.get("masterKey"),
        verified=bool(raw.get("verified")),
        was_verified=bool(raw.get("wasVerified")),
        needs_user_approval=bool(raw.get("needsUserApproval")),
    )


class ElementPerson:
    """One device of a person, on matrix-js-sdk + Rust crypto. Build it with `start`."""

    def __init__(self, process: asyncio.subprocess.Process, workdir: Path, log: IO[str]) -> None:
        self._process = process
        self.workdir = workdir
        self._log = log
        self._stderr: deque[str] = deque(maxlen=STDERR_TAIL)
        self._ids = itertools.count(1)
        self._pending: dict[int, asyncio.Future[Any]] = {}
        self._wakeup = asyncio.Event()
        self._ready: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._dead: str | None = None
        self._tasks = [
            asyncio.create_task(self._read_stdout()),
            asyncio.create_task(self._read_stderr()),
        ]
        self.seen: list[ElementEvent] = []
        self.user_id = ""
        self.device_id = ""
        self.master_key: str | None = None
        self.uia: list[dict[str, Any]] = []
        """What the server asked when this device uploaded cross-signing keys."""

    # --- lifecycle ---------------------------------------------------------------------------

    @classmethod
    async def start(
        cls,
        homeserver_url: str,
        user_id: str,
        password: str,
        workdir: Path,
        *,
        cross_sign: CrossSign = "bootstrap",
        isolation: Isolation = "only_signed",
        device_name: str = "Element (tests)",
        timeout: float = 90.0,
    ) -> Self:
        """Log in a new device of `user_id` (password login), crypto on, syncing, auto-joining
        invites; with `cross_sign="bootstrap"` the account's cross-signing identity is created
        if it has none (else imported from secret storage, opened with the password as
        security phrase) and this device signed with it; with `"none"` the device stays
        unsigned, as a device the person never verified."""
        node = shutil.which("node")
        if node is None:
            raise ElementPersonError("node is not on PATH (scripts/test installs Node.js)")
        if not (HARNESS_DIR / "node_modules" / "matrix-js-sdk").is_dir():
            raise ElementPersonError(
                f"{HARNESS_DIR / 'node_modules'} is missing: run `npm ci` in {HARNESS_DIR} "
                "(scripts/test does it)"
            )
        workdir.mkdir(parents=True, exist_ok=True)
        log = (workdir / "node-stderr.log").open("a", encoding="utf-8", buffering=1)
        process = await asyncio.create_subprocess_exec(
            node,
            str(SCRIPT),
            cwd=HARNESS_DIR,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
            env={**os.environ, "NODE_NO_WARNINGS": "1"},
            limit=1 << 27,
        )
        person = cls(process, workdir, log)
        person.user_id = user_id  # for the messages until the homeserver says
        try:
            await person._wait_ready(timeout)
            result = await person._call(
                "login",
                timeout=timeout,
                baseUrl=homeserver_url,
                userId=user_id,
                password=password,
                deviceName=device_name,
                crossSign=cross_sign,
                isolation=isolation,
            )
        except BaseException:
            await person.close()
            raise
        person.user_id = str(result["userId"])
        person.device_id = str(result["deviceId"])
        person.master_key = result.get("masterKey")
        person.uia = list(result.get("uia") or [])
        return person

    async def close(self) -> None:
        """Stop syncing and end the Node process."""
        if self._dead is None and self._process.returncode is None:
            with contextlib.suppress(ElementPersonError):
                await self._call("stop", timeout=10)
        if self._process.stdin is not None and not self._process.stdin.is_closing():
            self._process.stdin.close()  # node also exits when its stdin ends
        if self._process.returncode is None:
            try:
                await asyncio.wait_for(self._process.wait(), timeout=10)
            except TimeoutError:
                self._process.kill()
                await self._process.wait()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await asyncio.wait_for(task, timeout=5)
        self._log.close()

    def kill(self) -> None:
        """End the Node process abruptly, as a crashed client (calls then fail)."""
        if self._process.returncode is None:
            self._process.kill()

    def stderr_tail(self) -> str:
        return "\n".join(self._stderr)

    # --- the protocol ------------------------------------------------------------------------

    async def _wait_ready(self, timeout: float) -> None:
        try:
            await asyncio.wait_for(asyncio.shield(self._ready), timeout=timeout)
        except TimeoutError:
            raise self._error(f"node did not start in {timeout:.0f} s") from None

    def _error(self, message: str) -> ElementPersonError:
        return ElementPersonError(
            f"{self.user_id or 'element person'}: {message}\n"
            f"--- last lines of node stderr ({self.workdir / 'node-stderr.log'}) ---\n"
            f"{self.stderr_tail()}"
        )

    async def _read_stdout(self) -> None:
        assert self._process.stdout is not None
        try:
            while line := await self._process.stdout.readline():
                try:
                    message = json.loads(line)
                except ValueError:
                    self._stderr.append(f"[non-JSON stdout] {line[:200]!r}")
                    continue
                self._dispatch(message)
        except (OSError, ValueError) as exc:  # a broken pipe, a line over the limit
            self._stderr.append(f"[reading node stdout] {exc!r}")
        # End of stdout: node is exiting (or died). Fail whoever waits on it.
        self._dead = "node closed its stdout"
        with contextlib.suppress(TimeoutError):
            returncode = await asyncio.wait_for(self._process.wait(), timeout=5)
            self._dead = f"node exited with code {returncode}"
        with contextlib.suppress(TimeoutError):  # let stderr drain: its tail tells why
            await asyncio.wait_for(asyncio.shield(self._tasks[1]), timeout=2)
        error = self._error(self._dead)
        if not self._ready.done():
            self._ready.set_exception(error)
        for future in self._pending.values():
            if not future.done():
                future.set_exception(error)
        self._pending.clear()
        self._notify()

    def _notify(self) -> None:
        """Wake every `wait_for` (each waits on the event current when it looked)."""
        self._wakeup.set()
        self._wakeup = asyncio.Event()

    def _dispatch(self, message: dict[str, Any]) -> None:
        if "event" in message:
            self.seen.append(_event(message["event"]))
            self._notify()
        elif message.get("ready"):
            if not self._ready.done():
                self._ready.set_result(None)
        else:
            future = self._pending.pop(message.get("id", -1), None)
            if future is None or future.done():
                return
            if message.get("ok"):
                future.set_result(message.get("result"))
            else:
                future.set_exception(self._error(str(message.get("error"))))

    async def _read_stderr(self) -> None:
        assert self._process.stderr is not None
        while line := await self._process.stderr.readline():
            text = line.decode("utf-8", "replace").rstrip("\n")
            self._stderr.append(text)
            self._log.write(text + "\n")
        self._log.flush()

    async def _call(self, op: str, *, timeout: float = 30.0, **params: Any) -> Any:
        if self._dead is not None:
            raise self._error(f"cannot {op}: {self._dead}")
        assert self._process.stdin is not None
        request_id = next(self._ids)
        future: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self._pending[request_id] = future
        payload = {"id": request_id, "op": op, **params}
        try:
            self._process.stdin.write(json.dumps(payload).encode() + b"\n")
            await self._process.stdin.drain()
        except (ConnectionError, RuntimeError) as exc:  # node is gone: say how it ended
            self._pending.pop(request_id, None)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._tasks[0]), timeout=10)
            raise self._error(f"cannot {op}: {self._dead or exc}") from exc
        try:
            return await asyncio.wait_for(future, timeout=timeout)
        except TimeoutError:
            self._pending.pop(request_id, None)
            raise ElementPersonTimeoutError(
                str(self._error(f"{op} did not answer in {timeout:.0f} s"))
            ) from None

    # --- receiving ---------------------------------------------------------------------------

    def mark(self) -> int:
        """A position in `seen`: wait for what comes after it."""
        return len(self.seen)

    def latest(self, event_id: str) -> ElementEvent | None:
        """The last state reported for an event (e.g. decrypted after a first failure)."""
        for event in reversed(self.seen):
            if event.event_id == event_id:
                return event
        return None

    async def wait_for(
        self, predicate: Callable[[ElementEvent], bool], timeout: float = 30.0, after: int = 0
    ) -> ElementEvent:
        """The first received event (from index `after` on) that satisfies `predicate`."""
        deadline = time.monotonic() + timeout
        while True:
            wakeup = self._wakeup
            for event in self.seen[after:]:
                if predicate(event):
                    return event
            if self._dead is not None:
                raise self._error(f"no matching event, and {self._dead}")
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise ElementPersonTimeoutError(
                    str(self._error(f"no matching event in {timeout:.0f} s{self._recent()}"))
                )
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(wakeup.wait(), timeout=remaining)

    def _recent(self, count: int = 8) -> str:
        lines = [
            f"  {e.room_id[:12]} {e.event_id[:12]} {e.sender} {e.type}"
            f" {e.decryption_failure or ''} {e.body[:40]!r}"
            for e in self.seen[-count:]
        ]
        return "; last events seen:\n" + "\n".join(lines) if lines else "; no event seen"

    # --- rooms -------------------------------------------------------------------------------

    async def create_room(
        self,
        name: str,
        invite: list[str],
        *,
        encrypted: bool = True,
        direct: bool = False,
        timeout: float = 30.0,
    ) -> str:
        """Create a room as Element does (a DM: `is_direct`, trusted_private_chat, m.direct)."""
        return str(
            await self._call(
                "createRoom",
                timeout=timeout,
                name=name,
                invite=invite,
                encrypted=encrypted,
                direct=direct,
            )
        )

    async def join(self, room_id: str, *, timeout: float = 30.0) -> None:
        await self._call("join", timeout=timeout, roomId=room_id)

    async def wait_member(
        self, room_id: str, user_id: str, membership: str = "join", *, timeout: float = 30.0
    ) -> None:
        """Until this client sees `user_id` with `membership` in `room_id`."""
        await self._call(
            "waitMember",
            timeout=timeout + 5,
            roomId=room_id,
            userId=user_id,
            membership=membership,
            timeoutMs=int(timeout * 1000),
        )

    # --- sending -----------------------------------------------------------------------------

    async def send_text(
        self,
        room_id: str,
        body: str,
        *,
        reply_to: str | None = None,
        thread_root: str | None = None,
        mentions: list[str] | None = None,
        html: str | None = None,
        timeout: float = 30.0,
    ) -> str:
        params: dict[str, Any] = {"roomId": room_id, "body": body}
        if reply_to:
            params["replyTo"] = reply_to
        if thread_root:
            params["threadRoot"] = thread_root
        if mentions is not None:
            params["mentions"] = mentions
        if html:
            params["formattedBody"] = html
        return str(await self._call("sendText", timeout=timeout, **params))

    async def react(self, room_id: str, event_id: str, key: str, *, timeout: float = 30.0) -> str:
        return str(
            await self._call("react", timeout=timeout, roomId=room_id, eventId=event_id, key=key)
        )

    async def send_file(
        self,
        room_id: str,
        data: bytes,
        name: str,
        mimetype: str,
        *,
        thread_root: str | None = None,
        timeout: float = 60.0,
    ) -> str:
        """Upload and send a file as Element does: encrypted in the client (AES-CTR) in an
        encrypted room, `m.image` for pictures, `m.file` otherwise."""
        params: dict[str, Any] = {
            "roomId": room_id,
            "dataBase64": base64.b64encode(data).decode(),
            "name": name,
            "mimetype": mimetype,
        }
        if thread_root:
            params["threadRoot"] = thread_root
        return str(await self._call("sendFile", timeout=timeout, **params))

    async def download(self, content: dict[str, Any], *, timeout: float = 60.0) -> bytes:
        """The bytes of a file message (authenticated media, decrypted if encrypted)."""
        encoded = await self._call("download", timeout=timeout, content=content)
        return base64.b64decode(str(encoded))

    # --- trust -------------------------------------------------------------------------------

    async def device_status(
        self, user_id: str, device_id: str, *, timeout: float = 30.0
    ) -> DeviceStatus:
        raw = await self._call("deviceStatus", timeout=timeout, userId=user_id, deviceId=device_id)
        return DeviceStatus(
            known=bool(raw.get("known")),
            signed_by_owner=bool(raw.get("signedByOwner")),
            cross_signing_verified=bool(raw.get("crossSigningVerified")),
            local_verified=bool(raw.get("localVerified")),
        )

    async def user_identity(self, user_id: str, *, timeout: float = 30.0) -> UserIdentity:
        return _identity(await self._call("userIdentity", timeout=timeout, userId=user_id))

    async def pin_identity(self, user_id: str, *, timeout: float = 30.0) -> UserIdentity:
        """Accept a changed identity (Element's "OK" on the identity-change warning)."""
        return _identity(await self._call("pinIdentity", timeout=timeout, userId=user_id))

    async def logout(self, *, timeout: float = 30.0) -> None:
        """Sign this session out: the server deletes the device (its keys go with it)."""
        await self._call("logout", timeout=timeout)

    async def reset_identity(self, *, timeout: float = 60.0) -> str:
        """A brand-new cross-signing identity for the account, this device signed with it."""
        result = await self._call("resetIdentity", timeout=timeout)
        self.master_key = str(result["masterKey"])
        self.uia = list(result.get("uia") or [])
        return self.master_key
