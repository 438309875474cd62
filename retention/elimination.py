"""Destroying public archives the legal way: a bordereau, two signatures, the archives' visa.

No public archive may be destroyed without the visa of the Archives départementales (Code du
patrimoine L212-2, R212-14; L214-3 punishes it). So « proposer l'élimination » never destroys:
it draws the bordereau d'élimination (one line per typologie: dates extrêmes, number, volume,
DUA, rule), files it as a document kept for ever, and sends it through a signature circuit:
the head of service, the maire or président, then the archivist, who may refuse some lines
(« oui sauf 2 : raison »). Only the documents of the lines visa'd are destroyed, by
`complete`, in a transaction of its own that a restart simply runs again: the slip stays
« granted » until its destruction has committed, and a destroyed item is never destroyed
twice. What stays of a destroyed document is what the bordereau needs (reference, type, dates,
size, SHA-256): its file, its text, its search words go.

Choices where the law is silent: the archives refusing a line means they want those documents
kept, so they become « à conserver » (sort C, for a later transfer) with the refusal recorded;
a refused or cancelled bordereau gives its documents back to the next digest.
"""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass

from circuits import acting
from circuits import engine as circuits
from circuits.purposes import CircuitPurpose
from filing.generated import file_generated, page_count
from french.dates import PARIS
from retention import disposal_pdf, slips
from storage.models import (
    Circuit,
    CircuitTask,
    Document,
    RetentionAction,
    Slip,
)
from workflows.basics import reply
from workflows.circuit_settings import StepSpec
from workflows.context import Context
from workflows.decisions import Decision
from workflows.ports import Incoming, Message, UserId

GRANTED = "granted"
REFUSED = "refused"


@dataclass(frozen=True)
class Signers:
    head: str
    authority: str
    archivist: str


def _signers(ctx: Context, service_id: str | None) -> Signers | str:
    """Who signs this service's bordereau, or the French sentence saying what is missing."""
    settings = ctx.settings.retention
    service = ctx.settings.directory.get(service_id)
    people = ctx.settings.circuits
    head = service.signer if service else settings.authority
    if ctx.signatures is None:
        return "les signatures électroniques ne sont pas configurées sur ce serveur"
    if head is None or people.person(head) is None:
        return (
            "le chef de service qui signe le bordereau n'est pas connu (services : head ou "
            "referent, avec son nom et sa qualité dans people)"
        )
    if settings.authority is None:
        return (
            "le maire ou président qui signe les bordereaux n'est pas configuré "
            "(retention.authority)"
        )
    if settings.archivist is None:
        return (
            "le compte des Archives départementales qui donne le visa n'est pas configuré "
            "(retention.archives.archivist)"
        )
    return Signers(head, settings.authority, settings.archivist)


async def propose(ctx: Context, incoming: Incoming, service_id: str | None) -> str:
    """Draw the bordereau of what this service may eliminate today and start its circuit."""
    signers = _signers(ctx, service_id)
    if isinstance(signers, str):
        await reply(ctx, incoming, Message("elimination_impossible", {"why": signers}))
        return "elimination-impossible"
    assert ctx.signatures is not None
    day = ctx.today()
    documents = await ctx.uow.retention.due_documents(service_id, ["D"], day)
    service = ctx.settings.directory.get(service_id)
    service_name = service.name if service else "Sans service"
    if not documents:
        await reply(ctx, incoming, Message("elimination_nothing", {"service": service_name}))
        return "elimination-nothing"
    lines = slips.slip_lines(ctx, documents)
    number = f"BE-{day.year}-{await ctx.uow.counters.next(f'slip-be-{day.year}'):03d}"
    people = ctx.settings.circuits
    steps = [StepSpec("signature", (signers.head,))]
    if signers.authority != signers.head:
        steps.append(StepSpec("signature", (signers.authority,)))
    steps.append(StepSpec("signature", (signers.archivist,)))
    signatories = tuple(
        f"{role} : {circuits.describe(people, user)}"
        for role, user in zip(
            ("Chef de service", "Maire ou président", "Visa des Archives départementales"),
            (signers.head, signers.authority, signers.archivist),
            strict=True,
        )
    )
    slip_view = disposal_pdf.EliminationSlip(
        number=number,
        organisation=people.organisation,
        service=service_name,
        referent=circuits.describe(people, incoming.sender),
        created=day,
        lines=slips.pdf_lines(lines),
        signatories=signatories,
    )
    pdf = await asyncio.to_thread(disposal_pdf.elimination_pdf, slip_view)
    total = sum(line.count for line in lines)
    slip = Slip(
        kind="elimination",
        number=number,
        service_id=service_id,
        requester=incoming.sender,
        room_id=incoming.room_id,
        status="signing",
        created_at=ctx.clock.now(),
    )
    document = await slips.record(
        ctx,
        incoming,
        slip,
        pdf=pdf,
        title=f"Bordereau d'élimination {number} — {service_name} ({total} documents)",
        documents=documents,
        lines=lines,
    )
    circuit = await circuits.start(
        ctx,
        incoming,
        document,
        steps,
        name=f"Bordereau d'élimination {number}",
        model_id=None,
    )
    slip.circuit_id = circuit.id
    await ctx.uow.retention.save(slip)
    await ctx.uow.audit.append(
        incoming.sender,
        "elimination.proposed",
        subject=number,
        event_id=incoming.event_id,
        details={
            "slip": slip.id,
            "document": document.ref,
            "documents": total,
            "lines": [{"row": line.row_id, "count": line.count} for line in lines],
        },
    )
    data = await ctx.signatures.keep(slips.lines_csv(lines))
    await ctx.chat.send_file(
        incoming.room_id, data, f"{number}.csv", "text/csv", thread=incoming.thread_root
    )
    await reply(
        ctx,
        incoming,
        Message(
            "elimination_proposed",
            {
                "number": number,
                "ref": document.ref,
                "count": total,
                "lines": len(lines),
                "signatories": signatories,
            },
        ),
    )
    return "elimination-proposed"


