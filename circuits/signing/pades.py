"""PAdES signatures for the signature circuit: a signatures page, signing, verification.

A document gets, before its first signature, one more page (`prepare_for_signatures`): its title
and reference, and one labelled box holding one empty signature field per signer. Each signature
(`sign`) then fills its field as an incremental update, so the earlier signatures stay valid;
the visible stamp goes exactly into its box, never over the document's text. It shows what the
law asks of a signed administrative act (CRPA L.212-3): first and last name, qualité, the
delegation when a delegate signs, and the date, with a QR code to the verification page.

The stamp's font is NimbusSans (Debian fonts-urw-base35), a CFF OpenType font drawn through
pyHanko's OpenType support (`GlyphAccumulator`): a TrueType font (DejaVuSans) came out with
wrong glyph widths; this one renders right, accents included, and carries a ToUnicode map so
the stamp's text can be read back (and is, in the tests).

Speed (bench/sign.py: RSA-2048, one-page PDF, 2 cores): about 50 signatures a second without
stamp (p50 19 ms), 23 with the stamp (43 ms), 50 verifications a second. pyHanko signs twice
when it does not know the signature's size (once to measure), so `sign` reserves the room
itself (`_bytes_reserved`); the key stores keep parsed keys (circuits/signing/keys.py). What is
left is pyHanko building and encoding the CMS object in asn1crypto (about 15 ms), and for the
stamp the QR code (qrcode, 20 ms) and the font subset embedded at each stamp (fontTools).

Everything here is synchronous and blocking (pyHanko runs its own event loop inside): callers on
the bot's event loop use `asyncio.to_thread`.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from asn1crypto import x509
from fontTools import subset, ttLib
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.pdf_utils.writer import BasePdfFileWriter, copy_into_new_writer
from pyhanko.sign import fields, signers
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.general import SigningError
from pyhanko.sign.timestamps import HTTPTimeStamper
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import PdfSignatureStatus, SignatureCoverageLevel
from pyhanko.stamp import NoOpStampStyle, QRStampStyle
from pyhanko_certvalidator import ValidationContext

from circuits.signing.keys import (
    KeyStore,
    KeyStoreError,
    Pkcs11KeyStore,
    Pkcs12KeyStore,
    SignerName,
    softhsm_module,
)
from french.dates import format_moment_fr
from storage.evidence import SignatureReport, Verification

__all__ = [
    "KeyStore",
    "KeyStoreError",
    "Pkcs11KeyStore",
    "Pkcs12KeyStore",
    "SignatureReport",
    "SignerName",
    "Stamp",
    "Verification",
    "french_date",
    "prepare_for_signatures",
    "sign",
    "softhsm_module",
    "verify",
]

log = logging.getLogger("greffier.signing")
# NimbusSans is a name-keyed CFF font: pyHanko says so at every stamp, and rightly assumes the
# identity CID mapping. Not a problem worth a warning in the bot's log.
logging.getLogger("pyhanko.pdf_utils.font.opentype").addFilter(
    lambda record: record.getMessage() != "No ROS metadata. Assuming identity."
)

FONT_DIR = Path("/usr/share/fonts/opentype/urw-base35")
FONT = FONT_DIR / "NimbusSans-Regular.otf"
FONT_BOLD = FONT_DIR / "NimbusSans-Bold.otf"
# Basic Latin to Latin Extended-B (every European name), punctuation, the euro sign, №.
FONT_UNICODES = [*range(0x20, 0x250), *range(0x2010, 0x2050), 0x20AC, 0x2116]

# The signatures page: A4 portrait, two columns of boxes, label above each box.
PAGE_WIDTH, PAGE_HEIGHT = 595, 842
MARGIN = 50.0
BOX_WIDTH, BOX_HEIGHT = 240.0, 80.0
COLUMN_GAP = PAGE_WIDTH - 2 * MARGIN - 2 * BOX_WIDTH
LABEL_SIZES = (9, 8, 7)  # the label shrinks to fit, then takes two lines
TITLE_SIZE, NOTE_SIZE, STAMP_SIZE = 13, 9, 9
# The stamp: a QR code as high as the box on the left, the text on the right within pyHanko's
# text box margins (10 pt each side).
STAMP_TEXT_WIDTH = BOX_WIDTH - BOX_HEIGHT - 2 * 10 - 4
ROW_HEIGHT = 2 * 11 + 4 + BOX_HEIGHT + 20  # two label lines, gap, box, space below

# Room for the CMS object: the certificates it embeds, plus the signature and its attributes;
# a timestamp token adds its own signature and the TSA's certificates.
CMS_OVERHEAD = 4096
TIMESTAMP_ROOM = 12288


def french_date(moment: dt.datetime) -> str:
    """ "22 novembre 2026 à 14 h 05" (Europe/Paris time); "1er" for the first of the month."""
    if moment.tzinfo is None:
        raise ValueError("Une date de signature doit porter son fuseau horaire.")
    return format_moment_fr(moment)


@dataclass(frozen=True)
class Stamp:
    """What the visible stamp shows."""

    on_behalf: str | None  # "Pour le Maire, par délégation" when a delegate signs, else None
    signed_at: dt.datetime  # aware; shown in French, Europe/Paris time
    verify_url: str  # the QR code's target (the verification page)

    def lines(self, who: SignerName) -> list[str]:
        lines = [f"Signé par {who.full_name}", who.qualite]
        if self.on_behalf:
            lines.append(self.on_behalf)
        lines.append(f"le {french_date(self.signed_at)}")
        return lines


# --- fonts -----------------------------------------------------------------------------------


@functools.cache
def _font_bytes(path: str) -> bytes:
    """The font cut down once to the Latin alphabets, without OpenType layout tables (kerning,
    ligatures) nor subroutines.

    Each stamp embeds a subset of the font, made by fontTools at every signature: on the whole
    NimbusSans that took 110 ms, 85 of them decompiling the layout tables that pyHanko then
    drops. Without them HarfBuzz places glyphs by their advance widths, and no ligature glyph
    stands for two letters (the text reads back letter by letter)."""
    try:
        font = ttLib.TTFont(path)
    except FileNotFoundError as error:
        raise FileNotFoundError(
            f"Police {path} introuvable : installer le paquet Debian fonts-urw-base35."
        ) from error
    options = subset.Options(
        layout_features=[], desubroutinize=True, name_IDs=["*"], notdef_outline=True
    )
    options.drop_tables += ["GPOS", "GSUB", "GDEF", "kern"]
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=FONT_UNICODES)
    subsetter.subset(font)
    out = BytesIO()
    font.save(out)
    return out.getvalue()


@functools.cache
def _advance_widths(path: str) -> tuple[dict[int, int], int]:
    """Advance width of each character (font units), and the units per em."""
    font = ttLib.TTFont(BytesIO(_font_bytes(path)))
    widths = font["hmtx"].metrics
    advances = {code: widths[glyph][0] for code, glyph in font.getBestCmap().items()}
    return advances, int(font["head"].unitsPerEm)


def _width(text: str, size: float, font: Path = FONT) -> float:
    """Width of a line in points, as drawn (no kerning: the layout tables are gone)."""
    advances, units = _advance_widths(str(font))
    return sum(advances.get(ord(char), units // 2) for char in text) * size / units


def _wrapped(lines: list[str], width: float, size: float) -> list[str]:
    """Each line cut at spaces to fit `width`; a word longer than that stays whole."""
    out: list[str] = []
    for line in lines:
        current = ""
        for word in line.split():
            candidate = f"{current} {word}".strip()
            if current and _width(candidate, size) > width:
                out.append(current)
                current = word
            else:
                current = candidate
        out.append(current)
    return out


@dataclass(frozen=True)
class _FontFactory(GlyphAccumulatorFactory):
    """pyHanko's OpenType font factory, reading the font file once per process (the stock
    factory opens it at each stamp and never closes it)."""

    def create_font_engine(
        self, writer: BasePdfFileWriter, obj_stream: Any = None
    ) -> GlyphAccumulator:
        return GlyphAccumulator(
            writer=writer,
            font_handle=BytesIO(_font_bytes(self.font_file)),
            font_size=self.font_size,
            bcp47_lang_code="fr",
            obj_stream=obj_stream,
        )


# --- the signatures page ---------------------------------------------------------------------


class _Text:
    """Lines of text for one page's content stream, in one embedded font subset."""

    def __init__(self, writer: BasePdfFileWriter, font: Path, name: str) -> None:
        self.engine = _FontFactory(font_file=str(font)).create_font_engine(writer)
        self.name = name

    def width(self, text: str, size: int) -> float:
        self.engine.font_size = size
        return float(self.engine.shape(text).x_advance) * size

    def line(self, text: str, size: int, x: float, y: float) -> bytes:
        self.engine.font_size = size
        ops = self.engine.shape(text).graphics_ops
        return b"BT /%s %g Tf %g %g Td %s ET" % (self.name.encode(), size, x, y, ops)

    def wrap(self, text: str, size: int, width: float) -> list[str]:
        lines: list[str] = []
        for word in text.split():
            if lines and self.width(f"{lines[-1]} {word}", size) <= width:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        return lines or [""]


