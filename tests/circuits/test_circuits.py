"""Signature circuits end to end on the in-memory Chat, real signatures, SQLite and PostgreSQL.

The world: Agnès (urbanisme agent) asks; Paul (DGS) and Fanny (finances) give visas in
parallel; Jean (maire) signs; Alice (première adjointe) may sign by delegation; Sam is a
stranger to the circuit.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import select

from circuits import reminders
from circuits.signing import pades as signing
from circuits.signing.service import SignatureService
from storage.db import Database
from storage.models import AuditEntry, Circuit, CircuitTask, Document
from tests.fixtures import documents as fx
from tests.fixtures import library
from tests.harness import Harness
from tests.support.recording import Sent
from workflows import identity
from workflows.access import Directory, Service
from workflows.circuit_settings import CircuitModel, CircuitSettings, Person, StepSpec
from workflows.ports import SenderDevice

AGNES = "@agnes:mairie.fr"
PAUL = "@paul:mairie.fr"
FANNY = "@fanny:mairie.fr"
JEAN = "@jean:mairie.fr"
ALICE = "@alice:mairie.fr"
SAM = "@sam:mairie.fr"
URBA = "!urba:mairie.fr"
DM = {u: f"!dm-{u[1:].split(':')[0]}:mairie.fr" for u in (AGNES, PAUL, FANNY, JEAN, ALICE, SAM)}

PEOPLE = (
    Person(PAUL, "Paul", "Lemaire", "Directeur général des services"),
    Person(FANNY, "Fanny", "Roux", "Responsable des finances"),
    Person(JEAN, "Jean", "Martin", "Maire"),
    Person(ALICE, "Alice", "Durand", "Première adjointe"),
    Person(AGNES, "Agnès", "Petit", "Instructrice urbanisme"),
)
MODEL = CircuitModel(
    id="arrete-maire",
    name="Arrêté du maire",
    steps=(StepSpec("visa", (PAUL, FANNY)), StepSpec("signature", (JEAN,))),
)


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> signing.Pkcs12KeyStore:
    """One authority and one key per signer for the module: key generation is the slow part."""
    return signing.Pkcs12KeyStore(
        tmp_path_factory.mktemp("keys"), b"test-passphrase", "Commune de Saint-Exemple"
    )


def circuit_settings(**changes: object) -> CircuitSettings:
    values: dict[str, object] = {
        "people": PEOPLE,
        "models": (MODEL,),
        "organisation": "Commune de Saint-Exemple",
        "public_url": "https://greffier.mairie.fr",
        "digest_hour": None,
    }
    values.update(changes)
    return CircuitSettings(**values)  # type: ignore[arg-type]


@pytest.fixture
async def h(database: Database, tmp_path: Path, keys: signing.Pkcs12KeyStore) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(Directory((Service("urbanisme", "Urbanisme", rooms=(URBA,)),)))
    import dataclasses

    harness.settings = dataclasses.replace(harness.settings, circuits=circuit_settings())
    assert harness.blobs is not None
    harness.signatures = SignatureService(harness.blobs, keys)
    await harness.members(URBA, AGNES)
    for user, room in DM.items():
        await harness.members(room, user)
    return harness


async def filed(h: Harness) -> Document:
    assert h.blobs is not None
    ref = await h.blobs.put(fx.arrete_pdf())
    async with h.db.unit() as uow:
        document, terms = await library.store(
            uow,
            title="Arrêté de circulation rue des Lilas",
            type_id="arrete_temporaire",
            service_id="urbanisme",
            room_id=URBA,
            filed_by=AGNES,
            sha256=ref.sha256,
        )
    h.vocabulary.update(terms)
    return document


def to(h: Harness, user: str, since: int = 0) -> list[tuple[int, Sent]]:
    return [(i, s) for i, s in enumerate(h.chat.sent) if i >= since and s.user == user]


def request_index(h: Harness, user: str, since: int = 0) -> int:
    """The index of the last request message sent to `user` (to react or reply to it)."""
    found = [i for i, s in to(h, user, since) if s.template == "circuit_request"]
    assert found, f"no request for {user}: {h.chat.templates()}"
    return found[-1]


async def launch(h: Harness, document: Document) -> None:
    await h.say(AGNES, DM[AGNES], f"circuit {document.ref}")
    assert h.last() == "circuit_ask_model"
    await h.say(AGNES, DM[AGNES], "1")
    confirm = h.chat.sent[-1]
    assert confirm.template == "circuit_confirm"
    shown = h.chat.sent[-1].message
    assert shown is not None
    html = str(shown.context["steps"])
    for person in ("Paul Lemaire, Directeur général des services", "Jean Martin, Maire"):
        assert person in html
    await h.say(AGNES, DM[AGNES], "1")
    assert h.last() == "circuit_started"


async def tasks_of(h: Harness) -> list[CircuitTask]:
    async with h.db.unit() as uow:
        result = await uow.session.execute(select(CircuitTask).order_by(CircuitTask.id))
        return list(result.scalars().all())


async def the_circuit(h: Harness) -> Circuit:
    async with h.db.unit() as uow:
        result = await uow.session.execute(select(Circuit).order_by(Circuit.id.desc()))  # type: ignore[union-attr]
        circuit = result.scalars().first()
        assert circuit is not None
        return circuit


async def test_mixed_circuit_by_reaction_and_by_word_gives_a_valid_signed_pdf(
    h: Harness, keys: signing.Pkcs12KeyStore
) -> None:
    document = await filed(h)
    before = len(h.chat.sent)
    await launch(h, document)
    # the two visas open together, each with the document attached; the maire waits
    for user in (PAUL, FANNY):
        kinds = [s.kind for _, s in to(h, user, before)]
        assert kinds == ["file", "direct"]
    assert to(h, JEAN, before) == []
    await h.sent_as(request_index(h, PAUL), "$req-paul")
    assert await h.react(PAUL, DM[PAUL], "$req-paul", "✅") == "circuit-visa"
    assert to(h, JEAN, before) == []  # one visa of two: the step is still open
    await h.say(FANNY, DM[FANNY], "oui")
    assert [s.template for _, s in to(h, JEAN, before)] == [None, "circuit_request"]
    await h.say(JEAN, DM[JEAN], "Je signe")
    circuit = await the_circuit(h)
    assert circuit.status == "signed"
    templates = [s.template for _, s in to(h, AGNES, before)]
    assert "circuit_done" in templates
    files = [s for _, s in to(h, AGNES, before) if s.kind == "file"]
    assert files[0].key == circuit.current_sha256
    # the signed PDF validates: intact, trusted, the maire's name and qualité
    assert h.blobs is not None
    signed = await h.blobs.get(circuit.current_sha256)
    result = await asyncio.to_thread(signing.verify, signed, keys.trust_roots())
    assert result.intact
    assert [(s.signer_name, s.qualite) for s in result.signatures] == [("Jean Martin", "Maire")]
    # evidence: each step's who, what, channel, event id and hashes
    assert circuit.evidence_json_sha256 is not None
    evidence = json.loads(await h.blobs.get(circuit.evidence_json_sha256))
    steps = evidence["steps"]
    assert [(s["actor_id"], s["action"], s["channel"]) for s in steps] == [
        (PAUL, "visa", "réaction"),
        (FANNY, "visa", "message"),
        (JEAN, "signature", "message"),
    ]
    assert all(s["event_id"].startswith("$") for s in steps)
    assert steps[2]["sha256_after"] == circuit.current_sha256
    assert evidence["original_sha256"] == document.sha256
    async with h.db.unit() as uow:
        entries = await uow.audit.entries()
        assert (await uow.audit.verify()).intact
    actions = [e.action for e in entries]
    assert actions.count("circuit.visa") == 2
    assert "circuit.signature" in actions
    assert "circuit.signed" in actions
    # the bordereau pins the circuit's audit entries by their hashes
    pinned = {(a["seq"], a["action"], a["hash"]) for a in evidence["audit"]}
    written = {
        (e.seq, e.action, e.hash)
        for e in entries
        if e.action in ("circuit.started", "circuit.visa", "circuit.signature")
    }
    assert pinned == written


async def test_a_rejection_needs_a_reason_and_tells_the_requester_and_earlier_actors(
    h: Harness,
) -> None:
    document = await filed(h)
    await launch(h, document)
    await h.say(PAUL, DM[PAUL], "oui")
    await h.say(FANNY, DM[FANNY], "ok")
    before = len(h.chat.sent)
    await h.say(JEAN, DM[JEAN], "non")
    assert h.last() == "circuit_ask_reason"
    assert (await the_circuit(h)).status == "running"
    await h.say(JEAN, DM[JEAN], "le montant ne correspond pas au devis")
    circuit = await the_circuit(h)
    assert circuit.status == "rejected"
    told = {s.user for s in h.chat.sent[before:] if s.template == "circuit_rejected"}
    assert told == {AGNES, PAUL, FANNY}
    rejected = next(s for s in h.chat.sent[before:] if s.template == "circuit_rejected")
    assert rejected.message is not None
    assert rejected.message.context["reason"] == "le montant ne correspond pas au devis"
    tasks = await tasks_of(h)
    assert [t.status for t in tasks] == ["approved", "approved", "rejected"]


async def test_a_strangers_reaction_a_double_tap_and_an_old_message_are_never_counted(
    h: Harness,
) -> None:
    document = await filed(h)
    await launch(h, document)
    await h.sent_as(request_index(h, PAUL), "$req-paul")
    # Sam reacts on Paul's request (he was let into the room): not counted, told why
    assert await h.react(SAM, DM[PAUL], "$req-paul", "✅") == "circuit-not-yours"
    assert [t.status for t in await tasks_of(h)][:2] == ["open", "open"]
    # Paul taps twice: counted once, the second says nothing
    assert await h.react(PAUL, DM[PAUL], "$req-paul", "✅") == "circuit-visa"
    quiet = len(h.chat.sent)
    assert await h.react(PAUL, DM[PAUL], "$req-paul", "✅") == "circuit-double"
    assert len(h.chat.sent) == quiet
    # an emoji that is not a decision is ignored
    assert await h.react(FANNY, DM[FANNY], "$req-paul", "🎉") == "circuit-ignored"
    # the circuit is cancelled: a reaction on the old request is answered, not counted
    await h.sent_as(request_index(h, FANNY), "$req-fanny")
    await h.say(AGNES, DM[AGNES], f"annuler le circuit {document.ref}")
    assert h.last() == "circuit_cancelled"
    assert await h.react(FANNY, DM[FANNY], "$req-fanny", "✅") == "circuit-already"
    statuses = [t.status for t in await tasks_of(h)]
    assert statuses == ["approved", "cancelled", "cancelled"]


async def test_a_redacted_reaction_takes_the_visa_back_while_the_step_is_open(
    h: Harness,
) -> None:
    document = await filed(h)
    await launch(h, document)
    await h.sent_as(request_index(h, PAUL), "$req-paul")
    reaction = h.incoming(PAUL, DM[PAUL], kind="reaction", reacts_to="$req-paul", reaction="✅")
    assert await h.deliver(reaction) == "circuit-visa"
    redaction = h.incoming(PAUL, DM[PAUL], kind="redaction", redacts=reaction.event_id)
    assert await h.deliver(redaction) == "circuit-withdrawn"
    assert [t.status for t in await tasks_of(h)] == ["open", "open", "waiting"]
    # someone else redacting their own unrelated event changes nothing
    other = h.incoming(SAM, DM[SAM], kind="redaction", redacts=reaction.event_id)
    assert await h.deliver(other) == "ignored"


async def test_a_delegate_signs_within_the_dates_and_is_refused_outside(
    h: Harness, keys: signing.Pkcs12KeyStore
) -> None:
    h.clock.current = dt.datetime(2026, 8, 3, 8, 0, tzinfo=dt.UTC)
    await h.say(JEAN, DM[JEAN], f"délégation à {ALICE} du 1er au 15 août")
    assert h.last() == "delegation_done" or "delegation_received" in h.chat.templates()
    document = await filed(h)
    await launch(h, document)
    await h.say(PAUL, DM[PAUL], "oui")
    await h.say(FANNY, DM[FANNY], "oui")
    # the step opens: both the maire and his delegate are told
    assert any(s.template == "circuit_request" for _, s in to(h, ALICE))
    await h.sent_as(request_index(h, ALICE), "$req-alice")
    assert await h.react(ALICE, DM[ALICE], "$req-alice", "✅") == "circuit-signed"
    circuit = await the_circuit(h)
    assert h.blobs is not None
    result = await asyncio.to_thread(
        signing.verify, await h.blobs.get(circuit.current_sha256), keys.trust_roots()
    )
    assert result.intact
    (signature,) = result.signatures
    assert signature.signer_name == "Alice Durand"
    assert signature.qualite == "Première adjointe"
    assert signature.reason is not None and "par délégation" in signature.reason
    assert "Jean Martin" in signature.reason
    tasks = await tasks_of(h)
    assert tasks[-1].acted_by == ALICE and tasks[-1].on_behalf is not None

    # a second document after the delegation ended: Alice is refused, with the dates
    h.clock.current = dt.datetime(2026, 8, 20, 8, 0, tzinfo=dt.UTC)
    second = await filed(h)
    await launch(h, second)
    await h.say(PAUL, DM[PAUL], "oui")
    await h.say(FANNY, DM[FANNY], "oui")
    await h.sent_as(request_index(h, JEAN), "$req-jean-2")
    assert await h.react(ALICE, DM[JEAN], "$req-jean-2", "✅") == "circuit-not-yours"
    refusal = h.chat.sent[-1]
    assert refusal.message is not None and refusal.message.context["delegation"] is not None
    assert (await the_circuit(h)).status == "running"


async def test_statut_follows_the_circuit_and_only_the_requester_cancels(h: Harness) -> None:
    document = await filed(h)
    await launch(h, document)
    await h.say(PAUL, DM[PAUL], "oui")
    await h.say(AGNES, DM[AGNES], f"statut {document.ref}")
    status = h.chat.sent[-1]
    assert status.template == "status" and status.message is not None
    circuit = status.message.context["circuit"]
    assert [s["status"] for s in circuit["steps"]] == ["approved", "open", "waiting"]
    assert status.message.context["state"] == "en circuit de signature"
    await h.say(FANNY, DM[FANNY], f"annuler le circuit {document.ref}")
    assert h.last() == "circuit_cancel_refused"
    await h.say(AGNES, DM[AGNES], "annuler le circuit")
    assert h.last() == "circuit_cancelled"
    assert (await the_circuit(h)).status == "cancelled"


async def test_composing_a_circuit_step_by_step(h: Harness) -> None:
    document = await filed(h)
    await h.say(AGNES, DM[AGNES], f"circuit {document.ref}")
    await h.say(AGNES, DM[AGNES], "2")  # compose
    assert h.last() == "circuit_ask_kind"
    await h.say(AGNES, DM[AGNES], "visa")
    assert h.last() == "circuit_ask_actors"
    await h.say(AGNES, DM[AGNES], "9")  # no such person: asked again, nothing lost
    assert h.last() == "circuit_ask_actors"
    await h.say(AGNES, DM[AGNES], "1 et 2")
    await h.say(AGNES, DM[AGNES], "2")  # signature
    await h.say(AGNES, DM[AGNES], "Martin")
    await h.say(AGNES, DM[AGNES], "3")  # c'est tout
    assert h.last() == "circuit_confirm"
    shown = h.chat.sent[-1].message
    assert shown is not None
    steps = shown.context["steps"]
    assert [(s["kind"], s["parallel"]) for s in steps] == [("visa", True), ("signature", False)]
    await h.say(AGNES, DM[AGNES], "lancer le circuit")
    assert h.last() == "circuit_started"
    assert [t.actor for t in await tasks_of(h)] == [PAUL, FANNY, JEAN]


async def test_several_waiting_requests_are_told_apart_by_number(h: Harness) -> None:
    first, second = await filed(h), await filed(h)
    await launch(h, first)
    await launch(h, second)
    await h.say(PAUL, DM[PAUL], "oui")
    assert h.last() == "circuit_which"
    await h.say(PAUL, DM[PAUL], "non 2 pas le bon arrêté")
    tasks = await tasks_of(h)
    assert [t.status for t in tasks if t.actor == PAUL] == ["open", "rejected"]


async def test_reminders_are_one_digest_per_person_per_day_then_escalate(h: Harness) -> None:
    import dataclasses

    h.settings = dataclasses.replace(
        h.settings, circuits=circuit_settings(escalate_after=2, digest_hour=9)
    )
    first, second = await filed(h), await filed(h)
    await launch(h, first)
    await launch(h, second)

    async def sweep() -> list[Sent]:
        before = len(h.chat.sent)
        async with h.db.unit() as uow:
            await reminders.sweep(h.context(uow))
        return h.chat.sent[before:]

    assert await sweep() == []  # nothing due yet
    h.clock.advance(dt.timedelta(days=3))  # Monday 9:00 + 3 days: past two working days
    sent = await sweep()
    digests = [s for s in sent if s.template == "circuit_digest"]
    assert sorted(s.user for s in digests) == [FANNY, PAUL]
    assert all(s.message and len(s.message.context["items"]) == 2 for s in digests)
    assert await sweep() == []  # the same day: never twice
    h.clock.advance(dt.timedelta(days=1))
    sent = await sweep()
    assert sorted(s.user for s in sent if s.template == "circuit_digest") == [FANNY, PAUL]
    escalations = [s for s in sent if s.template == "circuit_escalation"]
    assert [s.user for s in escalations] == [AGNES]
    h.clock.advance(dt.timedelta(days=1))
    assert not [s for s in await sweep() if s.template == "circuit_escalation"]


async def test_verifier_checks_a_signed_pdf_and_reports_a_modified_one(h: Harness) -> None:
    document = await filed(h)
    await launch(h, document)
    for user in (PAUL, FANNY, JEAN):
        await h.say(user, DM[user], "oui")
    circuit = await the_circuit(h)
    assert h.blobs is not None
    signed = await h.blobs.get(circuit.current_sha256)
    await h.say(SAM, DM[SAM], "vérifier")
    assert h.last() == "verify_send"
    await h.upload(SAM, DM[SAM], signed, "arrete-signe.pdf")
    result = h.chat.sent[-1]
    assert result.template == "verify_result" and result.message is not None
    assert result.message.context["intact"] is True
    assert result.message.context["known"]["ref"] == document.ref
    tampered = bytearray(signed)
    at = signed.index(b"/UseNone")  # in the first revision: covered by every signature
    tampered[at + 7] = ord("a")
    await h.say(SAM, DM[SAM], "vérifier")
    await h.upload(SAM, DM[SAM], bytes(tampered), "arrete-modifie.pdf")
    result = h.chat.sent[-1]
    assert result.template == "verify_result" and result.message is not None
    assert result.message.context["intact"] is False
    assert result.message.context["known"] is None
    async with h.db.unit() as uow:
        count = len((await uow.session.execute(select(Document))).scalars().all())
    assert count == 1  # nothing sent to « vérifier » is filed


async def test_the_circuit_participants_may_find_the_document(h: Harness) -> None:
    document = await filed(h)
    await launch(h, document)
    async with h.db.unit() as uow:
        seen = await uow.circuits.documents_of(PAUL)
        assert document.id in seen
        assert document.id not in await uow.circuits.documents_of(SAM)
        entries = (await uow.session.execute(select(AuditEntry))).scalars().all()
    assert any(e.action == "circuit.started" for e in entries)


async def test_once_signed_a_search_hands_out_the_signed_version(h: Harness) -> None:
    document = await filed(h)
    await launch(h, document)
    for user in (PAUL, FANNY, JEAN):
        await h.say(user, DM[user], "oui")
    circuit = await the_circuit(h)
    await h.say(AGNES, DM[AGNES], "cherche arrêté circulation lilas")
    assert h.last() == "search_results"
    await h.say(AGNES, DM[AGNES], "1")
    sent = h.chat.sent[-1]
    assert sent.kind == "file"
    assert sent.key == circuit.current_sha256 != document.sha256
    assert sent.event is not None and sent.event.endswith("-signe.pdf")


async def test_two_signatures_in_turn_both_stay_valid(
    h: Harness, keys: signing.Pkcs12KeyStore
) -> None:
    document = await filed(h)
    await h.say(AGNES, DM[AGNES], f"circuit {document.ref}")
    for answer in ("2", "2", "Martin", "2", "Durand", "3"):  # compose: signature, signature
        await h.say(AGNES, DM[AGNES], answer)
    assert h.last() == "circuit_confirm"
    await h.say(AGNES, DM[AGNES], "1")
    await h.say(JEAN, DM[JEAN], "oui")
    await h.say(ALICE, DM[ALICE], "je signe")
    circuit = await the_circuit(h)
    assert circuit.status == "signed"
    assert h.blobs is not None
    result = await asyncio.to_thread(
        signing.verify, await h.blobs.get(circuit.current_sha256), keys.trust_roots()
    )
    assert result.intact
    assert [(s.signer_name, s.qualite, s.valid) for s in result.signatures] == [
        ("Jean Martin", "Maire", True),
        ("Alice Durand", "Première adjointe", True),
    ]
    tasks = await tasks_of(h)
    assert tasks[1].sha256_before == tasks[0].sha256_after  # laid on top of the first


async def test_verifier_answers_garbage_and_encrypted_files_in_plain_french(h: Harness) -> None:
    for data, name in ((b"pas un pdf du tout", "faux.pdf"), (fx.encrypted_pdf(), "secret.pdf")):
        await h.say(SAM, DM[SAM], "vérifier")
        await h.upload(SAM, DM[SAM], data, name)
        result = h.chat.sent[-1]
        assert result.template == "verify_result" and result.message is not None
        assert result.message.context["intact"] is False
        assert result.message.context["summary"]
    async with h.db.unit() as uow:
        assert await uow.dialogues.all() == []


async def test_a_file_dropped_while_a_circuit_is_being_set_up_is_explained(h: Harness) -> None:
    document = await filed(h)
    await h.say(AGNES, DM[AGNES], f"circuit {document.ref}")
    await h.upload(AGNES, DM[AGNES], fx.facture_pdf(), "facture.pdf")
    asked = h.chat.sent[-1]
    assert asked.template == "circuit_ask_model" and asked.message is not None
    assert "terminez-le" in str(asked.message.context["problem"])
    async with h.db.unit() as uow:
        assert [d.kind for d in await uow.dialogues.all()] == ["circuit-setup"]
        assert len((await uow.session.execute(select(Document))).scalars().all()) == 1


async def test_an_unclear_answer_is_asked_again_and_counts_nothing(h: Harness) -> None:
    document = await filed(h)
    await launch(h, document)
    await h.say(PAUL, DM[PAUL], "oui mais pas avant lundi")
    assert h.last() == "circuit_how"
    await h.say(PAUL, DM[PAUL], "bon courage")  # chat, not a decision
    assert h.last() != "circuit_recorded"
    assert [t.status for t in await tasks_of(h)][:2] == ["open", "open"]


# --- sessions and identities (Element's "exclude insecure devices") ---------------------------

JEAN_KEY = "jeanMasterKeyAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
JEAN_NEW_KEY = "jeanNewMasterKeyBBBBBBBBBBBBBBBBBBBBBBBBBBB"


def session(device: str, signed: bool, key: str | None = JEAN_KEY) -> dict[str, object]:
    """The fields the bot fills for an encrypted event from `device`."""
    return {
        "room_encrypted": True,
        "sender_key": f"curve-{device}",
        "device": SenderDevice(device_id=device, cross_signed=signed, identity=key),
    }


async def jean_is_asked(h: Harness, *, exclude: bool = True) -> int:
    """A circuit whose visas are given: the maire's signature request is waiting."""
    import dataclasses

    h.settings = dataclasses.replace(h.settings, exclude_insecure_devices=exclude)
    document = await filed(h)
    await launch(h, document)
    for user in (PAUL, FANNY):
        await h.say(user, DM[user], "oui", **session(f"{user[1:5]}DEV", True, f"key-{user}"))
    index = request_index(h, JEAN)
    await h.sent_as(index, "$req-jean")
    return index


