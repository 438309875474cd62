"""What arrives in a conversation, made into a PDF with text: checks, conversion, OCR.

The bytes are trusted for nothing. The kind of a file comes from its magic bytes, never from
its announced name or mimetype (a PDF renamed .jpg is a PDF). A PDF that cannot be archived is
refused with a code that picks the French explanation: truncated or garbage, protected by a
password, or encrypted with an owner password (copy and edition locked: such a file can be
neither signed nor converted for long-term keeping).

Phone photos are straightened and cropped to the sheet here, in Pillow, before OCRmyPDF sees
them. On a dark, askew photo OCRmyPDF's own `--deskew` finds 0° (the desk dominates the
picture) and Tesseract reads 4 % of the words; straightened first, every word. On three letter
photos (4 to 5° askew): 17/17 key words at 2 s a page, against 16/17 at 6 s with `--deskew
--clean`, and 12/17 at 26 s when `--oversample 300` is added.
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
import itertools
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

import img2pdf  # type: ignore[import-untyped]
from PIL import (
    Image,
    ImageChops,
    ImageFilter,
    ImageMath,
    ImageOps,
    ImageStat,
    UnidentifiedImageError,
)
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

A4_POINTS = (595.28, 841.89)
MAX_PHOTO_SIDE = 3508
"""A4 at 300 dpi: more pixels slow Tesseract without adding words, and bloat the archive."""
MAX_PHOTO_PIXELS = 120_000_000
"""Above this a "photo" is rather a decompression bomb; the 200 MP mode of a few phones is
refused too, rather than risking the bot's memory (a decoded 200 MP photo is 600 MB)."""
SKEW_RANGE = 15
MIN_SKEW = 0.3
"""Degrees: smaller tilts do not hurt Tesseract, and resampling costs sharpness."""
MIN_SKEW_GAIN = 1.15
"""How much sharper the line profile must get when turned before we believe in a tilt: pages
without lines of text (a drawing, a blur) give flat profiles at every angle."""

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
# Photos


def _open_image(data: bytes) -> Image.Image:
    try:
        image = Image.open(io.BytesIO(data))
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise DocumentError("unsupported", type(exc).__name__) from exc
    if image.format not in ("JPEG", "PNG"):
        raise DocumentError("unsupported", f"image format {image.format}")
    if image.width * image.height > MAX_PHOTO_PIXELS:
        raise DocumentError("unsupported", f"{image.width}x{image.height} pixels")
    return image


