"""The homeserver goes away and comes back: the bot says so on /healthz, backs off, then
answers what was said, once, and delivers what it had to send, once.

A Synapse of its own (the session's one serves the other tests). Agnès asks for a document
with a number just before the server stops, so the bot's upload and message meet the outage;
after the restart she writes again while the bot is still waiting to retry.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.homeserver import Homeserver, free_port
from bot.person import Person
from tests.integration.conftest import Bots
from tests.integration.test_circuits import prepare_documents, until


@pytest.fixture
def own_server(tmp_path: Path) -> Iterator[Homeserver]:
    server = Homeserver(tmp_path / "synapse", port=free_port())
    server.start()
    try:
        yield server
    finally:
        server.stop()


def replies(person: Person, bot_user: str, room: str, word: str) -> list[str]:
    return [
        s.event_id
        for s in person.seen
        if s.sender == bot_user and s.room_id == room and word in s.body
    ]


async def test_outage_backoff_degraded_then_nothing_missed_nothing_twice(
    own_server: Homeserver, tmp_path: Path, run_pg_server: str | None
) -> None:
    bots = Bots(own_server, tmp_path / "bots", run_pg_server)
    own_server.register("agnes", "agnes-pw")
    agnes = Person(own_server.url, own_server.user_id("agnes"), "agnes-pw", tmp_path / "agnes")
    await agnes.start()
    try:
        config = bots.config()
        bot_user = str(config["bot"]["user_id"])
        config["services"] = [{"id": "urbanisme", "name": "Urbanisme", "members": [agnes.user_id]}]
        await prepare_documents(config, agnes.user_id)
        bot = bots.start(config)
        mark = agnes.mark()
        dm = await agnes.create_room("", [bot_user], encrypted=True, direct=True)
        await agnes.reply_from(bot_user, dm, mark, timeout=90)

        mark = agnes.mark()
        await agnes.send(dm, "cherche arrêté numéro 1")
        await agnes.reply_from(bot_user, dm, mark, timeout=60)
        # The pick goes out, then the server stops while the bot handles it.
        await agnes.send(dm, "1")
        own_server.stop()
        started = time.monotonic()
        await until(lambda: (bot.health() or {}).get("status") == "degraded", timeout=90)
        degraded_after = time.monotonic() - started
        await asyncio.sleep(8)  # several failed syncs: the waits grow, bounded
        assert (bot.health() or {}).get("status") == "degraded"
        own_server.start()
        agnes.resume()
        await agnes.send(dm, "bonjour")
        await until(lambda: (bot.health() or {}).get("status") == "ok", timeout=120)
        await until(lambda: len(replies(agnes, bot_user, dm, "Je suis là")) >= 1, timeout=120)
        await until(
            lambda: any(s.sender == bot_user and s.msgtype == "m.file" for s in agnes.seen),
            timeout=120,
        )
        await asyncio.sleep(6)  # anything sent twice would have arrived by now
        files = [s for s in agnes.seen if s.sender == bot_user and s.msgtype == "m.file"]
        assert len(files) == 1, "the document was sent twice (or never)"
        assert len(replies(agnes, bot_user, dm, "Je suis là")) == 1
        log = (tmp_path / "bots").glob("*/bot.log")
        text = "".join(p.read_text(encoding="utf-8") for p in log)
        assert "sync failed" in text and "retrying in" in text
        assert degraded_after < 90
        bots.stop_all()
    finally:
        await agnes.close()