# --- the archives' visa, line by line --------------------------------------------------------

_PARTIAL_RE = re.compile(
    r"^\s*(?:oui|visa|accord|ok|vu)\b[\s,.!]*(?:sauf|excepté|hormis|sans)\s+"
    r"(?:la\s+|les\s+)?(?:lignes?\s+)?(?P<numbers>\d+(?:\s*(?:,|et|-)\s*\d+)*)"
    r"\s*(?:[:,.\-–—]\s*(?P<reason>.*))?$",
    re.IGNORECASE | re.DOTALL,
)


@dataclass(frozen=True)
class PartialVisa:
    refused: frozenset[int]
    reason: str | None


def read_partial(text: str) -> PartialVisa | None:
    """« oui sauf 2 », « visa sauf les lignes 2 et 3 : intérêt historique »."""
    found = _PARTIAL_RE.match(text)
    if found is None:
        return None
    numbers = frozenset(int(n) for n in re.findall(r"\d+", found.group("numbers")))
    reason = (found.group("reason") or "").strip() or None
    return PartialVisa(numbers, reason)


async def partial_visa(
    ctx: Context, incoming: Incoming, task_id: int | None, partial: PartialVisa
) -> str:
    """The archivist grants the visa except some lines: record the refused lines, then sign
    as for « oui » (the circuit engine checks who may act and lays the signature)."""
    task = await ctx.uow.circuits.task(task_id) if task_id is not None else None
    slip = await ctx.uow.retention.slip_of_circuit(task.circuit_id) if task else None
    tasks = await ctx.uow.circuits.tasks(task.circuit_id) if task else []
    last_step = max((t.step for t in tasks), default=0)
    if task is None or slip is None or slip.kind != "elimination" or task.step != last_step:
        await reply(ctx, incoming, Message("elimination_partial_misplaced", {}))
        return "elimination-partial-misplaced"
    assert slip.id is not None
    lines = await ctx.uow.retention.lines(slip.id)
    unknown = sorted(partial.refused - {line.number for line in lines})
    if unknown:
        await reply(
            ctx,
            incoming,
            Message("elimination_unknown_lines", {"unknown": unknown, "count": len(lines)}),
        )
        return "elimination-unknown-lines"
    if partial.refused >= {line.number for line in lines}:
        reason = partial.reason or "toutes les lignes sont refusées"
        return await acting.act(
            ctx, incoming, task, Decision(approve=False, reason=reason), "message"
        )
    for line in lines:
        if line.number in partial.refused:
            line.decision = REFUSED
            line.decision_note = partial.reason
            await ctx.uow.retention.save(line)
    label = await acting.act(ctx, incoming, task, Decision(approve=True), "message")
    await ctx.uow.circuits.reload(task)
    if task.status != "approved":  # not theirs, or already decided: the lines stay as they were
        for line in lines:
            if line.number in partial.refused:
                line.decision = None
                line.decision_note = None
                await ctx.uow.retention.save(line)
    return label