async def test_an_unverified_session_cannot_sign_and_the_person_is_told_once(h: Harness) -> None:
    await jean_is_asked(h)
    before = len(h.chat.sent)
    outcome = await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **session("STOLEN", False))
    assert outcome == "device-unverified"
    assert [t.status for t in await tasks_of(h) if t.actor == JEAN] == ["open"]
    told = [s for _, s in to(h, JEAN, before)]
    assert [s.template for s in told] == ["device_unverified"]
    assert told[0].message is not None and told[0].message.context["device"] == "STOLEN"
    # the same session again: still nothing counted, and no second lecture
    assert await h.say(JEAN, DM[JEAN], "oui", **session("STOLEN", False))
    assert [t.status for t in await tasks_of(h) if t.actor == JEAN] == ["open"]
    assert [s.template for _, s in to(h, JEAN, before)] == ["device_unverified"]
    async with h.db.unit() as uow:
        refused = [e for e in await uow.audit.entries() if e.action == "device.unverified"]
    assert [e.details["device_id"] for e in refused] == ["STOLEN", "STOLEN"]
    # his verified phone signs; the evidence names that session
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **session("PHONE", True)) == (
        "circuit-signed"
    )
    task = next(t for t in await tasks_of(h) if t.actor == JEAN)
    assert (task.status, task.device_id, task.device_verified) == ("approved", "PHONE", True)
    circuit = await the_circuit(h)
    assert h.blobs is not None and circuit.evidence_json_sha256 is not None
    evidence = json.loads(await h.blobs.get(circuit.evidence_json_sha256))
    assert [(s["device_id"], s["device_verified"]) for s in evidence["steps"]] == [
        ("paulDEV", True),
        ("fannDEV", True),
        ("PHONE", True),
    ]


