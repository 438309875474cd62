"""The « bordereau de signature »: what proves, later, how a document was visé and signed.

A signed PDF proves who signed it, but not who was asked, who visé it before, who refused and
why, nor that the delegate who signed held a delegation that day. At the end of a circuit the
bot writes that down twice, from one `EvidenceRecord`:

- a JSON file, for machines and for the archives: every fact, times in UTC, the format named
  and versioned ("greffier.bordereau-signature/1") so a reader in ten years knows what it holds,
  and read back by `evidence_from_json` without loss;
- a PDF, for people: the same facts in French, times in Paris, the document's SHA-256 before
  and after, so anyone can check that the file kept is the one that went round.

Both are stored with the document, by their own hash, like every other file. Nothing here
is asynchronous: building the PDF takes a few tens of milliseconds, and callers on the event
loop run it in a thread.

The PDF's font is DejaVu Sans when Debian's fonts-dejavu-core is there, for every character a
name may hold; otherwise Helvetica, whose WinAnsi encoding still covers French (é, è, à, ç, œ,
« »). Hashes and Matrix event ids are long words with no space: the table cuts them anywhere
rather than let them run off the page.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import html
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from workflows.frdates import format_moment_fr

FORMAT = "greffier.bordereau-signature/1"
"""Written into every JSON file. A change of meaning takes a new number; readers refuse the
numbers they do not know rather than misread them."""

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

OUTCOME_WORDS = {
    "signé": "Document signé : le circuit est allé à son terme",
    "rejeté": "Document rejeté : le circuit a été interrompu",
    "annulé": "Circuit annulé avant son terme",
}
KIND_WORDS = {"visa": "Visa", "signature": "Signature"}
ACTION_WORDS = {
    "visa": "Visé",
    "signature": "Signé",
    "rejet": "Rejeté",
    "en attente": "En attente",
    "annulé": "Annulé",
}
CHANNEL_WORDS = {"réaction": "Réaction", "message": "Message"}


@dataclass(frozen=True)
class EvidenceStep:
    """One person's part in one step: parallel actors of a step share its number.

    `actor_*` is who the circuit designated; `acted_by_*` who actually acted, the delegate
    when someone acted by delegation (then `delegation` holds the wording that was stamped).
    """

    step: int  # 1-based
    kind: str  # "visa" | "signature"
    actor_id: str
    actor_name: str
    qualite: str
    acted_by_id: str | None  # None when nobody acted
    acted_by_name: str | None
    delegation: str | None  # "pour le Maire, par délégation (du 1er au 15 août 2026)"
    action: str  # "visa" | "signature" | "rejet" | "en attente" | "annulé"
    reason: str | None  # why it was rejected
    at: dt.datetime | None  # aware
    channel: str | None  # "réaction" | "message"
    event_id: str | None  # the Matrix event of the reaction or message
    sha256_before: str | None
    sha256_after: str | None

    def __post_init__(self) -> None:
        _require_aware("at", self.at)


@dataclass(frozen=True)
class AuditRef:
    """An entry of the audit chain the circuit wrote: its place, what it says, its hash. The
    bordereau, kept outside the database, pins those entries: `greffier audit verify` shows
    the chain still holds, and these hashes show it is the same chain."""

    seq: int
    action: str
    hash: str


@dataclass(frozen=True)
class EvidenceRecord:
    """Everything the bordereau says about one circuit, from its request to its end."""

    organisation: str
    circuit_id: int
    circuit_name: str
    document_ref: str
    document_name: str
    document_title: str
    requester_id: str
    requester_name: str
    started_at: dt.datetime  # aware
    finished_at: dt.datetime  # aware
    outcome: str  # "signé" | "rejeté" | "annulé"
    original_sha256: str
    final_sha256: str | None  # None when no signature was made
    verify_url: str | None
    steps: tuple[EvidenceStep, ...]
    audit: tuple[AuditRef, ...] = ()

    def __post_init__(self) -> None:
        _require_aware("started_at", self.started_at)
        _require_aware("finished_at", self.finished_at)


class EvidenceError(ValueError):
    """A bordereau's JSON that cannot be read back: not JSON, another format, a field missing
    or of the wrong kind. A ValueError, so callers that check input catch it with the rest."""


def _require_aware(name: str, moment: dt.datetime | None) -> None:
    """A time without its offset means a different instant in every reader's head: in a proof,
    that is refused when written, not discovered when read."""
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"Bordereau : l'heure « {name} » doit porter son fuseau horaire.")


# --- JSON ------------------------------------------------------------------------------------


def _json_value(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    raise TypeError(f"{type(value).__name__} n'a pas de forme JSON")


def evidence_json(record: EvidenceRecord) -> bytes:
    """The record as UTF-8 JSON: sorted keys and indented, so two bordereaux compare line by
    line; times in UTC with their offset written."""
    data: dict[str, object] = dataclasses.asdict(record)
    data["format"] = FORMAT
    text = json.dumps(data, default=_json_value, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode()


class _Fields:
    """Typed reads from one JSON object, naming the faulty field: a bordereau read back is
    checked, not trusted, since it may have been edited since it was written."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise EvidenceError(f"Bordereau illisible : {where} n'est pas un objet JSON.")
        self.data: Mapping[str, Any] = data
        self.where = where

    def _bad(self, key: str, wanted: str) -> EvidenceError:
        return EvidenceError(f"Bordereau illisible : « {key} » ({self.where}) doit être {wanted}.")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise self._bad(key, "un texte")
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def number(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._bad(key, "un nombre entier")
        return value

    def moment(self, key: str) -> dt.datetime:
        try:
            value = dt.datetime.fromisoformat(self.text(key))
        except ValueError as error:
            raise self._bad(key, "une date ISO 8601") from error
        if value.tzinfo is None:
            raise self._bad(key, "une date avec son fuseau horaire")
        return value

    def optional_moment(self, key: str) -> dt.datetime | None:
        return None if self.data.get(key) is None else self.moment(key)

    def objects(self, key: str) -> list[object]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self._bad(key, "une liste")
        return value


def _step_from(data: object, position: int) -> EvidenceStep:
    read = _Fields(data, f"étape n° {position + 1} de la liste")
    return EvidenceStep(
        step=read.number("step"),
        kind=read.text("kind"),
        actor_id=read.text("actor_id"),
        actor_name=read.text("actor_name"),
        qualite=read.text("qualite"),
        acted_by_id=read.optional_text("acted_by_id"),
        acted_by_name=read.optional_text("acted_by_name"),
        delegation=read.optional_text("delegation"),
        action=read.text("action"),
        reason=read.optional_text("reason"),
        at=read.optional_moment("at"),
        channel=read.optional_text("channel"),
        event_id=read.optional_text("event_id"),
        sha256_before=read.optional_text("sha256_before"),
        sha256_after=read.optional_text("sha256_after"),
    )


def evidence_from_json(data: bytes) -> EvidenceRecord:
    """The record `evidence_json` wrote; EvidenceError when the bytes are not such a record."""
    try:
        parsed = json.loads(data.decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvidenceError("Bordereau illisible : ce n'est pas du JSON en UTF-8.") from error
    read = _Fields(parsed, "le bordereau")
    if read.data.get("format") != FORMAT:
        raise EvidenceError(f"Bordereau illisible : format « {read.data.get('format')} » inconnu.")
    return EvidenceRecord(
        organisation=read.text("organisation"),
        circuit_id=read.number("circuit_id"),
        circuit_name=read.text("circuit_name"),
        document_ref=read.text("document_ref"),
        document_name=read.text("document_name"),
        document_title=read.text("document_title"),
        requester_id=read.text("requester_id"),
        requester_name=read.text("requester_name"),
        started_at=read.moment("started_at"),
        finished_at=read.moment("finished_at"),
        outcome=read.text("outcome"),
        original_sha256=read.text("original_sha256"),
        final_sha256=read.optional_text("final_sha256"),
        verify_url=read.optional_text("verify_url"),
        steps=tuple(_step_from(step, i) for i, step in enumerate(read.objects("steps"))),
        audit=tuple(
            _audit_from(entry, i)
            for i, entry in enumerate(read.objects("audit") if "audit" in read.data else [])
        ),
    )


def _audit_from(data: object, position: int) -> AuditRef:
    read = _Fields(data, f"entrée d'audit n° {position + 1} de la liste")
    return AuditRef(seq=read.number("seq"), action=read.text("action"), hash=read.text("hash"))


# --- PDF -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Fonts:
    regular: str
    bold: str
    mono: str


@functools.cache
def fonts() -> Fonts:
    """Registered once per process (reportlab's registry is global)."""
    sans, sans_bold, mono = (
        FONT_DIR / "DejaVuSans.ttf",
        FONT_DIR / "DejaVuSans-Bold.ttf",
        FONT_DIR / "DejaVuSansMono.ttf",
    )
    if not sans.is_file():
        return Fonts("Helvetica", "Helvetica-Bold", "Courier")
    pdfmetrics.registerFont(TTFont("GreffierSans", str(sans)))
    bold = "GreffierSans"
    if sans_bold.is_file():
        pdfmetrics.registerFont(TTFont("GreffierSans-Bold", str(sans_bold)))
        bold = "GreffierSans-Bold"
    pdfmetrics.registerFontFamily(
        "GreffierSans", normal="GreffierSans", bold=bold, italic="GreffierSans", boldItalic=bold
    )
    fixed = "Courier"
    if mono.is_file():
        pdfmetrics.registerFont(TTFont("GreffierMono", str(mono)))
        fixed = "GreffierMono"
    return Fonts("GreffierSans", bold, fixed)


def _when(moment: dt.datetime | None) -> str:
    """ "22 novembre 2026 à 14 h 05", Paris time, as the bot says it in messages."""
    if moment is None:
        return "—"
    return format_moment_fr(moment)


def esc(text: str) -> str:
    """Names and titles are the users' words: never markup for reportlab's paragraphs."""
    return html.escape(text, quote=False)


class Styles:
    def __init__(self, fonts: Fonts) -> None:
        self.fonts = fonts
        self.title = ParagraphStyle(
            "title", fontName=fonts.bold, fontSize=16, leading=20, spaceAfter=2 * mm
        )
        self.subtitle = ParagraphStyle(
            "subtitle", fontName=fonts.regular, fontSize=11, leading=14, spaceAfter=5 * mm
        )
        self.heading = ParagraphStyle(
            "heading", fontName=fonts.bold, fontSize=11, leading=14, spaceBefore=5 * mm
        )
        self.body = ParagraphStyle("body", fontName=fonts.regular, fontSize=9, leading=11.5)
        self.label = ParagraphStyle("label", parent=self.body, fontName=fonts.bold)
        self.hash = ParagraphStyle("hash", fontName=fonts.mono, fontSize=8, leading=10)
        self.note = ParagraphStyle(
            "note", parent=self.body, fontSize=7.5, leading=9.5, textColor=colors.grey
        )
        self.cell = ParagraphStyle("cell", fontName=fonts.regular, fontSize=7, leading=8.6)
        self.head = ParagraphStyle("head", parent=self.cell, fontName=fonts.bold)
        self.footer = ParagraphStyle(
            "footer", parent=self.cell, fontSize=6.5, leading=8, textColor=colors.grey
        )

    def small_mono(self, text: str, size: float = 6) -> str:
        return f'<font name="{self.fonts.mono}" size="{size}">{esc(text)}</font>'


def _summary(record: EvidenceRecord, styles: Styles, width: float) -> Any:
    final = (
        Paragraph(esc(record.final_sha256), styles.hash)
        if record.final_sha256
        else Paragraph("aucune : aucune signature n'a été apposée", styles.body)
    )
    document = f"<b>{esc(record.document_ref)}</b> — {esc(record.document_title)}"
    rows = [
        ("Document", document + f"<br/>Fichier : {esc(record.document_name)}"),
        ("Circuit", f"{esc(record.circuit_name)} (circuit n° {record.circuit_id})"),
        (
            "Demandé par",
            f"{esc(record.requester_name)} {styles.small_mono(record.requester_id, 7)}",
        ),
        ("Ouverture", _when(record.started_at)),
        ("Clôture", _when(record.finished_at)),
        ("Issue", f"<b>{esc(OUTCOME_WORDS.get(record.outcome, record.outcome))}</b>"),
    ]
    data: list[list[Any]] = [
        [Paragraph(label, styles.label), Paragraph(value, styles.body)] for label, value in rows
    ]
    data.append(
        [
            Paragraph("Empreinte SHA-256 du document d'origine", styles.label),
            Paragraph(esc(record.original_sha256), styles.hash),
        ]
    )
    data.append([Paragraph("Empreinte SHA-256 du document signé", styles.label), final])
    table = Table(data, colWidths=[0.3 * width, 0.7 * width], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.lightgrey),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


_COLUMNS = (
    ("Étape", 0.06),
    ("Nature", 0.09),
    ("Personne", 0.18),
    ("Délégation", 0.14),
    ("Décision", 0.09),
    ("Motif", 0.14),
    ("Date et heure", 0.13),
    ("Canal", 0.17),
)


def _step_cells(step: EvidenceStep, styles: Styles) -> list[Any]:
    person = f"<b>{esc(step.actor_name)}</b><br/>{esc(step.qualite)}"
    person += f"<br/>{styles.small_mono(step.actor_id)}"
    if step.acted_by_id is not None and step.acted_by_id != step.actor_id:
        who = esc(step.acted_by_name or step.acted_by_id)
        person += f"<br/>Action de : {who}<br/>{styles.small_mono(step.acted_by_id)}"
    channel = esc(CHANNEL_WORDS.get(step.channel, step.channel)) if step.channel else "—"
    if step.event_id:
        channel += f"<br/>Événement :<br/>{styles.small_mono(step.event_id)}"
    texts = [
        str(step.step),
        esc(KIND_WORDS.get(step.kind, step.kind)),
        person,
        esc(step.delegation) if step.delegation else "—",
        f"<b>{esc(ACTION_WORDS.get(step.action, step.action))}</b>",
        esc(step.reason) if step.reason else "—",
        _when(step.at),
        channel,
    ]
    return [Paragraph(text, styles.cell) for text in texts]


def _hashes_cell(step: EvidenceStep, styles: Styles) -> Any | None:
    """The document's hash as this step found and left it: a spanning line under the step, as
    64 hexadecimal digits do not fit in a column."""
    if step.sha256_before is None and step.sha256_after is None:
        return None
    if step.sha256_before == step.sha256_after:
        lines = [
            f"Empreinte SHA-256, inchangée : {styles.small_mono(step.sha256_before or '', 6.5)}"
        ]
    else:
        lines = [
            f"Empreinte SHA-256 {when} : {styles.small_mono(value, 6.5)}"
            for when, value in (("avant", step.sha256_before), ("après", step.sha256_after))
            if value is not None
        ]
    return Paragraph("<br/>".join(lines), styles.footer)


def _steps_table(record: EvidenceRecord, styles: Styles, width: float) -> Any:
    data: list[list[Any]] = [[Paragraph(name, styles.head) for name, _ in _COLUMNS]]
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
    ]
    for step in record.steps:
        data.append(_step_cells(step, styles))
        hashes = _hashes_cell(step, styles)
        if hashes is not None:
            row = len(data)
            data.append([hashes] + [""] * (len(_COLUMNS) - 1))
            commands.append(("SPAN", (0, row), (-1, row)))
            commands.append(("TOPPADDING", (0, row), (-1, row), 0))
            commands.append(("NOSPLIT", (0, row - 1), (-1, row)))  # a page never parts them
        commands.append(("LINEBELOW", (0, len(data) - 1), (-1, len(data) - 1), 0.25, colors.grey))
    table = Table(
        data, colWidths=[share * width for _, share in _COLUMNS], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def bordereau_pdf(record: EvidenceRecord) -> bytes:
    """The bordereau as an A4 PDF in French, as many pages as the circuit has steps for."""
    styles = Styles(fonts())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=20 * mm,
        title=f"Bordereau de signature — {record.document_ref}",
        author=record.organisation,
        subject=record.document_title,
        creator="Greffier",
    )
    width = document.width
    story = [
        Paragraph("Bordereau de signature", styles.title),
        Paragraph(esc(record.organisation), styles.subtitle),
        _summary(record, styles, width),
        Spacer(1, 2 * mm),
        Paragraph(
            "Heures de Paris. L'empreinte SHA-256 identifie un fichier à l'octet près : "
            "recalculée sur le fichier conservé, elle doit être identique à celle écrite ici.",
            styles.note,
        ),
        Paragraph("Déroulement du circuit", styles.heading),
        Spacer(1, 2 * mm),
        _steps_table(record, styles, width),
    ]
    if record.audit:
        story.append(Paragraph("Journal d'audit", styles.heading))
        story.append(
            Paragraph(
                "Entrées de la chaîne d'audit écrites par ce circuit : leur empreinte permet de "
                "vérifier que le journal conservé est bien celui-ci (greffier audit verify).",
                styles.note,
            )
        )
        for entry in record.audit:
            story.append(
                Paragraph(
                    f"n° {entry.seq} — {esc(entry.action)} — {styles.small_mono(entry.hash)}",
                    styles.body,
                )
            )
    footer = (
        f"Bordereau de signature du document {esc(record.document_ref)}, "
        f"{esc(record.organisation)}."
    )
    if record.verify_url:
        footer += f" Vérification en ligne : {esc(record.verify_url)}"

    def on_page(canvas: Any, doc: Any) -> None:
        text = Paragraph(f"{footer} — page {doc.page}", styles.footer)
        _, height = text.wrap(doc.width, doc.bottomMargin)
        text.drawOn(canvas, doc.leftMargin, doc.bottomMargin - height - 3 * mm)

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
