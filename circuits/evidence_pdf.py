"""The bordereau de signature as a PDF, for people: the facts of an `EvidenceRecord` in French,
times in Paris, the document's SHA-256 before and after, so anyone can check that the file
kept is the one that went round.

Apart from `storage.evidence` (the record and its JSON) so that reportlab, about 6 MB
resident, is loaded when a circuit first ends, not by every bot at start. Nothing here is
asynchronous: building the PDF takes a few tens of milliseconds, and callers on the event loop
run it in a thread.

The PDF's font is DejaVu Sans when Debian's fonts-dejavu-core is there, for every character a
name may hold; otherwise Helvetica, whose WinAnsi encoding still covers French (é, è, à, ç, œ,
« »). Hashes and Matrix event ids are long words with no space: the table cuts them anywhere
rather than let them run off the page.
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import io
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

from french.dates import format_moment_fr
from storage.evidence import EvidenceRecord, EvidenceStep

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
    if step.device_id:
        verified = "vérifiée" if step.device_verified else "non vérifiée"
        channel += f"<br/>Session {verified} :<br/>{styles.small_mono(step.device_id)}"
    elif step.device_verified:
        channel += "<br/>Non chiffrée : toutes les sessions de la personne étaient vérifiées"
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


def build_with_footer(document: Any, story: list[Any], footer: str, styles: Styles) -> None:
    """Lay out `story` with "`footer` — page N" in every page's bottom margin: a page printed
    alone still says what it belongs to. `footer` is markup, already escaped."""

    def on_page(canvas: Any, doc: Any) -> None:
        text = Paragraph(f"{footer} — page {doc.page}", styles.footer)
        _, height = text.wrap(doc.width, doc.bottomMargin)
        text.drawOn(canvas, doc.leftMargin, doc.bottomMargin - height - 3 * mm)

    document.build(story, onFirstPage=on_page, onLaterPages=on_page)


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

    build_with_footer(document, story, footer, styles)
    return buffer.getvalue()
