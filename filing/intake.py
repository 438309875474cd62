"""Reading what an agent sent, before any transaction: download, check, convert, OCR, stage.

This is the slow part of filing (seconds of OCR for a photo), so it runs *before* the event's
transaction opens and never holds the database: the worker of that conversation waits, the
others go on. Its result is staged in the content-addressed blob store; the transaction that
follows records it in the draft (or, if it never commits, the staged file is an orphan that
the blob sweeper removes). Bad input is turned into a `Refused` with a code, and nothing is
staged for it.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from filing import pdf, sensitive
from filing.sensitive import Finding
from storage.blobs import BlobStore
from workflows.context import FilingSettings
from workflows.draft import StagedFile
from workflows.ports import FileRef, Media, MediaError

if TYPE_CHECKING:
    from storage.evidence import Verification

log = logging.getLogger("greffier.intake")

QUICK_PAGES = 4
"""Pages read before the first question: the type and the key facts are on the first pages;
the full text is read when the document is stored."""
EXCERPT_CHARS = 60_000

PDF_MIME = "application/pdf"
IMAGE_KINDS = ("jpeg", "png")
OFFICE_KINDS = ("odt", "docx")


@dataclass(frozen=True)
class DocumentReady:
    """A PDF ready for the questions: staged, with (the start of) its text."""

    pdf: StagedFile
    source_sha256: str
    original_name: str
    pages: int
    text: str
    text_complete: bool
    ocr: bool
    readable: bool


@dataclass(frozen=True)
class PhotoReady:
    """One photo (a page) staged, waiting for the others."""

    photo: StagedFile
    source_sha256: str


READ_EXTENSIONS = frozenset({"pdf", "jpg", "jpeg", "png", "odt", "docx"})


@dataclass(frozen=True)
class Refused:
    """Bad input: `code` picks the French explanation. Nothing was staged."""

    code: str
    name: str = ""
    actual: str = ""  # what an unsupported file really is (« un fichier texte »)
    misnamed: bool = False  # its name announces a kind the bot reads (« note.pdf »)


@dataclass(frozen=True)
class FullText:
    """A whole document's text, and what makes it sensitive, read in a thread: a long text
    takes a second to scan."""

    text: str
    sensitive: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Checked:
    """A PDF sent to `vérifier`: what its signatures say (nothing was stored)."""

    verification: Verification


Prepared = DocumentReady | PhotoReady | Refused | FullText | Checked


def staged_files(prepared: Prepared | None) -> set[str]:
    """The files the slow half wrote before the transaction: released after it, whether the
    event kept them (then a row holds them) or not."""
    if isinstance(prepared, DocumentReady):
        return {prepared.pdf.sha256}
    if isinstance(prepared, PhotoReady):
        return {prepared.photo.sha256}
    return set()


def photos_source_sha256(photos: Sequence[StagedFile]) -> str:
    """A document made of photos is "the same file" when it is made of the same photos."""
    if len(photos) == 1:
        return photos[0].sha256
    return hashlib.sha256("\n".join(p.sha256 for p in photos).encode()).hexdigest()


def _pdf_name(name: str) -> str:
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return f"{stem or 'document'}.pdf"


class Intake:
    """The slow, outside-the-transaction half of filing."""

    def __init__(self, media: Media, blobs: BlobStore, settings: FilingSettings) -> None:
        self.media = media
        self.blobs = blobs
        self.settings = settings
        # One OCR job uses one core: more at once than cores only makes each one slower.
        self._ocr_slots = asyncio.Semaphore(max(1, os.cpu_count() or 1))

    async def receive(self, file: FileRef) -> DocumentReady | PhotoReady | Refused:
        """A file event: fetch it, recognise it, make it a PDF with text, stage it."""
        name = file.name or "document"
        try:
            data = await self.media.fetch(file, self.settings.max_file_bytes)
        except MediaError as exc:
            log.info("file refused before reading: %s", exc.code)
            return Refused(exc.code, name)
        if not data:
            return Refused("empty", name)
        kind = pdf.sniff(data)
        try:
            if kind in IMAGE_KINDS:
                await asyncio.to_thread(pdf.check_image, data)
                ref = await self.blobs.put(data)
                staged = StagedFile(
                    sha256=ref.sha256, size=ref.size, name=name, mimetype=f"image/{kind}"
                )
                return PhotoReady(staged, ref.sha256)
            if kind == "pdf":
                return await self._from_pdf(data, data, name, converted=False)
            if kind in OFFICE_KINDS:
                converted = await pdf.office_to_pdf(data, kind)
                return await self._from_pdf(converted, data, name, converted=True)
        except pdf.DocumentError as exc:
            log.info("file refused: %s", exc.code)
            return Refused(exc.code, name)
        misnamed = name.lower().rsplit(".", 1)[-1] in READ_EXTENSIONS if "." in name else False
        return Refused("unsupported", name, pdf.describe(data) or "", misnamed)

    async def _from_pdf(
        self, data: bytes, original: bytes, name: str, *, converted: bool
    ) -> DocumentReady:
        source_sha256 = await asyncio.to_thread(lambda: hashlib.sha256(original).hexdigest())
        text = await asyncio.to_thread(pdf.read_pdf, data, max_pages=QUICK_PAGES)
        ocr = False
        if not converted and pdf.needs_ocr(text):
            try:
                async with self._ocr_slots:
                    data = await pdf.ocr_pdf(data, language=self.settings.ocr_language)
                text = await asyncio.to_thread(pdf.read_pdf, data, max_pages=None)
                ocr = True
            except pdf.DocumentError as exc:
                # OCRmyPDF refuses some PDFs (a signed scan): keep the original untouched,
                # and let the agent decide whether to file a document without text.
                log.info("OCR refused (%s): the scan is kept without text", exc.code)
                ocr = True
        ref = await self.blobs.put(data)
        staged = StagedFile(
            sha256=ref.sha256, size=ref.size, name=_pdf_name(name), mimetype=PDF_MIME
        )
        return DocumentReady(
            pdf=staged,
            source_sha256=source_sha256,
            original_name=name,
            pages=text.pages,
            text=text.text[:EXCERPT_CHARS],
            text_complete=text.complete and len(text.text) <= EXCERPT_CHARS,
            ocr=ocr,
            readable=not ocr or pdf.readable(text.text, text.pages),
        )

    async def assemble(self, photos: Sequence[StagedFile]) -> DocumentReady | Refused:
        """The agent said all pages were sent: one PDF with an OCR text layer."""
        first = photos[0].name if photos else "photos"
        try:
            images = [await self.blobs.get(p.sha256) for p in photos]
            async with self._ocr_slots:
                data = await pdf.photos_to_pdf(images, language=self.settings.ocr_language)
            text = await asyncio.to_thread(pdf.read_pdf, data, max_pages=None)
        except pdf.DocumentError as exc:
            return Refused(exc.code, first)
        ref = await self.blobs.put(data)
        staged = StagedFile(
            sha256=ref.sha256, size=ref.size, name=_pdf_name(first), mimetype=PDF_MIME
        )
        return DocumentReady(
            pdf=staged,
            source_sha256=photos_source_sha256(photos),
            original_name=first,
            pages=text.pages,
            text=text.text[:EXCERPT_CHARS],
            text_complete=len(text.text) <= EXCERPT_CHARS,
            ocr=True,
            readable=pdf.readable(text.text, text.pages),
        )

    async def full_text(self, staged: StagedFile) -> FullText:
        data = await self.blobs.get(staged.sha256)
        text = await asyncio.to_thread(pdf.read_pdf, data, max_pages=None)
        found = await asyncio.to_thread(sensitive.find, text.text)
        return FullText(text.text, tuple(found))
