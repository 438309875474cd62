"""Signature circuits: visa and signature steps, started, opened step by step, ended.

A circuit is a list of steps; the actors of one step act in parallel (all must act), steps
follow each other. When a step opens, each of its actors (and whoever stands in for them by
delegation that day) receives a private message with the document and one line saying how to
answer: ✅ / ❌ on the message, or « oui » / « non <raison> ». How an answer is judged and
counted is `circuits/acting.py`; here are the start, the opening of each step, the end (the
signed PDF to the requester, the evidence record, what a purpose does as its circuit closes),
the cancellation and the status.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Sequence

from circuits import purposes
from french.dates import PARIS, format_moment_fr
from french.workdays import add_working_days
from storage.evidence import AuditRef, EvidenceRecord, EvidenceStep
from storage.models import Circuit, CircuitTask, Delegation, Document
from workflows.basics import reply
from workflows.circuit_settings import CircuitSettings, Person, StepSpec
from workflows.context import Context
from workflows.ports import Incoming, Message, UserId

log = logging.getLogger("greffier.circuits")

TOPIC = "task:"


def topic_of(task: CircuitTask) -> str:
    return f"{TOPIC}{task.id}"


def task_id_of(topic: str | None) -> int | None:
    if topic is None or not topic.startswith(TOPIC):
        return None
    try:
        return int(topic[len(TOPIC) :])
    except ValueError:
        return None


def local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone(PARIS).date()


when = format_moment_fr


def describe(settings: CircuitSettings, user_id: str) -> str:
    person = settings.person(user_id)
    return person.described if person else user_id


def name_of(settings: CircuitSettings, user_id: str) -> str:
    person = settings.person(user_id)
    return person.full_name if person else user_id


def on_behalf_words(delegator: Person | None, delegator_id: str) -> str:
    """ "pour Jean Martin, Maire, par délégation": in the stamp, the evidence and messages."""
    who = delegator.described if delegator else delegator_id
    return f"pour {who}, par délégation"


def steps_view(settings: CircuitSettings, steps: Sequence[StepSpec]) -> list[dict[str, object]]:
    """What the confirmation shows: each step with its people's names and qualités."""
    return [
        {
            "number": number,
            "kind": step.kind,
            "parallel": len(step.actors) > 1,
            "people": [describe(settings, actor) for actor in step.actors],
        }
        for number, step in enumerate(steps, start=1)
    ]


# --- starting ------------------------------------------------------------------------------


class CircuitRefusedError(Exception):
    """The circuit cannot start; the message says why, in French."""


async def start(
    ctx: Context,
    incoming: Incoming,
    document: Document,
    steps: Sequence[StepSpec],
    *,
    name: str,
    model_id: str | None,
) -> Circuit:
    """Create the circuit, add the signature page, open the first step and tell its actors."""
    settings = ctx.settings.circuits
    signatures = ctx.signatures
    if signatures is None:
        raise CircuitRefusedError("Les signatures ne sont pas configurées sur ce serveur.")
    assert document.id is not None
    if await ctx.uow.circuits.running_for(document.id) is not None:
        raise CircuitRefusedError(f"Un circuit est déjà en cours pour le document {document.ref}.")
    now = ctx.clock.now()
    tasks: list[CircuitTask] = []
    slots: list[tuple[str, str]] = []
    for number, step in enumerate(steps, start=1):
        for index, actor in enumerate(step.actors, start=1):
            person = settings.person(actor)
            if person is None or (step.kind == "signature" and not person.qualite):
                raise CircuitRefusedError(
                    f"Je ne connais pas le nom et la qualité de {actor} : "
                    "demandez à l'administrateur de l'ajouter (section people)."
                )
            field = f"Signature{number}-{index}" if step.kind == "signature" else None
            if field is not None:
                slots.append((field, f"Signature : {person.described}"))
            tasks.append(
                CircuitTask(
                    circuit_id=0,
                    step=number,
                    kind=step.kind,
                    actor=actor,
                    actor_name=person.full_name,
                    qualite=person.qualite,
                    field=field,
                )
            )
    current = document.sha256
    if slots:
        current = await signatures.prepare(
            document.sha256, title=document.title, reference=document.ref, slots=slots
        )
    circuit = await ctx.uow.circuits.add(
        Circuit(
            document_id=document.id,
            name=name,
            model_id=model_id,
            requester=incoming.sender,
            room_id=incoming.room_id,
            token=secrets.token_urlsafe(12),
            original_sha256=document.sha256,
            current_sha256=current,
            created_at=now,
        ),
        tasks,
    )
    await ctx.uow.audit.append(
        incoming.sender,
        "circuit.started",
        subject=document.ref,
        event_id=incoming.event_id,
        details={
            "circuit": circuit.id,
            "name": name,
            "steps": [{"kind": s.kind, "actors": list(s.actors)} for s in steps],
            "sha256_original": document.sha256,
            "sha256_prepared": current,
        },
    )
    await open_step(ctx, circuit, document, 1)
    return circuit