def _label_lines(text: _Text, label: str) -> tuple[int, list[str]]:
    """The label in one line at the largest size that fits, else in two at the smallest."""
    for size in LABEL_SIZES:
        if text.width(label, size) <= BOX_WIDTH:
            return size, [label]
    size = LABEL_SIZES[-1]
    lines = text.wrap(label, size, BOX_WIDTH)
    return size, [lines[0], " ".join(lines[1:])]


def _signature_page(
    writer: BasePdfFileWriter,
    heading: str,
    note: str,
    slots: Sequence[tuple[str, str]],
) -> tuple[generic.DictionaryObject, list[tuple[str, tuple[int, int, int, int]]]]:
    """One page: heading, note, and a box per slot; the page and each field's rectangle."""
    bold, regular = _Text(writer, FONT_BOLD, "F1"), _Text(writer, FONT, "F2")
    ops: list[bytes] = []
    y = PAGE_HEIGHT - MARGIN - TITLE_SIZE
    for line in bold.wrap(heading, TITLE_SIZE, PAGE_WIDTH - 2 * MARGIN)[:4]:
        ops.append(bold.line(line, TITLE_SIZE, MARGIN, y))
        y -= TITLE_SIZE * 1.3
    y -= 4
    ops.append(b"0.3 g")
    for line in regular.wrap(note, NOTE_SIZE, PAGE_WIDTH - 2 * MARGIN):
        ops.append(regular.line(line, NOTE_SIZE, MARGIN, y))
        y -= NOTE_SIZE * 1.3
    ops.append(b"0 g")
    top = y - 16
    boxes: list[tuple[str, tuple[int, int, int, int]]] = []
    for index, (field, label) in enumerate(slots):
        row, column = divmod(index, 2)
        x = MARGIN + column * (BOX_WIDTH + COLUMN_GAP)
        row_top = top - row * ROW_HEIGHT
        size, lines = _label_lines(regular, label)
        for number, line in enumerate(lines):
            ops.append(regular.line(line, size, x, row_top - size - number * (size + 2)))
        box_top = row_top - 2 * 11 - 4
        box = (round(x), round(box_top - BOX_HEIGHT), round(x + BOX_WIDTH), round(box_top))
        ops.append(
            b"q 0.6 G 0.5 w %d %d %d %d re S Q"
            % (box[0], box[1], box[2] - box[0], box[3] - box[1])
        )
        boxes.append((field, box))
    content = writer.add_object(generic.StreamObject(stream_data=b"\n".join(ops)))
    fonts = _dictionary({"/F1": bold.engine.as_resource(), "/F2": regular.engine.as_resource()})
    page = _dictionary(
        {
            "/Type": pdf_name("/Page"),
            "/MediaBox": generic.ArrayObject(
                generic.NumberObject(v)  # type: ignore[no-untyped-call]
                for v in (0, 0, PAGE_WIDTH, PAGE_HEIGHT)
            ),
            "/Resources": _dictionary({"/Font": fonts}),
            "/Contents": content,
        }
    )
    return page, boxes


