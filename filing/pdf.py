"""What arrives in a conversation, made into a PDF with text: checks, conversion, OCR.

The bytes are trusted for nothing. The kind of a file comes from its magic bytes, never from
its announced name or mimetype (a PDF renamed .jpg is a PDF). A PDF that cannot be archived is
refused with a code that picks the French explanation: truncated or garbage, protected by a
password, or encrypted with an owner password (copy and edition locked: such a file can be
neither signed nor converted for long-term keeping).

Phone photos are straightened and cropped to the sheet in Pillow (`filing.photos`) before
OCRmyPDF sees them. On a dark, askew photo OCRmyPDF's own `--deskew` finds 0° (the desk
dominates the picture) and Tesseract reads 4 % of the words; straightened first, every word.
On three letter photos (4 to 5° askew): 17/17 key words at 2 s a page, against 16/17 at 6 s
with `--deskew --clean`, and 12/17 at 26 s when `--oversample 300` is added.
Scans keep OCRmyPDF's `--deskew`: a sheet laid 7° askew on a flatbed loses three quarters of
its words without it.

Slow work never runs on the event loop: the parsing functions are plain `def` (callers wrap
them in `asyncio.to_thread`); OCRmyPDF and LibreOffice run as subprocesses in their own process
group, so a timeout or a cancellation kills them with their children (Tesseract, Ghostscript,
soffice.bin), and in a private temporary directory that goes away with them.
"""

from __future__ import annotations

import asyncio
import contextlib
import io
import logging
import os
import re
import shutil
import signal
import sys
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pypdf import PasswordType, PdfReader

log = logging.getLogger("greffier.pdf")

FileKind = Literal["pdf", "jpeg", "png", "odt", "docx", "unknown"]
ErrorCode = Literal[
    "corrupt",
    "encrypted",
    "restricted",
    "empty",
    "unsupported",
    "office_unavailable",
    "conversion_failed",
    "ocr_failed",
]

MIN_LETTERS_PER_PAGE = 25
"""Below this, on average, a page has no real text layer: a page number stamped by a scanner
is not a text layer."""
MIN_WORDS_PER_PAGE = 15
"""Below this many words of three letters or more per page, OCR found too little to call the
page readable (a blurred photo gives a handful of fragments)."""

ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
OFFICE_FILTERS = {"docx": "MS Word 2007 XML", "odt": "writer8"}
"""Import filters forced for each sniffed kind, so LibreOffice never guesses another format
(a damaged .docx must fail, not come out as a PDF of its XML read as plain text)."""
OFFICE_EXPORT = 'pdf:writer_pdf_Export:{"SelectPdfVersion":{"type":"long","value":"2"}}'
"""PDF/A-2b: converted office files go straight into the archive."""

