"""The bordereaux d'élimination and de versement and the procès-verbal of destruction, drawn in
reportlab from the views of `retention.disposal_pdf` (see there for what they hold and why)."""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from circuits.evidence_pdf import Styles, build_with_footer, esc, fonts
from french.dates import format_date_fr, format_moment_fr
from french.sizes import human_size
from retention.disposal_pdf import DestructionRecord, EliminationSlip, SlipLine, TransferSlip

_COLUMNS = (
    "N°",
    "Typologie des documents",
    "Dates extrêmes",
    "Nombre",
    "Volume",
    "DUA",
    "Référence de la règle",
    "Observations",
    "Décision des Archives",
)
# Shares of the text width, per column: the landscape bordereaux have room; the portrait
# procès-verbal gives the narrow columns enough for their heading and a date range.
_LANDSCAPE = (0.04, 0.2, 0.09, 0.06, 0.07, 0.11, 0.19, 0.12, 0.12)
_PORTRAIT = (0.04, 0.17, 0.1, 0.075, 0.075, 0.11, 0.17, 0.11, 0.15)
HASH_SIZE = 6.5
"""Points: a SHA-256 in the procès-verbal stays on one line, to be copied and compared whole."""


def _years(line: SlipLine) -> str:
    if line.first == line.last:
        return format_date_fr(line.first)
    return f"{line.first:%d/%m/%Y}&nbsp;– {line.last:%d/%m/%Y}"  # the dash stays with the first


def _lines_table(
    lines: Sequence[SlipLine], styles: Styles, width: float, shares: Sequence[float] = _LANDSCAPE
) -> Any:
    cell = styles.cell
    data: list[list[Any]] = [[Paragraph(name, styles.head) for name in _COLUMNS]]
    for line in lines:
        decision = line.decision or ""
        if line.decision_note:
            decision += f" : {line.decision_note}"
        data.append(
            [
                Paragraph(str(line.number), cell),
                Paragraph(esc(line.typologie), cell),
                Paragraph(_years(line), cell),
                Paragraph(str(line.count), cell),
                Paragraph(human_size(line.size_bytes), cell),
                Paragraph(esc(line.dua), cell),
                Paragraph(esc(line.rule), cell),
                Paragraph(esc(line.observations), cell),
                Paragraph(esc(decision), cell),
            ]
        )
    total_count = sum(line.count for line in lines)
    total_size = sum(line.size_bytes for line in lines)
    data.append(
        [
            "",
            Paragraph("Total", styles.head),
            "",
            Paragraph(str(total_count), styles.head),
            Paragraph(human_size(total_size), styles.head),
            "",
            "",
            "",
            "",
        ]
    )
    table = Table(data, colWidths=[share * width for share in shares], repeatRows=1, hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table


def _build(story: list[Any], *, title: str, author: str, portrait: bool = False) -> bytes:
    styles = Styles(fonts())
    buffer = io.BytesIO()
    document = SimpleDocTemplate(
        buffer,
        pagesize=A4 if portrait else landscape(A4),
        leftMargin=12 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=16 * mm,
        title=title,
        author=author,
        creator="Greffier",
    )

    build_with_footer(document, story, f"{esc(title)} — {esc(author)}", styles)
    return buffer.getvalue()


def _width(portrait: bool) -> float:
    page_width = A4[0] if portrait else landscape(A4)[0]
    return float(page_width - 24 * mm)


def _heading(styles: Styles, title: str, rows: Sequence[tuple[str, str]]) -> list[Any]:
    story: list[Any] = [Paragraph(esc(title), styles.title)]
    for label, value in rows:
        story.append(Paragraph(f"<b>{esc(label)} :</b> {esc(value)}", styles.body))
    story.append(Spacer(1, 4 * mm))
    return story


def elimination_pdf(slip: EliminationSlip) -> bytes:
    styles = Styles(fonts())
    story = _heading(
        styles,
        "Bordereau d'élimination d'archives",
        (
            ("N°", slip.number),
            ("Collectivité", slip.organisation),
            ("Service producteur", slip.service),
            ("Proposé par", slip.referent),
            ("Date", format_date_fr(slip.created)),
        ),
    )
    story.append(_lines_table(slip.lines, styles, _width(False)))
    story.append(Spacer(1, 4 * mm))
    closing: list[Any] = [
        Paragraph(
            "Toute élimination d'archives publiques est interdite sans le visa de la personne "
            "chargée du contrôle scientifique et technique de l'État sur les archives, ici le "
            "directeur des Archives départementales (Code du patrimoine, articles L212-2 et "
            "R212-14). Les documents ne sont détruits qu'après le retour de ce bordereau visé, "
            "et seulement pour les lignes accordées. Le bordereau visé est conservé sans "
            "limite de durée.",
            styles.body,
        ),
        Spacer(1, 3 * mm),
        Paragraph("Signatures et visa", styles.heading),
    ]
    closing.extend(Paragraph(esc(signatory), styles.body) for signatory in slip.signatories)
    closing.append(
        Paragraph(
            "Les signatures électroniques (PAdES) sont apposées sur ce document, sur sa page "
            "de signatures ; leur vérification est possible avec tout lecteur PDF ou sur la "
            "page de vérification de la collectivité.",
            styles.note,
        )
    )
    story.append(KeepTogether(closing))  # the law and the signatures on one page
    return _build(story, title=f"Bordereau d'élimination {slip.number}", author=slip.organisation)


def transfer_pdf(slip: TransferSlip) -> bytes:
    styles = Styles(fonts())
    story = _heading(
        styles,
        "Bordereau de versement d'archives",
        (
            ("N°", slip.number),
            ("Collectivité", slip.organisation),
            ("Service versant", slip.service),
            ("Service d'archives", slip.archives),
            ("Date", format_date_fr(slip.created)),
            ("Paquet SEDA", slip.package_name),
        ),
    )
    story.append(_lines_table(slip.lines, styles, _width(False)))
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph("Empreinte SHA-256 du paquet :", styles.body))
    story.append(Paragraph(esc(slip.package_sha256), styles.hash))
    return _build(story, title=f"Bordereau de versement {slip.number}", author=slip.organisation)


