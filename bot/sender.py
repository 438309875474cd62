"""Drains the outbox: each row becomes one homeserver call, in order within its room.

The row id is the Matrix transaction id (with a per-database prefix), so a row resent after a
crash between "sent" and "marked sent" is deduplicated by the homeserver instead of appearing
twice. Failures are bounded: transient ones back off and retry, permanent ones are recorded.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import logging
import time
from collections.abc import Sequence
from typing import Any, Protocol

from storage.blobs import BlobError, BlobStore
from storage.db import Database
from storage.models import OutboxItem, utcnow

log = logging.getLogger("greffier.sender")

MAX_ATTEMPTS = 12
MAX_BACKOFF_S = 60.0
MAX_WAIT_FOR_SYNC_S = 600.0
MAX_WAIT_FOR_JOIN_S = 14 * 86400.0  # a private message waits this long for its invitation
SETTLE_S = 2.0
"""After a person joins the private room the bot opened, the bot's next message there waits
this long: Element cannot decrypt, ever, a message from a session it did not know when the
message arrived, and it learns the bot's session only once it has joined."""
SETTLE_POLL_S = 0.1


class TransientError(Exception):
    """Try again later (rate limit, network, a room not synced yet)."""

    def __init__(
        self,
        message: str,
        retry_after: float | None = None,
        *,
        counts: bool = True,
        patience: float = MAX_WAIT_FOR_SYNC_S,
    ):
        super().__init__(message)
        self.retry_after = retry_after
        self.counts = counts  # False: waiting on our own sync, not a failure of the send
        self.patience = patience  # how long a wait that does not count may last


class PermanentError(Exception):
    """Retrying will not help (forbidden, unknown room...)."""


class Transport(Protocol):
    async def send(
        self, room_id: str, event_type: str, content: dict[str, Any], txn_id: str
    ) -> str: ...

    async def upload(self, room_id: str, data: bytes, name: str, mimetype: str) -> dict[str, Any]:
        """Upload a file for this room; returns the `m.file` content (encrypted if the room is)."""
        ...

    async def join(self, room_id: str) -> None: ...

    async def leave(self, room_id: str) -> None: ...

    async def create_direct(self, user_id: str) -> str: ...

    def has_joined(self, room_id: str, user_id: str) -> bool:
        """Does our synced view of the room show this person joined (not only invited)?"""
        ...


class SenderMetrics(Protocol):
    def sent(self, action: str) -> None: ...

    def failed(self, action: str) -> None: ...


def _group(item: OutboxItem) -> str:
    """Rows of one group are sent in order: a room, or a person's future direct room."""
    return item.room_id or f"user:{item.target_user}"


def backoff(attempts: int) -> float:
    return float(min(MAX_BACKOFF_S, 2 ** max(0, attempts - 1)))


class Pace:
    """At most `per_second` calls a second, evenly spaced, whatever room they are for: a
    homeserver like Tchap's asks bots for about one, and a burst (a morning's digests to
    every référent) would otherwise meet its rate limits."""

    def __init__(self, per_second: float) -> None:
        self._gap = 1.0 / per_second
        self._next = 0.0
        self._lock = asyncio.Lock()

    async def wait(self) -> None:
        async with self._lock:
            now = time.monotonic()
            if self._next > now:
                await asyncio.sleep(self._next - now)
            self._next = max(now, self._next) + self._gap