def _dictionary(entries: dict[str, generic.PdfObject]) -> generic.DictionaryObject:
    return generic.DictionaryObject(  # type: ignore[no-untyped-call]
        {pdf_name(key): value for key, value in entries.items()}
    )


def slots_per_page() -> int:
    return 2 * 4


def prepare_for_signatures(
    pdf: bytes, *, title: str, reference: str, slots: Sequence[tuple[str, str]]
) -> bytes:
    """Before any signature: append a page "Signatures — <title> — Réf. <reference>" with one
    labelled box and one EMPTY signature field per slot (slot = (field name, label shown above
    the box, e.g. "Signature : Marie Durand, Maire")); more than `slots_per_page()` slots take
    more pages. The file is written anew (pyHanko's `copy_into_new_writer`: nothing is signed
    yet), the original pages' objects and content streams copied as they are.

    Raises ValueError (French) for an unreadable or encrypted PDF, one that already carries a
    signature (a page added after it would break it), or bad slots (none, a field name twice,
    a name with a dot, which PDF reads as a field hierarchy, or a name the PDF already has)."""
    names = [name for name, _ in slots]
    if not slots:
        raise ValueError("Il faut au moins un emplacement de signature.")
    if len(set(names)) != len(names) or any(not n or "." in n for n in names):
        raise ValueError("Noms de champs de signature invalides (vides, en double ou pointés).")
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        encrypted = reader.encrypted
        existing = [] if encrypted else list(fields.enumerate_sig_fields(reader))
    except Exception as error:
        raise ValueError("Ce fichier n'est pas un PDF lisible.") from error
    if encrypted:
        raise ValueError("Ce PDF est chiffré : il ne peut pas recevoir de signatures.")
    if any(value is not None for _, value, _ in existing):
        raise ValueError("Ce PDF porte déjà une signature : on ne peut plus y ajouter de page.")
    if {name for name, _, _ in existing} & set(names):
        raise ValueError("Ce PDF a déjà un champ de signature de ce nom.")
    writer = copy_into_new_writer(reader)
    original_pages = int(reader.root["/Pages"]["/Count"])
    heading = f"Signatures — {title} — Réf. {reference}"
    pages_word = "page" if original_pages == 1 else "pages"
    note = (
        f"Page ajoutée au document ({original_pages} {pages_word} avant celle-ci) pour "
        "recevoir ses signatures électroniques. Le code QR de chaque signature mène à sa "
        "page de vérification."
    )
    per_page = slots_per_page()
    for start in range(0, len(slots), per_page):
        page, boxes = _signature_page(writer, heading, note, slots[start : start + per_page])
        writer.insert_page(page)  # type: ignore[no-untyped-call]
        page_index = int(writer.root["/Pages"]["/Count"]) - 1
        for name, box in boxes:
            fields.append_signature_field(
                writer, fields.SigFieldSpec(sig_field_name=name, on_page=page_index, box=box)
            )
    out = BytesIO()
    writer.write(out)  # type: ignore[no-untyped-call]
    return out.getvalue()


