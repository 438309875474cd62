"""Retention end to end on the in-memory Chat, real signatures, SQLite and PostgreSQL: the
digest, holds and extensions, and an elimination through the head of service, the maire and
the archives' visa with one line refused.

The world (22 November 2026): René is the urbanisme référent, Marc its head, Jean the maire,
Claire the archivist of the Archives départementales; Sam is a stranger.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from bot import jobs
from circuits.signing import pades as signing
from circuits.signing.service import SignatureService
from retention import digest as retention_digest
from retention import elimination, seda
from storage.db import Database
from storage.models import AuditEntry, Document, Slip, SlipItem
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.harness import Harness
from tests.support.recording import Sent
from workflows.access import Directory, Service
from workflows.circuit_settings import CircuitSettings, Person
from workflows.context import RetentionSettings

RENE = "@rene:mairie.fr"
MARC = "@marc:mairie.fr"
JEAN = "@jean:mairie.fr"
CLAIRE = "@claire:archives.fr"
SAM = "@sam:mairie.fr"
URBA = "!urba:mairie.fr"
DM = {u: f"!dm-{u[1:].split(':')[0]}:mairie.fr" for u in (RENE, MARC, JEAN, CLAIRE, SAM)}
NOW = dt.datetime(2026, 11, 22, 9, 0, tzinfo=dt.UTC)

PEOPLE = (
    Person(RENE, "René", "Garnier", "Référent archives de l'urbanisme"),
    Person(MARC, "Marc", "Petit", "Chef du service urbanisme"),
    Person(JEAN, "Jean", "Martin", "Maire"),
    Person(CLAIRE, "Claire", "Dubois", "Directrice des Archives départementales"),
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> signing.Pkcs12KeyStore:
    return signing.Pkcs12KeyStore(
        tmp_path_factory.mktemp("keys"), b"test-passphrase", "Commune de Saint-Exemple"
    )


@pytest.fixture
async def h(database: Database, tmp_path: Path, keys: signing.Pkcs12KeyStore) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(
        Directory((Service("urbanisme", "Urbanisme", rooms=(URBA,), referent=RENE, head=MARC),))
    )
    harness.settings = dataclasses.replace(
        harness.settings,
        circuits=CircuitSettings(
            people=PEOPLE,
            organisation="Commune de Saint-Exemple",
            public_url="https://greffier.mairie.fr",
            digest_hour=None,
        ),
        retention=RetentionSettings(authority=JEAN, archivist=CLAIRE),
    )
    assert harness.blobs is not None
    harness.signatures = SignatureService(harness.blobs, keys)
    harness.clock.current = NOW
    await harness.members(URBA, RENE)
    for user, room in DM.items():
        await harness.members(room, user)
    return harness


async def file(h: Harness, title: str, type_id: str, day: dt.date) -> Document:
    assert h.blobs is not None
    blob = await h.blobs.put(fx.arrete_pdf() + title.encode())
    async with h.db.unit() as uow:
        document, terms = await library.store(
            uow,
            title=title,
            type_id=type_id,
            service_id="urbanisme",
            room_id=URBA,
            filed_by=RENE,
            day=day,
            sha256=blob.sha256,
        )
    h.vocabulary.update(terms)
    return document


async def scan(h: Harness) -> int:
    async with h.db.unit() as uow:
        return await retention_digest.scan(h.context(uow))


async def complete(h: Harness) -> int:
    """The bot's own job: one transaction per granted bordereau, then its files released."""
    return await jobs.complete_eliminations(h.runner)


def sent_to(h: Harness, user: str, template: str) -> list[tuple[int, Sent]]:
    return [(i, s) for i, s in enumerate(h.chat.sent) if s.user == user and s.template == template]


async def document(h: Harness, document_id: int | None) -> Document:
    async with h.db.unit() as uow:
        found = await uow.documents.get(document_id or 0)
        assert found is not None
        return found


async def answer_request(h: Harness, user: str, event: str, text: str | None = None) -> str:
    """React ✅ to (or answer) the last request sent to `user`."""
    index, _ = sent_to(h, user, "circuit_request")[-1]
    await h.sent_as(index, event)
    if text is None:
        return await h.react(user, DM[user], event, "✅")
    incoming = await h.say(user, DM[user], text, reply_to=event)
    return incoming.event_id


