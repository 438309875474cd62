"""Retention counted from the event its row names, on SQLite and PostgreSQL: a marché's pieces
wait for its final payment, a dossier's documents start together when it is closed, and
nothing waiting is ever due.

The world: René files the marchés of the services techniques and is their référent; Sam works
in another service and sees none of their documents.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from referentiel import retention
from retention import digest as retention_digest
from storage.db import Database
from storage.models import Document
from tests.filing.test_dialogue import answer_fields, choices_of, context_of
from tests.fixtures import documents as fx
from tests.harness import Harness
from workflows.access import Directory, Service
from workflows.context import RetentionSettings, shipped_referentiel

RENE = "@rene:mairie.fr"
SAM = "@sam:mairie.fr"
CLAIRE = "@claire:archives.fr"
TECH = "!tech:mairie.fr"
OTHER = "!etat-civil:mairie.fr"
DM = {RENE: "!dm-rene:mairie.fr", SAM: "!dm-sam:mairie.fr"}
MARCHE = {
    "objet": "Travaux de réfection de la toiture de l'école élémentaire Jules Ferry",
    "attributaire": "Couverture Durand SAS",
    "date": "2025-05-19",
    "numero": "2025-MAPA-07",
    "date_solde": "pas encore",
}


@pytest.fixture
async def h(database: Database, tmp_path: Path) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(
        Directory(
            (
                Service("technique", "Services techniques", rooms=(TECH,), referent=RENE),
                Service("etat-civil", "État civil", rooms=(OTHER,), members=(SAM,)),
            )
        )
    )
    harness.settings = dataclasses.replace(
        harness.settings, retention=RetentionSettings(archivist=CLAIRE)
    )
    harness.clock.current = dt.datetime(2025, 6, 2, 9, 0, tzinfo=dt.UTC)
    await harness.members(TECH, RENE)
    await harness.members(OTHER, SAM)
    for user, room in DM.items():
        await harness.members(room, user)
    return harness


async def file_marche(h: Harness, answers: dict[str, str], pdf: bytes | None = None) -> Document:
    await h.upload(RENE, DM[RENE], pdf or fx.marche_pdf(), "marché toiture.pdf")
    assert h.last() == "filing_type"
    choice = next(i for i, c in enumerate(choices_of(h), 1) if c.startswith("Marché public"))
    await h.say(RENE, DM[RENE], str(choice))
    await answer_fields(h, answers, room=DM[RENE], sender=RENE)
    assert h.last() == "filing_summary"
    summary = context_of(h)
    await h.say(RENE, DM[RENE], "1")
    assert h.last() == "filing_done", h.chat.sent[-1]
    done = context_of(h)
    async with h.db.unit() as uow:
        document = await uow.documents.by_ref(str(done["ref"]))
    assert document is not None
    document.__dict__["_summary"] = summary  # what the agent was shown, for the assertions
    document.__dict__["_done"] = done
    return document


async def due_refs(h: Harness, on: dt.date) -> list[int | None]:
    """The documents the daily scan would put in a digest on `on`."""
    async with h.db.unit() as uow:
        due = await uow.retention.due_documents("technique", ("D", "T", "C"), on)
        groups = await uow.retention.due_groups(on)
    assert sum(g.count for g in groups) == len(due)
    return sorted(d.id for d in due if d.id is not None)


async def test_a_marche_filed_before_its_final_payment_waits_until_solde_is_told(
    h: Harness,
) -> None:
    document = await file_marche(h, MARCHE)
    summary, done = document.__dict__["_summary"], document.__dict__["_done"]
    assert summary["counted_from"] is None
    assert summary["waiting_for"] == "date du paiement du solde du marché"
    assert "en attente" in str(summary["retention"])
    assert done["tell"] == "dossier 2025-MAPA-07 soldé le JJ/MM/AAAA"
    assert document.awaiting_event == "paiement_solde"
    assert document.dua_end is None
    assert document.dossier == retention.dossier_key("2025-MAPA-07")

    # Never due while it waits, however late: not even in a century.
    assert await due_refs(h, dt.date(2125, 1, 1)) == []
    async with h.db.unit() as uow:
        assert await retention_digest.scan(h.context(uow)) == 0

    h.clock.current = dt.datetime(2027, 3, 20, 9, 0, tzinfo=dt.UTC)
    await h.say(RENE, DM[RENE], "marché 2025-mapa-07 soldé le 12/03/2027")
    assert h.last() == "retention_event_recorded"
    assert context_of(h)["count"] == 1
    async with h.db.unit() as uow:
        started = await uow.documents.by_ref(document.ref)
        entries = [e for e in await uow.audit.entries() if e.action == "retention.started"]
    assert started is not None
    assert started.awaiting_event is None
    assert started.dua_start == dt.date(2027, 3, 12)
    # Ten years counted from the year of the final payment (1 January after them).
    assert started.dua_end == dt.date(2038, 1, 1)
    assert [e.subject for e in entries] == [document.ref]
    assert await due_refs(h, dt.date(2037, 12, 31)) == []
    assert await due_refs(h, dt.date(2038, 1, 1)) == [document.id]

    # Told twice: nothing waits any more.
    await h.say(RENE, DM[RENE], "dossier 2025-MAPA-07 soldé le 12/03/2027")
    assert h.last() == "retention_event_none"


async def test_a_date_given_at_filing_starts_the_retention_at_once(h: Harness) -> None:
    document = await file_marche(h, MARCHE | {"date_solde": "2025-05-30"})
    assert document.awaiting_event is None
    assert document.dua_start == dt.date(2025, 5, 30)
    assert document.dua_end == dt.date(2036, 1, 1)
    assert str(document.__dict__["_summary"]["counted_from"]).startswith("30 mai 2025")


async def test_closing_a_dossier_starts_all_its_documents_together(h: Harness) -> None:
    pieces = await file_marche(h, MARCHE)
    other = MARCHE | {"objet": "Avenant n° 1 à la réfection de la toiture"}
    avenant = await file_marche(
        h, other, fx.marche_pdf(objet=other["objet"], montant_ht=fx.Decimal("1200"))
    )
    unrelated = await file_marche(
        h,
        MARCHE | {"numero": "2025-MAPA-09", "objet": "Voirie rue des Lilas"},
        fx.marche_pdf(numero="2025-MAPA-09", objet="Voirie rue des Lilas"),
    )
    # Notified is not paid off: the pieces of a marché still wait for the final payment.
    h.clock.current = dt.datetime(2028, 2, 1, 9, 0, tzinfo=dt.UTC)
    await h.say(RENE, DM[RENE], "marché 2025-MAPA-07 notifié le 19/05/2025")
    assert h.last() == "retention_event_none"
    await h.say(RENE, DM[RENE], "dossier 2025 MAPA 07 clos le 10 janvier 2028")
    assert h.last() == "retention_event_recorded"
    assert context_of(h)["count"] == 2
    async with h.db.unit() as uow:
        ends = {d.id: (d.dua_end, d.awaiting_event) for d in await uow.documents.all()}
    assert ends[pieces.id] == ends[avenant.id] == (dt.date(2039, 1, 1), None)
    assert ends[unrelated.id] == (None, "paiement_solde")
    assert await due_refs(h, dt.date(2039, 1, 1)) == sorted([pieces.id, avenant.id])


async def test_a_future_date_a_stranger_and_a_sentence_without_event_change_nothing(
    h: Harness,
) -> None:
    document = await file_marche(h, MARCHE)
    await h.say(RENE, DM[RENE], "dossier 2025-MAPA-07 soldé le 12/03/2030")
    assert h.last() == "retention_event_future"
    await h.say(SAM, DM[SAM], "dossier 2025-MAPA-07 soldé le 12/03/2025")
    assert h.last() == "retention_event_none"  # Sam may not see it: not even hinted
    await h.say(RENE, DM[RENE], "dossier 2025-MAPA-07")
    assert h.last() == "retention_event_how"
    async with h.db.unit() as uow:
        unchanged = await uow.documents.by_ref(document.ref)
    assert unchanged is not None
    assert (unchanged.awaiting_event, unchanged.dua_end) == ("paiement_solde", None)


def test_start_dates_follow_the_row() -> None:
    referentiel = shipped_referentiel()
    courrier = referentiel.type("courrier")
    row = referentiel.row_of(courrier)
    # « fin du mandat »: the mandate the letter falls in ends with the 2026 elections.
    assert retention.start_of(row, courrier, {}, dt.date(2025, 4, 14)) == dt.date(2026, 3, 31)
    assert retention.start_of(row, courrier, {}, dt.date(2026, 4, 14)) == dt.date(2032, 3, 31)
    inscription = referentiel.type("periscolaire_inscription")
    school = referentiel.row_of(inscription)
    assert retention.start_of(school, inscription, {}, dt.date(2025, 9, 2)) == dt.date(2026, 7, 6)
    assert retention.start_of(school, inscription, {}, dt.date(2026, 3, 2)) == dt.date(2026, 7, 6)
    facture = referentiel.type("facture")
    assert retention.start_of(
        referentiel.row_of(facture), facture, {}, dt.date(2025, 2, 14)
    ) == dt.date(2025, 12, 31)
    marche = referentiel.type("marche")
    assert retention.start_of(referentiel.row_of(marche), marche, {}, dt.date(2025, 5, 19)) is None
    # A generic type of a row counting from the file's closing asks for that date, optionally.
    annexes = referentiel.generic_type(referentiel.rows["admin-extraits-deliberations"])
    assert annexes.start_field is not None
    assert next(f for f in annexes.fields if f.name == annexes.start_field).optional


async def test_documents_filed_by_the_old_rule_wait_again_and_leave_the_bordereau(
    h: Harness,
) -> None:
    """Documents stored as before start events were read (counted from their own date), one
    of them already on a bordereau: at start the rules apply, the bordereau loses it, the
    proposer and the référent are told; a second start changes nothing."""
    from bot import jobs
    from storage.models import Slip, SlipItem, SlipLine, utcnow
    from tests.fixtures import library

    h.clock.current = dt.datetime(2026, 11, 2, 9, 0, tzinfo=dt.UTC)
    async with h.db.unit() as uow:
        old, _ = await library.store(
            uow,
            title="Marché voirie 2014",
            type_id="marche",
            service_id="technique",
            day=dt.date(2014, 5, 2),
        )
        other, _ = await library.store(
            uow,
            title="Marché éclairage 2015",
            type_id="marche",
            service_id="technique",
            day=dt.date(2015, 5, 2),
        )
        facture, _ = await library.store(
            uow,
            title="Facture 2014",
            type_id="facture",
            service_id="technique",
            day=dt.date(2014, 5, 2),
        )
        for document in (old, other):  # as the earlier version left them: due
            document.awaiting_event = None
            document.dua_end = dt.date(2025, 1, 1)
        old.disposal = "proposed"
        await uow.documents.save(old, other)
        assert old.id is not None and facture.id is not None
        await uow.retention.add_slip(
            Slip(
                kind="elimination",
                number="BE-2026-001",
                service_id="technique",
                requester=RENE,
                room_id=DM[RENE],
                status="signing",
                created_at=utcnow(),
            ),
            [
                SlipLine(
                    slip_id=0,
                    number=1,
                    row_id=old.row_id,
                    typologie="Marchés",
                    first=old.document_date,
                    last=old.document_date,
                    count=1,
                    size=1,
                    dua="10 ans",
                    rule="tableau",
                )
            ],
            [SlipItem(slip_id=0, document_id=old.id, line=1)],
        )
    moved = await jobs.apply_retention_rules(h.runner)
    assert moved[("technique", "waiting")] == 2
    assert moved[("technique", "withdrawn")] == 1
    async with h.db.unit() as uow:
        after = {d.id: d for d in await uow.documents.all()}
        item = await uow.retention.pending_item_of(old.id)
    assert item is None
    assert (after[old.id].awaiting_event, after[old.id].dua_end) == ("paiement_solde", None)
    assert after[old.id].disposal == ""
    assert after[other.id].awaiting_event == "paiement_solde"
    assert after[facture.id].dua_end == dt.date(2025, 1, 1)  # its rule did not change
    told = [s.template for s in h.chat.sent if s.user == RENE]
    assert told.count("retention_withdrawn") == 1
    assert told.count("retention_rules_changed") == 1
    assert await due_refs(h, dt.date(2030, 1, 1)) == [facture.id]
    again = await jobs.apply_retention_rules(h.runner)
    assert not again
    assert [s.template for s in h.chat.sent if s.user == RENE].count(
        "retention_rules_changed"
    ) == 1


async def test_a_referent_is_asked_once_a_month_about_what_has_waited_long(h: Harness) -> None:
    from bot import jobs

    await file_marche(h, MARCHE)
    await file_marche(
        h,
        MARCHE | {"objet": "Avenant n° 1"},
        fx.marche_pdf(objet="Avenant n° 1", montant_ht=fx.Decimal("900")),
    )
    await jobs.scan_retention(h.runner)
    asked = [s for s in h.chat.sent if s.template == "retention_waiting"]
    assert asked == [], "filed this month: not waiting long yet"
    h.clock.current = dt.datetime(2026, 7, 1, 9, 0, tzinfo=dt.UTC)
    await jobs.scan_retention(h.runner)
    asked = [s for s in h.chat.sent if s.template == "retention_waiting"]
    assert [s.user for s in asked] == [RENE]
    assert asked[0].message is not None
    (item,) = asked[0].message.context["items"]  # type: ignore[misc]
    assert item["count"] == 2
    assert item["example"] == "dossier 2025 MAPA 07 soldé le JJ/MM/AAAA"
    h.clock.current = dt.datetime(2026, 7, 20, 9, 0, tzinfo=dt.UTC)
    await jobs.scan_retention(h.runner)
    assert len([s for s in h.chat.sent if s.template == "retention_waiting"]) == 1
    # The example works as written; then nothing waits and nobody is asked again.
    await h.say(RENE, DM[RENE], str(item["example"]).replace("JJ/MM/AAAA", "15/07/2026"))
    assert h.last() == "retention_event_recorded"
    h.clock.current = dt.datetime(2026, 8, 3, 9, 0, tzinfo=dt.UTC)
    await jobs.scan_retention(h.runner)
    assert len([s for s in h.chat.sent if s.template == "retention_waiting"]) == 1


async def test_an_extension_given_while_waiting_applies_once_the_retention_begins(
    h: Harness,
) -> None:
    document = await file_marche(h, MARCHE)
    await h.say(RENE, DM[RENE], f"prolonger {document.ref} jusqu'au 31/12/2045 : contentieux")
    async with h.db.unit() as uow:
        waiting = await uow.documents.by_ref(document.ref)
    assert waiting is not None
    assert (waiting.awaiting_event, waiting.dua_end) == ("paiement_solde", None)
    assert await due_refs(h, dt.date(2100, 1, 1)) == []
    h.clock.current = dt.datetime(2027, 3, 20, 9, 0, tzinfo=dt.UTC)
    await h.say(RENE, DM[RENE], "dossier 2025-MAPA-07 soldé le 12/03/2027")
    assert h.last() == "retention_event_recorded"
    async with h.db.unit() as uow:
        started = await uow.documents.by_ref(document.ref)
    assert started is not None
    assert started.dua_end == dt.date(2045, 12, 31)  # later than 1 January 2038: it holds
