"""Filing by chat on a real homeserver, in encrypted rooms, with real OCR.

The agents are real nio clients; files travel as encrypted attachments; what the bot stored is
read back from its own database and blob directory.
"""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest

from bot.person import Person, Seen
from french.fold import fold
from tests.fixtures import documents as fx
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.store import json_text, rows
from tests.integration.test_foundation import bot_id_of, invite_and_greet
from tests.support.bot_process import BotProcess


def blob_files(bot: BotProcess) -> list[Path]:
    root = Path(bot.config["data_dir"]) / "blobs"
    return [p for p in root.glob("??/??/*") if p.is_file()]


async def next_reply(
    person: Person, bot_user: str, room: str, mark: int, timeout: float = 60
) -> Seen:
    return await person.reply_from(bot_user, room, mark, timeout=timeout)


async def reply_to(
    person: Person, bot_user: str, event_id: str, mark: int, timeout: float = 60
) -> Seen:
    """The bot's answer to this very event (in a shared room, not to a colleague's)."""
    return await person.wait_for(
        lambda s: (
            s.sender == bot_user
            and ((s.content.get("m.relates_to") or {}).get("m.in_reply_to") or {}).get("event_id")
            == event_id
        ),
        timeout=timeout,
        after=mark,
    )


async def answer(person: Person, room: str, bot_user: str, text: str, timeout: float = 60) -> Seen:
    mark = person.mark()
    event_id = await person.send(room, text)
    return await reply_to(person, bot_user, event_id, mark, timeout)


async def upload(  # noqa: PLR0917 - reads like the sentence "agnes sends this file"
    person: Person, room: str, bot_user: str, data: bytes, name: str, mimetype: str, **kw: Any
) -> Seen:
    mark = person.mark()
    event_id = await person.send_file(room, data, name, mimetype, **kw)
    return await reply_to(person, bot_user, event_id, mark, timeout=120)


def confirms(seen: Seen) -> bool:
    """Is this the bot's « C'est bien … ? » question?"""
    return "c est bien" in fold(seen.body)


async def confirm_all(person: Person, room: str, bot_user: str, first: Seen) -> Seen:
    """Confirm every proposed value until the summary comes."""
    current = first
    for _ in range(10):
        if "Je l'enregistre ?" in current.body:
            return current
        assert confirms(current), current.body
        current = await answer(person, room, bot_user, "oui")
    raise AssertionError("no summary")


async def test_permis_pdf_in_an_encrypted_room_survives_a_restart(
    bots: Bots, people: PersonFactory
) -> None:
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agent = await people("agnes")
    room = await invite_and_greet(agent, bot_user, encrypted=True)
    question = await upload(
        agent, room, bot_user, fx.permis_de_construire_pdf(), "PC-Dupond.pdf", "application/pdf"
    )
    assert "De quel type de document" in question.body
    assert "1. Permis de construire" in question.body
    first_value = await answer(agent, room, bot_user, "1")
    assert confirms(first_value)
    # The bot restarts in the middle of the dialogue: the agent goes on where she was.
    bot.stop()
    bot.start()
    second_value = await answer(agent, room, bot_user, "oui")
    assert confirms(second_value)
    assert second_value.body != first_value.body
    summary = await confirm_all(agent, room, bot_user, second_value)
    assert "à conserver définitivement" in summary.body
    done = await answer(agent, room, bot_user, "1")
    assert "Document enregistré sous la référence" in done.body
    ref = re.search(r"référence (\d{4}-\d{4})", done.body)
    assert ref is not None
    ((name, class_code, row_id, sort, dua_end, text, service, pages),) = rows(
        bot,
        "SELECT name, class_code, row_id, sort, dua_end, text, filed_by, pages FROM document "
        "WHERE ref = ?",
        ref.group(1),
    )
    assert name.startswith("2025-03-12_PC_") and "dupond" in name.lower()
    assert row_id == "urba-pc-accorde" and sort == "C"
    assert class_code
    assert "Dupond" in text
    assert service == agent.user_id
    assert pages == 2
    assert dua_end is None or dua_end.startswith("20")
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(0,)]
    assert len(blob_files(bot)) == 1
    # Findable at once, with a typo: the index and the corrector learnt it with the filing.
    found = await answer(agent, room, bot_user, "cherche permis dupont")
    assert name in found.body and ref.group(1) in found.body
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(1,)]  # the list, for "1" or "plus"
    # The same file again: recognised, not stored twice.
    again = await upload(
        agent, room, bot_user, fx.permis_de_construire_pdf(), "copie.pdf", "application/pdf"
    )
    assert "déjà classé" in again.body and ref.group(1) in again.body
    assert rows(bot, "SELECT count(*) FROM document") == [(1,)]
    assert len(blob_files(bot)) == 1