async def test_one_digest_per_period_groups_by_sort_final(h: Harness) -> None:
    await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await file(h, "Facture gaz 2015", "facture", dt.date(2015, 6, 2))
    registre = await file(
        h, "Registre des délibérations 2025", "deliberation", dt.date(2025, 2, 1)
    )
    await file(h, "Facture 2024", "facture", dt.date(2024, 1, 10))  # due in 2035: not yet
    assert await scan(h) == 1
    digests = sent_to(h, RENE, "retention_digest")
    assert len(digests) == 1
    context = digests[0][1].message.context  # type: ignore[union-attr]
    assert context["total"] == 3
    labels = [s["label"] for s in context["sections"]]  # type: ignore[attr-defined]
    assert labels == ["à éliminer", "à verser aux Archives"]
    assert registre.dua_end == dt.date(2027, 1, 1)  # within the 60 days' notice
    assert context["storage"]["total_count"] == 4  # type: ignore[index]
    charts = [s for s in h.chat.sent if s.kind == "file" and s.user == RENE]
    assert len(charts) == 1, "the monthly chart goes with the first digest of the month"
    assert await scan(h) == 0, "a second digest in the same period"
    h.clock.advance(dt.timedelta(days=8))
    assert await scan(h) == 1
    later = sent_to(h, RENE, "retention_digest")
    assert len(later) == 2
    assert later[-1][1].message.context["storage"] is None  # type: ignore[union-attr]


async def test_a_stranger_cannot_act_on_the_digest(h: Harness) -> None:
    await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await scan(h)
    index, _ = sent_to(h, RENE, "retention_digest")[-1]
    await h.sent_as(index, "$digest")
    await h.say(SAM, DM[SAM], "1", reply_to="$digest")
    assert h.last() == "retention_not_yours"
    async with h.db.unit() as uow:
        assert (await uow.session.execute(select(Slip))).first() is None


async def test_hold_and_extension_by_message_are_kept_and_shown(h: Harness) -> None:
    facture = await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await h.say(RENE, DM[RENE], f"geler {facture.ref}")
    assert h.last() == "retention_hold_how"
    await h.say(RENE, DM[RENE], f"geler {facture.ref} : litige avec le fournisseur")
    assert h.last() == "retention_applied"
    assert (await document(h, facture.id)).hold
    await h.say(RENE, DM[RENE], f"statut {facture.ref}")
    shown = h.chat.sent[-1].message
    assert shown is not None and shown.template == "status" and shown.context["held"]
    assert shown.context["retention_actions"][0]["reason"] == "litige avec le fournisseur"
    await h.say(SAM, DM[SAM], f"dégeler {facture.ref}")
    assert (await document(h, facture.id)).hold, "a stranger lifted the hold"
    assert await scan(h) == 0, "a held document is not due"
    await h.say(RENE, DM[RENE], f"dégeler {facture.ref}")
    assert not (await document(h, facture.id)).hold
    await h.say(RENE, DM[RENE], f"prolonger {facture.ref} jusqu'au 31/12/2030 : contrôle CRC")
    assert h.last() == "retention_applied"
    assert (await document(h, facture.id)).dua_end == dt.date(2030, 12, 31)
    async with h.db.unit() as uow:
        actions = await uow.retention.actions_of(facture.id or 0)
    assert [(a.kind, a.actor) for a in actions] == [("hold", RENE), ("extension", RENE)]
    assert actions[0].ended_by == RENE and actions[1].previous_dua_end == dt.date(2025, 1, 1)
    assert await scan(h) == 0, "an extended document is not due any more"


