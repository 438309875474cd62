"""Retention on a real homeserver, with a clock the test moves: documents reach the end of
their DUA, the référent gets one digest, an elimination goes through the head of service, the
maire and the archives' visa with one line refused, the bot restarts between the visa and the
destruction, and only the visa'd documents are gone (file, index, search). The bordereau and
the procès-verbal stay and can be downloaded; a frozen document is never destroyed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import re
from pathlib import Path
from typing import Any

import pytest

from bot.clock import CLOCK_FILE_VARIABLE
from bot.person import Person, Seen
from storage.blobs import BlobStore
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import database_of, rows
from tests.integration.test_circuits import from_bot, until
from tests.integration.test_search import download

# Documents of 2016 (factures, 10 years) and 2021 (arrêtés temporaires, 5 years): their DUA
# ends on 1 January 2027 at the latest; the clock is moved past it.
FILED = (
    ("Facture eau 2016", "facture", dt.date(2016, 3, 2)),
    ("Facture gaz 2016", "facture", dt.date(2016, 9, 14)),
    ("Facture litige 2016", "facture", dt.date(2016, 5, 5)),
    ("Arrêté travaux rue Haute", "arrete_temporaire", dt.date(2021, 4, 1)),
)


async def seed(
    config: dict[str, Any],
    filed_by: str,
    filed: tuple[tuple[str, str, dt.date], ...] = FILED,
) -> dict[str, tuple[str, str]]:
    """The documents (title, type, date), filed before the bot starts: title -> (ref, sha256)."""
    data_dir = Path(str(config["data_dir"]))
    data_dir.mkdir(parents=True, exist_ok=True)
    blobs = BlobStore(data_dir / "blobs")
    database = database_of(config)
    await database.migrate()
    found: dict[str, tuple[str, str]] = {}
    async with database.unit() as uow:
        for title, type_id, day in filed:
            blob = blobs.put_bytes(fx.facture_pdf() + title.encode())
            document, _ = await library.store(
                uow,
                title=title,
                type_id=type_id,
                service_id="urbanisme",
                service_name="Urbanisme",
                filed_by=filed_by,
                day=day,
                sha256=blob.sha256,
                text=title,
            )
            found[title] = (document.ref, blob.sha256)
    await database.dispose()
    return found


def retention_config(
    bots: Bots, rene: Person, marc: Person, maire: Person, claire: Person
) -> dict[str, Any]:
    """A bot for the urbanisme service: René its référent, Marc its head, the maire signing
    the bordereaux, Claire the Archives départementales."""
    config = bots.config()
    config["people"] = [
        {"user_id": rene.user_id, "first_name": "René", "last_name": "Garnier",
         "qualite": "Référent archives"},
        {"user_id": marc.user_id, "first_name": "Marc", "last_name": "Petit",
         "qualite": "Chef du service urbanisme"},
        {"user_id": maire.user_id, "first_name": "Jean", "last_name": "Martin",
         "qualite": "Maire"},
        {"user_id": claire.user_id, "first_name": "Claire", "last_name": "Dubois",
         "qualite": "Directrice des Archives départementales"},
    ]  # fmt: skip
    config["services"] = [
        {"id": "urbanisme", "name": "Urbanisme", "referent": rene.user_id, "head": marc.user_id}
    ]
    config["retention"] = {
        "scan_every": "2s",
        "authority": maire.user_id,
        "archives": {"archivist": claire.user_id, "name": "Archives départementales"},
    }
    config["signatures"] = {"organisation": "Commune de Test", "digest_hour": None}
    return config


def jump_to(clock_file: Path, moment: dt.datetime) -> None:
    """Move the bot's clock: the file holds the offset from the real time."""
    offset = (moment - dt.datetime.now(dt.UTC)).total_seconds()
    clock_file.write_text(f"{offset:.0f}", encoding="utf-8")


async def said(
    person: Person, room: str, bot_user: str, text: str, *words: str, timeout: float = 90
) -> Seen:
    """Say something in a private room and wait for the bot's message holding `words` (a
    private room's answers are not replies)."""
    mark = person.mark()
    await person.send(room, text)
    return await person.wait_for(
        from_bot(bot_user, *words, room=room), after=mark, timeout=timeout
    )


