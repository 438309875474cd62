"""The foundation on a real homeserver: joining, answering, staying quiet, DMs, restarts."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from pathlib import Path

from bot.homeserver import Homeserver
from bot.person import Person, Seen
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import execute, rows
from tests.support.bot_process import BotProcess


def bot_id_of(bot_config: dict[str, object]) -> str:
    return str(bot_config["bot"]["user_id"])  # type: ignore[index]


async def invite_and_greet(person: Person, bot_user: str, *, encrypted: bool) -> str:
    """Create a group room with the bot, wait for its hello. Returns the room id."""
    mark = person.mark()
    room = await person.create_room("Service test", [bot_user], encrypted=encrypted)
    hello = await person.reply_from(bot_user, room, mark, timeout=60)
    assert "je suis" in hello.body and "aide" in hello.body
    await person.wait_member(room, bot_user)
    return room


async def bot_and_agent(
    bots: Bots, people: PersonFactory, *, room_encrypted: bool | None
) -> tuple[BotProcess, str, Person, str | None]:
    """A running bot, an agent, and (unless `room_encrypted` is None) a greeted group room."""
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agent = await people("agent")
    room = None
    if room_encrypted is not None:
        room = await invite_and_greet(agent, bot_user, encrypted=room_encrypted)
    return bot, bot_user, agent, room


def replies_to(person: Person, bot_user: str, event_id: str) -> list[Seen]:
    return [
        s
        for s in person.seen
        if s.sender == bot_user
        and (s.content.get("m.relates_to") or {}).get("m.in_reply_to", {}).get("event_id")
        == event_id
    ]


async def ask(person: Person, room: str, bot_user: str, text: str, **kwargs: object) -> Seen:
    mark = person.mark()
    await person.send(room, text, **kwargs)  # type: ignore[arg-type]
    return await person.reply_from(bot_user, room, mark)


async def test_joins_and_answers_help_in_a_plain_room(bots: Bots, people: PersonFactory) -> None:
    bot, bot_user, agent, room = await bot_and_agent(bots, people, room_encrypted=False)
    assert room is not None
    mark = agent.mark()
    question = await agent.send(room, "aide")
    answer = await agent.reply_from(bot_user, room, mark)
    assert answer.msgtype == "m.notice"
    assert "Voici ce que je sais faire" in answer.body
    assert "<li><b>aide</b>" in answer.content["formatted_body"]
    assert answer.content["m.relates_to"]["m.in_reply_to"]["event_id"] == question
    metrics = bot.metrics()
    assert 'greffier_events_handled_total{outcome="help"} 1.0' in metrics
    assert "greffier_event_handling_seconds_bucket" in metrics


async def test_encrypted_room_help_and_silence_when_not_addressed(
    bots: Bots, people: PersonFactory
) -> None:
    _bot, bot_user, agent, room = await bot_and_agent(bots, people, room_encrypted=True)
    assert room is not None
    assert agent.client.rooms[room].encrypted
    # People talking to each other: the bot stays quiet.
    chatter = await agent.send(room, "Bonjour à tous, la réunion est à 14h")
    answer = await ask(agent, room, bot_user, "aide")
    assert "Voici ce que je sais faire" in answer.body
    addressed = await ask(agent, room, bot_user, "Greffier: bonjour")
    assert "Je suis là" in addressed.body
    assert replies_to(agent, bot_user, chatter) == []


async def test_dm_help_typos_and_unknown(bots: Bots, people: PersonFactory) -> None:
    _bot, bot_user, agent, _ = await bot_and_agent(bots, people, room_encrypted=None)
    mark = agent.mark()
    room = await agent.create_room("", [bot_user], encrypted=True, direct=True)
    hello = await agent.reply_from(bot_user, room, mark, timeout=60)
    assert "Écrivez-moi simplement ici" in hello.body
    await agent.wait_member(room, bot_user)
    assert "Voici ce que je sais faire" in (await ask(agent, room, bot_user, "Aidd")).body
    assert "rien en cours à annuler" in (await ask(agent, room, bot_user, "anuler")).body
    unknown = await ask(agent, room, bot_user, "aiiiide")
    assert "Vouliez-vous dire « aide » ?" in unknown.body
    injected = await ask(agent, room, bot_user, "<b>gras</b> {{ 7*7 }}")
    assert "&lt;b&gt;gras" in injected.content["formatted_body"]
    assert "49" not in injected.body


async def test_private_conversation_on_demand(bots: Bots, people: PersonFactory) -> None:
    _bot, bot_user, agent, room = await bot_and_agent(bots, people, room_encrypted=True)
    assert room is not None
    mark = agent.mark()
    await agent.send(room, "privé")
    pointer = await agent.reply_from(bot_user, room, mark)
    assert "je vous ai écrit en message privé" in pointer.body
    assert pointer.content["m.mentions"] == {"user_ids": [agent.user_id]}
    private = await agent.wait_for(
        lambda s: s.sender == bot_user and s.room_id != room and "conversation privée" in s.body,
        after=mark,
        timeout=60,
    )
    dm_room = agent.client.rooms[private.room_id]
    assert dm_room.encrypted and dm_room.member_count == 2
    # The bot uses that same room from then on.
    answer = await ask(agent, private.room_id, bot_user, "bonjour")
    assert "Je suis là" in answer.body


async def test_invite_from_a_stranger_is_refused(
    bots: Bots, people: PersonFactory, homeserver: Homeserver
) -> None:
    config = bots.config(access={"allowed_inviters": ["@dgs*:localhost"]})
    bot = bots.start(config)
    bot_user = bot_id_of(config)
    stranger = await people("intrus")
    room = await stranger.create_room("Piège", [bot_user], encrypted=False)
    token = str(stranger.client.access_token)
    for _ in range(100):
        if homeserver.membership(token, room, bot_user) == "leave":
            break
        await asyncio.sleep(0.1)
    assert homeserver.membership(token, room, bot_user) == "leave"
    boss = await people("dgs")
    await invite_and_greet(boss, bot_user, encrypted=False)
    assert bot.health()["status"] == "ok"  # type: ignore[index]


async def test_restart_answers_no_old_event_and_still_decrypts(
    bots: Bots, people: PersonFactory
) -> None:
    bot, bot_user, agent, room = await bot_and_agent(bots, people, room_encrypted=True)
    assert room is not None
    first = await agent.send(room, "aide")
    await agent.wait_for(lambda s: bool(replies_to(agent, bot_user, first)))
    bot.stop()
    bot.start()  # a new process on the same data directory
    second = await agent.send(room, "Greffier, bonjour")
    answer = await agent.wait_for(lambda s: bool(replies_to(agent, bot_user, second)))
    assert answer is not None
    assert "Je suis là" in replies_to(agent, bot_user, second)[0].body
    # kill -9 this time: no chance to clean up.
    bot.kill()
    bot.start()
    third = await agent.send(room, "annuler")
    await agent.wait_for(lambda s: bool(replies_to(agent, bot_user, third)))
    await asyncio.sleep(1.0)  # room for a wrong second answer to show up
    assert len(replies_to(agent, bot_user, first)) == 1
    assert len(replies_to(agent, bot_user, second)) == 1
    assert len(replies_to(agent, bot_user, third)) == 1


async def test_a_redelivered_event_is_handled_once(bots: Bots, people: PersonFactory) -> None:
    bot, bot_user, agent, room = await bot_and_agent(bots, people, room_encrypted=True)
    assert room is not None
    old_token = read_sync_token(bot)
    asked = await agent.send(room, "aide")
    await agent.wait_for(lambda s: bool(replies_to(agent, bot_user, asked)))
    bot.stop()
    # Rewind the bot's sync position: the homeserver delivers "aide" a second time.
    execute(bot, "UPDATE bot_state SET value = ? WHERE key = 'sync_token'", old_token)
    bot.start()
    probe = await agent.send(room, "Greffier: bonjour")
    await agent.wait_for(lambda s: bool(replies_to(agent, bot_user, probe)))
    await asyncio.sleep(1.0)
    assert len(replies_to(agent, bot_user, asked)) == 1
    assert rows(bot, "SELECT count(*) FROM inbound_event WHERE event_id = ?", asked) == [(1,)]


def test_malformed_config_gives_one_line(tmp_path: Path) -> None:
    config = tmp_path / "config.yaml"
    config.write_text(
        "homeserver: {url: 'http://127.0.0.1:1'}\nbot: {user_id: greffier, password: x}\n",
        encoding="utf-8",
    )
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run", "-c", str(config)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("greffier : configuration invalide")
    assert "bot.user_id" in lines[0]


def read_sync_token(bot: BotProcess) -> str:
    ((token,),) = rows(bot, "SELECT value FROM bot_state WHERE key = 'sync_token'")
    return str(token)


async def test_a_stored_file_reaches_an_encrypted_dm_and_decrypts(
    bots: Bots, people: PersonFactory
) -> None:
    from nio import DownloadResponse
    from nio.crypto.attachments import decrypt_attachment

    from storage.blobs import BlobStore

    bot, bot_user, agent, _ = await bot_and_agent(bots, people, room_encrypted=None)
    config = bot.config
    mark = agent.mark()
    room = await agent.create_room("", [bot_user], encrypted=True, direct=True)
    await agent.reply_from(bot_user, room, mark, timeout=60)
    document = b"%PDF-1.7\n% arrete de voirie, rue des Lilas\n" * 50
    ref = BlobStore(Path(str(config["data_dir"])) / "blobs").put_bytes(document)
    execute(
        bot,
        "INSERT INTO outbox (created_at, action, room_id, event_type, content, status,"
        " attempts) VALUES (CURRENT_TIMESTAMP, 'file', ?, 'm.room.message', ?, 'pending', 0)",
        room,
        f'{{"sha256": "{ref.sha256}", "name": "arrete.pdf", "mimetype": "application/pdf"}}',
    )
    mark = agent.mark()
    received = await agent.wait_for(
        lambda s: s.sender == bot_user and s.msgtype == "m.file", after=mark, timeout=30
    )
    assert received.body == "arrete.pdf"
    encrypted_file = received.content["file"]
    assert "url" not in received.content  # only the encrypted reference travels
    download = await agent.client.download(encrypted_file["url"])
    assert isinstance(download, DownloadResponse)
    assert download.body != document
    plain = decrypt_attachment(
        download.body,
        encrypted_file["key"]["k"],
        encrypted_file["hashes"]["sha256"],
        encrypted_file["iv"],
    )
    assert plain == document