@pytest.mark.ocr
async def test_three_phone_photos_become_one_searchable_pdf(
    bots: Bots, people: PersonFactory
) -> None:
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agent = await people("karim")
    room = await invite_and_greet(agent, bot_user, encrypted=True)
    pages = [
        [
            "COMMUNE DE BELLEVILLE",
            "ARRETE MUNICIPAL",
            "portant reglementation",
            "du stationnement",
        ],
        ["Article 1", "Le stationnement est interdit", "rue des Tilleuls", "du 3 au 7 juin 2025"],
        ["Article 2", "Les contrevenants", "seront verbalises", "Le Maire, Paul Martin"],
    ]
    for number, (lines, angle) in enumerate(zip(pages, (-3.0, 2.0, 4.0), strict=True), 1):
        photo = fx.phone_photo(lines, angle=angle, seed=number)
        reply = await upload(agent, room, bot_user, photo, f"IMG_{number}.jpg", "image/jpeg")
        assert f"{number} page" in reply.body
    question = await answer(agent, room, bot_user, "fini", timeout=240)
    assert "De quel type de document" in question.body or "peine à lire" in question.body
    ((stored_data,),) = rows(bot, "SELECT data FROM dialogue")
    dialogue_data = json_text(stored_data)
    assert '"ocr": true' in dialogue_data
    mark = agent.mark()
    await agent.send(room, "annuler")
    cancelled = await next_reply(agent, bot_user, room, mark)
    assert "rien n'a été enregistré" in cancelled.body
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(0,)]
    assert blob_files(bot) == []
    # The OCR text itself is checked from the draft before cancelling:
    text = fold(dialogue_data)
    for word in ("reglementation", "stationnement", "tilleuls", "contrevenants", "verbalises"):
        assert word in text, word


async def test_two_agents_file_at_once_in_one_room(bots: Bots, people: PersonFactory) -> None:
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agnes = await people("agnes")
    karim = await people("karim")
    room = await invite_and_greet(agnes, bot_user, encrypted=True)
    await agnes.client.room_invite(room, karim.user_id)
    await karim.wait_room(room, timeout=30)
    await karim.client.join(room)
    await agnes.wait_member(room, karim.user_id)
    await karim.wait_member(room, bot_user)
    first_a, first_k = await asyncio.gather(
        upload(agnes, room, bot_user, fx.permis_de_construire_pdf(), "pc.pdf", "application/pdf"),
        upload(karim, room, bot_user, fx.facture_pdf(), "facture.pdf", "application/pdf"),
    )
    assert "De quel type" in first_a.body and "De quel type" in first_k.body
    # interleaved answers: each one goes to its own draft
    a_value, k_value = await asyncio.gather(
        answer(agnes, room, bot_user, "1"), answer(karim, room, bot_user, "1")
    )
    assert confirms(a_value) and confirms(k_value)
    a_summary = await confirm_all(agnes, room, bot_user, a_value)
    k_summary = await confirm_all(karim, room, bot_user, k_value)
    assert "Permis de construire" in a_summary.body
    assert "Facture" in k_summary.body
    await answer(agnes, room, bot_user, "1")
    await answer(karim, room, bot_user, "1")
    stored = dict(rows(bot, "SELECT filed_by, type_id FROM document"))
    assert stored == {agnes.user_id: "permis_construire", karim.user_id: "facture"}


