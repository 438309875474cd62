"""Transfer to the Archives départementales (versement): a SEDA package and its bordereau.

« verser » (or the digest's choice) gathers the service's documents whose DUA has ended and
whose sort final says « conserver » (C, or T kept at the sorting), builds the SEDA 2.2
package (manifest checked against the official schema before anything leaves: a manifest
the schema refuses is never sent) and the bordereau de versement, files the bordereau as a
document kept for ever, and sends both to the archivist's account. The archivist
acknowledges with ✅ or « reçu » (a reply or a reaction to the request), or refuses with ❌ or
« non » and the reason. Only then are the documents marked transferred.

Choices: a signed document goes in its signed version; a package holds at most
`MAX_DOCUMENTS` documents (the rest wait for the next one); after the archives' receipt the
collectivité keeps its copy, marked « versé aux Archives », still found by search: the
definitive archive is the one the archives hold.
"""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from circuits import engine as circuits
from retention import disposal_pdf, slips
from storage.models import Document, Slip
from workflows.basics import reply
from workflows.context import Context
from workflows.decisions import read_decision, read_reaction
from workflows.ports import Incoming, Message, UserId

if TYPE_CHECKING:
    from retention.seda import SedaItem

MAX_DOCUMENTS = 500
TOPIC_PREFIX = "slip:"


def topic_of(slip: Slip) -> str:
    return f"{TOPIC_PREFIX}{slip.id}"


def slip_id_of(topic: str | None) -> int | None:
    if topic is None or not topic.startswith(TOPIC_PREFIX):
        return None
    return int(topic[len(TOPIC_PREFIX) :])


async def _item(ctx: Context, document: Document) -> tuple[SedaItem, bytes]:
    from retention import seda

    assert ctx.signatures is not None
    sha, name = await circuits.current_version(ctx, document)
    data = await ctx.signatures.read(sha)
    settings = ctx.settings.retention
    row = ctx.settings.referentiel.rows.get(document.row_id)
    return (
        seda.SedaItem(
            identifier=document.ref,
            title=document.title,
            filename=name,
            sha256=sha,
            size=len(data),
            mimetype=document.mimetype,
            start_date=document.document_date,
            end_date=document.document_date,
            type_label=row.typologie if row else document.type_label,
            rule=seda.rule_value(settings.rule_style, document.dua_years, document.row_id),
            rule_start=document.dua_start,
            final_action=seda.final_action(document.sort),
            signed=sha != document.sha256,
        ),
        data,
    )


async def propose(ctx: Context, incoming: Incoming, service_id: str | None) -> str:
    from retention import seda

    settings = ctx.settings.retention
    if ctx.signatures is None or settings.archivist is None:
        why = (
            "le compte des Archives départementales n'est pas configuré "
            "(retention.archives.archivist)"
            if settings.archivist is None
            else "le stockage des bordereaux n'est pas prêt sur ce serveur"
        )
        await reply(ctx, incoming, Message("transfer_impossible", {"why": why}))
        return "transfer-impossible"
    day = ctx.today()
    due = await ctx.uow.retention.due_documents(service_id, ["C"], day)
    documents = due[:MAX_DOCUMENTS]
    service = ctx.settings.directory.get(service_id)
    service_name = service.name if service else "Sans service"
    if not documents:
        await reply(ctx, incoming, Message("transfer_nothing", {"service": service_name}))
        return "transfer-nothing"
    number = f"BV-{day.year}-{await ctx.uow.counters.next(f'slip-bv-{day.year}'):03d}"
    built = [await _item(ctx, d) for d in documents]
    package = seda.SedaTransfer(
        message_identifier=number,
        date=ctx.clock.now(),
        comment=f"Versement du service {service_name}, {len(documents)} documents",
        archival_agency=settings.archives_id,
        transferring_agency=settings.transferring_id,
        originating_agency=settings.transferring_id,
        archival_agreement=settings.agreement,
        service_name=service_name,
        items=tuple(item for item, _ in built),
    )
    manifest = seda.manifest_xml(package)
    errors = await asyncio.to_thread(seda.validate, manifest)
    if errors:
        await reply(ctx, incoming, Message("transfer_invalid", {"errors": errors[:3]}))
        await ctx.uow.audit.append(
            incoming.sender, "transfer.invalid", subject=number, details={"errors": errors[:10]}
        )
        return "transfer-invalid"
    contents = {item.sha256: data for item, data in built}
    archive = await asyncio.to_thread(seda.package_zip, package, contents)
    package_sha = await ctx.signatures.keep(archive)
    lines = slips.slip_lines(ctx, documents)
    slip_view = disposal_pdf.TransferSlip(
        number=number,
        organisation=ctx.settings.circuits.organisation,
        service=service_name,
        archives=settings.archives_name,
        created=day,
        lines=slips.pdf_lines(lines),
        package_name=f"{number}.zip",
        package_sha256=package_sha,
    )
    pdf = await asyncio.to_thread(disposal_pdf.transfer_pdf, slip_view)
    slip = Slip(
        kind="transfer",
        number=number,
        service_id=service_id,
        requester=incoming.sender,
        room_id=incoming.room_id,
        status="sent",
        package_sha256=package_sha,
        created_at=ctx.clock.now(),
    )
    bordereau = await slips.record(
        ctx,
        incoming,
        slip,
        pdf=pdf,
        title=f"Bordereau de versement {number} — {service_name} ({len(documents)} documents)",
        documents=documents,
        lines=lines,
    )
    pdf_sha = bordereau.sha256
    archivist = UserId(settings.archivist)
    topic = topic_of(slip)
    await ctx.chat.direct_file(archivist, package_sha, f"{number}.zip", "application/zip")
    await ctx.chat.direct_file(archivist, pdf_sha, bordereau.name, "application/pdf")
    await ctx.chat.direct(
        archivist,
        Message(
            "transfer_request",
            {
                "number": number,
                "service": service_name,
                "organisation": ctx.settings.circuits.organisation,
                "count": len(documents),
                "requester": circuits.describe(ctx.settings.circuits, incoming.sender),
            },
            topic=topic,
        ),
    )
    await ctx.uow.audit.append(
        incoming.sender,
        "transfer.sent",
        subject=number,
        event_id=incoming.event_id,
        details={"package_sha256": package_sha, "documents": [d.ref for d in documents]},
    )
    await reply(
        ctx,
        incoming,
        Message(
            "transfer_sent",
            {
                "number": number,
                "count": len(documents),
                "left": len(due) - len(documents),
                "archives": settings.archives_name,
                "ref": bordereau.ref,
            },
        ),
    )
    return "transfer-sent"


