"""Filing a PDF the bot drew itself (a bordereau, a procès-verbal of destruction).

Such a PDF is a document like any other: it has a reference, is found by « cherche bordereau
2026 », is shown by `statut`, can go through a signature circuit (the bordereau d'élimination
does), and follows its retention row (kept for ever). Filing it through the same table keeps
one way to store, find and protect documents.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
from collections.abc import Mapping

from pypdf import PdfReader

from filing.terms import document_terms
from referentiel import naming
from storage.models import Document
from workflows.context import Context
from workflows.draft import class_label

SLIP_TYPE = "row:admin-bordereaux-archives"
"""The generic type of the archives row: no shipped type (nothing to recognise in an
upload), one retention rule (kept for ever)."""


def page_count(pdf: bytes) -> int:
    return len(PdfReader(io.BytesIO(pdf)).pages)


async def file_generated(
    ctx: Context,
    *,
    pdf: bytes,
    sha256: str,
    pages: int,
    title: str,
    base_name: str,
    fields: Mapping[str, str],
    day: dt.date,
    text: str,
    service_id: str | None,
    room_id: str,
    filed_by: str,
    type_id: str = SLIP_TYPE,
) -> Document:
    """Store the document row and its search words, in the caller's transaction. The file is
    already in the blob store (`sha256`)."""
    referentiel = ctx.settings.referentiel
    kind = referentiel.type(type_id)
    row = referentiel.row_of(kind)
    now = ctx.clock.now()
    taken = await ctx.uow.documents.names_starting(base_name)
    name = naming.unique_name(base_name, ".pdf", taken.__contains__)
    sequence = await ctx.uow.counters.next(f"ref-{now.year}")
    ref = f"{now.year}-{sequence:04d}"
    service = ctx.settings.directory.get(service_id)
    document = Document(
        ref=ref,
        name=name,
        title=title[:300],
        type_id=kind.id,
        type_label=kind.label,
        class_code=row.class_code,
        row_id=row.id,
        fields=dict(fields),
        document_date=day,
        sort=row.sort,
        dua_years=row.dua_years,
        dua_start=day,
        dua_end=None,
        a_valider=row.a_valider,
        sha256=sha256,
        source_sha256=hashlib.sha256(pdf).hexdigest(),
        size=len(pdf),
        pages=pages,
        mimetype="application/pdf",
        original_name=name,
        text=text,
        service_id=service_id,
        room_id=room_id,
        filed_by=filed_by,
        filed_at=now,
    )
    await ctx.uow.documents.add(document)
    assert document.id is not None
    terms = sorted(
        document_terms(
            name=name,
            title=document.title,
            type_label=kind.label,
            class_label=class_label(ctx, row.class_code),
            ref=ref,
            year=day.year,
            fields=dict(fields),
            service=service.name if service else None,
            text=text,
        )
    )
    await ctx.uow.search.add(document.id, terms)
    ctx.words_added.extend(terms)
    return document
