"""Crash safety: the bot is killed with SIGKILL at random moments (seeded, reproducible) while
an agent files documents in an encrypted room, restarted, and the agent simply goes on.

Whatever the moment of the kill (a file being read, a transaction open, replies not yet
sent), every message the agent wrote is answered exactly once, every document is filed
exactly once, no dialogue is left open, no event waits in the inbox, nothing waits in the
outbox, and after the restart's sweep no file lies in the store that nothing refers to.

`GREFFIER_CRASH_KILLS` kills (default 6 in CI), `GREFFIER_CRASH_SEED` the schedule. The long
run: `GREFFIER_CRASH_KILLS=100 scripts/test tests/integration/test_crash.py`.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import random
from collections import Counter

from bot.person import Person, Seen
from tests.fixtures import documents as fx
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.test_filing import blob_files, confirms, rows
from tests.integration.test_foundation import bot_id_of, invite_and_greet

KILLS = int(os.environ.get("GREFFIER_CRASH_KILLS", "6"))
SEED = int(os.environ.get("GREFFIER_CRASH_SEED", "20261122"))


async def exchange(person: Person, room: str, bot_user: str, send: object) -> Seen:
    """Send (text or file), then wait for the bot's answer to that very event, however many
    restarts it takes."""
    mark = person.mark()
    if isinstance(send, str):
        event_id = await person.send(room, send)
    else:
        data, name = send  # type: ignore[misc]
        event_id = await person.send_file(room, data, name, "application/pdf")
    return await person.wait_for(
        lambda s: (
            s.sender == bot_user
            and ((s.content.get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id")
            == event_id
        ),
        timeout=240,
        after=mark,
    )


async def file_one(person: Person, room: str, bot_user: str, n: int) -> str:
    """One permis, through every question; returns its number."""
    numero = f"PC 075 056 26 C{n:04d}"
    data = fx.permis_de_construire_pdf(
        numero=numero, petitionnaire=f"Agent Crash{n}", date_decision=dt.date(2026, 1, 1 + n % 27)
    )
    reply = await exchange(person, room, bot_user, (data, f"permis-{n}.pdf"))
    for _ in range(15):
        body = reply.body
        if "Document enregistré" in body:
            return numero
        if "De quel type" in body:
            reply = await exchange(person, room, bot_user, "1")
        elif confirms(reply):
            reply = await exchange(person, room, bot_user, "oui")
        elif "Je l'enregistre ?" in body:
            reply = await exchange(person, room, bot_user, "1")
        else:
            raise AssertionError(f"unexpected question: {body}")
    raise AssertionError("the filing never ended")


async def test_sigkill_at_random_moments_loses_and_doubles_nothing(
    bots: Bots, people: PersonFactory
) -> None:
    rng = random.Random(SEED)
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agnes = await people("agnes")
    room = await invite_and_greet(agnes, bot_user, encrypted=True)
    kills = 0
    stop = asyncio.Event()

    async def killer() -> None:
        nonlocal kills
        while kills < KILLS:
            await asyncio.sleep(rng.uniform(0.3, 6.0))
            bot.kill()
            kills += 1
            await asyncio.to_thread(bot.start)
        stop.set()

    task = asyncio.create_task(killer())
    filed: list[str] = []
    n = 0
    try:
        while not stop.is_set() or n == 0:
            n += 1
            filed.append(await file_one(agnes, room, bot_user, n))
    finally:
        task.cancel()
    await asyncio.sleep(3)  # anything answered twice would have arrived
    # Each message of Agnès got exactly one answer.
    answered = Counter(
        ((s.content.get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id")
        for s in agnes.seen
        if s.sender == bot_user and s.room_id == room
    )
    doubles = {event: count for event, count in answered.items() if event and count > 1}
    assert not doubles, f"answered twice: {doubles}"
    # Every permis filed once, nothing else.
    stored = rows(bot, "SELECT name FROM document")
    assert len(stored) == len(filed), (stored, filed)
    assert len({name for (name,) in stored}) == len(filed)
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(0,)]
    assert rows(bot, "SELECT count(*) FROM inbound_event WHERE status = 'new'") == [(0,)]
    assert rows(bot, "SELECT count(*) FROM outbox WHERE status = 'pending'") == [(0,)]
    # A last restart sweeps what a kill left behind: every file belongs to a document.
    bot.kill()
    bot.start()
    held = {sha for (sha,) in rows(bot, "SELECT sha256 FROM document")}
    files = {p.name for p in blob_files(bot)}
    assert files == held, f"orphans: {files - held}, missing: {held - files}"
    print(f"crash safety: {kills} kills (seed {SEED}), {len(filed)} documents filed, "
          f"{sum(answered.values())} answers, 0 lost, 0 doubled, 0 orphans")  # fmt: skip


async def test_sigkill_during_circuits_counts_each_signature_once(
    bots: Bots, people: PersonFactory
) -> None:
    """Circuits under kills: each request sent once, each ✅ counted once, each PDF signed."""
    from tests.integration.test_circuits import prepare_documents

    rng = random.Random(SEED + 1)
    agnes, maire = await people("agnes"), await people("maire")
    config = bots.config()
    bot_user = str(config["bot"]["user_id"])
    config["people"] = [
        {"user_id": maire.user_id, "first_name": "Jean", "last_name": "Martin", "qualite": "Maire"}
    ]
    config["circuits"] = [
        {"id": "maire", "name": "Signature du maire", "steps": [{"signature": [maire.user_id]}]}
    ]
    config["signatures"] = {"organisation": "Commune de Test", "digest_hour": None}
    config["services"] = [{"id": "urbanisme", "name": "Urbanisme", "members": [agnes.user_id]}]
    refs = await prepare_documents(config, agnes.user_id)
    bot = bots.start(config)
    room = await invite_and_greet(agnes, bot_user, encrypted=True)
    kills = 0

    async def killer() -> None:
        nonlocal kills
        while kills < max(2, KILLS // 2):
            await asyncio.sleep(rng.uniform(0.3, 5.0))
            bot.kill()
            kills += 1
            await asyncio.to_thread(bot.start)

    task = asyncio.create_task(killer())
    try:
        for ref in refs:
            reply = await exchange(agnes, room, bot_user, f"Greffier: circuit {ref}")
            assert "Quel circuit" in reply.body, reply.body
            reply = await exchange(agnes, room, bot_user, "1")
            assert "Vérifiez le circuit" in reply.body, reply.body
            reply = await exchange(agnes, room, bot_user, "1")
            assert "lancé" in reply.body, reply.body
            request = await maire.wait_for(
                lambda s, ref=ref: s.sender == bot_user and ref in s.body and "demandé" in s.body,
                timeout=240,
            )
            await maire.react(request.room_id, request.event_id, "✅")
            await agnes.wait_for(
                lambda s, ref=ref: (
                    s.sender == bot_user and ref in s.body and "est signé" in s.body
                ),
                timeout=240,
            )
        await task
    finally:
        task.cancel()
    await asyncio.sleep(3)
    requests = Counter(
        ref for ref in refs for s in maire.seen
        if s.sender == bot_user and ref in s.body and "demandé" in s.body
    )  # fmt: skip
    assert requests == dict.fromkeys(refs, 1), requests
    signatures = rows(bot, "SELECT subject, count(*) FROM audit WHERE action = "
                           "'circuit.signature' GROUP BY subject")  # fmt: skip
    assert dict(signatures) == dict.fromkeys(refs, 1), signatures
    assert rows(bot, "SELECT status, count(*) FROM circuit GROUP BY status") == [("signed", 3)]
    print(f"crash safety (circuits): {kills} kills, {len(refs)} circuits signed once each")
