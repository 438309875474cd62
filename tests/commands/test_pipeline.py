"""One event through claim -> route -> workflow, on the in-memory Chat and a real database."""

from __future__ import annotations

import pytest

from storage.db import Database
from tests.harness import BOT_ID, Harness
from workflows import basics


@pytest.fixture
def harness(run_db: Database) -> Harness:
    return Harness(run_db)


async def test_help_in_a_dm_is_a_plain_message(harness: Harness) -> None:
    await harness.say("@agnes:mairie.fr", "!dm", "aide")
    [sent] = harness.chat.sent
    assert (sent.kind, sent.room, sent.template, sent.reply_to) == ("say", "!dm", "help", None)
    names = [entry.name for entry in sent.message.context["commands"]]  # type: ignore[union-attr]
    assert "aide" in names and "annuler" in names


async def test_help_in_a_room_replies_to_the_message(harness: Harness) -> None:
    incoming = await harness.say("@agnes:mairie.fr", "!room", "aide", direct=False)
    [sent] = harness.chat.sent
    assert sent.reply_to == incoming.event_id and sent.template == "help"


async def test_same_event_twice_is_handled_once(harness: Harness) -> None:
    incoming = harness.incoming(
        "@agnes:mairie.fr", "!dm", kind="text", text="bonjour", is_direct=True
    )
    assert await harness.deliver(incoming) == "hello"
    assert await harness.deliver(incoming) == "duplicate"
    assert harness.chat.templates() == ["hello"]


async def test_crash_mid_handling_leaves_the_event_to_redo(
    harness: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = basics.say_hello
    calls = 0

    async def crashing(ctx, incoming):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        await real(ctx, incoming)
        await ctx.uow.audit.append(incoming.sender, "should.not.stay")
        if calls == 1:
            raise RuntimeError("process killed before commit")

    monkeypatch.setattr(basics, "say_hello", crashing)
    incoming = harness.incoming(
        "@agnes:mairie.fr", "!dm", kind="text", text="bonjour", is_direct=True
    )
    with pytest.raises(RuntimeError):
        await harness.deliver(incoming)
    async with harness.db.unit() as uow:
        assert await uow.events.count("new") == 1
        assert await uow.audit.entries() == []
    assert await harness.deliver(incoming) == "hello"
    async with harness.db.unit() as uow:
        assert await uow.events.count("new") == 0
        assert [e.action for e in await uow.audit.entries()] == ["should.not.stay"]


async def test_invite_from_allowed_person_joins_and_greets(harness: Harness) -> None:
    invite = harness.incoming("@dgs:mairie.fr", "!room", kind="invite")
    assert await harness.deliver(invite) == "invite-accepted"
    assert [(s.kind, s.room, s.template) for s in harness.chat.sent] == [
        ("join", "!room", None),
        ("say", "!room", "room_hello"),
    ]
    async with harness.db.unit() as uow:
        [entry] = await uow.audit.entries()
        assert (entry.actor, entry.action, entry.subject) == (
            "@dgs:mairie.fr",
            "invite.accepted",
            "!room",
        )


async def test_invite_from_stranger_is_declined(harness: Harness) -> None:
    invite = harness.incoming("@intrus:ailleurs.org", "!room", kind="invite")
    assert await harness.deliver(invite) == "invite-declined"
    assert [(s.kind, s.room) for s in harness.chat.sent] == [("leave", "!room")]


async def test_direct_invite_records_the_dm(harness: Harness) -> None:
    invite = harness.incoming("@agnes:mairie.fr", "!dm", kind="invite", is_direct=True)
    await harness.deliver(invite)
    async with harness.db.unit() as uow:
        assert await uow.direct_rooms.get("@agnes:mairie.fr") == "!dm"


async def test_private_conversation_on_demand(harness: Harness) -> None:
    await harness.say("@agnes:mairie.fr", "!room", "Greffier: privé", direct=False)
    kinds = [(s.kind, s.user or s.room, s.template) for s in harness.chat.sent]
    assert kinds == [("direct", "@agnes:mairie.fr", "dm_opened"), ("say", "!room", "dm_sent")]


async def test_unknown_and_busy_room(harness: Harness) -> None:
    await harness.say("@agnes:mairie.fr", "!room", "On se voit à 14h ?", direct=False)
    assert harness.chat.sent == []
    await harness.say("@agnes:mairie.fr", "!dm", "aiiiide")
    [sent] = harness.chat.sent
    assert sent.template == "unknown"
    assert sent.message.context == {"text": "aiiiide", "suggestion": "aide"}  # type: ignore[union-attr]


async def test_own_messages_are_never_answered(harness: Harness) -> None:
    await harness.say(BOT_ID, "!dm", "aide")
    assert harness.chat.sent == []