async def open_step(ctx: Context, circuit: Circuit, document: Document, step: int) -> None:
    settings = ctx.settings.circuits
    now = ctx.clock.now()
    if settings.reminder_after is not None:
        remind = now + settings.reminder_after
    else:
        remind = add_working_days(now, settings.reminder_working_days)
    for task in await ctx.uow.circuits.tasks(circuit_id(circuit)):
        if task.step != step or task.status != "waiting":
            continue
        task.status = "open"
        task.opened_at = now
        task.next_reminder_at = remind
        await ctx.uow.circuits.save_now(task)
        recipients: list[tuple[str, Delegation | None]] = [(task.actor, None)]
        for standing in await _standing_for(ctx, task.actor, local_day(now)):
            recipients.append((standing.delegate, standing))
        for recipient, delegation in recipients:
            await _notify(ctx, circuit, document, task, recipient=recipient, delegation=delegation)


async def _standing_for(ctx: Context, delegator: str, day: dt.date) -> list[Delegation]:
    return [d for d in await ctx.uow.delegations.given_by(delegator) if d.starts <= day <= d.ends]


async def _notify(
    ctx: Context,
    circuit: Circuit,
    document: Document,
    task: CircuitTask,
    *,
    recipient: str,
    delegation: Delegation | None,
) -> None:
    settings = ctx.settings.circuits
    topic = topic_of(task)
    user = UserId(recipient)
    await ctx.chat.direct_file(
        user, circuit.current_sha256, file_name(document), "application/pdf", topic=topic
    )
    await ctx.chat.direct(
        user,
        Message(
            "circuit_request",
            {
                "kind": task.kind,
                "ref": document.ref,
                "title": document.title,
                "circuit": circuit.name,
                "requester": describe(settings, circuit.requester),
                "step": task.step,
                "on_behalf": (
                    on_behalf_words(settings.person(task.actor), task.actor)
                    if delegation is not None
                    else None
                ),
                "others": [],
                "visa_lines": None,
                **await _purpose_fields(ctx, circuit, task),
            },
            topic=topic,
        ),
    )


async def _purpose_fields(ctx: Context, circuit: Circuit, task: CircuitTask) -> dict[str, object]:
    fields: dict[str, object] = {}
    for purpose in purposes.installed():
        fields.update(await purpose.request_fields(ctx, circuit, task))
    return fields


async def hand_over(ctx: Context, delegation: Delegation) -> int:
    """A delegation that starts today: the delegate receives what already waits for the
    delegator (later steps reach them when they open)."""
    sent = 0
    for task in await ctx.uow.circuits.open_tasks_for([delegation.delegator]):
        circuit = await ctx.uow.circuits.get(task.circuit_id)
        document = await ctx.uow.documents.get(circuit.document_id) if circuit else None
        if circuit is None or document is None:
            continue
        await _notify(
            ctx, circuit, document, task, recipient=delegation.delegate, delegation=delegation
        )
        sent += 1
    return sent


def file_name(document: Document, suffix: str = "") -> str:
    """ "PC_2025_Dupond.pdf" -> "PC_2025_Dupond-signe.pdf"."""
    stem = document.name.removesuffix(".pdf")
    return f"{stem}{suffix}.pdf"


async def current_version(ctx: Context, document: Document) -> tuple[str, str]:
    """The file to hand out for a document: its signed version once a circuit signed it."""
    assert document.id is not None
    for circuit in await ctx.uow.circuits.of_document(document.id):
        if circuit.status == "signed":
            return circuit.current_sha256, file_name(document, "-signe")
    return document.sha256, document.name


