"""The end of filing: what the summary shows, and the one transaction that files it.

`plan` computes name, title, class and retention from the draft once; `store` writes the
document row, the learned words, the audit entry and the reply together, and deletes the
draft, so a document is filed whole or not at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel

from filing import classify, extract, sensitive
from filing.terms import document_terms
from french.dates import format_date_fr
from referentiel import naming, retention
from referentiel.model import DocType
from storage.models import Dialogue, Document
from workflows import audience
from workflows.basics import reply
from workflows.context import Context
from workflows.draft import Draft, class_label, doc_type
from workflows.ports import Incoming, Message


async def duplicate_message(ctx: Context, incoming: Incoming, existing: Document) -> Message:
    """Where the document already is, when everyone reading the answer may see it; only that
    it is, otherwise (the reference tells nothing of its content)."""
    readers = await audience.of_message(ctx, incoming)
    visible = readers.all_may_see(existing)
    context: dict[str, Any] = {"visible": visible, "ref": existing.ref}
    if visible:
        context |= {
            "name": existing.name,
            "title": existing.title,
            "class_label": class_label(ctx, existing.class_code),
            "filed_on": format_date_fr(existing.filed_at.date()),
        }
    return Message("filing_duplicate", context)


class Planned(BaseModel):
    """What the summary shows and the store writes: computed once from the draft."""

    type_label: str
    class_code: str
    class_label: str
    row_id: str
    title: str
    base_name: str
    document_date: dt.date
    retention: dict[str, Any]
    values_display: list[tuple[str, str]]
    dossier: str | None = None  # as the agent gave it (« 2025-0012 »)


def template_values(doc_type: DocType, draft: Draft) -> dict[str, object]:
    values: dict[str, object] = {}
    for spec in doc_type.fields:
        raw = draft.values.get(spec.name, "")
        values[spec.name] = extract.template_value(spec, raw) if raw else ""
    return values


def plan(ctx: Context, draft: Draft) -> Planned:
    referentiel = ctx.settings.referentiel
    kind = doc_type(ctx, draft)
    row = referentiel.row_of(kind)
    values = template_values(kind, draft)
    date_value = values.get(kind.date_field)
    document_date = date_value if isinstance(date_value, dt.date) else ctx.clock.now().date()
    values.setdefault("date", document_date)
    values["type"] = kind.label
    values["code"] = row.class_code
    kept = retention.compute(row, retention.start_of(row, kind, values, document_date))
    displayed = [
        (spec.label, extract.display_value(spec, draft.values[spec.name]))
        for spec in kind.fields
        if draft.values.get(spec.name)
    ]
    counted_from = None
    if kept.start is not None:
        counted_from = format_date_fr(kept.start)
        if row.start_label:
            counted_from += f" ({row.start_label})"
    dossier = draft.values.get(kind.dossier_field, "").strip() if kind.dossier_field else ""
    return Planned(
        type_label=kind.label,
        class_code=row.class_code,
        class_label=class_label(ctx, row.class_code),
        row_id=row.id,
        title=naming.render_title(kind.title, values),
        base_name=naming.render_name(kind.naming, values),
        document_date=document_date,
        retention={
            "sort": kept.sort,
            "dua_years": kept.dua_years,
            "start": kept.start.isoformat() if kept.start else None,
            "dua_end": kept.dua_end.isoformat() if kept.dua_end else None,
            "a_valider": kept.a_valider,
            "phrase": kept.phrase,
            "counted_from": counted_from,
            "awaiting": kept.awaiting,
            "waiting_for": retention.event_label(row) if kept.awaiting else None,
        },
        dossier=dossier or None,
        values_display=displayed,
    )


async def store(  # noqa: PLR0917 - the event, its dialogue, and what the slow half read
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    draft: Draft,
    text: str,
    found: Sequence[sensitive.Finding] | None = None,
) -> str:
    """One transaction: document row, learning, audit, dialogue gone, reply. `found`: what
    makes `text` sensitive, read beforehand in a thread (else read here)."""
    assert draft.pdf is not None and draft.source_sha256 is not None
    existing = await ctx.uow.documents.by_source(draft.source_sha256)
    if existing is not None:  # filed meanwhile by someone else (same file, two drafts)
        await ctx.uow.dialogues.delete(dialogue)
        ctx.released.update(draft.blobs)
        await reply(ctx, incoming, await duplicate_message(ctx, incoming, existing))
        return "filing-duplicate"
    planned = plan(ctx, draft)
    now = ctx.clock.now()
    taken = await ctx.uow.documents.names_starting(planned.base_name)
    name = naming.unique_name(planned.base_name, ".pdf", taken.__contains__)
    sequence = await ctx.uow.counters.next(f"ref-{now.year}")
    ref = f"{now.year}-{sequence:04d}"
    joined = await ctx.uow.members.joined_rooms([incoming.sender])
    service = ctx.settings.directory.service_for(
        incoming.room_id, incoming.sender, joined[incoming.sender]
    )
    kind = doc_type(ctx, draft)
    kept = planned.retention
    sensitivity = sensitivity_of(ctx, kind, text, found, told_health=draft.health)
    if sensitivity is not None:
        # Filed under the service that owns such documents (the RH for a payslip), wherever
        # it was dropped; without one, under the room's service, still narrowed.
        service = ctx.settings.directory.owner_of(sensitivity.kind) or service
    document = Document(
        ref=ref,
        name=name,
        title=planned.title,
        type_id=kind.id,
        type_label=kind.label,
        class_code=planned.class_code,
        row_id=planned.row_id,
        fields=dict(draft.values),
        document_date=planned.document_date,
        sort=kept["sort"],
        dua_years=kept["dua_years"],
        dua_start=(
            dt.date.fromisoformat(kept["start"]) if kept["start"] else planned.document_date
        ),
        dua_end=dt.date.fromisoformat(kept["dua_end"]) if kept["dua_end"] else None,
        awaiting_event=kept["awaiting"],
        sensitive=sensitivity.kind if sensitivity else None,
        dossier=retention.dossier_key(planned.dossier) if planned.dossier else None,
        a_valider=kept["a_valider"],
        sha256=draft.pdf.sha256,
        source_sha256=draft.source_sha256,
        size=draft.pdf.size,
        pages=draft.pages,
        mimetype=draft.pdf.mimetype,
        original_name=draft.original_name[:255],
        text=text,
        ocr=draft.ocr,
        warnings=list(draft.warnings),
        service_id=service.id if service else None,
        room_id=incoming.room_id,
        filed_by=incoming.sender,
        filed_at=now,
        event_id=incoming.event_id,
    )
    await ctx.uow.documents.add(document)
    assert document.id is not None
    terms = sorted(
        document_terms(
            name=name,
            title=planned.title,
            type_label=kind.label,
            class_label=planned.class_label,
            ref=ref,
            year=planned.document_date.year,
            fields=draft.values,
            service=service.name if service else None,
            text=text,
        )
    )
    await ctx.uow.search.add(document.id, terms)
    ctx.words_added.extend(terms)
    await ctx.uow.type_stats.learn(kind.id, classify.tokens(text))
    await ctx.uow.dialogues.delete(dialogue)
    ctx.released.update(b for b in draft.blobs if b != draft.pdf.sha256)
    await ctx.uow.audit.append(
        incoming.sender,
        "document.filed",
        subject=ref,
        event_id=incoming.event_id,
        details={
            "name": name,
            "type": kind.id,
            "class": planned.class_code,
            "row": planned.row_id,
            "sha256": draft.pdf.sha256,
            "sort": kept["sort"],
            "dua_end": kept["dua_end"],
            "awaiting": kept["awaiting"],
            "sensitive": sensitivity.kind if sensitivity else None,
        },
    )
    done = Message(
        "filing_done",
        {
            "ref": ref,
            "name": name,
            "title": planned.title,
            "class_label": planned.class_label,
            "retention": kept["phrase"],
            "warnings": draft.warnings,
            "service": service.name if service else None,
            "waiting_for": kept["waiting_for"],
            "tell": (
                retention.event_example(kept["awaiting"], planned.dossier or ref)
                if kept["awaiting"]
                else None
            ),
            "sensitive": sensitivity.why if sensitivity else None,
        },
        # Replying « circuit » to this message starts a signature circuit on it.
        topic=f"document:{document.id}",
    )
    readers = await audience.of_message(ctx, incoming)
    if readers.all_may_see(document):
        await reply(ctx, incoming, done)
    else:
        # Someone in this room may not see it: the room hears only that it is filed, the
        # agent gets the details privately.
        await reply(
            ctx,
            incoming,
            Message("filing_done_elsewhere", {"ref": ref, "why": done.context["sensitive"]}),
        )
        await ctx.chat.direct(incoming.sender, done)
    return "filing-stored"


def sensitivity_of(
    ctx: Context,
    kind: DocType,
    text: str,
    found: Sequence[sensitive.Finding] | None = None,
    *,
    told_health: bool | None = None,
) -> sensitive.Sensitivity | None:
    return sensitive.of_document(
        text, kind, ctx.settings.referentiel.row_of(kind), found, told_health=told_health
    )


def health_in_doubt(ctx: Context, kind: DocType, text: str) -> bool:
    return sensitive.health_in_doubt(text, kind, ctx.settings.referentiel.row_of(kind))