async def test_elimination_with_one_line_refused_destroys_only_the_visad_documents(
    h: Harness,
) -> None:
    water = await file(h, "Facture eau Dupond 2014", "facture", dt.date(2014, 5, 2))
    gas = await file(h, "Facture gaz 2014", "facture", dt.date(2014, 9, 2))
    works = await file(h, "Arrêté travaux rue Haute", "arrete_temporaire", dt.date(2019, 4, 1))
    late = await file(h, "Arrêté marché de Noël", "arrete_temporaire", dt.date(2019, 12, 1))
    held = await file(h, "Facture litige 2014", "facture", dt.date(2014, 3, 3))
    await h.say(RENE, DM[RENE], f"geler {held.ref} : litige")
    await scan(h)
    index, _ = sent_to(h, RENE, "retention_digest")[-1]
    await h.sent_as(index, "$digest")
    await h.say(RENE, DM[RENE], "1", reply_to="$digest")
    assert h.last() == "elimination_proposed", h.chat.templates()
    async with h.db.unit() as uow:
        slip = (await uow.session.execute(select(Slip))).scalars().one()
        lines = await uow.retention.lines(slip.id or 0)
        items = await uow.retention.items(slip.id or 0)
    assert slip.number == "BE-2026-001" and slip.status == "signing"
    assert sorted((line.row_id, line.count) for line in lines) == [
        ("admin-arretes-temporaires", 2),
        ("fin-pieces-justificatives", 2),
    ]
    assert held.id not in {i.document_id for i in items}, "a held document was proposed"
    table = next(s for s in h.chat.sent if s.kind == "file" and (s.event or "").endswith(".csv"))
    assert h.blobs is not None and table.key is not None
    rows = h.blobs.read_bytes(table.key).decode("utf-8-sig").splitlines()
    assert rows[0].startswith("N°;Typologie") and len(rows) == 3
    # Marc withdraws one document by freezing it while the bordereau is signed.
    await h.say(RENE, DM[RENE], f"geler {late.ref} : contrôle de légalité")
    assert sent_to(h, RENE, "retention_withdrawn")
    await answer_request(h, MARC, "$req-marc")
    await answer_request(h, JEAN, "$req-jean")
    archivist_request = sent_to(h, CLAIRE, "circuit_request")[-1][1]
    assert archivist_request.message is not None
    assert archivist_request.message.context["visa_lines"], "the archivist does not see lines"
    arretes = next(line.number for line in lines if line.row_id == "admin-arretes-temporaires")
    await h.say(CLAIRE, DM[CLAIRE], f"oui sauf {arretes} : intérêt historique")
    async with h.db.unit() as uow:
        slip = await uow.retention.slip(slip.id or 0)
        assert slip is not None and slip.status == "granted"
    assert (await document(h, water.id)).disposal == "proposed", "destroyed before the job ran"
    # The destruction runs in its own transaction; a second run (after a restart) does nothing.
    assert await complete(h) == 2
    assert await complete(h) == 0
    assert h.blobs is not None
    for gone in (water, gas):
        row = await document(h, gone.id)
        assert row.disposal == "eliminated" and row.text == "" and row.fields == {}
        assert not h.blobs.exists(gone.sha256), "the file of a destroyed document stayed"
    kept = await document(h, works.id)
    assert kept.disposal == "" and kept.sort == "C" and h.blobs.exists(works.sha256)
    assert (await document(h, late.id)).disposal == ""
    assert h.blobs.exists(held.sha256) and (await document(h, held.id)).disposal == ""
    await h.say(RENE, DM[RENE], "cherche facture eau dupond")
    assert h.last() in ("search_none", "search_results"), h.last()
    found_refs = str(h.chat.sent[-1].message.context if h.chat.sent[-1].message else "")
    assert water.ref not in found_refs
    async with h.db.unit() as uow:
        slip = await uow.retention.slip(slip.id or 0)
        assert slip is not None and slip.status == "destroyed"
        proof = await uow.documents.get(slip.record_document_id or 0)
        bordereau = await uow.documents.get(slip.document_id or 0)
        entries = (await uow.session.execute(select(AuditEntry))).scalars().all()
        item_states = {
            i.document_id: i.status
            for i in (await uow.session.execute(select(SlipItem))).scalars().all()
        }
    assert proof is not None and bordereau is not None
    assert h.blobs.exists(proof.sha256) and h.blobs.exists(bordereau.sha256)
    assert bordereau.dua_end is None and bordereau.sort == "C", "the bordereau must be kept"
    assert item_states == {
        water.id: "destroyed",
        gas.id: "destroyed",
        works.id: "kept",
        late.id: "withdrawn",
    }
    eliminated = [e.subject for e in entries if e.action == "document.eliminated"]
    assert sorted(eliminated) == sorted([water.ref, gas.ref]), "destroyed twice or not at all"
    assert sent_to(h, RENE, "elimination_done")