# --- signing ---------------------------------------------------------------------------------


@functools.cache
def _stamp_style(line_count: int) -> QRStampStyle:
    template = "\n".join(f"%(line{i})s" for i in range(line_count))
    return QRStampStyle(
        stamp_text=template,
        border_width=0,
        innsep=3,
        text_box_style=TextBoxStyle(
            font=_FontFactory(font_file=str(FONT)), font_size=STAMP_SIZE, leading=11
        ),
    )


def _bytes_reserved(signer: signers.Signer, timestamped: bool) -> int:
    certs = {cert.dump() for cert in signer.cert_registry}
    assert signer.signing_cert is not None
    certs.add(signer.signing_cert.dump())
    room = sum(len(der) for der in certs) + CMS_OVERHEAD
    room += TIMESTAMP_ROOM if timestamped else 0
    return 2 * room  # pyHanko counts the hexadecimal digits written in the file


def sign(
    pdf: bytes,
    keys: KeyStore,
    who: SignerName,
    *,
    field: str,
    stamp: Stamp | None,
    reason: str,
    location: str | None = None,
    timestamp_url: str | None = None,
) -> bytes:
    """Fill the empty signature field `field` with a PAdES B-B signature (B-T with
    `timestamp_url`: an RFC 3161 timestamp from that server) as an incremental update.

    With `stamp`, the field's box shows a QR code (to `stamp.verify_url`) and "Signé par
    <full name>", "<qualité>", the delegation line if any, "le <date>". With None the signature
    is invisible (the field keeps its empty appearance). `reason` goes into the signature
    dictionary. Raises ValueError (French) for an unreadable PDF or when the field does not
    exist or is already signed, KeyStoreError when the key cannot be had."""
    try:
        writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)
        state = {name: value for name, value, _ in fields.enumerate_sig_fields(writer.prev)}
    except Exception as error:  # pyHanko raises many kinds on garbage
        raise ValueError("Ce fichier n'est pas un PDF lisible.") from error
    if field not in state:
        raise ValueError(f"Ce PDF n'a pas de champ de signature « {field} ».")
    if state[field] is not None:
        raise ValueError(f"Le champ de signature « {field} » est déjà signé.")
    signer = keys.signer(who)
    metadata = signers.PdfSignatureMetadata(
        field_name=field,
        md_algorithm="sha256",
        reason=reason,
        location=location,
        name=who.full_name,
        subfilter=fields.SigSeedSubFilter.PADES,
    )
    params: dict[str, str] = {}
    if stamp is None:
        style: NoOpStampStyle | QRStampStyle = NoOpStampStyle()
    else:
        # Long lines are wrapped: pyHanko would shrink the whole stamp to fit, QR code included.
        lines = _wrapped(stamp.lines(who), STAMP_TEXT_WIDTH, STAMP_SIZE)
        style = _stamp_style(len(lines))
        params = {f"line{i}": line for i, line in enumerate(lines)}
        params["url"] = stamp.verify_url
    pdf_signer = signers.PdfSigner(
        metadata,
        signer,
        timestamper=HTTPTimeStamper(timestamp_url) if timestamp_url else None,
        stamp_style=style,
    )
    reserved: int | None = _bytes_reserved(signer, timestamp_url is not None)
    while True:
        try:
            out = pdf_signer.sign_pdf(
                writer,
                existing_fields_only=True,
                bytes_reserved=reserved,
                appearance_text_params=dict(params) or None,
            )
            return bytes(out.getvalue())
        except SigningError as error:
            # A timestamp authority whose token outgrows TIMESTAMP_ROOM (a long chain of
            # certificates): once more, with pyHanko measuring the room on a dry run.
            if reserved is None or "larger than expected" not in str(error):
                raise
            log.warning("signature plus grande que prévu (%s) : nouvel essai", error)
            reserved = None
            writer = IncrementalPdfFileWriter(BytesIO(pdf), strict=False)