async def test_a_changed_identity_blocks_signatures_until_its_owner_confirms(h: Harness) -> None:
    await jean_is_asked(h)
    async with h.db.unit() as uow:  # the bot saw Jean's identity earlier
        assert await identity.observe(h.context(uow), JEAN, JEAN_KEY) == "pinned"
    # His password was used to reset his identity: the server now shows another key.
    before = len(h.chat.sent)
    async with h.db.unit() as uow:
        assert await identity.observe(h.context(uow), JEAN, JEAN_NEW_KEY) == "changed"
    warning = [(i, s) for i, s in to(h, JEAN, before)]
    assert [s.template for _, s in warning] == ["identity_changed"]
    # A session signed by the new identity tries to sign: refused, with the reason.
    new_phone = session("NEWPHONE", True, JEAN_NEW_KEY)
    outcome = await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **new_phone)
    assert outcome == "circuit-identity-refused"
    assert h.last() == "identity_decision_refused"
    assert [t.status for t in await tasks_of(h) if t.actor == JEAN] == ["open"]
    # A confirmation from a session of the old identity does not count.
    await h.sent_as(warning[0][0], "$warning")
    old_phone = session("OLDPHONE", True, JEAN_KEY)
    assert await h.react(JEAN, DM[JEAN], "$warning", "✅", **old_phone) == (
        "identity-not-confirmed"
    )
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **new_phone) == (
        "circuit-identity-refused"
    )
    # Jean confirms from the new session: his signature counts again.
    assert await h.react(JEAN, DM[JEAN], "$warning", "✅", **new_phone) == "identity-confirmed"
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **new_phone) == "circuit-signed"
    async with h.db.unit() as uow:
        actions = [e.action for e in await uow.audit.entries()]
    assert actions.count("identity.changed") == 1
    assert actions.count("identity.confirmed") == 1
    assert actions.count("circuit.identity_refused") == 2