async def test_the_archives_refusing_everything_gives_the_documents_back(h: Harness) -> None:
    facture = await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await h.say(RENE, DM[RENE], "éliminer")
    assert h.last() == "elimination_proposed", h.chat.templates()
    await answer_request(h, MARC, "$r1")
    await answer_request(h, JEAN, "$r2")
    await h.say(CLAIRE, DM[CLAIRE], "non, dossier à garder pour l'histoire de la commune")
    async with h.db.unit() as uow:
        slip = (await uow.session.execute(select(Slip))).scalars().one()
    assert slip.status == "refused"
    assert (await document(h, facture.id)).disposal == ""
    assert await complete(h) == 0
    assert h.blobs is not None and h.blobs.exists(facture.sha256)


def test_partial_visa_words() -> None:
    partial = elimination.read_partial("oui sauf 2 et 3 : intérêt historique")
    assert partial is not None and partial.refused == {2, 3}
    assert partial.reason == "intérêt historique"
    assert elimination.read_partial("Visa sauf la ligne 4") == elimination.PartialVisa(
        frozenset({4}), None
    )
    assert elimination.read_partial("oui") is None
    assert elimination.read_partial("oui mais pas l'article 2") is None


async def test_transfer_sends_a_valid_seda_package_and_waits_for_the_archives(
    h: Harness,
) -> None:
    registre = await file(
        h, "Registre des délibérations 2024", "deliberation", dt.date(2024, 6, 1)
    )
    facture = await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await h.say(RENE, DM[RENE], "verser")
    assert h.last() == "transfer_sent", h.chat.templates()
    files = [s for s in h.chat.sent if s.user == CLAIRE and s.kind == "file"]
    assert h.blobs is not None and len(files) == 2
    async with h.db.unit() as uow:
        slip = (await uow.session.execute(select(Slip))).scalars().one()
    assert slip.kind == "transfer" and slip.package_sha256
    package = h.blobs.read_bytes(slip.package_sha256)
    with zipfile.ZipFile(io.BytesIO(package)) as archive:
        manifest = archive.read("manifest.xml")
        packed = [n for n in archive.namelist() if n.startswith("content/")]
    assert seda.validate(manifest) == [] and len(packed) == 1
    assert registre.ref.encode() in manifest and facture.ref.encode() not in manifest
    assert (await document(h, registre.id)).disposal == "proposed"
    request_index, _ = sent_to(h, CLAIRE, "transfer_request")[-1]
    await h.sent_as(request_index, "$transfer")
    await h.react(SAM, DM[SAM], "$transfer", "✅")
    assert h.last() == "transfer_not_yours"
    assert (await document(h, registre.id)).disposal == "proposed"
    await h.say(CLAIRE, DM[CLAIRE], "reçu, merci", reply_to="$transfer")
    assert (await document(h, registre.id)).disposal == "transferred"
    assert sent_to(h, RENE, "transfer_decided")
    await h.react(CLAIRE, DM[CLAIRE], "$transfer", "✅")
    assert h.last() == "transfer_already"


async def test_storage_report_counts_what_the_asker_may_see_and_draws_it(h: Harness) -> None:
    await file(h, "Facture eau 2014", "facture", dt.date(2014, 5, 2))
    await file(h, "Facture gaz 2024", "facture", dt.date(2024, 5, 2))
    await h.say(RENE, DM[RENE], "stockage")
    report = [s for s in h.chat.sent if s.template == "storage_report"][-1]
    assert report.message is not None
    context = report.message.context
    assert context["total_count"] == 2
    assert context["services"] == [{"name": "Urbanisme", "count": 2, "size": context["total"]}]
    assert context["freeable"] != "0 octets", "the due facture can be eliminated"
    picture = [s for s in h.chat.sent if s.kind == "file"][-1]
    assert h.blobs is not None and picture.event == "stockage.png" and picture.key
    png = h.blobs.read_bytes(picture.key)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 10_000
    async with h.db.unit() as uow:
        assert await uow.retention.volume_by("service", ["rh"]) == []
    await h.say(SAM, DM[SAM], "stockage")
    assert h.last() == "storage_none"