# --- verification ----------------------------------------------------------------------------


UNREADABLE = "Ce fichier n'est pas un PDF lisible."
UNSIGNED = "Ce PDF ne porte aucune signature."
MODIFIED = "Document modifié après signature."
ALLOWED_AFTER = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)


def _covers_up_to_date(status: PdfSignatureStatus) -> bool:
    if status.coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return True
    return bool(
        status.coverage == SignatureCoverageLevel.ENTIRE_REVISION
        and status.docmdp_ok
        and status.modification_level in ALLOWED_AFTER
    )


def _problem(status: PdfSignatureStatus, covers: bool, timestamp_ok: bool) -> str | None:
    if not status.intact:
        return "le contenu signé a été altéré : son empreinte ne correspond plus à la signature"
    if not status.valid:
        return "la signature ne correspond pas à la clé de son certificat"
    if not covers:
        return "le document a été modifié après cette signature"
    if not status.trusted:
        return "le certificat du signataire n'a pas été émis par une autorité reconnue"
    if not timestamp_ok:
        return "l'horodatage de la signature n'a pas pu être vérifié"
    if not status.bottom_line:
        return "la signature ne respecte pas les règles du document"
    return None


def _report(embedded: Any, context: ValidationContext) -> SignatureReport:
    field = str(embedded.field_name)
    reason = embedded.sig_object.get("/Reason")
    try:
        status = validate_pdf_signature(embedded, signer_validation_context=context)
    except Exception as error:  # a damaged signature is reported, never raised
        log.info("signature %s illisible : %s", field, error)
        return SignatureReport(
            field=field,
            signer_name="",
            qualite=None,
            reason=None if reason is None else str(reason),
            signed_at=None,
            timestamped=False,
            intact=False,
            trusted=False,
            valid=False,
            covers_up_to_date=False,
            problem="la signature est illisible ou endommagée",
        )
    subject = status.signing_cert.subject.native
    stamp = status.timestamp_validity
    timestamp_ok = stamp is None or bool(stamp.valid and stamp.intact and stamp.trusted)
    covers = _covers_up_to_date(status)
    valid = bool(status.bottom_line)
    return SignatureReport(
        field=field,
        signer_name=str(subject.get("common_name", "")),
        qualite=subject.get("title"),
        reason=None if reason is None else str(reason),
        signed_at=stamp.timestamp if stamp is not None else status.signer_reported_dt,
        timestamped=stamp is not None and timestamp_ok,
        intact=bool(status.intact),
        trusted=bool(status.trusted),
        valid=valid,
        covers_up_to_date=covers,
        problem=None if valid and covers else _problem(status, covers, timestamp_ok),
    )