class Sender:
    def __init__(
        self,
        db: Database,
        transport: Transport,
        metrics: SenderMetrics,
        txn_prefix: str,
        blobs: BlobStore | None = None,
        *,
        pace: Pace | None = None,
        settle_s: float = SETTLE_S,
    ) -> None:
        self._pace = pace
        self._settle_s = settle_s
        self._invited: set[tuple[str, str]] = set()  # private rooms waiting for their person
        self._joined_at: dict[tuple[str, str], float] = {}
        self._blobs = blobs
        self._db = db
        self._transport = transport
        self._metrics = metrics
        self._prefix = txn_prefix
        self._wake = asyncio.Event()
        self._submitted: list[OutboxItem] = []
        self._backing_off: set[str] = set()
        self._drained_once = False

    def submit(self, items: Sequence[OutboxItem]) -> None:
        """Rows just committed by a handler: send them without reading them back first.

        Only once the table was drained after start, and never for a room whose earlier row is
        backing off (it must go first): those wait for the regular drain.
        """
        if self._drained_once:
            self._submitted.extend(i for i in items if _group(i) not in self._backing_off)
        self._wake.set()

    async def run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=1.0)
            self._wake.clear()
            try:
                if self._submitted:
                    batch, self._submitted = self._submitted, []
                    await self._send_groups(batch)
                while await self.drain():
                    pass
                self._drained_once = True
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("outbox drain failed; retrying")
                await asyncio.sleep(1.0)

    async def settle_backlog(self, at_most_s: float) -> int:
        """Wait (at most `at_most_s` seconds) until every row left pending by the last run is
        sent or given up; returns how many are still pending then.

        A row sent just before a crash, and not yet marked, has no event id here: a person's
        reaction or reply to that message would not be recognised. Its resend, deduplicated
        upstream by its transaction id, gives the id back, so events wait for it.
        """
        async with self._db.unit() as uow:
            last = await uow.outbox.last_pending()
        if last is None:
            return 0
        deadline = time.monotonic() + at_most_s
        while True:
            async with self._db.unit() as uow:
                left = await uow.outbox.pending_up_to(last)
            if left == 0 or time.monotonic() >= deadline:
                return left
            await asyncio.sleep(SETTLE_POLL_S)

    async def drain(self) -> int:
        """Send what is due. Returns how many rows were settled (sent or failed)."""
        async with self._db.unit() as uow:
            items = await uow.outbox.due(utcnow())
        return await self._send_groups(items)

    async def _send_groups(self, items: Sequence[OutboxItem]) -> int:
        """Rooms in parallel, each room's rows in order."""
        groups: dict[str, list[OutboxItem]] = {}
        for item in items:
            groups.setdefault(_group(item), []).append(item)
        settled = await asyncio.gather(*(self._send_group(g) for g in groups.values()))
        return sum(settled)

    async def _send_group(self, items: Sequence[OutboxItem]) -> int:
        settled = 0
        for item in items:
            assert item.id is not None
            try:
                event_id = await self._deliver(item)
            except TransientError as exc:
                delay = (
                    exc.retry_after if exc.retry_after is not None else backoff(item.attempts + 1)
                )
                self._backing_off.add(_group(item))
                await self._retry_or_fail(
                    item, str(exc), delay, counts=exc.counts, patience=exc.patience
                )
                return settled  # keep the room's order: nothing after this one goes first
            except PermanentError as exc:
                log.warning("outbox %s (%s) failed: %s", item.id, item.action, exc)
                async with self._db.unit() as uow:
                    await uow.outbox.mark_failed(item.id, str(exc))
                self._metrics.failed(item.action)
                settled += 1
                continue
            async with self._db.unit() as uow:
                await uow.outbox.mark_sent(item.id, event_id)
            self._backing_off.discard(_group(item))
            self._metrics.sent(item.action)
            settled += 1
        return settled

    async def _retry_or_fail(
        self,
        item: OutboxItem,
        error: str,
        delay: float,
        *,
        counts: bool = True,
        patience: float = MAX_WAIT_FOR_SYNC_S,
    ) -> None:
        assert item.id is not None
        age = (utcnow() - item.created_at).total_seconds()
        async with self._db.unit() as uow:
            if not counts and age < patience:
                await uow.outbox.postpone(item.id, error, utcnow() + dt.timedelta(seconds=delay))
            elif item.attempts + 1 >= MAX_ATTEMPTS or not counts:
                log.warning("outbox %s (%s) given up: %s", item.id, item.action, error)
                await uow.outbox.mark_failed(item.id, error)
                self._metrics.failed(item.action)
            else:
                at = utcnow() + dt.timedelta(seconds=delay)
                await uow.outbox.mark_retry(item.id, error, at)

    def _wait_for_person(self, item: OutboxItem, room_id: str, user_id: str) -> None:
        """A private message goes once the person has joined the room (an invitation not yet
        accepted, and the message would be unreadable in Element for good), and `SETTLE_S`
        after the bot saw them join. Raises TransientError meanwhile."""
        key = (room_id, user_id)
        if not self._transport.has_joined(room_id, user_id):
            self._invited.add(key)
            young = (utcnow() - item.created_at).total_seconds() < 120
            raise TransientError(
                "waiting for the person to join",
                retry_after=0.5 if young else 30.0,
                counts=False,
                patience=MAX_WAIT_FOR_JOIN_S,
            )
        if key not in self._invited:
            return  # joined before this process saw them invited: an established room
        joined = self._joined_at.setdefault(key, time.monotonic())
        left = self._settle_s - (time.monotonic() - joined)
        if left > 0:
            raise TransientError(
                "letting the person's client learn our session",
                left,
                counts=False,
                patience=MAX_WAIT_FOR_JOIN_S,
            )
        self._invited.discard(key)
        self._joined_at.pop(key, None)

    async def _room_for(self, item: OutboxItem) -> str:
        if item.room_id:
            return item.room_id
        assert item.target_user is not None
        async with self._db.unit() as uow:
            known = await uow.direct_rooms.get(item.target_user)
        if known:
            return known
        room_id = await self._transport.create_direct(item.target_user)
        async with self._db.unit() as uow:
            await uow.direct_rooms.set(item.target_user, room_id)
        return room_id

    async def _deliver(self, item: OutboxItem) -> str | None:
        if self._pace is not None:
            await self._pace.wait()
        room_id = await self._room_for(item)
        if item.target_user:
            self._wait_for_person(item, room_id, item.target_user)
        if item.action == "join":
            await self._transport.join(room_id)
            return None
        if item.action == "leave":
            await self._transport.leave(room_id)
            return None
        if item.action == "file":
            if self._blobs is None:
                raise PermanentError("no blob store configured")
            sha256 = str(item.content["sha256"])
            try:
                data = await self._blobs.get(sha256)
            except (FileNotFoundError, BlobError) as exc:
                raise PermanentError(f"file {sha256} unavailable: {exc}") from None
            content = await self._transport.upload(
                room_id, data, str(item.content["name"]), str(item.content["mimetype"])
            )
            if "m.relates_to" in item.content:
                content["m.relates_to"] = item.content["m.relates_to"]
            # The transaction id still makes a resend after a crash a no-op upstream (the
            # upload itself may be repeated: an orphan upload is harmless).
            return await self._transport.send(
                room_id, "m.room.message", content, f"{self._prefix}-{item.id}"
            )
        if item.action in ("send", "react"):
            assert item.event_type is not None
            return await self._transport.send(
                room_id, item.event_type, item.content, f"{self._prefix}-{item.id}"
            )
        raise PermanentError(f"unknown outbox action {item.action!r}")
