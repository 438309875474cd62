"""What a bordereau (of elimination or of transfer) is made of, and how one is recorded.

Both kinds list the documents by typologie (one line per retention row: dates extrêmes,
number, volume, DUA, the rule applied), are drawn as a PDF filed as a document kept for ever,
and carry their documents until the archives answer (`disposal` « proposed »).
"""

from __future__ import annotations

import asyncio
import csv
import io
from collections.abc import Sequence

from filing.generated import file_generated, page_count
from french.dates import PARIS
from retention import disposal_pdf
from storage.models import Document, Slip, SlipItem, SlipLine
from workflows.context import Context
from workflows.ports import Incoming

GRANTED = "granted"
REFUSED = "refused"


def dua_words(document_years: int | None, start_label: str) -> str:
    if document_years is None:
        return "sans durée"
    years = "1 an" if document_years == 1 else f"{document_years} ans"
    return f"{years} à compter de : {start_label}" if start_label else years


def rule_words(ctx: Context, row_id: str) -> str:
    row = ctx.settings.referentiel.rows.get(row_id)
    if row is None:
        return row_id
    source = " ".join(row.source.split())
    if len(source) > 160:
        source = source[:157].rsplit(" ", 1)[0] + "…"
    return f"Tableau de gestion, ligne « {row_id} » : {source}"


def slip_lines(ctx: Context, documents: Sequence[Document]) -> list[SlipLine]:
    """One line per retention row, in the order of the documents (grouped by row)."""
    lines: dict[str, SlipLine] = {}
    for document in documents:
        line = lines.get(document.row_id)
        if line is None:
            row = ctx.settings.referentiel.rows.get(document.row_id)
            line = SlipLine(
                slip_id=0,
                number=len(lines) + 1,
                row_id=document.row_id,
                typologie=row.typologie if row else document.type_label,
                first=document.document_date,
                last=document.document_date,
                count=0,
                size=0,
                dua=dua_words(document.dua_years, row.start_label if row else ""),
                rule=rule_words(ctx, document.row_id),
                observations=row.observations[:1000] if row and row.a_valider else "",
            )
            lines[document.row_id] = line
        line.first = min(line.first, document.document_date)
        line.last = max(line.last, document.document_date)
        line.count += 1
        line.size += document.size
    return list(lines.values())


def pdf_lines(lines: Sequence[SlipLine]) -> tuple[disposal_pdf.SlipLine, ...]:
    words = {GRANTED: "accordé", REFUSED: "refusé"}
    return tuple(
        disposal_pdf.SlipLine(
            number=line.number,
            typologie=line.typologie,
            first=line.first,
            last=line.last,
            count=line.count,
            size_bytes=line.size,
            dua=line.dua,
            rule=line.rule,
            observations=line.observations,
            decision=words.get(line.decision or ""),
            decision_note=line.decision_note,
        )
        for line in lines
    )


async def record(
    ctx: Context,
    incoming: Incoming,
    slip: Slip,
    *,
    pdf: bytes,
    title: str,
    documents: Sequence[Document],
    lines: Sequence[SlipLine],
) -> Document:
    """File the bordereau's PDF as a document, then store the slip with its lines and items,
    and mark its documents as proposed; all in the caller's transaction."""
    assert ctx.signatures is not None
    day = slip.created_at.astimezone(PARIS).date()
    document = await file_generated(
        ctx,
        pdf=pdf,
        sha256=await ctx.signatures.keep(pdf),
        pages=await asyncio.to_thread(page_count, pdf),
        title=title,
        base_name=f"{day.isoformat()}_BORD_{slip.number}",
        fields={"objet": title, "date": day.isoformat()},
        day=day,
        text=" ".join(line.typologie for line in lines),
        service_id=slip.service_id,
        room_id=incoming.room_id,
        filed_by=incoming.sender,
    )
    slip.document_id = document.id
    line_of = {line.row_id: line.number for line in lines}
    await ctx.uow.retention.add_slip(
        slip,
        lines,
        [SlipItem(slip_id=0, document_id=d.id or 0, line=line_of[d.row_id]) for d in documents],
    )
    await ctx.uow.retention.set_disposal([d.id or 0 for d in documents], "proposed")
    return document


CSV_HEADER = (
    "N°",
    "Typologie des documents",
    "Date la plus ancienne",
    "Date la plus récente",
    "Nombre",
    "Volume (octets)",
    "DUA",
    "Référence de la règle",
    "Observations",
    "Décision des Archives",
)


def lines_csv(lines: Sequence[SlipLine]) -> bytes:
    """The bordereau's data as a spreadsheet (semicolons, UTF-8 with its mark, as LibreOffice
    and Excel open it): several Archives départementales pre-validate it before the signed
    bordereau."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(CSV_HEADER)
    for line in lines:
        writer.writerow(
            (
                line.number,
                line.typologie,
                line.first.isoformat(),
                line.last.isoformat(),
                line.count,
                line.size,
                line.dua,
                line.rule,
                line.observations,
                line.decision or "",
            )
        )
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")