async def acknowledge(ctx: Context, incoming: Incoming, slip_id: int) -> str:
    """The archivist's answer to a transfer: received (✅, « reçu ») or refused (❌, « non … »)."""
    slip = await ctx.uow.retention.slip(slip_id)
    if slip is None or slip.kind != "transfer":
        return "transfer-ignored"
    if incoming.kind == "reaction":
        verdict = read_reaction(incoming.reaction or "")
        reason = None
    else:
        decision = read_decision(incoming.text or "")
        words = (incoming.text or "").strip().lower()
        verdict = True if words.startswith(("reçu", "recu", "accepté", "accepte")) else None
        if decision is not None:
            verdict = decision.approve
        reason = decision.reason if decision is not None else None
    if verdict is None:
        if incoming.kind == "reaction":
            return "transfer-ignored"
        await reply(ctx, incoming, Message("transfer_how", {"number": slip.number}))
        return "transfer-unclear"
    if incoming.sender != ctx.settings.retention.archivist:
        await reply(ctx, incoming, Message("transfer_not_yours", {"number": slip.number}))
        return "transfer-not-yours"
    if slip.status != "sent":
        await reply(
            ctx,
            incoming,
            Message("transfer_already", {"number": slip.number, "status": slip.status}),
        )
        return "transfer-already"
    if not verdict and not reason:
        await reply(ctx, incoming, Message("transfer_reason", {"number": slip.number}))
        return "transfer-ask-reason"
    assert slip.id is not None
    now = ctx.clock.now()
    items = [i for i in await ctx.uow.retention.items(slip.id) if i.status == "pending"]
    for item in items:
        item.status = "transferred" if verdict else "returned"
        await ctx.uow.retention.save(item)
    await ctx.uow.retention.set_disposal(
        [i.document_id for i in items], "transferred" if verdict else ""
    )
    slip.status = "accepted" if verdict else "refused"
    slip.decided_at = slip.done_at = now
    slip.decided_by = incoming.sender
    await ctx.uow.retention.save(slip)
    await ctx.uow.audit.append(
        incoming.sender,
        f"transfer.{slip.status}",
        subject=slip.number,
        event_id=incoming.event_id,
        details={"documents": len(items), "reason": reason},
    )
    await reply(
        ctx, incoming, Message("transfer_noted", {"number": slip.number, "accepted": verdict})
    )
    await ctx.chat.direct(
        UserId(slip.requester),
        Message(
            "transfer_decided",
            {
                "number": slip.number,
                "accepted": verdict,
                "count": len(items),
                "reason": reason,
                "archives": ctx.settings.retention.archives_name,
            },
        ),
    )
    return f"transfer-{slip.status}"
