"""Signature circuits on a real homeserver, in encrypted private conversations.

Agnès asks; the DGS and the finance head give visas in parallel, then the maire signs. Two
documents go through (one by reactions, one by words and a delegate), a third is rejected.
On the way: a stranger's reaction, a reaction redacted while the bot was stopped, a restart in
the middle, a delegate refused outside her dates then accepted within them, and reminders that
arrive as one digest per person. The signed PDFs are downloaded as a client would and validated
with pyhanko against the collectivité's authority the bot created.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path
from typing import Any

from asn1crypto import pem, x509

from bot.person import Person, Seen
from circuits.signing import pades as signing
from french.dates import PARIS
from storage.blobs import BlobStore
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import database_of, rows
from tests.integration.test_filing import answer
from tests.integration.test_search import ask_privately, download
from tests.support.bot_process import BotProcess


async def prepare_documents(config: dict[str, Any], agnes: str) -> list[str]:
    """Three filed documents in the bot's database before it starts; returns their refs."""
    data_dir = Path(str(config["data_dir"]))
    data_dir.mkdir(parents=True, exist_ok=True)
    blobs = BlobStore(data_dir / "blobs")
    database = database_of(config)
    await database.migrate()
    refs = []
    async with database.unit() as uow:
        for index, data in enumerate((fx.arrete_pdf(), fx.deliberation_pdf(), fx.facture_pdf())):
            blob = blobs.put_bytes(data)
            document, _ = await library.store(
                uow,
                title=f"Arrêté numéro {index + 1}",
                type_id="arrete_temporaire",
                service_id="urbanisme",
                service_name="Urbanisme",
                filed_by=agnes,
                sha256=blob.sha256,
            )
            refs.append(document.ref)
    await database.dispose()
    return refs


def from_bot(bot_user: str, *words: str, room: str | None = None) -> Any:
    def predicate(seen: Seen) -> bool:
        return (
            seen.sender == bot_user
            and seen.type == "m.room.message"
            and (room is None or seen.room_id == room)
            and all(w in seen.body for w in words)
        )

    return predicate


async def request_for(person: Person, bot_user: str, ref: str, mark: int = 0) -> Seen:
    return await person.wait_for(from_bot(bot_user, ref, "demandé"), after=mark, timeout=90)


def task_statuses(bot: BotProcess, ref: str) -> list[str]:
    found = rows(
        bot,
        "SELECT t.status FROM circuit_task t JOIN circuit c ON c.id = t.circuit_id "
        "JOIN document d ON d.id = c.document_id WHERE d.ref = ? ORDER BY t.id",
        ref,
    )
    return [status for (status,) in found]


async def until(check: Any, timeout: float = 60) -> None:
    deadline = asyncio.get_running_loop().time() + timeout
    while not check():
        if asyncio.get_running_loop().time() > deadline:
            raise TimeoutError("condition not reached")
        await asyncio.sleep(0.3)


def trust_roots(bot: BotProcess) -> list[x509.Certificate]:
    data = (Path(bot.config["data_dir"]) / "signing" / "ca.pem").read_bytes()
    _, _, der = pem.unarmor(data)
    return [x509.Certificate.load(der)]


