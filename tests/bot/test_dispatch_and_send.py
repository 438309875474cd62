"""Workers keep each conversation in order; the sender keeps each room in order and retries."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from bot import sender as sender_module
from bot.chat import OutboxChat
from bot.dispatcher import Dispatcher
from bot.render import Renderer
from bot.sender import Pace, PermanentError, Sender, TransientError
from storage.blobs import BlobStore
from storage.db import Database
from storage.models import utcnow
from workflows.ports import RoomId


async def test_conversation_order_and_parallelism() -> None:
    log: list[str] = []
    gate = asyncio.Event()

    async def handle(event_id: str) -> None:
        if event_id == "a1":
            await gate.wait()  # a slow first event in conversation A
        log.append(event_id)

    dispatcher = Dispatcher(handle)
    dispatcher.feed([("a1", "A"), ("b1", "B"), ("a2", "A"), ("b2", "B"), ("a1", "A")])
    await asyncio.sleep(0.05)
    assert log == ["b1", "b2"]  # B is not held up by A
    gate.set()
    await asyncio.wait_for(dispatcher.wait_idle(), 2)
    assert log == ["b1", "b2", "a1", "a2"]  # A in order, a1 once


async def test_a_failing_event_does_not_stop_its_conversation() -> None:
    log: list[str] = []

    async def handle(event_id: str) -> None:
        if event_id == "x":
            raise ValueError("bug")
        log.append(event_id)

    dispatcher = Dispatcher(handle)
    dispatcher.feed([("x", "A"), ("y", "A")])
    await asyncio.wait_for(dispatcher.wait_idle(), 2)
    assert log == ["y"]


class FakeTransport:
    def __init__(self) -> None:
        self.calls: list[tuple[str, ...]] = []
        self.failures: dict[str, Exception] = {}
        self.rooms_created = 0
        self.invited: set[tuple[str, str]] = set()  # people who have not accepted yet

    async def send(
        self, room_id: str, event_type: str, content: dict[str, Any], txn_id: str
    ) -> str:
        body = content.get("body", "")
        if body in self.failures:
            raise self.failures.pop(body)
        self.calls.append(("send", room_id, body, txn_id))
        return f"$sent-{txn_id}"

    async def join(self, room_id: str) -> None:
        self.calls.append(("join", room_id))

    async def leave(self, room_id: str) -> None:
        self.calls.append(("leave", room_id))

    async def upload(self, room_id: str, data: bytes, name: str, mimetype: str) -> dict[str, Any]:
        self.calls.append(("upload", room_id, name, str(len(data))))
        return {"msgtype": "m.file", "body": name, "url": "mxc://x/1"}

    def has_joined(self, room_id: str, user_id: str) -> bool:
        return (room_id, user_id) not in self.invited

    async def create_direct(self, user_id: str) -> str:
        self.rooms_created += 1
        return f"!dm-{user_id}"


class Counts:
    def __init__(self) -> None:
        self.ok: list[str] = []
        self.ko: list[str] = []

    def sent(self, action: str) -> None:
        self.ok.append(action)

    def failed(self, action: str) -> None:
        self.ko.append(action)


async def test_sender_order_retry_and_failure(run_db: Database) -> None:
    transport, counts = FakeTransport(), Counts()
    sender = Sender(run_db, transport, counts, "p", settle_s=0)
    async with run_db.unit() as uow:
        await uow.outbox.add("join", room_id="!a")
        for body in ("a1", "a2", "a3"):
            await uow.outbox.add(
                "send", room_id="!a", event_type="m.room.message", content={"body": body}
            )
        await uow.outbox.add(
            "send", room_id="!b", event_type="m.room.message", content={"body": "b1"}
        )
        await uow.outbox.add(
            "send", room_id="!c", event_type="m.room.message", content={"body": "c1"}
        )
    transport.failures["a2"] = TransientError("rate limited", retry_after=0)
    transport.failures["c1"] = PermanentError("M_FORBIDDEN")
    await sender.drain()

    # a2 failed for now: a3 must wait for it; b1 went; c1 is given up.
    def in_room(room: str) -> list[str]:
        return [c[2] if c[0] == "send" else c[0] for c in transport.calls if c[1] == room]

    assert (in_room("!a"), in_room("!b")) == (["join", "a1"], ["b1"])
    await sender.drain()
    assert in_room("!a") == ["join", "a1", "a2", "a3"]
    async with run_db.unit() as uow:
        items = {i.content.get("body", i.action): i for i in await uow.outbox.all()}
        assert items["c1"].status == "failed" and items["c1"].last_error == "M_FORBIDDEN"
        assert items["a2"].status == "sent" and items["a2"].attempts == 1
        assert await uow.outbox.due(utcnow()) == []
        assert await uow.outbox.is_ours(f"$sent-p-{items['a3'].id}")
    assert counts.ko == ["send"]
    # Transaction ids are stable per row: a resend after a crash is deduplicated upstream.
    txn_ids = [c[3] for c in transport.calls if c[0] == "send"]
    assert len(set(txn_ids)) == len(txn_ids) and all(t.startswith("p-") for t in txn_ids)


async def test_direct_messages_open_one_room_per_person(run_db: Database) -> None:
    transport = FakeTransport()
    sender = Sender(run_db, transport, Counts(), "p")
    async with run_db.unit() as uow:
        for body in ("un", "deux"):
            await uow.outbox.add(
                "send", target_user="@agnes:x", event_type="m.room.message", content={"body": body}
            )
    await sender.drain()
    async with run_db.unit() as uow:
        await uow.outbox.add(
            "send", target_user="@agnes:x", event_type="m.room.message", content={"body": "trois"}
        )
    await sender.drain()
    assert transport.rooms_created == 1
    assert [c[1] for c in transport.calls] == ["!dm-@agnes:x"] * 3
    async with run_db.unit() as uow:
        assert await uow.direct_rooms.get("@agnes:x") == "!dm-@agnes:x"


async def test_files_go_from_the_blob_store(run_db: Database, tmp_path: Path) -> None:
    blobs = BlobStore(tmp_path / "blobs")
    ref = blobs.put_bytes(b"%PDF-1.7 arrete")
    transport = FakeTransport()
    counts = Counts()
    sender = Sender(run_db, transport, counts, "p", blobs)
    async with run_db.unit() as uow:
        chat = OutboxChat(uow, Renderer())
        await chat.send_file(RoomId("!a"), ref.sha256, "arrete.pdf", "application/pdf")
        await chat.send_file(RoomId("!a"), "0" * 64, "perdu.pdf", "application/pdf")
    await sender.drain()
    assert transport.calls[0] == ("upload", "!a", "arrete.pdf", str(ref.size))
    assert transport.calls[1][:3] == ("send", "!a", "arrete.pdf")
    assert counts.ko == ["file"]  # a missing blob is reported, not retried for ever


async def test_events_wait_for_the_last_runs_unsent_messages(run_db: Database) -> None:
    """A message sent just before a crash, not yet marked, is resent (deduplicated upstream)
    before events are handled: a reaction to it must find its event id."""
    transport = FakeTransport()
    sender = Sender(run_db, transport, Counts(), "p")
    assert await sender.settle_backlog(0.5) == 0  # nothing left: no wait at all
    async with run_db.unit() as uow:
        for body in ("demande", "rappel"):
            await uow.outbox.add(
                "send", room_id="!a", event_type="m.room.message", content={"body": body}
            )
    transport.failures["rappel"] = TransientError("homeserver away", retry_after=60)
    waiting = asyncio.create_task(sender.settle_backlog(0.6))
    await asyncio.sleep(0.2)
    assert not waiting.done()  # nothing sent yet: still waiting
    await sender.drain()
    # « rappel » backs off for a minute: the wait is bounded, and says what is left.
    assert await asyncio.wait_for(waiting, 2) == 1
    async with run_db.unit() as uow:
        sent = [i for i in await uow.outbox.all() if i.status == "sent"]
        assert [i.content["body"] for i in sent] == ["demande"]
        assert await uow.outbox.is_ours(f"$sent-p-{sent[0].id}")
        await uow.outbox.add(
            "send", room_id="!b", event_type="m.room.message", content={"body": "après"}
        )
    # Rows added after the wait began are not waited for; a settled backlog ends it.
    async with run_db.unit() as uow:
        first_row = min(i.id for i in await uow.outbox.all() if i.id is not None)
        assert await uow.outbox.pending_up_to(first_row) == 0
        assert await uow.outbox.last_pending() is not None


async def test_a_paced_sender_spaces_its_calls(
    run_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With `homeserver.requests_per_second`, calls are spaced whatever their room: the waits
    are read from a fake clock, never from the wall."""
    now = [1000.0]
    waits: list[float] = []

    async def fake_sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        now[0] += seconds

    monkeypatch.setattr(sender_module.time, "monotonic", lambda: now[0])
    monkeypatch.setattr(sender_module.asyncio, "sleep", fake_sleep)
    transport = FakeTransport()
    sender = Sender(run_db, transport, Counts(), "p", pace=Pace(2.0))
    async with run_db.unit() as uow:
        for room, body in (("!a", "a1"), ("!b", "b1"), ("!a", "a2"), ("!c", "c1")):
            await uow.outbox.add(
                "send", room_id=room, event_type="m.room.message", content={"body": body}
            )
    await sender.drain()
    assert sorted(c[2] for c in transport.calls) == ["a1", "a2", "b1", "c1"]
    assert waits == [0.5, 0.5, 0.5]  # four calls at two a second: three half-second gaps
    now[0] += 10  # a quiet moment: the next call goes at once
    waits.clear()
    await Pace(2.0).wait()
    assert waits == []