async def test_a_personnel_file_dropped_in_a_shared_room_goes_on_in_a_new_private_room(
    bots: Bots, people: PersonFactory
) -> None:
    """Agnès has never written to the bot privately: it opens a private room to ask the rest
    of a sensitive document's questions, and Karim, in the shared room, sees none of it."""
    bot = bots.start()
    bot_user = bot_id_of(bot.config)
    agnes = await people("agnes")
    karim = await people("karim")
    room = await invite_and_greet(agnes, bot_user, encrypted=True)
    await agnes.client.room_invite(room, karim.user_id)
    await karim.wait_room(room, timeout=30)
    await agnes.wait_member(room, karim.user_id)
    await karim.wait_member(room, bot_user)
    types = await upload(
        agnes, room, bot_user, fx.dossier_agent_pdf(), "scan.pdf", "application/pdf"
    )
    number = next(
        m.group(1)
        for m in re.finditer(r"(\d+)\W+([^\n]+)", types.body)
        if m.group(2).startswith("Dossier individuel")
    )
    mark = agnes.mark()
    moved = await answer(agnes, room, bot_user, number)
    assert "message privé" in moved.body, moved.body
    question = await agnes.wait_for(
        lambda s: s.sender == bot_user and s.room_id not in (room,), timeout=120, after=mark
    )
    private = question.room_id
    values = {"nom": "Sophie MARTIN", "naissance": "02/06/1984"}
    for _ in range(10):
        if "Je l'enregistre ?" in question.body:
            break
        words = fold(question.body)
        text = "oui" if confirms(question) else next(v for k, v in values.items() if k in words)
        mark = agnes.mark()
        await agnes.send(private, text)
        question = await next_reply(agnes, bot_user, private, mark)
    assert "Je l'enregistre ?" in question.body, question.body
    mark = agnes.mark()
    await agnes.send(private, "1")
    done = await next_reply(agnes, bot_user, private, mark)
    assert "enregistr" in fold(done.body), done.body
    stored = rows(bot, "SELECT type_id, sensitive, service_id FROM document")
    assert [(t, s) for t, s, _ in stored] == [("dossier_individuel", "personnel")]
    shared = [s.body for s in karim.seen if s.room_id == room and s.sender == bot_user]
    assert shared and not any("MARTIN" in b.upper() or "1984" in b for b in shared), shared


async def test_bad_inputs_are_refused_and_leave_nothing(bots: Bots, people: PersonFactory) -> None:
    config = bots.config(limits={"max_file_mb": 1})
    bot = bots.start(config)
    bot_user = bot_id_of(config)
    agent = await people("agnes")
    room = await invite_and_greet(agent, bot_user, encrypted=True)
    cases = [
        (fx.corrupt_pdf(), "abime.pdf", "application/pdf", {}, "abîmé"),
        (fx.encrypted_pdf(), "secret.pdf", "application/pdf", {}, "mot de passe"),
        (b"", "vide.pdf", "application/pdf", {}, "vide"),
        (b"Bonjour", "note.txt", "text/plain", {}, "J'accepte les PDF"),
        (b"%PDF-1.7\n" + b"0" * 1_500_000, "gros.pdf", "application/pdf", {}, "trop gros"),
        (
            b"%PDF-1.7\n" + b"0" * 1_500_000,
            "gros-sans-taille.pdf",
            "application/pdf",
            {"announce_size": False},
            "trop gros",
        ),
    ]
    for data, name, mimetype, options, expected in cases:
        reply = await upload(agent, room, bot_user, data, name, mimetype, **options)
        assert expected in reply.body, (name, reply.body)
        assert "Rien n'a été enregistré" in reply.body
    # A file the homeserver cannot give (gone, or blocked by a content scanner).
    mark = agent.mark()
    await agent.send_event(
        room,
        "m.room.message",
        {
            "msgtype": "m.file",
            "body": "disparu.pdf",
            "url": f"mxc://{bot_user.split(':', 1)[1]}/absent0000000000",
            "info": {"mimetype": "application/pdf", "size": 1000},
        },
    )
    gone = await next_reply(agent, bot_user, room, mark)
    assert "pas pu récupérer" in gone.body
    assert rows(bot, "SELECT count(*) FROM document") == [(0,)]
    assert rows(bot, "SELECT count(*) FROM dialogue") == [(0,)]
    assert blob_files(bot) == []
    refused = rows(bot, "SELECT count(*) FROM audit WHERE action = 'filing.refused'")
    assert refused == [(len(cases) + 1,)]