def destruction_pdf(record: DestructionRecord) -> bytes:
    styles = Styles(fonts())
    story = _heading(
        styles,
        "Procès-verbal de destruction",
        (
            ("Bordereau d'élimination", record.number),
            ("Collectivité", record.organisation),
            ("Service producteur", record.service),
            ("Visa des Archives", f"{record.visa_by}, le {format_moment_fr(record.visa_at)}"),
            ("Destruction", format_moment_fr(record.destroyed_at)),
        ),
    )
    story.append(
        Paragraph(
            f"Les {len(record.documents)} documents ci-dessous, des lignes accordées du "
            f"bordereau {esc(record.number)}, ont été détruits : fichiers effacés, texte et "
            "index de recherche supprimés. Restent la référence, le type, les dates, la "
            "taille et l'empreinte SHA-256 de chacun, qui permettent de prouver quel fichier "
            "a été détruit.",
            styles.body,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(_lines_table(record.lines, styles, _width(True), _PORTRAIT))
    story.append(Paragraph("Documents détruits", styles.heading))
    rows: list[list[Any]] = [
        [Paragraph(h, styles.head) for h in ("Référence", "Type", "Empreinte SHA-256")]
    ]
    for ref, title, sha in record.documents:
        rows.append(
            [
                Paragraph(esc(ref), styles.cell),
                Paragraph(esc(title), styles.cell),
                Paragraph(styles.small_mono(sha, HASH_SIZE), styles.cell),
            ]
        )
    width = _width(True)
    table = Table(
        rows, colWidths=[0.18 * width, 0.28 * width, 0.54 * width], repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.9, 0.9, 0.9)),
            ]
        )
    )
    story.append(table)
    return _build(
        story,
        title=f"Procès-verbal de destruction — {record.number}",
        author=record.organisation,
        portrait=True,
    )