def circuit_id(circuit: Circuit) -> int:
    assert circuit.id is not None
    return circuit.id


# --- ending --------------------------------------------------------------------------------


async def finish(
    ctx: Context,
    circuit: Circuit,
    document: Document,
    outcome: str,
    *,
    told: set[str] | None = None,
    reason: str | None = None,
) -> None:
    """Close the circuit: stop what was still waiting, write the evidence, tell people."""
    now = ctx.clock.now()
    tasks = await ctx.uow.circuits.tasks(circuit_id(circuit))
    stopped: list[CircuitTask] = []
    for task in tasks:
        if task.status in ("open", "waiting"):
            if task.status == "open":
                stopped.append(task)
            task.status = "cancelled"
            task.next_reminder_at = None
            task.awaiting_reason = False
            await ctx.uow.circuits.save(task)
    circuit.status = outcome
    circuit.finished_at = now
    circuit.cancel_reason = reason
    entries = await ctx.uow.audit.about(document.ref)
    audit = tuple(
        AuditRef(e.seq or 0, e.action, e.hash)
        for e in entries
        if e.action.startswith("circuit.") and e.details.get("circuit") == circuit.id
    )
    record = evidence_record(ctx, circuit, document, tasks, audit)
    assert ctx.signatures is not None
    pdf_sha, json_sha = await ctx.signatures.evidence(record)
    circuit.evidence_pdf_sha256 = pdf_sha
    circuit.evidence_json_sha256 = json_sha
    await ctx.uow.circuits.save_now(circuit)
    await ctx.uow.audit.append(
        "greffier",
        f"circuit.{outcome}",
        subject=document.ref,
        details={
            "circuit": circuit.id,
            "sha256_original": circuit.original_sha256,
            "sha256_final": circuit.current_sha256,
            "evidence_pdf": pdf_sha,
            "evidence_json": json_sha,
            "reason": reason,
        },
    )
    told = set(told or ())
    for task in stopped:
        standing = await _standing_for(ctx, task.actor, local_day(now))
        for user in [task.actor, *(d.delegate for d in standing)]:
            if user in told:
                continue
            told.add(user)
            await ctx.chat.direct(
                UserId(user),
                Message(
                    "circuit_stopped",
                    {"ref": document.ref, "title": document.title, "outcome": outcome},
                ),
            )
    for purpose in purposes.installed():
        await purpose.finished(ctx, circuit, outcome)
    if outcome == "signed":
        requester = UserId(circuit.requester)
        await ctx.chat.direct_file(
            requester, circuit.current_sha256, file_name(document, "-signe"), "application/pdf"
        )
        await ctx.chat.direct_file(
            requester,
            pdf_sha,
            file_name(document, "-bordereau-signature"),
            "application/pdf",
        )
        await ctx.chat.direct(
            requester,
            Message(
                "circuit_done",
                {
                    "ref": document.ref,
                    "title": document.title,
                    "steps": done_view(tasks),
                    "verify_url": ctx.settings.circuits.verify_url(circuit.token),
                },
            ),
        )


