"""Crash safety: the bot is killed with SIGKILL at random moments (seeded, reproducible) while
people file documents, sign in circuits and decide on retention (the digest, a dialogue, a
hold, an elimination with its visa, a transfer), restarted, and the people simply go on.

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
from pathlib import Path

import pytest

from bot.person import Person, Seen
from tests.fixtures import documents as fx
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import rows
from tests.integration.test_filing import blob_files, confirms
from tests.integration.test_foundation import bot_id_of, invite_and_greet
from tests.support.bot_process import BotProcess

KILLS = int(os.environ.get("GREFFIER_CRASH_KILLS", "6"))
SEED = int(os.environ.get("GREFFIER_CRASH_SEED", "20261122"))


class Killer:
    """SIGKILLs the bot and starts it again, counting."""

    def __init__(self, bot: BotProcess) -> None:
        self.bot = bot
        self.count = 0

    async def strike(self) -> None:
        self.bot.kill()
        self.count += 1
        await asyncio.to_thread(self.bot.start)


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
    kills = Killer(bot)
    stop = asyncio.Event()

    async def killer() -> None:
        while kills.count < KILLS:
            await asyncio.sleep(rng.uniform(0.3, 6.0))
            await kills.strike()
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
    print(f"crash safety: {kills.count} kills (seed {SEED}), {len(filed)} documents filed, "
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
    kills = Killer(bot)

    async def killer() -> None:
        while kills.count < max(2, KILLS // 2):
            await asyncio.sleep(rng.uniform(0.3, 5.0))
            await kills.strike()

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
    print(f"crash safety (circuits): {kills.count} kills, {len(refs)} circuits signed once each")


# Retention under kills: four factures of 2016 (sort D) and two décisions du maire of 2024
# (sort C), all past their DUA once the clock is moved to January 2027.
RETENTION_FILED = (
    *((f"Facture fournisseur {n} 2016", "facture", dt.date(2016, 2 + n, 10)) for n in range(4)),
    *(
        (f"Décision du maire {n} 2024", "decision_maire", dt.date(2024, 3 + n, 5))
        for n in range(2)
    ),
)


async def turn(person: Person, room: str, bot_user: str, text: str, *words: str) -> Seen:
    """`said`, waiting however many restarts it takes."""
    from tests.integration.test_retention import said

    return await said(person, room, bot_user, text, *words, timeout=240)


async def test_sigkill_during_retention_destroys_and_transfers_once(
    bots: Bots, people: PersonFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The digest, a retention dialogue, a hold, an elimination through its signatures and the
    archives' visa, and a transfer acknowledged by the archives, with the bot killed at random
    moments throughout: one digest, each request and signature once, each document destroyed
    or transferred once, and no file lost or left behind."""
    from bot.clock import CLOCK_FILE_VARIABLE
    from tests.integration.test_circuits import from_bot
    from tests.integration.test_retention import jump_to, retention_config, seed

    rng = random.Random(SEED + 2)
    rene, marc, maire, claire = [await people(n) for n in ("rene", "marc", "maire", "claire")]
    clock_file = tmp_path / "clock"
    monkeypatch.setenv(CLOCK_FILE_VARIABLE, str(clock_file))
    jump_to(clock_file, dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC))
    config = retention_config(bots, rene, marc, maire, claire)
    bot_user = str(config["bot"]["user_id"])
    config["filing"] = {"sweep_every": "3s"}  # the destruction job, beside the restarts
    docs = await seed(config, rene.user_id, RETENTION_FILED)
    factures = [docs[title] for title, type_id, _ in RETENTION_FILED if type_id == "facture"]
    decisions = [docs[title] for title, type_id, _ in RETENTION_FILED if type_id != "facture"]
    bot = bots.start(config)
    kills = Killer(bot)
    finished = asyncio.Event()

    def progress() -> int:
        return sum(
            1 for person in (rene, marc, maire, claire) for s in person.seen
            if s.sender == bot_user
        )  # fmt: skip

    async def killer() -> None:
        """Kills spread over the whole flow: after each restart, wait until the bot has said
        something new (it is up and working), then strike within the next 1.5 s, while it
        handles what comes next."""
        while kills.count < max(3, KILLS // 2) and not finished.is_set():
            seen = progress()
            for _ in range(600):
                if progress() > seen or finished.is_set():
                    break
                await asyncio.sleep(0.1)
            if finished.is_set():
                break
            await asyncio.sleep(rng.uniform(0.0, 1.5))
            await kills.strike()

    task = asyncio.create_task(killer())
    try:
        digest = await rene.wait_for(from_bot(bot_user, "Conservation"), timeout=240)
        dm = digest.room_id
        # A retention dialogue (prolong the factures), its first answer kept across kills,
        # then cancelled: nothing changes.
        await turn(rene, dm, bot_user, "2", "Jusqu'à quand")
        await turn(rene, dm, bot_user, "31/12/2030", "Pour quelle raison")
        await turn(rene, dm, bot_user, "annuler", "")
        held = factures[3]
        await turn(rene, dm, bot_user, f"geler {held[0]} : litige avec le fournisseur", "gelé")
        await turn(rene, dm, bot_user, "1", "Bordereau d'élimination")
        for signer in (marc, maire):
            request = await signer.wait_for(from_bot(bot_user, "Signature demandée"), timeout=240)
            await signer.react(request.room_id, request.event_id, "✅")
        request = await claire.wait_for(from_bot(bot_user, "Lignes du bordereau"), timeout=240)
        await claire.send(request.room_id, "oui", reply_to=request.event_id)
        await rene.wait_for(from_bot(bot_user, "Élimination du bordereau"), timeout=240)
        await turn(rene, dm, bot_user, "4", "Versement")
        package = await claire.wait_for(from_bot(bot_user, "accuser réception"), timeout=240)
        await claire.react(package.room_id, package.event_id, "✅")
        await rene.wait_for(from_bot(bot_user, "ont bien reçu le versement"), timeout=240)
        finished.set()
        await task
    finally:
        task.cancel()
    assert kills.count >= 2, f"only {kills.count} kill(s) happened during the flow"
    await asyncio.sleep(3)  # anything sent twice would have arrived

    def count(person: Person, *words: str) -> int:
        return sum(1 for s in person.seen if from_bot(bot_user, *words)(s))

    assert count(rene, "Conservation") == 1
    assert (count(marc, "Signature demandée"), count(maire, "Signature demandée")) == (1, 1)
    assert count(claire, "Lignes du bordereau") == 1
    assert count(claire, "accuser réception") == 1
    assert count(rene, "Élimination du bordereau") == 1
    assert count(rene, "ont bien reçu le versement") == 1
    assert rows(bot, "SELECT count(*) FROM retention_action WHERE kind = 'extension'") == [(0,)]
    signatures = rows(bot, "SELECT actor FROM audit WHERE action = 'circuit.signature'")
    assert sorted(a for (a,) in signatures) == sorted([marc.user_id, maire.user_id,
                                                       claire.user_id])  # fmt: skip
    eliminated = rows(bot, "SELECT subject FROM audit WHERE action = 'document.eliminated'")
    assert sorted(s for (s,) in eliminated) == sorted(ref for ref, _ in factures[:3])
    assert sorted(rows(bot, "SELECT kind, status FROM slip")) == [
        ("elimination", "destroyed"),
        ("transfer", "accepted"),
    ]
    state = dict(rows(bot, "SELECT ref, disposal FROM document"))
    assert [state[ref] for ref, _ in factures] == ["eliminated"] * 3 + [""]
    assert [state[ref] for ref, _ in decisions] == ["transferred"] * 2
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(0,)]
    assert rows(bot, "SELECT count(*) FROM inbound_event WHERE status = 'new'") == [(0,)]
    assert rows(bot, "SELECT count(*) FROM outbox WHERE status = 'pending'") == [(0,)]
    # A last restart sweeps what a kill left behind. Every document still kept has its file,
    # no destroyed one has, and every other file is a signed version, a circuit's evidence or
    # the transfer package: something the database refers to.
    bot.kill()
    bot.start()
    await held_files_only(bot, destroyed={sha for _, sha in factures[:3]})
    print(f"crash safety (retention): {kills.count} kills, 3 documents destroyed once, "
          "2 transferred once, 1 digest, 3 signatures")  # fmt: skip


async def held_files_only(bot: BotProcess, destroyed: set[str]) -> None:
    from tests.integration.store import database_of

    files = {p.name for p in blob_files(bot)}
    assert not files & destroyed, f"destroyed files still there: {files & destroyed}"
    kept = {sha for (sha,) in rows(bot, "SELECT sha256 FROM document WHERE disposal != ?",
                                   "eliminated")}  # fmt: skip
    assert kept <= files, f"missing: {kept - files}"
    database = database_of(bot)
    try:
        async with database.unit() as uow:
            others = files - kept
            held = await uow.circuits.held_blobs(others) | await uow.retention.held_blobs(others)
    finally:
        await database.dispose()
    assert others == held, f"orphans: {others - held}"