def check_image(data: bytes) -> None:
    """A photo is kept until the agent says all pages were sent: refuse a broken one now, while
    the agent still knows which file it was. Decodes at 1/8 scale: every byte is still read."""
    image = _open_image(data)
    try:
        image.draft(image.mode, (max(1, image.width // 8), max(1, image.height // 8)))
        image.load()
    except (OSError, ValueError, SyntaxError) as exc:  # truncated, bad Huffman data, bad CRC
        raise DocumentError("corrupt", type(exc).__name__) from exc


def _upright(data: bytes) -> Image.Image:
    """Decoded, turned as the phone meant (EXIF), flattened onto white, at most ~2× the size
    we keep (JPEG decodes at half scale for free)."""
    image = _open_image(data)
    try:
        if max(image.size) >= 2 * MAX_PHOTO_SIDE:
            image.draft(image.mode, (image.width // 2, image.height // 2))
        image.load()
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, SyntaxError) as exc:
        raise DocumentError("corrupt", type(exc).__name__) from exc
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        white = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, rgba).convert("RGB")
    if image.mode.startswith("I"):  # 16-bit grey: convert("L") would clip it to white
        return image.convert("I").point(lambda value: value * (1 / 256), "L")
    if image.mode in ("1", "L"):
        return image.convert("L")
    return image.convert("RGB")


def _skew(gray: Image.Image) -> float:
    """Tilt of the lines of text, in degrees (positive: turn counter-clockwise to fix).

    Projection profiles: ink (pixels darker than their neighbourhood, so lighting does not
    matter) summed along rows is sharpest when lines are horizontal. Columns are scored too,
    for a sheet shot sideways: it is straightened here and turned upright by --rotate-pages.
    """
    small = gray.copy()
    small.thumbnail((800, 800))
    ink = ImageChops.subtract(small.filter(ImageFilter.BoxBlur(12)), small)
    mask = ink.point(lambda v: 255 if v > 18 else 0)

    def sharpness(angle: float) -> float:
        turned = mask.rotate(angle, resample=Image.Resampling.NEAREST)
        rows = turned.resize((1, turned.height), Image.Resampling.BOX).tobytes()
        cols = turned.resize((turned.width, 1), Image.Resampling.BOX).tobytes()
        return max(
            sum((a - b) ** 2 for a, b in itertools.pairwise(rows)) / len(rows),
            sum((a - b) ** 2 for a, b in itertools.pairwise(cols)) / len(cols),
        )

    level = sharpness(0)
    coarse = max(range(-SKEW_RANGE, SKEW_RANGE + 1), key=sharpness)
    best = max((coarse + step / 10 for step in range(-10, 11)), key=sharpness)
    if level and sharpness(best) < MIN_SKEW_GAIN * level:
        return 0.0
    return best


def _otsu(histogram: Sequence[int]) -> int:
    total = sum(histogram)
    weighted = sum(i * h for i, h in enumerate(histogram))
    below = below_weighted = 0
    best, threshold = -1.0, 128
    for level, count in enumerate(histogram):
        below += count
        below_weighted += level * count
        above = total - below
        if not below or not above:
            continue
        spread = (
            below * above * (below_weighted / below - (weighted - below_weighted) / above) ** 2
        )
        if spread > best:
            best, threshold = spread, level
    return threshold


def _sheet_box(gray: Image.Image) -> tuple[int, int, int, int] | None:
    """The sheet: the bright region against the desk, if there is a clear one."""
    small = gray.copy()
    small.thumbnail((600, 600))
    small = small.filter(ImageFilter.MedianFilter(5))
    threshold = _otsu(small.histogram())
    sheet = small.point(lambda v: 255 if v > threshold else 0).filter(ImageFilter.MinFilter(5))
    box = sheet.getbbox()
    if box is None:
        return None
    left, top, right, bottom = box
    if (right - left) * (bottom - top) < 0.3 * small.width * small.height:
        return None  # no sheet found: a bright object, not a page
    scale, inset = gray.width / small.width, 3
    return (
        round((left + inset) * scale),
        round((top + inset) * scale),
        round((right - inset) * scale),
        round((bottom - inset) * scale),
    )


def _border_colour(image: Image.Image) -> tuple[int, ...] | int:
    """What fills the corners uncovered by straightening: the desk, so cropping still sees it."""
    small = image.copy()
    small.thumbnail((200, 200))
    width, height = small.size
    strips = [
        small.crop((0, 0, width, 4)),
        small.crop((0, height - 4, width, height)),
        small.crop((0, 0, 4, height)),
        small.crop((width - 4, 0, width, height)),
    ]
    medians = [ImageStat.Stat(strip).median for strip in strips]
    colour = tuple(sorted(band)[len(band) // 2] for band in zip(*medians, strict=True))
    return colour[0] if image.mode == "L" else colour


def flatten_lighting(image: Image.Image) -> Image.Image:
    """Even out a phone photo's lighting, as scanning apps do: grey levels divided by the
    page's own blurred background. Tesseract binarises with one threshold for the page; on a
    photo lit from one side, with a vignette and noise, a page with few lines can come out
    empty (seen here: four legible lines, no text at all), while the flattened page reads
    whole. The page becomes greyscale: paper documents lose little, the OCR gains a lot."""
    grey = image.convert("L")
    radius = max(15, min(grey.size) // 30)
    background = grey.filter(ImageFilter.GaussianBlur(radius))
    flat = ImageMath.lambda_eval(
        lambda env: env["convert"](env["a"] * 255 / (env["b"] + 1), "L"), a=grey, b=background
    )
    assert isinstance(flat, Image.Image)
    return flat


def prepare_photo(data: bytes) -> bytes:
    """One photo → an image ready for a PDF page: upright, straightened, cropped to the sheet,
    at most A4 at 300 dpi. JPEG stays JPEG (quality 90), PNG stays lossless."""
    image = _upright(data)
    png = data.startswith(b"\x89PNG")
    angle = _skew(image if image.mode == "L" else image.convert("L"))
    if abs(angle) >= MIN_SKEW:
        image = image.rotate(
            angle,
            resample=Image.Resampling.BICUBIC,
            expand=True,
            fillcolor=_border_colour(image),
        )
    box = _sheet_box(image if image.mode == "L" else image.convert("L"))
    if box is not None:
        image = image.crop(box)
    if max(image.size) > MAX_PHOTO_SIDE:
        image.thumbnail((MAX_PHOTO_SIDE, MAX_PHOTO_SIDE), Image.Resampling.LANCZOS)
    image = flatten_lighting(image)
    out = io.BytesIO()
    if png:
        image.save(out, "PNG", compress_level=6)
    else:
        image.save(out, "JPEG", quality=90)
    return out.getvalue()


def _photos_pdf(photos: Sequence[bytes]) -> bytes:
    """One A4 page a photo. Phone JPEGs claim no DPI: without a page layout img2pdf would make
    pages of a metre."""
    pages = [prepare_photo(photo) for photo in photos]
    layout = img2pdf.get_layout_fun(A4_POINTS, fit=img2pdf.FitMode.into, auto_orient=True)
    try:
        result = img2pdf.convert(pages, layout_fun=layout, nodate=True)
    except Exception as exc:  # img2pdf's own errors for odd images
        raise DocumentError("unsupported", f"img2pdf: {type(exc).__name__}") from exc
    assert isinstance(result, bytes)
    return result


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
    layout = await asyncio.to_thread(_photos_pdf, photos)
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