async def visa_lines(
    ctx: Context, circuit: Circuit, task: CircuitTask
) -> list[dict[str, object]] | None:
    """For the archivist's request: the bordereau's lines, so a visa may refuse some."""
    if circuit.id is None:
        return None
    slip = await ctx.uow.retention.slip_of_circuit(circuit.id)
    if slip is None or slip.id is None or slip.kind != "elimination":
        return None
    tasks = await ctx.uow.circuits.tasks(circuit.id)
    if task.step != max(t.step for t in tasks):
        return None
    return [
        {
            "number": line.number,
            "typologie": line.typologie,
            "years": f"{line.first.year}–{line.last.year}"
            if line.first.year != line.last.year
            else str(line.first.year),
            "count": line.count,
        }
        for line in await ctx.uow.retention.lines(slip.id)
    ]


# --- when the circuit ends ---------------------------------------------------------------------


async def circuit_finished(ctx: Context, circuit: Circuit, outcome: str) -> None:
    """Called by the circuit engine as a circuit closes: a bordereau's visa or its refusal."""
    assert circuit.id is not None
    slip = await ctx.uow.retention.slip_of_circuit(circuit.id)
    if slip is None or slip.kind != "elimination" or slip.status != "signing":
        return
    assert slip.id is not None
    now = ctx.clock.now()
    lines = await ctx.uow.retention.lines(slip.id)
    items = await ctx.uow.retention.items(slip.id)
    tasks = await ctx.uow.circuits.tasks(circuit.id)
    last = max(tasks, key=lambda t: t.step)
    slip.decided_at = now
    slip.decided_by = last.acted_by
    if outcome != "signed":
        slip.status = "cancelled" if outcome == "cancelled" else REFUSED
        pending = [item for item in items if item.status == "pending"]
        for item in pending:
            item.status = "returned"
            await ctx.uow.retention.save(item)
        await ctx.uow.retention.set_disposal([i.document_id for i in pending], "")
        await ctx.uow.retention.save(slip)
        await ctx.uow.audit.append(
            "greffier", f"elimination.{slip.status}", subject=slip.number, details={}
        )
        return
    refused = {line.number: line for line in lines if line.decision == REFUSED}
    for line in lines:
        if line.decision is None:
            line.decision = GRANTED
            await ctx.uow.retention.save(line)
    kept = 0
    for item in items:
        if item.line not in refused or item.status != "pending":
            continue
        item.status = "kept"
        await ctx.uow.retention.save(item)
        document = await ctx.uow.documents.get(item.document_id)
        assert document is not None
        await ctx.uow.retention.add_action(
            RetentionAction(
                document_id=item.document_id,
                kind="visa-refused",
                reason=refused[item.line].decision_note or "élimination refusée par les Archives",
                previous_dua_end=document.dua_end,
                actor=last.acted_by or last.actor,
                at=now,
            )
        )
        document.sort = "C"
        document.disposal = ""
        await ctx.uow.documents.save(document)
        kept += 1
    slip.status = GRANTED
    await ctx.uow.retention.save(slip)
    await ctx.uow.audit.append(
        last.acted_by or last.actor,
        "elimination.granted",
        subject=slip.number,
        details={"refused_lines": sorted(refused), "kept_documents": kept},
    )


# --- the destruction -----------------------------------------------------------------------------