def _summary(reports: Sequence[SignatureReport]) -> str:
    if not reports:
        return UNSIGNED
    if all(r.valid and r.covers_up_to_date for r in reports):
        if len(reports) == 1:
            return "Document intact : 1 signature valide."
        return f"Document intact : {len(reports)} signatures valides."
    if any(not r.intact or not r.covers_up_to_date for r in reports):
        return MODIFIED
    if any(not r.trusted for r in reports):
        return "Signature non reconnue : un certificat n'a pas été émis par une autorité reconnue."
    bad = next(r for r in reports if not r.valid)
    return f"Signature non valide : {bad.problem}."


def verify(pdf: bytes, trust_roots: Sequence[x509.Certificate]) -> Verification:
    """Validate every signature of the PDF (pyHanko's `validate_pdf_signature`, with its
    difference analysis of what came after each signature) against `trust_roots` only.

    Revocation: our CA publishes neither CRL nor OCSP and its certificates declare none, so the
    validation context never fetches anything (`allow_fetching=False`) and runs in pyHanko's
    "soft-fail" mode: missing revocation information does not fail a signature, a revocation
    found in information embedded in the file would. Trust is decided on the chain to the
    given roots alone (never the system's list). The certificates are checked at the present
    time (signers' certificates last `SIGNER_YEARS`, and are renewed before they end).

    A signature counts when pyHanko's `bottom_line` holds (the `valid` of its status is only the
    mathematics: it stays true when a signed byte changed). What came after it is judged by
    pyHanko's difference analysis: later signatures (form filling) are allowed; anything else
    (a page's content, and even a comment added as an annotation, which pyHanko itself lets
    through an approval signature) makes `covers_up_to_date` false and the document
    "modifié après signature". Never raises on bad input: anything unreadable gives
    readable=False."""
    digest = hashlib.sha256(pdf).hexdigest()
    unreadable = Verification(False, (), False, UNREADABLE, digest)
    try:
        reader = PdfFileReader(BytesIO(pdf))
        if reader.encrypted:
            return unreadable
        embedded = list(reader.embedded_regular_signatures)
    except Exception:  # pyHanko raises many kinds on garbage: all mean "unreadable"
        return unreadable
    context = ValidationContext(
        trust_roots=list(trust_roots), allow_fetching=False, revocation_mode="soft-fail"
    )
    reports = tuple(_report(signature, context) for signature in embedded)
    intact = bool(reports) and all(r.valid and r.covers_up_to_date for r in reports)
    return Verification(True, reports, intact, _summary(reports), digest)