def evidence_record(
    ctx: Context,
    circuit: Circuit,
    document: Document,
    tasks: Sequence[CircuitTask],
    audit: tuple[AuditRef, ...] = (),
) -> EvidenceRecord:
    settings = ctx.settings.circuits
    actions = {"approved": None, "rejected": "rejet", "cancelled": "annulé", "open": "en attente"}
    steps = []
    for task in tasks:
        action = actions.get(task.status, "en attente")
        if task.status == "approved":
            action = task.kind
        acted_by_name = task.acted_by_name if task.acted_at else None
        if acted_by_name and task.acted_by != task.actor and task.acted_by_qualite:
            acted_by_name = f"{acted_by_name}, {task.acted_by_qualite}"
        steps.append(
            EvidenceStep(
                step=task.step,
                kind=task.kind,
                actor_id=task.actor,
                actor_name=task.actor_name,
                qualite=task.qualite,
                acted_by_id=task.acted_by if task.acted_at else None,
                acted_by_name=acted_by_name,
                delegation=task.on_behalf,
                action=action or "en attente",
                reason=task.reason,
                at=task.acted_at,
                channel=task.channel,
                event_id=task.event_id,
                sha256_before=task.sha256_before,
                sha256_after=task.sha256_after,
                device_id=task.device_id if task.acted_at else None,
                device_verified=task.device_verified if task.acted_at else None,
            )
        )
    outcomes = {"signed": "signé", "rejected": "rejeté", "cancelled": "annulé"}
    signed = any(t.kind == "signature" and t.status == "approved" for t in tasks)
    return EvidenceRecord(
        organisation=settings.organisation,
        circuit_id=circuit_id(circuit),
        circuit_name=circuit.name,
        document_ref=document.ref,
        document_name=document.name,
        document_title=document.title,
        requester_id=circuit.requester,
        requester_name=name_of(settings, circuit.requester),
        started_at=circuit.created_at,
        finished_at=circuit.finished_at or ctx.clock.now(),
        outcome=outcomes.get(circuit.status, circuit.status),
        original_sha256=circuit.original_sha256,
        final_sha256=circuit.current_sha256 if signed else None,
        verify_url=settings.verify_url(circuit.token) if signed else None,
        steps=tuple(steps),
        audit=audit,
    )


def done_view(tasks: Sequence[CircuitTask]) -> list[dict[str, object]]:
    """Who did what, for the requester's « est signé » message: name and qualité of whoever
    acted (the delegate's own, with the delegation wording beside it)."""
    return [
        {
            "kind": t.kind,
            "who": ", ".join(
                part
                for part in (t.acted_by_name or t.actor_name, t.acted_by_qualite or t.qualite)
                if part
            ),
            "on_behalf": t.on_behalf,
            "at": when(t.acted_at) if t.acted_at else None,
        }
        for t in tasks
    ]


async def cancel(ctx: Context, incoming: Incoming, document: Document) -> str:
    """The requester (or an administrator) stops a running circuit."""
    assert document.id is not None
    running = await ctx.uow.circuits.running_for(document.id)
    if running is None:
        await reply(ctx, incoming, Message("circuit_none_running", {"ref": document.ref}))
        return "circuit-none"
    circuit = await ctx.uow.circuits.lock(circuit_id(running))
    assert circuit is not None
    if incoming.sender not in (circuit.requester, *ctx.settings.circuits.admins):
        await reply(
            ctx,
            incoming,
            Message(
                "circuit_cancel_refused",
                {"requester": describe(ctx.settings.circuits, circuit.requester)},
            ),
        )
        return "circuit-cancel-refused"
    await ctx.uow.audit.append(
        incoming.sender,
        "circuit.cancel",
        subject=document.ref,
        event_id=incoming.event_id,
        details={"circuit": circuit.id},
    )
    await finish(
        ctx,
        circuit,
        document,
        "cancelled",
        told={incoming.sender},
        reason=f"annulé par {name_of(ctx.settings.circuits, incoming.sender)}",
    )
    await reply(ctx, incoming, Message("circuit_cancelled", {"ref": document.ref}))
    return "circuit-cancelled"


async def status_of(ctx: Context, document: Document) -> dict[str, object] | None:
    """The last circuit of a document, for « statut »."""
    assert document.id is not None
    circuits = await ctx.uow.circuits.of_document(document.id)
    if not circuits:
        return None
    circuit = circuits[0]
    tasks = await ctx.uow.circuits.tasks(circuit_id(circuit))
    return {
        "name": circuit.name,
        "status": circuit.status,
        "started": when(circuit.created_at),
        "finished": when(circuit.finished_at) if circuit.finished_at else None,
        "requester": describe(ctx.settings.circuits, circuit.requester),
        "steps": [
            {
                "step": t.step,
                "kind": t.kind,
                "actor": t.actor_name + (f", {t.qualite}" if t.qualite else ""),
                "status": t.status,
                "by": t.acted_by_name if t.acted_by and t.acted_by != t.actor else None,
                "on_behalf": t.on_behalf,
                "at": when(t.acted_at) if t.acted_at else None,
                "since": when(t.opened_at) if t.opened_at else None,
                "reason": t.reason,
            }
            for t in tasks
        ],
    }