async def complete(ctx: Context, slip: Slip) -> int:
    """Destroy what the visa allows, in the caller's transaction; returns how many documents
    went. Safe to run again: only items still pending are touched, and the slip leaves
    « granted » in the same transaction."""
    assert slip.id is not None and ctx.signatures is not None
    if slip.status != GRANTED:
        return 0
    now = ctx.clock.now()
    lines = await ctx.uow.retention.lines(slip.id)
    granted = {line.number for line in lines if line.decision == GRANTED}
    destroyed: list[Document] = []
    withdrawn: list[Document] = []
    for item in await ctx.uow.retention.items(slip.id):
        if item.status != "pending" or item.line not in granted:
            continue
        document = await ctx.uow.documents.get(item.document_id)
        assert document is not None and document.id is not None
        if document.hold:
            item.status = "withdrawn"
            document.disposal = ""
            withdrawn.append(document)
        else:
            await _destroy(ctx, document, slip)
            item.status = "destroyed"
            destroyed.append(document)
        await ctx.uow.retention.save(item)
        await ctx.uow.documents.save(document)
    service = ctx.settings.directory.get(slip.service_id)
    people = ctx.settings.circuits
    visa_by = slip.decided_by or ""
    record = disposal_pdf.DestructionRecord(
        number=slip.number,
        organisation=people.organisation,
        service=service.name if service else "Sans service",
        visa_by=circuits.describe(people, visa_by),
        visa_at=slip.decided_at or now,
        destroyed_at=now,
        lines=slips.pdf_lines(lines),
        documents=tuple((d.ref, d.type_label, d.sha256) for d in destroyed),
    )
    pdf = await asyncio.to_thread(disposal_pdf.destruction_pdf, record)
    sha = await ctx.signatures.keep(pdf)
    day = now.astimezone(PARIS).date()
    proof = await file_generated(
        ctx,
        pdf=pdf,
        sha256=sha,
        pages=await asyncio.to_thread(page_count, pdf),
        title=(
            f"Procès-verbal de destruction — bordereau {slip.number} ({len(destroyed)} documents)"
        ),
        base_name=f"{day.isoformat()}_PV-DESTRUCTION_{slip.number}",
        fields={"objet": f"Procès-verbal de destruction {slip.number}", "date": day.isoformat()},
        day=day,
        text=" ".join(line.typologie for line in lines),
        service_id=slip.service_id,
        room_id=slip.room_id,
        filed_by=slip.requester,
    )
    slip.status = "destroyed"
    slip.done_at = now
    slip.record_document_id = proof.id
    await ctx.uow.retention.save(slip)
    await ctx.uow.audit.append(
        "greffier",
        "elimination.destroyed",
        subject=slip.number,
        details={
            "destroyed": [d.ref for d in destroyed],
            "withdrawn": [d.ref for d in withdrawn],
            "record": proof.ref,
        },
    )
    requester = UserId(slip.requester)
    await ctx.chat.direct_file(requester, sha, proof.name, "application/pdf")
    await ctx.chat.direct(
        requester,
        Message(
            "elimination_done",
            {
                "number": slip.number,
                "destroyed": len(destroyed),
                "withdrawn": [d.ref for d in withdrawn],
                "record": proof.ref,
            },
        ),
    )
    return len(destroyed)


async def _destroy(ctx: Context, document: Document, slip: Slip) -> None:
    """Reduce the document to what the bordereau needs; its file and words go after commit."""
    assert document.id is not None
    ctx.released.add(document.sha256)
    for circuit in await ctx.uow.circuits.of_document(document.id):
        for sha in (
            circuit.original_sha256,
            circuit.current_sha256,
            circuit.evidence_pdf_sha256,
            circuit.evidence_json_sha256,
        ):
            if sha:
                ctx.released.add(sha)
        for task in await ctx.uow.circuits.tasks(circuit.id or 0):
            if task.sha256_after:
                ctx.released.add(task.sha256_after)
    ctx.words_removed.extend(await ctx.uow.search.remove(document.id))
    await ctx.uow.audit.append(
        "greffier",
        "document.eliminated",
        subject=document.ref,
        details={"slip": slip.number, "sha256": document.sha256, "type": document.type_id},
    )
    document.disposal = "eliminated"
    document.title = document.type_label
    document.name = f"elimine-{document.ref}"
    document.fields = {}
    document.text = ""
    document.original_name = ""
    document.warnings = []


async def granted(ctx: Context) -> list[int]:
    """The bordereaux whose visa is granted and whose destruction has not committed yet
    (after a restart too): each is then completed in a transaction of its own."""
    found = await ctx.uow.retention.slips_with_status("elimination", GRANTED)
    return [slip.id for slip in found if slip.id is not None]


async def complete_granted(ctx: Context, slip_id: int) -> int:
    slip = await ctx.uow.retention.slip(slip_id)
    return await complete(ctx, slip) if slip is not None else 0


# --- what the circuit engine asks of a bordereau's circuit ----------------------------------


async def _request_fields(ctx: Context, circuit: Circuit, task: CircuitTask) -> dict[str, object]:
    lines = await visa_lines(ctx, circuit, task)
    return {"visa_lines": lines} if lines is not None else {}


async def _on_reply(ctx: Context, incoming: Incoming, task_id: int | None, parsed: object) -> str:
    assert isinstance(parsed, PartialVisa)
    return await partial_visa(ctx, incoming, task_id, parsed)


PURPOSE = CircuitPurpose(
    name="elimination",
    request_fields=_request_fields,
    read_reply=read_partial,
    on_reply=_on_reply,
    finished=circuit_finished,
)
