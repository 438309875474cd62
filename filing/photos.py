"""Phone photos made into PDF pages: upright, straightened, cropped to the sheet, lighting
evened out.

Apart from `filing.pdf` so that Pillow and img2pdf (with pikepdf), about 11 MB resident, are
loaded when a collectivité first sends a photo, not by every bot that only ever sees PDFs.
Why the straightening is done here rather than by OCRmyPDF: see `filing.pdf`.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence

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

from filing.pdf import DocumentError

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


def photos_pdf(photos: Sequence[bytes]) -> bytes:
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