_LETTER_WORD = re.compile(r"[^\W\d_]{3,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_OCR_EXIT_OK = (0, 10)  # 10: valid PDF, only the PDF/A conversion failed
_TAIL = 1500


class DocumentError(Exception):
    """Bad input; `code` picks the French message the bot sends."""

    def __init__(self, code: ErrorCode, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code: ErrorCode = code
        self.detail = detail


# ---------------------------------------------------------------------------------------------
# Recognising a file


def sniff(data: bytes) -> FileKind:
    """By magic bytes, never by the announced name/mimetype."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if data.startswith(b"PK\x03\x04"):
        return _sniff_zip(data)
    return "unknown"


_DESCRIBED: tuple[tuple[bytes, int, str], ...] = (
    (b"GIF8", 0, "une image GIF"),
    (b"II*\x00", 0, "une image TIFF"),
    (b"MM\x00*", 0, "une image TIFF"),
    (b"ftypheic", 4, "une photo HEIC (le format des iPhone)"),
    (b"ftypheix", 4, "une photo HEIC (le format des iPhone)"),
    (b"ftypmif1", 4, "une photo HEIF"),
    (b"ftypisom", 4, "une vidéo"),
    (b"ftypmp4", 4, "une vidéo"),
    (b"ftypqt", 4, "une vidéo"),
    (b"{\\rtf", 0, "un document RTF"),
    (b"\xd0\xcf\x11\xe0", 0, "un ancien document Office (.doc ou .xls)"),
    (b"Rar!", 0, "une archive RAR"),
    (b"7z\xbc\xaf", 0, "une archive 7-Zip"),
    (b"RIFF", 0, "un fichier audio ou vidéo"),
)


def describe(data: bytes) -> str | None:
    """What an unsupported file really is, in a few French words (« un fichier texte »), to
    tell an agent whose file's name says otherwise; None when it cannot be told."""
    for magic, offset, words in _DESCRIBED:
        if data[offset : offset + len(magic)] == magic:
            return words
    if data.startswith(b"PK\x03\x04"):
        return "une archive ZIP ou un document bureautique que je ne lis pas"
    head = data[:4096]
    try:
        text = head.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = head.decode("cp1252")
        except UnicodeDecodeError:
            return None
    if not text or any(c in text for c in "\x00\x01\x02\x03\x04\x05"):
        return None
    lowered = text.lstrip().lower()
    if lowered.startswith(("<!doctype html", "<html")):
        return "une page web (HTML)"
    if lowered.startswith("<?xml"):
        return "un fichier XML"
    if any(lowered.startswith(h) for h in ("from:", "received:", "return-path:", "mime-version:")):
        return "un message électronique"
    return "un fichier texte"


def _sniff_zip(data: bytes) -> FileKind:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "mimetype" in names:
                with archive.open("mimetype") as entry:
                    # Read a few bytes only: a zip bomb's "mimetype" never gets inflated.
                    if entry.read(len(ODT_MIMETYPE) + 8).strip() == ODT_MIMETYPE:
                        return "odt"
            if "word/document.xml" in names:
                return "docx"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "unknown"
    return "unknown"


# ---------------------------------------------------------------------------------------------
# Reading a PDF


@dataclass(frozen=True)
class PdfText:
    pages: int
    text: str  # extracted text, pages separated by "\f"
    text_pages: int  # pages that had a real text layer
    complete: bool  # False when max_pages stopped the extraction early


def _clean(text: str) -> str:
    """NFKC folds what PDFs spell oddly (ligatures "ﬁ", no-break and narrow spaces, "1ᵉʳ") so
    that searches and patterns match; control characters go (PostgreSQL refuses NUL in text,
    and "\f" separates pages)."""
    return _CONTROL.sub(" ", unicodedata.normalize("NFKC", text))


def read_pdf(data: bytes, *, max_pages: int | None = None) -> PdfText:
    """The page count and text layer of a PDF, or the reason it cannot be archived.

    `max_pages` limits text extraction to the first pages: the kind of a document and its key
    facts are on them, and extraction is what costs (milliseconds per page).
    """
    if not data:
        raise DocumentError("empty", "0 bytes")
    if b"%%EOF" not in data.rstrip(b"\x00\t\n\r\x0c ")[-1024:]:
        # A cut transfer: pypdf may still find an older revision's %%EOF and read a past state.
        raise DocumentError("corrupt", "no %%EOF at the end (truncated)")
    try:
        return _read(data, max_pages)
    except DocumentError:
        raise
    except Exception as exc:  # pypdf raises anything on garbage: its own errors, Key, Value…
        raise DocumentError("corrupt", f"{type(exc).__name__}: {exc}"[:200]) from exc


def _read(data: bytes, max_pages: int | None) -> PdfText:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted:
        _refuse_encrypted(reader)
    count = len(reader.pages)
    if count == 0:
        raise DocumentError("empty", "no page")
    limit = count if max_pages is None else max(0, min(count, max_pages))
    texts = [_clean(reader.pages[index].extract_text()) for index in range(limit)]
    text_pages = sum(1 for t in texts if _letters(t) >= MIN_LETTERS_PER_PAGE)
    return PdfText(
        pages=count, text="\f".join(texts), text_pages=text_pages, complete=limit == count
    )


def _refuse_encrypted(reader: PdfReader) -> None:
    try:
        opened = reader.decrypt("")
    except Exception as exc:  # unknown algorithm, missing crypto backend
        raise DocumentError("encrypted", type(exc).__name__) from exc
    if opened == PasswordType.NOT_DECRYPTED:
        raise DocumentError("encrypted", "needs a user password")
    raise DocumentError("restricted", "owner password")


def _letters(text: str) -> int:
    return sum(1 for c in text if c.isalpha())


def needs_ocr(text: PdfText) -> bool:
    """A scan: (almost) no text layer on the pages read. Averaged, so that a typed cover on a
    scanned file does not count as text; a born-digital PDF with a few image pages is left
    alone (OCRmyPDF would rewrite it, and refuses signed files)."""
    read = text.text.count("\f") + 1
    return _letters(text.text) < MIN_LETTERS_PER_PAGE * read


def readable(text: str, pages: int) -> bool:
    """Did OCR find enough to call it readable? Warns the agent that a photo is too blurred."""
    if pages <= 0:
        return False
    return len(_LETTER_WORD.findall(text)) >= MIN_WORDS_PER_PAGE * pages


# ---------------------------------------------------------------------------------------------
# Subprocesses: own process group, killed with their children on timeout or cancellation


def _kill_group(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(pid, signal.SIGKILL)


async def _run(
    argv: Sequence[str], *, env: dict[str, str], seconds: float, cwd: Path
) -> tuple[int, str]:
    """Exit code and combined output (for the log). Raises TimeoutError after killing."""
    process = await asyncio.create_subprocess_exec(
        *argv,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
        env=env,
        cwd=cwd,
        start_new_session=True,
    )
    try:
        async with asyncio.timeout(seconds):
            output, _ = await process.communicate()
    except BaseException:
        _kill_group(process.pid)
        await process.wait()
        raise
    assert process.returncode is not None
    return process.returncode, output.decode(errors="replace")


def _tail(output: str) -> str:
    return output[-_TAIL:].strip()


async def _workdir(prefix: str) -> Path:
    return Path(await asyncio.to_thread(tempfile.mkdtemp, prefix=prefix))


async def _remove(path: Path) -> None:
    await asyncio.to_thread(shutil.rmtree, path, True)


async def _read_output(path: Path) -> bytes | None:
    def read() -> bytes | None:
        try:
            return path.read_bytes()
        except FileNotFoundError:
            return None

    return await asyncio.to_thread(read)


# ---------------------------------------------------------------------------------------------
# OCR

_LANGUAGE = re.compile(r"^[a-z_]{3,}(\+[a-z_]{3,})*$")
SCAN_OPTIONS = ("--rotate-pages", "--deskew", "--skip-text")
"""--skip-text: a typed page in a scanned file keeps its text instead of aborting the run.
No --clean (unpaper): measured +1.3 to +4 s a page without a word gained. Default output type
(OCRmyPDF 17: PDF/A-2b when its validator approves, else plain PDF): "--output-type pdfa"
refuses --skip-text with Ghostscript 10.0.0."""
PHOTO_OPTIONS = ("--rotate-pages",)
"""Photos arrive straightened and cropped; --rotate-pages still turns a sheet shot sideways."""


async def _ocrmypdf(data: bytes, options: Sequence[str], language: str, seconds: float) -> bytes:
    if not _LANGUAGE.match(language):
        raise ValueError(f"langue d'OCR invalide : {language!r}")
    workdir = await _workdir("greffier-ocr-")
    try:
        source, target = workdir / "entree.pdf", workdir / "sortie.pdf"
        await asyncio.to_thread(source.write_bytes, data)
        argv = [sys.executable, "-m", "ocrmypdf", "-l", language, "--jobs", "1", *options]
        # TMPDIR: OCRmyPDF's own temporary files die with our directory, even when killed.
        env = {**os.environ, "OMP_THREAD_LIMIT": "1", "TMPDIR": str(workdir)}
        started = time.monotonic()
        try:
            code, output = await _run(
                [*argv, str(source), str(target)], env=env, seconds=seconds, cwd=workdir
            )
        except TimeoutError:
            log.warning("OCR abandoned after %.0f s", seconds)
            raise DocumentError("ocr_failed", f"timeout after {seconds:.0f} s") from None
        result = await _read_output(target) if code in _OCR_EXIT_OK else None
        if result is None:
            log.warning("OCRmyPDF failed (exit %d): %s", code, _tail(output))
            raise DocumentError("ocr_failed", f"OCRmyPDF exit {code}")
        log.info("OCR done in %.1f s (exit %d)", time.monotonic() - started, code)
        log.debug("OCRmyPDF said: %s", _tail(output))
        return result
    finally:
        await _remove(workdir)


async def ocr_pdf(
    data: bytes,
    *,
    language: str = "fra",
    timeout: float = 600,  # noqa: ASYNC109 - the public contract; enforced inside with asyncio.timeout
) -> bytes:
    """Scanned PDF → the same PDF with an OCR text layer (about 7 s a 300-dpi page here)."""
    return await _ocrmypdf(data, SCAN_OPTIONS, language, timeout)


# ---------------------------------------------------------------------------------------------
# Photos (the image work is in filing.photos, imported when a photo first comes)


def check_image(data: bytes) -> None:
    """A photo is kept until the agent says all pages were sent: refuse a broken one now."""
    from filing import photos

    photos.check_image(data)


async def photos_to_pdf(
    photos: Sequence[bytes],
    *,
    language: str = "fra",
    timeout: float = 600,  # noqa: ASYNC109 - the public contract
) -> bytes:
    """Phone photos (JPEG/PNG) → one multi-page PDF, one A4 page a photo, with a French OCR
    text layer: about 10 s a 12-MP photo here, 3 to 4 s a 2-MP one."""
    if not photos:
        raise DocumentError("empty", "no photo")
    started = time.monotonic()
    from filing.photos import photos_pdf

    layout = await asyncio.to_thread(photos_pdf, photos)
    log.info("%d photos laid out in %.1f s", len(photos), time.monotonic() - started)
    return await _ocrmypdf(layout, PHOTO_OPTIONS, language, timeout)


# ---------------------------------------------------------------------------------------------
# Office files


def _office_program() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def office_available() -> bool:
    """soffice/libreoffice on PATH."""
    return _office_program() is not None


async def office_to_pdf(
    data: bytes,
    kind: FileKind,
    *,
    timeout: float = 120,  # noqa: ASYNC109 - the public contract
) -> bytes:
    """An .odt or .docx → PDF/A with LibreOffice headless.

    Each run has its own throwaway profile: two soffice sharing one profile wait on each other
    or fail, and a profile damaged by a killed run would break the next ones.
    """
    filter_name = OFFICE_FILTERS.get(kind)
    if filter_name is None:
        raise DocumentError("unsupported", f"not an office kind: {kind}")
    program = _office_program()
    if program is None:
        raise DocumentError("office_unavailable")
    workdir = await _workdir("greffier-office-")
    try:
        source, outdir = workdir / f"document.{kind}", workdir / "pdf"
        await asyncio.to_thread(source.write_bytes, data)
        argv = [
            program,
            f"-env:UserInstallation={(workdir / 'profil').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--nodefault",
            "--nolockcheck",
            f"--infilter={filter_name}",
            "--convert-to",
            OFFICE_EXPORT,
            "--outdir",
            str(outdir),
            str(source),
        ]
        env = {**os.environ, "TMPDIR": str(workdir)}
        started = time.monotonic()
        try:
            code, output = await _run(argv, env=env, seconds=timeout, cwd=workdir)
        except TimeoutError:
            log.warning("LibreOffice abandoned after %.0f s", timeout)
            raise DocumentError("conversion_failed", f"timeout after {timeout:.0f} s") from None
        result = await _read_output(outdir / "document.pdf")
        if code != 0 or result is None or not result.startswith(b"%PDF-"):
            log.warning("LibreOffice failed (exit %d): %s", code, _tail(output))
            raise DocumentError("conversion_failed", f"soffice exit {code}")
        log.info("%s converted in %.1f s", kind, time.monotonic() - started)
        return result
    finally:
        await _remove(workdir)
