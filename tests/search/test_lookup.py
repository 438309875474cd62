"""`cherche`, numbers, `plus` and `statut` on the in-memory Chat, on SQLite and PostgreSQL.

The world: an urbanisme room (Agnès, Karim), an RH room (Rose), a room shared by both services
(Agnès, Rose), each person's private conversation with the bot, and a DGS who sees everything.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from storage.db import Database
from storage.models import AuditEntry, Document
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.harness import Harness
from tests.support.recording import Sent
from workflows.access import Directory, Role, Service

AGNES = "@agnes:mairie.fr"
KARIM = "@karim:mairie.fr"
ROSE = "@rose:mairie.fr"
DGS = "@dgs:mairie.fr"
URBA = "!urba:mairie.fr"
RH = "!rh:mairie.fr"
SHARED = "!codir:mairie.fr"
DM_AGNES = "!dm-agnes:mairie.fr"
DM_ROSE = "!dm-rose:mairie.fr"
DM_DGS = "!dm-dgs:mairie.fr"


@pytest.fixture
async def h(database: Database, tmp_path: Path) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(
        Directory(
            (
                Service("urbanisme", "Urbanisme", rooms=(URBA,)),
                Service("rh", "Ressources humaines", rooms=(RH,)),
            ),
            (Role("dgs", "DGS", people=(DGS,)),),
        )
    )
    await harness.members(URBA, AGNES, KARIM)
    await harness.members(RH, ROSE)
    await harness.members(SHARED, AGNES, ROSE)
    await harness.members(DM_AGNES, AGNES)
    await harness.members(DM_ROSE, ROSE)
    await harness.members(DM_DGS, DGS)
    return harness


async def add(h: Harness, title: str, service: str, **fields: Any) -> Document:
    names = {"urbanisme": "Urbanisme", "rh": "Ressources humaines"}
    room = {"urbanisme": URBA, "rh": RH}[service]
    async with h.db.unit() as uow:
        document, terms = await library.store(
            uow,
            title=title,
            service_id=service,
            service_name=names[service],
            room_id=room,
            **fields,
        )
    h.vocabulary.update(terms)
    return document


async def world(h: Harness) -> dict[str, Document]:
    return {
        "pc_dupond": await add(
            h,
            "Permis de construire de Jean Dupond",
            "urbanisme",
            fields={"petitionnaire": "Jean Dupond", "adresse": "12 rue des Lilas"},
            day=dt.date(2025, 3, 12),
        ),
        "pc_martin": await add(
            h,
            "Permis de construire de Paul Martin",
            "urbanisme",
            fields={"petitionnaire": "Paul Martin", "adresse": "3 place Foch"},
            day=dt.date(2024, 6, 1),
        ),
        "contrat_dupond": await add(
            h,
            "Contrat de travail de Lucie Dupond",
            "rh",
            type_id="courrier",
            fields={},
            day=dt.date(2025, 1, 6),
        ),
    }


def said(h: Harness, since: int = 0) -> list[Sent]:
    return h.chat.sent[since:]


def refs(sent: Sent) -> list[str]:
    assert sent.message is not None
    return [hit["ref"] for hit in sent.message.context["hits"]]


async def audit(h: Harness, action: str) -> list[AuditEntry]:
    async with h.db.unit() as uow:
        rows = await uow.session.execute(select(AuditEntry).where(AuditEntry.action == action))
        return list(rows.scalars().all())


async def test_search_in_a_service_room_then_the_file(h: Harness) -> None:
    docs = await world(h)
    await h.say(KARIM, URBA, "cherche permis dupond 2025", direct=False)
    answer = h.chat.sent[-1]
    assert answer.template == "search_results" and answer.room == URBA
    assert refs(answer) == [docs["pc_dupond"].ref]
    assert answer.message is not None and answer.message.context["elsewhere"] == 0

    before = len(h.chat.sent)
    await h.say(KARIM, URBA, "1", direct=False)
    sent = said(h, before)
    assert [s.kind for s in sent] == ["file"]
    assert sent[0].room == URBA and sent[0].key == docs["pc_dupond"].sha256

    consulted = await audit(h, "document.consulted")
    assert [e.subject for e in consulted] == [docs["pc_dupond"].ref]
    assert consulted[0].actor == KARIM
    assert sorted(consulted[0].details["readers"]) == [AGNES, KARIM]
    searches = await audit(h, "search")
    assert searches[0].details["shown"] == [docs["pc_dupond"].ref]


async def test_typos_accents_and_type_alias_are_forgiven(h: Harness) -> None:
    docs = await world(h)
    for query in (
        "cherche PERMIS Dupont 2025",
        "cherche pc dupond lilas",
        "cherche permsi dupond",
    ):
        await h.say(AGNES, DM_AGNES, query)
        answer = h.chat.sent[-1]
        assert answer.template == "search_results", query
        assert refs(answer)[0] == docs["pc_dupond"].ref, query


async def test_a_room_shared_by_two_services_shows_only_what_everyone_may_see(
    h: Harness,
) -> None:
    docs = await world(h)
    # Agnès (urbanisme) asks in the room she shares with Rose (RH): Rose may not see permits.
    await h.say(AGNES, SHARED, "cherche dupond", direct=False)
    in_room = [s for s in h.chat.sent if s.room == SHARED]
    private = [s for s in h.chat.sent if s.kind == "direct"]
    assert in_room[-1].template == "search_results"
    assert refs(in_room[-1]) == []
    assert in_room[-1].message is not None and in_room[-1].message.context["elsewhere"] == 1
    assert len(private) == 1 and private[0].user == AGNES
    assert refs(private[0]) == [docs["pc_dupond"].ref]
    # The RH contract is Rose's service, not Agnès's: she never hears of it, even privately.
    every_ref = {
        r for s in h.chat.sent if s.message and "hits" in s.message.context for r in refs(s)
    }
    assert docs["contrat_dupond"].ref not in every_ref

    # She answers privately: the file comes in her private conversation.
    before = len(h.chat.sent)
    await h.say(AGNES, DM_AGNES, "1")
    assert [(s.kind, s.room, s.key) for s in said(h, before)] == [
        ("file", DM_AGNES, docs["pc_dupond"].sha256)
    ]


async def test_nothing_goes_into_a_room_whose_members_are_unknown(h: Harness) -> None:
    await world(h)
    await h.say(AGNES, "!unknown:mairie.fr", "cherche permis dupond", direct=False)
    room_answer = [s for s in h.chat.sent if s.room == "!unknown:mairie.fr"][-1]
    assert refs(room_answer) == []
    assert [s.kind for s in h.chat.sent].count("direct") == 1


async def test_leaving_the_service_room_loses_access_at_once(h: Harness) -> None:
    docs = await world(h)
    await h.say(KARIM, URBA, "cherche martin", direct=False)
    assert refs(h.chat.sent[-1]) == [docs["pc_martin"].ref]
    await h.members(URBA, AGNES)  # Karim left the urbanisme room
    await h.members("!dm-karim:mairie.fr", KARIM)
    await h.say(KARIM, "!dm-karim:mairie.fr", "cherche martin")
    assert h.chat.sent[-1].template == "search_none"


async def test_a_file_is_not_sent_once_someone_who_may_not_see_it_joined(h: Harness) -> None:
    docs = await world(h)
    await h.say(KARIM, URBA, "cherche martin", direct=False)
    assert refs(h.chat.sent[-1]) == [docs["pc_martin"].ref]
    await h.members(URBA, AGNES, KARIM, invited=(ROSE,))  # Rose (RH) invited meanwhile
    before = len(h.chat.sent)
    await h.say(KARIM, URBA, "1", direct=False)
    assert [s.template for s in said(h, before)] == ["search_not_here"]
    assert await audit(h, "document.refused")


async def test_the_dgs_sees_every_service_and_own_filings_stay_visible(h: Harness) -> None:
    docs = await world(h)
    await h.say(DGS, DM_DGS, "cherche dupond")
    assert sorted(refs(h.chat.sent[-1])) == sorted(
        [docs["pc_dupond"].ref, docs["contrat_dupond"].ref]
    )
    # Rose filed a document into urbanisme once: she still sees it, not the others.
    async with h.db.unit() as uow:
        own, terms = await library.store(
            uow, title="Permis de construire de Rose Lambert", service_id="urbanisme",
            filed_by=ROSE,
        )  # fmt: skip
    h.vocabulary.update(terms)
    await h.say(ROSE, DM_ROSE, "cherche permis")
    assert refs(h.chat.sent[-1]) == [own.ref]


async def test_plus_shows_the_next_five_and_numbers_keep_their_place(h: Harness) -> None:
    for n in range(7):
        await add(h, f"Arrêté de voirie numéro {n}", "urbanisme", type_id="arrete_temporaire",
                  day=dt.date(2025, 1, 1) + dt.timedelta(days=n))  # fmt: skip
    await h.say(AGNES, DM_AGNES, "cherche arrete voirie")
    first = h.chat.sent[-1]
    assert first.message is not None and first.message.context["more"] is True
    assert len(refs(first)) == 5
    await h.say(AGNES, DM_AGNES, "plus")
    second = h.chat.sent[-1]
    assert second.template == "search_more"
    assert second.message is not None
    assert [hit["n"] for hit in second.message.context["hits"]] == [6, 7]
    assert not set(refs(first)) & set(refs(second))
    await h.say(AGNES, DM_AGNES, "plus")
    assert h.chat.sent[-1].template == "search_no_more"
    before = len(h.chat.sent)
    await h.say(AGNES, DM_AGNES, "7")
    assert [s.kind for s in said(h, before)] == ["file"]
    await h.say(AGNES, DM_AGNES, "12")
    assert h.chat.sent[-1].template == "search_bad_number"


async def test_no_result_gets_advice(h: Harness) -> None:
    await world(h)
    await h.say(AGNES, DM_AGNES, "cherche permis dupond 2019")
    answer = h.chat.sent[-1]
    assert answer.template == "search_none"
    assert answer.message is not None and answer.message.context["filters"] == ["année 2019"]
    await h.say(AGNES, DM_AGNES, "cherche zorglub")
    answer = h.chat.sent[-1]
    assert answer.message is not None and answer.message.context["unknown"] == ["zorglub"]
    await h.say(AGNES, DM_AGNES, "cherche")
    assert h.chat.sent[-1].template == "search_help"


async def test_status_by_reference_and_by_words(h: Harness) -> None:
    docs = await world(h)
    await h.say(AGNES, DM_AGNES, f"statut {docs['pc_dupond'].ref}")
    answer = h.chat.sent[-1]
    assert answer.template == "status"
    assert answer.message is not None and answer.message.context["ref"] == docs["pc_dupond"].ref
    await h.say(AGNES, DM_AGNES, "où en est le permis martin")
    assert h.chat.sent[-1].message is not None
    assert h.chat.sent[-1].message.context["ref"] == docs["pc_martin"].ref
    # Nothing that names a document: asked which one, never shown the newest.
    await h.say(AGNES, DM_AGNES, "statut ???")
    assert h.chat.sent[-1].template == "status_help"
    # Another service's document: as if it did not exist.
    await h.say(AGNES, DM_AGNES, f"statut {docs['contrat_dupond'].ref}")
    assert h.chat.sent[-1].template == "status_none"
    # In the shared room, the answer about an urbanisme permit goes privately.
    before = len(h.chat.sent)
    await h.say(AGNES, SHARED, f"Greffier: statut {docs['pc_dupond'].ref}", direct=False)
    assert [s.template for s in said(h, before)] == ["status", "status_sent_privately"]
    assert said(h, before)[0].kind == "direct"


async def test_a_number_answers_whatever_was_asked_last(h: Harness) -> None:
    docs = await world(h)
    await h.say(AGNES, DM_AGNES, "cherche martin")
    before = len(h.chat.sent)
    await h.say(AGNES, DM_AGNES, "1")
    assert said(h, before)[0].key == docs["pc_martin"].sha256
    # A search is obeyed even in the middle of another exchange, and its list is answered.
    await h.upload(AGNES, DM_AGNES, fx.facture_pdf(), "facture.pdf")
    assert h.last() == "filing_type"
    await h.say(AGNES, DM_AGNES, "cherche dupond")
    assert h.last() == "search_results"
    before = len(h.chat.sent)
    await h.say(AGNES, DM_AGNES, "1")
    assert said(h, before)[0].kind == "file"
    # The filing question was not lost: the reminder of it still applies.
    async with h.db.unit() as uow:
        assert len(await uow.dialogues.all()) == 2


async def test_an_unanswered_list_is_forgotten_quietly_after_a_day(h: Harness) -> None:
    from bot import jobs

    await world(h)
    await h.say(AGNES, DM_AGNES, "cherche dupond")
    h.clock.advance(dt.timedelta(hours=23))
    assert await jobs.sweep_dialogues(h.runner) == []
    h.clock.advance(dt.timedelta(hours=2))
    before = len(h.chat.sent)
    assert await jobs.sweep_dialogues(h.runner) == ["search-expired"]
    assert said(h, before) == []
    await h.say(AGNES, DM_AGNES, "1")  # no list any more: "1" is not a request for a file
    assert "file" not in [s.kind for s in said(h, before)]


async def test_a_new_search_replaces_the_last_list(h: Harness) -> None:
    await world(h)
    await h.say(AGNES, DM_AGNES, "cherche martin")
    await h.say(AGNES, DM_AGNES, "cherche zorglub")
    before = len(h.chat.sent)
    await h.say(AGNES, DM_AGNES, "1")
    assert "file" not in [s.kind for s in said(h, before)]