async def test_a_change_not_yet_seen_is_caught_at_the_decision(h: Harness) -> None:
    """The key query that would show the change has not run yet: the decision compares the
    signing identity with the pinned one itself."""
    await jean_is_asked(h)
    async with h.db.unit() as uow:
        await identity.observe(h.context(uow), JEAN, JEAN_KEY)
    other = session("NEWPHONE", True, JEAN_NEW_KEY)
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **other) == (
        "circuit-identity-refused"
    )
    assert "identity_changed" in [s.template for _, s in to(h, JEAN)]


async def test_no_signature_from_an_unencrypted_room_when_sessions_are_checked(
    h: Harness,
) -> None:
    await jean_is_asked(h)
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅") == "circuit-identity-refused"
    assert h.last() == "identity_decision_plain_room"


async def test_for_old_clients_an_unverified_session_signs_and_the_evidence_says_so(
    h: Harness,
) -> None:
    await jean_is_asked(h, exclude=False)
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **session("OLD", False)) == (
        "circuit-signed"
    )
    task = next(t for t in await tasks_of(h) if t.actor == JEAN)
    assert (task.device_id, task.device_verified) == ("OLD", False)


def in_clear(*unverified: str, key: str = JEAN_KEY) -> dict[str, object]:
    """A reaction Element Web sent in clear in an encrypted room: judged from all sessions."""
    return {
        "room_encrypted": True,
        "device": SenderDevice(
            device_id=None,
            cross_signed=not unverified,
            identity=key,
            encrypted=False,
            unverified_sessions=unverified,
        ),
    }


