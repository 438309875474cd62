"""Sensitive documents on SQLite and PostgreSQL: a personnel file dropped in the urbanisme room
goes to the RH, the room hears only that it is filed, and only the RH, the roles allowed, the
filer and no one else ever see it; a child's health form is sensitive by its content.

The world: Agnès and Karim work in urbanisme (their room is shared with the maire, a role that
sees every service's documents but not sensitive ones); Rose is in the RH, which owns personnel
documents; the DGS is a role allowed sensitive documents.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from storage.db import Database
from storage.models import Document
from tests.filing.test_dialogue import answer_fields, choices_of, context_of
from tests.fixtures import documents as fx
from tests.harness import Harness
from workflows import audience
from workflows.access import Directory, Role, Service

AGNES = "@agnes:mairie.fr"
KARIM = "@karim:mairie.fr"
ROSE = "@rose:mairie.fr"
MAIRE = "@maire:mairie.fr"
DGS = "@dgs:mairie.fr"
URBA = "!urba:mairie.fr"
RH = "!rh:mairie.fr"
DMS = {u: f"!dm-{u[1:].split(':')[0]}:mairie.fr" for u in (AGNES, KARIM, ROSE, MAIRE, DGS)}


@pytest.fixture
async def h(database: Database, tmp_path: Path) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(
        Directory(
            (
                Service("urbanisme", "Urbanisme", rooms=(URBA,)),
                Service("rh", "Ressources humaines", rooms=(RH,), sensitive=("personnel",)),
            ),
            (
                Role("maire", "Maire", people=(MAIRE,)),
                Role("dgs", "DGS", people=(DGS,), sensitive=True),
            ),
        )
    )
    await harness.members(URBA, AGNES, KARIM, MAIRE)
    await harness.members(RH, ROSE)
    for user, room in DMS.items():
        await harness.members(room, user)
    return harness


async def file_in(h: Harness, room: str, pdf: bytes, type_label: str, answers: dict) -> Document:
    """Agnès files `pdf` from `room`; if its questions move to her private room, she answers
    there (the bot opened it: a room it did not know)."""
    direct = room in DMS.values()
    await h.upload(AGNES, room, pdf, "scan.pdf", direct=direct)
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith(type_label))
    before = len(h.chat.sent)
    await h.say(AGNES, room, str(choice), direct=direct)
    if any(s.template == "filing_went_private" for s in h.chat.sent[before:]):
        room, direct = DMS[AGNES], True
    await answer_fields(h, answers, room=room, sender=AGNES, direct=direct)
    assert h.last() == "filing_summary"
    h.__dict__["summary"] = context_of(h)
    await h.say(AGNES, room, "1", direct=direct)
    async with h.db.unit() as uow:
        (document,) = [d for d in await uow.documents.all() if d.filed_by == AGNES][-1:]
    return document


async def sees(h: Harness, person: str, document: Document) -> bool:
    async with h.db.unit() as uow:
        reader = await audience.reader(uow, h.settings.directory, person)
    return audience.may_see(reader, document)


async def test_a_personnel_file_dropped_in_a_shared_room_goes_to_the_rh_and_out_of_sight(
    h: Harness,
) -> None:
    document = await file_in(
        h,
        URBA,
        fx.dossier_agent_pdf(),
        "Dossier individuel",
        {"nom": "Sophie MARTIN", "date_naissance": "1984-06-02"},
    )
    summary = h.__dict__["summary"]
    assert "Dossier individuel" in str(summary["sensitive"])
    assert summary["owner"] == "Ressources humaines"
    assert (document.sensitive, document.service_id) == ("personnel", "rh")
    # Its questions went on in Agnès's private room; the shared room heard only why.
    in_room = [s for s in h.chat.sent if s.room == URBA]
    assert in_room[-1].template == "filing_went_private"
    assert all(document.name not in str(s.message) for s in in_room)
    done = h.chat.sent[-1]
    assert (done.template, done.room) == ("filing_done", DMS[AGNES])
    assert done.message is not None and done.message.context["sensitive"]
    seen = {p: await sees(h, p, document) for p in (AGNES, KARIM, ROSE, MAIRE, DGS)}
    assert seen == {AGNES: True, KARIM: False, ROSE: True, MAIRE: False, DGS: True}

    # Searching: the maire (who sees every service, but not sensitive documents) finds
    # nothing, in the room or privately; Rose finds it in her private conversation.
    for person, room, direct in ((MAIRE, URBA, False), (MAIRE, DMS[MAIRE], True)):
        await h.say(person, room, "Greffier, cherche martin", direct=direct, mentions_bot=True)
        assert h.chat.sent[-1].template == "search_none", (person, room)
    await h.say(ROSE, DMS[ROSE], "cherche martin", direct=True)
    answer = h.chat.sent[-1]
    assert answer.template == "search_results"
    assert document.ref in str(answer.message)
    # Agnès, who filed it, asks in the urbanisme room: the answer never shows it there.
    before = len(h.chat.sent)
    await h.say(AGNES, URBA, "Greffier, cherche martin", direct=False, mentions_bot=True)
    for sent in h.chat.sent[before:]:
        if sent.room == URBA:
            assert document.ref not in str(sent.message) and document.name not in str(sent.message)


async def test_a_health_form_is_sensitive_by_its_content_and_stays_with_its_service(
    h: Harness,
) -> None:
    document = await file_in(
        h,
        DMS[AGNES],
        fx.inscription_sante_pdf(),
        "Inscription",
        {"enfant": "Léa BERNARD", "date": "2025-09-02"},
    )
    assert document.sensitive == "sante"
    assert document.service_id == "urbanisme"  # no service owns « sante »: the filer's
    assert "santé" in str(h.__dict__["summary"]["sensitive"])
    assert h.chat.sent[-1].template == "filing_done"  # a private conversation: all here
    seen = {p: await sees(h, p, document) for p in (AGNES, KARIM, MAIRE, DGS)}
    assert seen == {AGNES: True, KARIM: True, MAIRE: False, DGS: True}


async def test_in_a_shared_room_the_questions_of_a_sensitive_document_go_private(
    h: Harness,
) -> None:
    async with h.db.unit() as uow:
        await uow.direct_rooms.set(AGNES, DMS[AGNES])
    await h.upload(AGNES, URBA, fx.dossier_agent_pdf(), "scan.pdf", direct=False)
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith("Dossier individuel"))
    before = len(h.chat.sent)
    await h.say(AGNES, URBA, str(choice), direct=False)
    said = h.chat.sent[before:]
    assert (said[0].template, said[0].room) == ("filing_went_private", URBA)
    assert all(s.room == DMS[AGNES] for s in said[1:]) and said[1:], said
    # The answers come privately; nothing more is said in the shared room.
    await answer_fields(
        h, {"nom": "Sophie MARTIN", "date_naissance": "1984-06-02"}, room=DMS[AGNES], sender=AGNES
    )
    assert h.last() == "filing_summary"
    await h.say(AGNES, DMS[AGNES], "1")
    assert h.last() == "filing_done"
    after = h.chat.sent[before + 1 :]
    assert all(s.room != URBA for s in after), [s.room for s in after]
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
    assert (document.sensitive, document.service_id) == ("personnel", "rh")


async def test_without_a_private_conversation_yet_the_next_question_opens_one(
    h: Harness,
) -> None:
    await h.upload(AGNES, URBA, fx.dossier_agent_pdf(), "scan.pdf", direct=False)
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith("Dossier individuel"))
    before = len(h.chat.sent)
    await h.say(AGNES, URBA, str(choice), direct=False)
    said = h.chat.sent[before:]
    assert (said[0].template, said[0].room) == ("filing_went_private", URBA)
    # The question goes to Agnès herself: the bot opens a private room to ask it.
    assert [(s.kind, s.user) for s in said[1:]] == [("direct", AGNES)], said
    # Her answers come from that new room; the draft follows her there, and only there.
    new_room = "!new-dm:mairie.fr"
    await answer_fields(
        h,
        {"nom": "Sophie MARTIN", "date_naissance": "1984-06-02"},
        room=new_room,
        sender=AGNES,
        direct=True,
    )
    assert (h.last(), h.chat.sent[-1].room) == ("filing_summary", new_room)
    await h.say(AGNES, URBA, "1", direct=False)  # in the shared room: not an answer
    assert h.last() != "filing_done"
    await h.say(AGNES, new_room, "1", direct=True)
    assert h.last() == "filing_done"
    assert all(s.room != URBA for s in h.chat.sent[before + 1 :] if s.template != "help")
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
    assert (document.sensitive, document.service_id) == ("personnel", "rh")


async def test_with_a_draft_already_private_the_draft_stays_and_the_room_hears_no_details(
    h: Harness,
) -> None:
    async with h.db.unit() as uow:
        await uow.direct_rooms.set(AGNES, DMS[AGNES])
    await h.upload(AGNES, DMS[AGNES], fx.facture_pdf(), "facture.pdf", direct=True)
    await h.upload(AGNES, URBA, fx.dossier_agent_pdf(), "scan.pdf", direct=False)
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith("Dossier individuel"))
    await h.say(AGNES, URBA, str(choice), direct=False)
    assert h.chat.sent[-1].room == URBA  # the questions go on where the file was dropped
    await answer_fields(
        h, {"nom": "Sophie MARTIN", "date_naissance": "1984-06-02"}, room=URBA, sender=AGNES
    )
    await h.say(AGNES, URBA, "1", direct=False)
    assert [s.template for s in h.chat.sent[-2:]] == ["filing_done_elsewhere", "filing_done"]


COURRIER = {"expediteur": "Crèche Les Lutins", "objet": "transmissions", "date": "2025-04-18"}


async def _file_in_doubt(h: Harness, room: str, answer: str) -> list[str]:
    """Agnès files the crèche's letter (health words, no one named) and answers the
    question on health; returns the templates said after it."""
    direct = room in DMS.values()
    await h.upload(AGNES, room, fx.transmissions_pdf(), "transmissions.pdf", direct=direct)
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith("Courrier"))
    await h.say(AGNES, room, str(choice), direct=direct)
    await answer_fields(h, COURRIER, room=room, sender=AGNES, direct=direct)
    assert h.last() == "filing_health"
    assert h.chat.sent[-1].room == room
    before = len(h.chat.sent)
    await h.say(AGNES, room, answer, direct=direct)
    return [s.template for s in h.chat.sent[before:]]


async def test_health_words_about_no_one_known_ask_the_agent_who_knows(h: Harness) -> None:
    said = await _file_in_doubt(h, DMS[AGNES], "oui")
    assert said == ["filing_summary"]
    assert "santé" in str(context_of(h)["sensitive"])
    await h.say(AGNES, DMS[AGNES], "1")
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
        told = [e for e in await uow.audit.entries() if e.action == "filing.health_told"]
    assert document.sensitive == "sante"
    assert [e.details for e in told] == [{"health": True}]
    seen = {p: await sees(h, p, document) for p in (AGNES, KARIM, MAIRE, DGS)}
    assert seen == {AGNES: True, KARIM: True, MAIRE: False, DGS: True}


async def test_told_it_tells_no_ones_health_the_document_is_filed_as_any(h: Harness) -> None:
    said = await _file_in_doubt(h, DMS[AGNES], "2")
    assert said == ["filing_summary"] and context_of(h)["sensitive"] is None
    await h.say(AGNES, DMS[AGNES], "1")
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
    assert document.sensitive is None


async def test_told_in_a_shared_room_the_rest_goes_private(h: Harness) -> None:
    async with h.db.unit() as uow:
        await uow.direct_rooms.set(AGNES, DMS[AGNES])
    said = await _file_in_doubt(h, URBA, "oui")
    assert said == ["filing_went_private", "filing_summary"]
    assert h.chat.sent[-1].room == DMS[AGNES]
    await h.say(AGNES, DMS[AGNES], "1")
    assert h.last() == "filing_done"
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
    assert document.sensitive == "sante"


async def test_an_answer_that_is_no_choice_asks_again(h: Harness) -> None:
    said = await _file_in_doubt(h, DMS[AGNES], "peut-être")
    assert said == ["filing_health"]
    assert context_of(h)["problem"] == "choice"