async def test_a_private_message_waits_for_its_person_to_join_then_settles(
    run_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Element never decrypts a message from a session it did not know when the message came,
    and learns the bot's session only once it has joined: a private message waits for the
    join, then a moment more; an invitation left a while is waited for (not given up)."""
    now = [500.0]
    monkeypatch.setattr(sender_module.time, "monotonic", lambda: now[0])
    transport = FakeTransport()
    transport.invited.add(("!dm-@elu:x", "@elu:x"))
    sender = Sender(run_db, transport, Counts(), "p", settle_s=2.0)
    async with run_db.unit() as uow:
        await uow.outbox.add(
            "send", target_user="@elu:x", event_type="m.room.message", content={"body": "signez"}
        )
    await sender.drain()
    assert transport.calls == []
    async with run_db.unit() as uow:
        (item,) = await uow.outbox.all()
        assert item.status == "pending" and item.last_error == "waiting for the person to join"
        # Hours later, still waiting: an invitation is not a failure.
        item.created_at = utcnow() - dt.timedelta(hours=5)
        item.next_attempt_at = utcnow()
        uow.session.add(item)
    await sender.drain()
    async with run_db.unit() as uow:
        (item,) = await uow.outbox.all()
        assert item.status == "pending"
        item.next_attempt_at = utcnow()
        uow.session.add(item)
    transport.invited.clear()  # the élu accepts
    await sender.drain()
    assert transport.calls == []  # joined a moment ago: the client is still learning our keys
    now[0] += 2.5
    async with run_db.unit() as uow:
        (item,) = await uow.outbox.all()
        item.next_attempt_at = utcnow()
        uow.session.add(item)
    await sender.drain()
    assert [c[2] for c in transport.calls] == ["signez"]