async def test_circuits_by_reaction_word_delegate_and_rejection(
    bots: Bots, people: PersonFactory
) -> None:
    agnes, dgs, fin, maire, adjointe, sam = [
        await people(n) for n in ("agnes", "dgs", "fin", "maire", "adjointe", "sam")
    ]
    config = bots.config()
    bot_user = str(config["bot"]["user_id"])
    config["people"] = [
        {"user_id": dgs.user_id, "first_name": "Paul", "last_name": "Lemaire",
         "qualite": "Directeur général des services"},
        {"user_id": fin.user_id, "first_name": "Fanny", "last_name": "Roux",
         "qualite": "Responsable des finances"},
        {"user_id": maire.user_id, "first_name": "Jean", "last_name": "Martin",
         "qualite": "Maire"},
        {"user_id": adjointe.user_id, "first_name": "Alice", "last_name": "Durand",
         "qualite": "Première adjointe"},
    ]  # fmt: skip
    config["circuits"] = [
        {
            "id": "arrete-maire",
            "name": "Arrêté du maire",
            "steps": [{"visa": [dgs.user_id, fin.user_id]}, {"signature": [maire.user_id]}],
        }
    ]
    config["signatures"] = {
        "organisation": "Commune de Test",
        "reminder_after": "4s",
        "digest_hour": None,
        "escalate_after": 50,
    }
    config["filing"] = {"sweep_every": "1s"}
    config["services"] = [{"id": "urbanisme", "name": "Urbanisme", "members": [agnes.user_id]}]
    first, second, third = await prepare_documents(config, agnes.user_id)
    bot = bots.start(config)

    mark = agnes.mark()
    dm = await agnes.create_room("", [bot_user], encrypted=True, direct=True)
    await agnes.reply_from(bot_user, dm, mark, timeout=90)

    async def said(text: str, *words: str) -> Seen:
        """Agnès writes; the bot's next notice in her room that holds `words`."""
        mark = agnes.mark()
        await agnes.send(dm, text)
        return await agnes.wait_for(from_bot(bot_user, *words, room=dm), after=mark, timeout=60)

    async def launch(ref: str) -> None:
        await said(f"circuit {ref}", "Quel circuit")
        confirm = await said("1", "Vérifiez le circuit")
        assert "Paul Lemaire, Directeur général des services" in confirm.body
        assert "Jean Martin, Maire" in confirm.body
        await said("1", "lancé")

    await launch(first)
    await launch(second)

    # Both visas are asked in encrypted private rooms, the document attached.
    dgs_first = await request_for(dgs, bot_user, first)
    fin_first = await request_for(fin, bot_user, first)
    fin_dm = fin_first.room_id
    assert dgs.client.rooms[dgs_first.room_id].encrypted

    # Reminders: the DGS has two waiting visas -> one digest listing both.
    digest = await dgs.wait_for(from_bot(bot_user, "attendent votre réponse"), timeout=60)
    assert first in digest.body and second in digest.body
    await asyncio.sleep(3)
    digests = [s for s in dgs.seen if from_bot(bot_user, "attendent votre réponse")(s)]
    assert len(digests) == 1

    # A stranger let into Fanny's room reacts on her request: not counted.
    await fin.client.room_invite(fin_dm, sam.user_id)
    await sam.wait_room(fin_dm)
    await sam.client.join(fin_dm)
    await fin.wait_member(fin_dm, sam.user_id)
    mark = sam.mark()
    await sam.react(fin_dm, fin_first.event_id, "✅")
    refused = await sam.wait_for(from_bot(bot_user, "seul", room=fin_dm), after=mark, timeout=60)
    assert "Rien n'a été enregistré" in refused.body
    assert task_statuses(bot, first)[:2] == ["open", "open"]

    # The DGS approves by reaction.
    await dgs.react(dgs_first.room_id, dgs_first.event_id, "✅")
    await until(lambda: task_statuses(bot, first)[0] == "approved")

    # The bot stops; Fanny reacts and takes the reaction back meanwhile; the bot restarts:
    # the circuit is where it was, the redacted reaction is not counted.
    bot.stop()
    reaction = await fin.react(fin_dm, fin_first.event_id, "✅")
    await fin.client.room_redact(fin_dm, reaction)
    bot.start()
    bot.wait_healthy()
    await asyncio.sleep(4)
    assert task_statuses(bot, first) == ["approved", "open", "waiting"]

    # Fanny approves by word (a reply to the request: with Sam in, her room is no longer a
    # private conversation); the maire's step opens; he signs with a reaction.
    mark = maire.mark()
    await fin.send(fin_dm, "oui", reply_to=fin_first.event_id)
    maire_first = await request_for(maire, bot_user, first, mark)
    maire_dm = maire_first.room_id
    mark = agnes.mark()
    await maire.react(maire_dm, maire_first.event_id, "✅")
    done = await agnes.wait_for(from_bot(bot_user, first, "est signé"), after=mark, timeout=90)
    assert "Jean Martin, Maire" in done.body
    signed = await agnes.wait_for(
        lambda s: s.sender == bot_user and s.msgtype == "m.file" and "signe.pdf" in s.body,
        after=mark,
        timeout=60,
    )
    signed_pdf = await download(agnes, signed)
    result = await asyncio.to_thread(signing.verify, signed_pdf, trust_roots(bot))
    assert result.intact
    assert [(s.signer_name, s.qualite) for s in result.signatures] == [("Jean Martin", "Maire")]
    tampered = bytearray(signed_pdf)
    at = signed_pdf.index(b"/Contents", len(signed_pdf) // 3) - 40
    tampered[at] = tampered[at] ^ 0x01
    modified = await asyncio.to_thread(signing.verify, bytes(tampered), trust_roots(bot))
    assert not modified.intact

    # Second document: visas by word; the maire's delegate is refused outside her dates,
    # then acts within them, in her own name "par délégation".
    await dgs.send(dgs_first.room_id, "oui")
    fin_second = await request_for(fin, bot_user, second)
    await fin.send(fin_dm, "ok", reply_to=fin_second.event_id)
    maire_second = await request_for(maire, bot_user, second)
    today = dt.datetime.now(PARIS).date()

    def delegation(starts: dt.date, days: int) -> str:
        ends = starts + dt.timedelta(days=days)
        return f"délégation à {adjointe.user_id} du {starts:%d/%m/%Y} au {ends:%d/%m/%Y}"

    await ask_privately(maire, maire_dm, bot_user, delegation(today + dt.timedelta(days=10), 2))
    await maire.client.room_invite(maire_dm, adjointe.user_id)
    await adjointe.wait_room(maire_dm)
    await adjointe.client.join(maire_dm)
    await maire.wait_member(maire_dm, adjointe.user_id)
    mark = adjointe.mark()
    await adjointe.react(maire_dm, maire_second.event_id, "✅")
    refused = await adjointe.wait_for(
        from_bot(bot_user, "Votre délégation court", room=maire_dm), after=mark, timeout=60
    )
    assert refused is not None
    assert task_statuses(bot, second)[-1] == "open"
    mark = adjointe.mark()
    # The adjointe is in the maire's room now: he names the bot.
    await answer(maire, maire_dm, bot_user, "Greffier, " + delegation(today, 1))
    handed = await adjointe.wait_for(
        lambda s: (
            s.sender == bot_user and s.room_id != maire_dm and second in s.body
            and "délégation" in s.body
        ),
        after=mark,
        timeout=90,
    )  # fmt: skip
    mark = agnes.mark()
    await adjointe.send(handed.room_id, "oui")
    signed = await agnes.wait_for(
        lambda s: s.sender == bot_user and s.msgtype == "m.file" and "signe.pdf" in s.body,
        after=mark,
        timeout=90,
    )
    result = await asyncio.to_thread(
        signing.verify, await download(agnes, signed), trust_roots(bot)
    )
    assert result.intact
    (signature,) = result.signatures
    assert signature.signer_name == "Alice Durand"
    assert signature.reason is not None and "par délégation" in signature.reason

    # Third document: Fanny approves, the DGS refuses with a reason; Fanny and Agnès are told.
    await launch(third)
    dgs_third = await request_for(dgs, bot_user, third)
    fin_third = await request_for(fin, bot_user, third)
    await fin.send(fin_dm, "oui", reply_to=fin_third.event_id)
    await until(lambda: task_statuses(bot, third)[1] == "approved")
    asked = await ask_privately(dgs, dgs_third.room_id, bot_user, "non")
    assert "quelle raison" in asked.body
    mark_a, mark_f = agnes.mark(), fin.mark()
    await dgs.send(dgs_third.room_id, "il manque l'avis des services techniques")
    for person, mark in ((agnes, mark_a), (fin, mark_f)):
        told = await person.wait_for(from_bot(bot_user, third, "refusé"), after=mark, timeout=60)
        assert "il manque l'avis des services techniques" in told.body

    # The evidence: one JSON per finished circuit, with channels, event ids and hashes.
    evidence = rows(bot, "SELECT evidence_json_sha256 FROM circuit ORDER BY id")
    blobs = BlobStore(Path(bot.config["data_dir"]) / "blobs")
    record = json.loads(blobs.read_bytes(evidence[0][0]))
    assert [(s["action"], s["channel"]) for s in record["steps"]] == [
        ("visa", "réaction"),
        ("visa", "message"),
        ("signature", "réaction"),
    ]
    assert all(s["event_id"].startswith("$") for s in record["steps"])
    assert record["final_sha256"] != record["original_sha256"]