async def test_elimination_with_visa_restart_and_hold(
    bots: Bots, people: PersonFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rene, marc, maire, claire = [await people(n) for n in ("rene", "marc", "maire", "claire")]
    clock_file = tmp_path / "clock"
    clock_file.write_text("0", encoding="utf-8")
    monkeypatch.setenv(CLOCK_FILE_VARIABLE, str(clock_file))
    config = retention_config(bots, rene, marc, maire, claire)
    bot_user = str(config["bot"]["user_id"])
    # The destruction job runs at start, then hourly: the restart below is what runs it.
    config["filing"] = {"sweep_every": "1h"}
    docs = await seed(config, rene.user_id)
    water, gas, disputed, works = (docs[title] for title, _, _ in FILED)

    # Before the end of the DUA nothing is due beyond the notice: move to January 2027.
    jump_to(clock_file, dt.datetime(2027, 1, 4, 9, 0, tzinfo=dt.UTC))
    mark = rene.mark()
    bot = bots.start(config)
    digest = await rene.wait_for(from_bot(bot_user, "Conservation"), after=mark, timeout=120)
    dm = digest.room_id
    assert "4 documents" in digest.body and "à éliminer" in digest.body
    await asyncio.sleep(5)  # several scans later: still one digest
    digests = [s for s in rene.seen if from_bot(bot_user, "Conservation")(s)]
    assert len(digests) == 1

    # René freezes one document (a dispute), then proposes the elimination with one tap.
    held = await said(
        rene, dm, bot_user, f"geler {disputed[0]} : litige avec le fournisseur", "gelé"
    )
    assert held is not None
    mark = rene.mark()
    await rene.react(dm, digest.event_id, "1️⃣")
    proposed = await rene.wait_for(
        from_bot(bot_user, "Bordereau d'élimination", room=dm), after=mark, timeout=90
    )
    assert "3 documents" in proposed.body

    # Head of service and maire sign with a tap; the archivist refuses the arrêtés' line.
    for signer in (marc, maire):
        request = await signer.wait_for(from_bot(bot_user, "Signature demandée"), timeout=90)
        await signer.react(request.room_id, request.event_id, "✅")
    request = await claire.wait_for(from_bot(bot_user, "Lignes du bordereau"), timeout=90)
    lines = re.findall(r"^\s*(\d+)\.\s+(.+)$", request.body, re.MULTILINE)
    line = next(int(n) for n, text in lines if "temporaires" in text.lower())
    await claire.send(request.room_id, f"oui sauf {line} : intérêt historique")
    await until(lambda: rows(bot, "SELECT status FROM slip")[0][0] == "granted", timeout=90)
    assert rows(bot, "SELECT count(*) FROM document WHERE disposal = 'eliminated'") == [(0,)]

    # A restart between the visa and the destruction: the destruction happens once.
    bot.stop()
    mark = rene.mark()
    bot.start()
    done = await rene.wait_for(
        from_bot(bot_user, "Élimination du bordereau"), after=mark, timeout=90
    )
    assert "2 documents détruits" in done.body
    record = await rene.wait_for(
        lambda s: s.sender == bot_user and s.msgtype == "m.file" and "DESTRUCTION" in s.body,
        after=mark,
        timeout=60,
    )
    assert (await download(rene, record)).startswith(b"%PDF")
    await asyncio.sleep(3)
    assert rows(bot, "SELECT status FROM slip") == [("destroyed",)]
    eliminated = rows(bot, "SELECT subject FROM audit WHERE action = 'document.eliminated'")
    assert sorted(s for (s,) in eliminated) == sorted([water[0], gas[0]])
    blobs = BlobStore(Path(bot.config["data_dir"]) / "blobs")
    assert not blobs.exists(water[1]) and not blobs.exists(gas[1])
    assert blobs.exists(disputed[1]) and blobs.exists(works[1])
    postings = rows(
        bot,
        "SELECT count(*) FROM search_posting p JOIN document d ON d.id = p.document_id "
        "WHERE d.disposal = 'eliminated'",
    )
    assert postings == [(0,)]
    kept = rows(bot, "SELECT sort, disposal, hold FROM document WHERE ref = ?", works[0])
    assert kept == [("C", "", 0)]

    # Search no longer finds them; the bordereau is found and can be downloaded.
    answer = await said(rene, dm, bot_user, "cherche facture eau", "")
    assert water[0] not in answer.body
    found = await said(rene, dm, bot_user, "cherche bordereau", "BE-")
    listed = re.findall(r"^\s*(\d+)\.\s+(.+)$", found.body, re.MULTILINE)
    number = next(n for n, text in listed if "_BORD_" in text)
    mark = rene.mark()
    await rene.send(dm, number)
    sent = await rene.wait_for(
        lambda s: s.sender == bot_user and s.msgtype == "m.file" and "BORD" in s.body,
        after=mark,
        timeout=60,
    )
    assert (await download(rene, sent)).startswith(b"%PDF")
