"""The filing dialogue on the in-memory Chat: no homeserver, a real database and blob store."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

import pytest
from sqlalchemy import func, select

from filing import dialogue as filing
from filing.intake import DocumentReady, Intake, Refused, photos_source_sha256
from french.fold import fold
from storage.db import Database
from storage.models import AuditEntry, Dialogue, Document
from tests.fixtures import documents as fx
from tests.harness import RENDERER, Harness
from workflows.access import Directory, Service
from workflows.context import Context
from workflows.conversation import dialogue_key, private_room_to_open
from workflows.draft import StagedFile
from workflows.ports import MediaError

AGNES = "@agnes:mairie.fr"
KARIM = "@karim:mairie.fr"
DM = "!dm-agnes:mairie.fr"
ROOM = "!urba:mairie.fr"

PERMIS = {
    "numero": "PC 075 056 25 B0001",
    "petitionnaire": "Jean Dupond",
    "adresse": "45 avenue Jean Jaurès",
    "date_decision": "2025-03-12",
}


@pytest.fixture
async def h(database: Database, tmp_path: Path) -> Harness:
    harness = Harness(database, blob_dir=tmp_path / "blobs")
    harness.with_directory(
        Directory(
            (
                Service("urbanisme", "Urbanisme", rooms=(ROOM,), members=(AGNES, KARIM)),
                Service("rh", "Ressources humaines", members=("@rh:mairie.fr",)),
            )
        )
    )
    await harness.members(ROOM, AGNES, KARIM)
    await harness.members(DM, AGNES)
    return harness


async def count(db: Database, model: type[Document] | type[Dialogue]) -> int:
    async with db.unit() as uow:
        return int(
            (await uow.session.execute(select(func.count()).select_from(model))).scalar_one()
        )


def blob_files(h: Harness) -> list[Path]:
    assert h.blobs is not None
    return [p for p in h.blobs.root.glob("??/??/*") if p.is_file()]


def context_of(h: Harness, index: int = -1) -> dict[str, object]:
    message = h.chat.sent[index].message
    assert message is not None
    return dict(message.context)


def choices_of(h: Harness, index: int = -1) -> Sequence[str]:
    message = h.chat.sent[index].message
    assert message is not None
    return message.choices


async def answer_fields(
    h: Harness,
    expected: dict[str, str],
    *,
    room: str = DM,
    sender: str = AGNES,
    direct: bool | None = None,
    **kw: object,
) -> list[str]:
    """Answer every field question: confirm a right proposal, correct a wrong one.
    Returns the templates of the questions seen (to check proposals were made)."""
    private = room == DM if direct is None else direct
    seen = []
    for _ in range(20):
        template = h.last()
        if template not in ("filing_confirm_value", "filing_ask_value"):
            break
        seen.append(template)
        step = await current_step(h, sender, room, kw.get("thread_root"))
        name = step.partition(":")[2]
        want = expected[name]
        if template == "filing_confirm_value":
            shown = fold(str(context_of(h)["display"]))
            if fold(want) in shown or _same_date(want, shown):
                await h.say(sender, room, "oui", direct=private, **kw)
                continue
            await h.say(sender, room, "non", direct=private, **kw)
        await h.say(sender, room, _typed(want), direct=private, **kw)
    return seen


def _same_date(iso: str, shown: str) -> bool:
    try:
        day = dt.date.fromisoformat(iso)
    except ValueError:
        return False
    from french.dates import format_date_fr

    return fold(format_date_fr(day)) in shown


def _typed(value: str) -> str:
    try:
        return dt.date.fromisoformat(value).strftime("%d/%m/%Y")
    except ValueError:
        return value


async def current_step(h: Harness, sender: str, room: str, thread: object = None) -> str:
    """The question waiting for `sender` in `room`, or moved to the private room the bot is
    opening for them (a sensitive document's, bound to `room` by their first answer)."""
    here = dialogue_key(room, sender, str(thread) if thread else None)
    moving = dialogue_key(private_room_to_open(sender), sender, None)
    async with h.db.unit() as uow:
        found = await uow.dialogues.get_many([here, moving])
    dialogue = found.get(here) or found.get(moving)
    assert dialogue is not None, (sender, room)
    return dialogue.step


async def test_permis_pdf_filed_with_name_class_and_retention(h: Harness) -> None:
    _, outcome = await h.upload(AGNES, DM, fx.permis_de_construire_pdf(), "PC Dupond.pdf")
    assert outcome == "filing-started"
    assert h.last() == "filing_type"
    assert choices_of(h)[0] == "Permis de construire"
    assert choices_of(h)[-1].startswith("autre")
    await h.say(AGNES, DM, "1")
    seen = await answer_fields(h, PERMIS)
    assert seen == ["filing_confirm_value"] * 4, "every permis value is found in the text"
    assert h.last() == "filing_summary"
    summary = context_of(h)
    assert "à conserver définitivement" in str(summary["retention"])
    await h.say(AGNES, DM, "1")
    assert h.last() == "filing_done"
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
        assert await uow.dialogues.all() == []
        actions = [e.action for e in await uow.audit.entries()]
        # indexed in the filing transaction: findable at once
        found = await uow.search.matching([["permis"], ["dupond"], ["2025"]])
    assert found == [document.id]
    assert document.type_id == "permis_construire"
    assert document.row_id == "urba-pc-accorde"
    assert document.sort == "C"
    assert document.name.startswith("2025-03-12_PC_")
    assert "dupond" in document.name.lower()
    assert document.name.endswith(".pdf")
    assert document.fields["petitionnaire"] == "Jean Dupond"
    assert document.document_date == dt.date(2025, 3, 12)
    assert document.filed_by == AGNES
    assert document.service_id == "urbanisme"  # filed in a DM: the filer's service
    assert "Dupond" in document.text
    assert document.ref == f"{h.clock.now().year}-0001"
    assert context_of(h)["ref"] == document.ref
    assert "document.filed" in actions
    assert h.blobs is not None and h.blobs.exists(document.sha256)
    assert len(blob_files(h)) == 1


async def test_retour_goes_back_one_question_and_annuler_drops_everything(h: Harness) -> None:
    await h.upload(AGNES, DM, fx.deliberation_pdf())
    assert h.last() == "filing_type"
    await h.say(AGNES, DM, "retour")
    assert context_of(h)["problem"] == "first"
    await h.say(AGNES, DM, "1")
    first_field = await current_step(h, AGNES, DM)
    assert first_field.partition(":")[0] in ("value", "ask")
    await h.say(AGNES, DM, "retour")
    assert h.last() == "filing_type"
    assert await current_step(h, AGNES, DM) == "type"
    assert len(blob_files(h)) == 1
    await h.say(AGNES, DM, "annuler")
    assert h.last() == "filing_cancelled"
    assert await count(h.db, Dialogue) == 0
    assert await count(h.db, Document) == 0
    assert blob_files(h) == []


async def test_wrong_answers_are_explained_and_asked_again(h: Harness) -> None:
    await h.upload(AGNES, DM, fx.facture_pdf())
    await h.say(AGNES, DM, "7")  # not a choice
    assert h.last() == "filing_type"
    assert context_of(h)["problem"] == "choice"
    await h.say(AGNES, DM, "autre")
    assert h.last() == "filing_describe"
    await h.say(AGNES, DM, "zzzqqq")
    assert context_of(h)["problem"] == "nothing"
    await h.say(AGNES, DM, "factur fournisseur")  # typo forgiven
    assert h.last() == "filing_pick"
    labels = [fold(c) for c in choices_of(h)]
    index = next(i for i, c in enumerate(labels) if c.startswith("facture"))
    await h.say(AGNES, DM, str(index + 1))
    for _ in range(8):
        step = await current_step(h, AGNES, DM)
        if step in {"ask:date", "value:date"}:
            break
        await h.say(AGNES, DM, "non" if step.startswith("value") else "Eau de Paris")
        if (await current_step(h, AGNES, DM)).startswith("ask:montant"):
            await h.say(AGNES, DM, "deux cents")
            assert context_of(h)["problem"] == "invalid"
            await h.say(AGNES, DM, "200,50 €")
    step = await current_step(h, AGNES, DM)
    if step == "value:date":
        await h.say(AGNES, DM, "non")
    await h.say(AGNES, DM, "le 31/02/2025")
    assert h.last() == "filing_ask_value"
    assert context_of(h)["problem"] == "invalid"
    await h.say(AGNES, DM, "hier")
    assert await current_step(h, AGNES, DM) != "ask:date"


async def test_two_agents_in_one_room_keep_their_own_drafts(h: Harness) -> None:
    await h.upload(AGNES, ROOM, fx.permis_de_construire_pdf(), direct=False)
    await h.upload(KARIM, ROOM, fx.facture_pdf(), direct=False)
    await h.say(AGNES, ROOM, "1", direct=False)
    await h.say(KARIM, ROOM, "annuler", direct=False)
    assert h.last() == "filing_cancelled"
    assert (await current_step(h, AGNES, ROOM)).partition(":")[0] in ("value", "ask")
    async with h.db.unit() as uow:
        dialogues = await uow.dialogues.all()
    assert [d.user_id for d in dialogues] == [AGNES]
    # Agnes's draft is intact: she asks for her question again and finishes.
    await h.say(AGNES, ROOM, "aide", direct=False)
    await answer_fields(h, PERMIS, room=ROOM)
    await h.say(AGNES, ROOM, "1", direct=False)
    assert h.last() == "filing_done"
    async with h.db.unit() as uow:
        (document,) = await uow.documents.all()
    assert document.filed_by == AGNES and document.service_id == "urbanisme"


async def test_in_a_room_later_chatter_is_not_taken_for_an_answer(h: Harness) -> None:
    await h.upload(AGNES, ROOM, fx.permis_de_construire_pdf(), direct=False)
    sent = len(h.chat.sent)
    h.clock.advance(dt.timedelta(hours=2))
    await h.say(AGNES, ROOM, "on déjeune à midi ?", direct=False)
    assert len(h.chat.sent) == sent  # not an answer, not a command: silence
    await h.say(AGNES, ROOM, "Greffier: 1", direct=False)
    assert h.last() in ("filing_confirm_value", "filing_ask_value")


async def test_restart_resumes_at_the_same_question(h: Harness, tmp_path: Path) -> None:
    await h.upload(AGNES, DM, fx.permis_de_construire_pdf())
    await h.say(AGNES, DM, "1")
    await h.say(AGNES, DM, "oui")
    step = await current_step(h, AGNES, DM)
    # A new process: new harness, same database and files.
    again = Harness(h.db, blob_dir=tmp_path / "blobs", settings=h.settings, clock=h.clock)
    await again.say(AGNES, DM, "aide")
    assert again.last() in ("filing_confirm_value", "filing_ask_value")
    assert context_of(again)["help"] is True
    assert await current_step(again, AGNES, DM) == step


async def test_duplicate_is_recognised_and_where_it_is_told(h: Harness) -> None:
    data = fx.permis_de_construire_pdf(numero="PC 075 056 25 B0042")
    await h.upload(AGNES, DM, data)
    await h.say(AGNES, DM, "1")
    await answer_fields(h, PERMIS | {"numero": "PC 075 056 25 B0042"})
    await h.say(AGNES, DM, "1")
    assert h.last() == "filing_done"
    ref = context_of(h)["ref"]
    _, outcome = await h.upload(KARIM, ROOM, data, "copie.pdf", direct=False)
    assert outcome == "filing-duplicate"
    assert context_of(h)["visible"] is True and context_of(h)["ref"] == ref
    _, outcome = await h.upload("@rh:mairie.fr", "!rh:mairie.fr", data, direct=False)
    assert outcome == "filing-duplicate"
    assert context_of(h)["visible"] is False
    assert "name" not in context_of(h)
    assert await count(h.db, Document) == 1
    assert await count(h.db, Dialogue) == 0
    assert len(blob_files(h)) == 1


BAD_INPUTS = [
    ("corrupt", fx.corrupt_pdf, "abime.pdf", "application/pdf"),
    ("encrypted", fx.encrypted_pdf, "secret.pdf", "application/pdf"),
    ("restricted", fx.restricted_pdf, "verrou.pdf", "application/pdf"),
    ("empty", lambda: b"", "vide.pdf", "application/pdf"),
    ("unsupported", lambda: b"PK\x03\x04 not really a zip", "archive.zip", "application/zip"),
    ("unsupported", lambda: b"Bonjour, ceci est un texte", "note.txt", "text/plain"),
]


@pytest.mark.parametrize(("code", "make", "name", "mimetype"), BAD_INPUTS)
async def test_bad_input_gets_its_message_and_leaves_nothing(
    h: Harness, code: str, make: object, name: str, mimetype: str
) -> None:
    assert callable(make)
    _, outcome = await h.upload(AGNES, DM, make(), name, mimetype=mimetype)
    assert outcome == f"filing-refused-{code}"
    assert h.last() == "filing_refused"
    assert context_of(h)["code"] == code
    assert await count(h.db, Document) == 0
    assert await count(h.db, Dialogue) == 0
    assert blob_files(h) == []


async def test_zero_page_pdf_is_refused(h: Harness) -> None:
    _, outcome = await h.upload(AGNES, DM, fx.zero_page_pdf(), "rien.pdf")
    assert outcome == "filing-refused-empty"
    assert blob_files(h) == []


async def test_announced_size_over_the_limit_is_refused_before_download(h: Harness) -> None:
    limit = h.settings.filing.max_file_bytes
    _, outcome = await h.upload(AGNES, DM, b"%PDF-1.7 tiny", "gros.pdf", size=limit + 1)
    assert outcome == "filing-refused-too_big"
    assert h.media.fetched == []
    assert context_of(h)["limit_mb"] == limit // (1024 * 1024)
    assert blob_files(h) == []


async def test_content_scanner_refusal(h: Harness) -> None:
    url = h.media.add(b"%PDF-1.7 virus")
    h.media.failures[url] = MediaError("refused", "MCS_MEDIA_NOT_CLEAN")
    from workflows.ports import FileRef

    incoming = h.incoming(
        AGNES, DM, kind="file", is_direct=True, file=FileRef(url=url, name="x.pdf", size=14)
    )
    assert await h.deliver(incoming) == "filing-refused-refused"
    assert blob_files(h) == [] and await count(h.db, Dialogue) == 0


class PhotoIntake(Intake):
    """OCR is tested for real elsewhere; here the assembled PDF is a generated one."""

    def __init__(self, base: Intake, result: bytes | None) -> None:
        super().__init__(base.media, base.blobs, base.settings)
        self.result = result

    async def assemble(self, photos: Sequence[StagedFile]) -> DocumentReady | Refused:
        if self.result is None:
            return Refused("ocr_failed")
        ref = await self.blobs.put(self.result)
        return DocumentReady(
            pdf=StagedFile(
                sha256=ref.sha256, size=ref.size, name="p.pdf", mimetype="application/pdf"
            ),
            source_sha256=photos_source_sha256(photos),
            original_name=photos[0].name,
            pages=len(photos),
            text="ARRÊTÉ temporaire portant réglementation de la circulation",
            text_complete=True,
            ocr=True,
            readable=False,
        )


async def test_photos_pile_up_until_fini_then_unreadable_is_confirmed(h: Harness) -> None:
    assert h.intake is not None
    h.intake = PhotoIntake(h.intake, fx.arrete_pdf())
    for page in range(3):
        _, outcome = await h.upload(
            AGNES, DM, fx.phone_photo([f"Page {page}"], seed=page), f"IMG_{page}.jpg",
            mimetype="image/jpeg",
        )  # fmt: skip
        assert outcome == "filing-photo"
        assert context_of(h)["count"] == page + 1
    # a PDF in the middle of photos is refused, the photos are kept
    _, outcome = await h.upload(AGNES, DM, fx.facture_pdf(), "f.pdf")
    assert outcome == "filing-busy"
    await h.say(AGNES, DM, "c'est tout")
    assert h.last() == "filing_unreadable"
    await h.say(AGNES, DM, "1")
    assert h.last() == "filing_type"
    async with h.db.unit() as uow:
        (dialogue,) = await uow.dialogues.all()
    draft = filing.Draft.model_validate(dialogue.data)
    assert len(draft.photos) == 3 and draft.warnings
    assert len(blob_files(h)) == 4  # three photos and the assembled PDF
    await h.say(AGNES, DM, "annuler")
    assert blob_files(h) == []


async def test_reminder_then_expiry(h: Harness) -> None:
    await h.upload(AGNES, ROOM, fx.facture_pdf(), direct=False)
    h.clock.advance(h.settings.filing.reminder_after + dt.timedelta(minutes=1))
    assert await sweep(h) == ["filing-reminded"]
    assert h.chat.sent[-2].template == "filing_reminder"
    assert h.chat.sent[-1].template == "filing_type"  # the question again
    assert await sweep(h) == []  # one reminder only
    h.clock.advance(h.settings.filing.expire_after)
    assert await sweep(h) == ["filing-expired"]
    assert h.last() == "filing_expired"
    assert await count(h.db, Dialogue) == 0 and blob_files(h) == []
    async with h.db.unit() as uow:
        result = await uow.session.execute(select(AuditEntry.action))
        assert "filing.expired" in result.scalars().all()


async def sweep(h: Harness) -> list[str]:
    from storage import sweeper

    outcomes = []
    async with h.db.unit() as uow:
        due = await uow.dialogues.due(h.clock.now())
    for dialogue in due:
        async with h.db.unit() as uow:
            fresh = await uow.dialogues.get_by_id(dialogue.id)
            assert fresh is not None
            ctx = Context(uow, h.chat, h.settings, clock=h.clock)
            outcomes.append(await filing.remind_or_expire(ctx, fresh))
        assert h.blobs is not None
        await sweeper.release(h.db, h.blobs, ctx.released)
    return outcomes


async def test_reaction_answers_a_question(h: Harness) -> None:
    await h.upload(AGNES, DM, fx.permis_de_construire_pdf())
    async with h.db.unit() as uow:  # the bot's question, as the sender records it
        item = await uow.outbox.add("send", room_id=DM, content={})
        assert item.id is not None
        await uow.outbox.mark_sent(item.id, "$question")
    outcome = await h.react(AGNES, DM, "$question", "1️⃣")
    assert outcome == "filing-type"
    assert (await current_step(h, AGNES, DM)).partition(":")[0] in ("value", "ask")
    # a reaction on something that is not ours changes nothing
    assert await h.react(AGNES, DM, "$someone-else", "1️⃣") == "ignored"
    # nor does a colleague's reaction on Agnès's question: it is not his dialogue
    step = await current_step(h, AGNES, DM)
    assert await h.react(KARIM, DM, "$question", "2️⃣") == "ignored"
    assert await current_step(h, AGNES, DM) == step


async def test_a_draft_whose_type_left_the_referential_asks_the_type_again(h: Harness) -> None:
    await h.upload(AGNES, DM, fx.facture_pdf())
    await h.say(AGNES, DM, "1")
    async with h.db.unit() as uow:
        (dialogue,) = await uow.dialogues.all()
        data = dict(dialogue.data, type_id="type_supprime")
        dialogue.data = data
        await uow.dialogues.save(dialogue, dialogue.version)
    await h.say(AGNES, DM, "oui")
    assert h.last() == "filing_type"
    assert await current_step(h, AGNES, DM) == "type"


@pytest.mark.ocr
@pytest.mark.usefixtures("tesseract_fra")
async def test_a_scanned_pdf_is_read_by_ocr_before_the_first_question(h: Harness) -> None:
    scan = fx.scanned_pdf(
        [
            "COMMUNE DE BELLEVILLE",
            "ARRÊTÉ TEMPORAIRE N° 2025-AT-118",
            "portant réglementation de la circulation rue Victor Hugo",
            "Le Maire de Belleville,",
            "ARRÊTE",
            "Article 1 : la circulation est interdite du 3 au 7 juin 2025.",
            "Fait à Belleville, le 2 juin 2025",
        ]
    )
    _, outcome = await h.upload(AGNES, DM, scan, "scan.pdf")
    assert outcome == "filing-started"
    assert h.last() == "filing_type" and context_of(h)["ocr"] is True
    assert "arrêté" in fold(choices_of(h)[0]) or "arrete" in fold(choices_of(h)[0])
    async with h.db.unit() as uow:
        (dialogue,) = await uow.dialogues.all()
    assert "circulation" in fold(filing.Draft.model_validate(dialogue.data).text)


@pytest.mark.ocr
@pytest.mark.usefixtures("tesseract_fra")
async def test_an_unreadable_photo_is_filed_only_if_the_agent_says_so(h: Harness) -> None:
    _, outcome = await h.upload(
        AGNES, DM, fx.unreadable_photo(), "flou.jpg", mimetype="image/jpeg"
    )
    assert outcome == "filing-photo"
    await h.say(AGNES, DM, "1")  # c'est tout
    assert h.last() == "filing_unreadable"
    await h.say(AGNES, DM, "classer quand même")
    assert h.last() == "filing_type"
    async with h.db.unit() as uow:
        (dialogue,) = await uow.dialogues.all()
    assert filing.Draft.model_validate(dialogue.data).warnings


@pytest.mark.office
@pytest.mark.usefixtures("soffice")
async def test_an_office_file_becomes_a_pdf(h: Harness) -> None:
    docx = fx.docx_bytes(
        [
            "COMMUNE DE BELLEVILLE",
            "Objet : demande de subvention pour la fête de la musique",
            "Madame, Monsieur, nous avons l'honneur de solliciter une subvention.",
        ]
    )
    _, outcome = await h.upload(AGNES, DM, docx, "courrier.docx", mimetype=None)
    assert outcome == "filing-started"
    async with h.db.unit() as uow:
        (dialogue,) = await uow.dialogues.all()
    draft = filing.Draft.model_validate(dialogue.data)
    assert draft.pdf is not None and draft.pdf.mimetype == "application/pdf"
    assert draft.pdf.name == "courrier.pdf" and "subvention" in draft.text


async def test_without_libreoffice_office_files_are_refused_with_the_accepted_types(
    h: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("filing.pdf._office_program", lambda: None)
    docx = fx.docx_bytes(["Bonjour"])
    _, outcome = await h.upload(AGNES, DM, docx, "note.docx", mimetype=None)
    assert outcome == "filing-refused-office_unavailable"
    assert blob_files(h) == [] and await count(h.db, Dialogue) == 0


async def test_in_a_room_the_bot_can_be_named_before_the_answer(h: Harness) -> None:
    assert h.intake is not None
    h.intake = PhotoIntake(h.intake, fx.arrete_pdf())
    await h.upload(
        AGNES, ROOM, fx.phone_photo(["Page"]), "p.jpg", mimetype="image/jpeg", direct=False
    )
    h.clock.advance(dt.timedelta(hours=1))  # outside the exchange: she names the bot
    await h.say(AGNES, ROOM, "Greffier: fini", direct=False)
    assert h.last() == "filing_unreadable"  # the photos were assembled (the fake says unreadable)


async def test_a_late_annuler_still_cancels_the_draft(h: Harness) -> None:
    await h.upload(AGNES, ROOM, fx.facture_pdf(), direct=False)
    h.clock.advance(dt.timedelta(hours=3))
    await h.say(AGNES, ROOM, "annuler", direct=False)
    assert h.last() == "filing_cancelled"
    assert await count(h.db, Dialogue) == 0 and blob_files(h) == []


async def test_a_document_dropped_in_a_thread_is_filed_in_that_thread(h: Harness) -> None:
    root = "$thread-root"
    await h.upload(AGNES, ROOM, fx.facture_pdf(), direct=False, thread_root=root)
    assert h.chat.sent[-1].thread == root
    h.clock.advance(dt.timedelta(hours=2))  # long after: in its thread, an answer is an answer
    await h.say(AGNES, ROOM, "1", direct=False, thread_root=root)
    assert h.last() in ("filing_confirm_value", "filing_ask_value")
    assert h.chat.sent[-1].thread == root
    assert (await current_step(h, AGNES, ROOM, root)).partition(":")[0] in ("value", "ask")
    # the same person outside the thread has no draft there
    await h.say(AGNES, ROOM, "Greffier: annuler", direct=False)
    assert h.last() == "nothing_to_cancel"
    assert await count(h.db, Dialogue) == 1


@pytest.mark.parametrize(
    ("data", "name", "actual", "misnamed"),
    [
        ("Compte rendu de la réunion de chantier\nPrésents : …".encode(), "cr.pdf", "texte", True),
        (b"<!DOCTYPE html><html><body>Avis</body></html>", "avis.pdf", "page web", True),
        (b"GIF89a" + b"\x00" * 40, "scan.jpg", "image GIF", True),
        (b"\x00\x00\x00\x18ftypheic" + b"\x00" * 40, "IMG_0042.HEIC", "HEIC", False),
        ("Objet : réservation de la salle".encode("cp1252"), "note.txt", "texte", False),
    ],
)
async def test_a_file_whose_name_lies_is_told_what_it_really_is(
    h: Harness, data: bytes, name: str, actual: str, misnamed: bool
) -> None:
    _, outcome = await h.upload(AGNES, DM, data, name, mimetype=None)
    assert outcome == "filing-refused-unsupported"
    context = context_of(h)
    assert actual in str(context["actual"])
    assert context["misnamed"] is misnamed
    body = RENDERER.content(h.chat.sent[-1].message)["body"]  # type: ignore[arg-type]
    assert ("n'est pas ce que son nom annonce" in body) is misnamed
    assert actual in body
    assert await count(h.db, Document) == 0
    assert blob_files(h) == []