async def test_a_reaction_in_clear_counts_only_when_every_session_is_verified(
    h: Harness,
) -> None:
    await jean_is_asked(h)
    before = len(h.chat.sent)
    for _ in range(2):  # each attempt is a decision he thinks he made: told each time
        outcome = await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **in_clear("OLDTABLET"))
        assert outcome == "device-unverified"
    told = [s for _, s in to(h, JEAN, before)]
    assert [s.template for s in told] == ["reaction_unverified", "reaction_unverified"]
    assert told[0].message is not None
    assert told[0].message.context["sessions"] == ["OLDTABLET"]
    assert [t.status for t in await tasks_of(h) if t.actor == JEAN] == ["open"]
    # The tablet is signed out: the same tap now counts, and the evidence says how it was
    # judged.
    assert await h.react(JEAN, DM[JEAN], "$req-jean", "✅", **in_clear()) == "circuit-signed"
    task = next(t for t in await tasks_of(h) if t.actor == JEAN)
    assert (task.status, task.device_id, task.device_verified) == ("approved", None, True)


async def test_colleagues_talk_from_an_unverified_session_is_ignored_without_a_word(
    h: Harness,
) -> None:
    import dataclasses

    h.settings = dataclasses.replace(h.settings, exclude_insecure_devices=True)
    before = len(h.chat.sent)
    outcome = await h.say(
        AGNES, URBA, "on se voit à 14 h ?", direct=False, **session("AGNESLAPTOP", False)
    )
    assert outcome  # delivered and handled
    assert await h.react(AGNES, URBA, "$colleague", "👍", **in_clear("AGNESLAPTOP")) == (
        "device-unverified"
    )
    assert h.chat.sent[before:] == []
    async with h.db.unit() as uow:
        refused = [e for e in await uow.audit.entries() if e.action == "device.unverified"]
    assert len(refused) == 2
