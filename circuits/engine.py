"""Signature circuits: visa and signature steps, decided from a phone, with real signatures.

A circuit is a list of steps; the actors of one step act in parallel (all must act), steps
follow each other. When a step opens, each of its actors (and whoever stands in for them by
delegation that day) receives a private message with the document and one line saying how to
answer: ✅ / ❌ on the message, or « oui » / « non <raison> ». Every decision is checked against
the task it names (the message reacted to or replied to): only its actor, or their delegate
within the delegation's dates, can act; a decision on a finished task is answered, never
counted twice. A signature is laid on the PDF as it stands (pyhanko, incremental update), in the
transaction that records it; the circuit row is locked meanwhile, so two parallel signers never
sign the same version.
"""

from __future__ import annotations

import datetime as dt
import logging
import secrets
from collections.abc import Sequence
from dataclasses import dataclass

from circuits import purposes
from french.dates import PARIS, format_date_fr, format_moment_fr
from french.workdays import add_working_days
from storage.evidence import AuditRef, EvidenceRecord, EvidenceStep
from storage.models import Circuit, CircuitTask, Delegation, Document
from workflows import answers, identity
from workflows.basics import reply
from workflows.circuit_settings import CircuitSettings, Person, StepSpec
from workflows.context import Context
from workflows.decisions import Decision, read_decision, read_reaction
from workflows.ports import Incoming, Message, RoomId, UserId

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
    await _open_step(ctx, circuit, document, 1)
    return circuit


async def _open_step(ctx: Context, circuit: Circuit, document: Document, step: int) -> None:
    settings = ctx.settings.circuits
    now = ctx.clock.now()
    if settings.reminder_after is not None:
        remind = now + settings.reminder_after
    else:
        remind = add_working_days(now, settings.reminder_working_days)
    for task in await ctx.uow.circuits.tasks(_id(circuit)):
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


def _id(circuit: Circuit) -> int:
    assert circuit.id is not None
    return circuit.id


# --- deciding ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Acting:
    """Who acts on a task, and in which capacity."""

    user_id: str
    person: Person | None
    delegation: Delegation | None
    on_behalf: str | None


@dataclass(frozen=True)
class Turn:
    """One decision being applied: the event, the circuit (locked), its document and task."""

    ctx: Context
    incoming: Incoming
    circuit: Circuit
    document: Document
    task: CircuitTask
    acting: Acting
    channel: str


async def pending_for(ctx: Context, user_id: str) -> list[CircuitTask]:
    """What waits for this person today: their own tasks and those of whoever they stand in
    for by a delegation covering today."""
    day = local_day(ctx.clock.now())
    standing = await ctx.uow.delegations.standing_in_for(user_id, day)
    return await ctx.uow.circuits.open_tasks_for([user_id, *(d.delegator for d in standing)])


async def awaiting_reason(ctx: Context, user_id: str) -> CircuitTask | None:
    for task in await pending_for(ctx, user_id):
        if task.awaiting_reason and task.acted_by == user_id:
            return task
    return None


async def _task_named(ctx: Context, incoming: Incoming) -> CircuitTask | None:
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    if target is None:
        return None
    task_id = task_id_of(await ctx.uow.outbox.topic_of(target))
    return await ctx.uow.circuits.task(task_id) if task_id is not None else None


async def decide(ctx: Context, incoming: Incoming) -> str:
    """A reaction or a message answering a visa or signature request."""
    refusal = await identity.decision_refusal(ctx, incoming)
    if refusal is not None:
        await reply(ctx, incoming, refusal)
        await ctx.uow.audit.append(
            incoming.sender,
            "circuit.identity_refused",
            event_id=incoming.event_id,
            details={"template": refusal.template},
        )
        return "circuit-identity-refused"
    named = await _task_named(ctx, incoming)
    if incoming.kind == "reaction":
        verdict = read_reaction(incoming.reaction or "")
        if named is None or verdict is None:
            return "circuit-ignored"
        return await act(ctx, incoming, named, Decision(approve=verdict), "réaction")
    text = (incoming.text or "").strip()
    for purpose in purposes.installed():
        parsed = purpose.read_reply(text)
        if parsed is not None:
            pending = [named] if named is not None else await pending_for(ctx, incoming.sender)
            task_id = pending[0].id if len(pending) == 1 else None
            return await purpose.on_reply(ctx, incoming, task_id, parsed)
    waiting = await awaiting_reason(ctx, incoming.sender)
    decision = read_decision(text)
    if waiting is not None and (named is None or named.id == waiting.id):
        if answers.control(text) == "cancel":
            waiting.awaiting_reason = False
            waiting.acted_by = None
            await ctx.uow.circuits.save(waiting)
            await reply(ctx, incoming, Message("circuit_reject_dropped", {}))
            return "circuit-reject-dropped"
        if decision is not None and decision.approve and decision.reason is None:
            waiting.awaiting_reason = False
            waiting.acted_by = None
            await ctx.uow.circuits.save(waiting)
            return await act(ctx, incoming, waiting, decision, "message")
        return await _reject_with_reason(ctx, incoming, waiting, text)
    if decision is None:
        await reply(ctx, incoming, Message("circuit_how", {}))
        return "circuit-unclear"
    if named is None:
        pending = await pending_for(ctx, incoming.sender)
        if decision.number is not None and 1 <= decision.number <= len(pending):
            named = pending[decision.number - 1]
        elif len(pending) == 1:
            named = pending[0]
        elif not pending:
            await reply(ctx, incoming, Message("circuit_nothing_pending", {}))
            return "circuit-none"
        else:
            await reply(ctx, incoming, await _which(ctx, pending))
            return "circuit-which"
    return await act(ctx, incoming, named, decision, "message")


async def _which(ctx: Context, pending: Sequence[CircuitTask]) -> Message:
    items = []
    for task in pending:
        circuit = await ctx.uow.circuits.get(task.circuit_id)
        document = await ctx.uow.documents.get(circuit.document_id) if circuit else None
        items.append(
            {
                "kind": task.kind,
                "ref": document.ref if document else "?",
                "title": document.title if document else "?",
            }
        )
    return Message("circuit_which", {"items": items})


async def _acting(ctx: Context, incoming: Incoming, task: CircuitTask) -> Acting | None:
    settings = ctx.settings.circuits
    sender = incoming.sender
    if sender == task.actor:
        return Acting(sender, settings.person(sender), None, None)
    day = local_day(ctx.clock.now())
    for delegation in await ctx.uow.delegations.standing_in_for(sender, day):
        if delegation.delegator == task.actor:
            return Acting(
                sender,
                settings.person(sender),
                delegation,
                on_behalf_words(settings.person(task.actor), task.actor),
            )
    return None


async def _refuse_actor(ctx: Context, incoming: Incoming, task: CircuitTask) -> str:
    settings = ctx.settings.circuits
    outside = await ctx.uow.delegations.between(task.actor, incoming.sender)
    context: dict[str, object] = {
        "kind": task.kind,
        "actor": describe(settings, task.actor),
        "delegation": None,
    }
    if outside:
        d = outside[-1]
        context["delegation"] = {
            "starts": format_date_fr(d.starts),
            "ends": format_date_fr(d.ends),
        }
    await reply(ctx, incoming, Message("circuit_not_yours", context))
    await ctx.uow.audit.append(
        incoming.sender,
        "circuit.refused",
        subject=str(task.circuit_id),
        event_id=incoming.event_id,
        details={"task": task.id, "actor": task.actor, "outside_delegation": bool(outside)},
    )
    return "circuit-not-yours"


async def act(
    ctx: Context, incoming: Incoming, task: CircuitTask, decision: Decision, channel: str
) -> str:
    circuit = await ctx.uow.circuits.lock(task.circuit_id)
    assert circuit is not None
    await ctx.uow.circuits.reload(task)
    acting = await _acting(ctx, incoming, task)
    if acting is None:
        return await _refuse_actor(ctx, incoming, task)
    if task.status != "open" or circuit.status != "running":
        return await _already(ctx, incoming, task, circuit, channel)
    document = await ctx.uow.documents.get(circuit.document_id)
    assert document is not None
    if not decision.approve:
        if not decision.reason:
            task.awaiting_reason = True
            task.acted_by = incoming.sender
            await ctx.uow.circuits.save(task)
            await reply(
                ctx,
                incoming,
                Message(
                    "circuit_ask_reason",
                    {
                        "ref": document.ref,
                        "requester": describe(ctx.settings.circuits, circuit.requester),
                    },
                ),
            )
            return "circuit-ask-reason"
        turn = Turn(ctx, incoming, circuit, document, task, acting, channel)
        return await _reject(turn, decision.reason)
    return await _approve(Turn(ctx, incoming, circuit, document, task, acting, channel))


async def _already(
    ctx: Context, incoming: Incoming, task: CircuitTask, circuit: Circuit, channel: str
) -> str:
    if task.status == "approved" and task.acted_by == incoming.sender and channel == "réaction":
        return "circuit-double"  # a double tap: the first one counted, the second says nothing
    await reply(
        ctx,
        incoming,
        Message(
            "circuit_already",
            {
                "task_status": task.status,
                "circuit_status": circuit.status,
                "kind": task.kind,
                "at": when(task.acted_at) if task.acted_at else None,
                "by": name_of(ctx.settings.circuits, task.acted_by) if task.acted_by else None,
            },
        ),
    )
    return "circuit-already"


def _record_act(
    ctx: Context, incoming: Incoming, task: CircuitTask, acting: Acting, channel: str
) -> None:
    task.acted_at = ctx.clock.now()
    task.acted_by = acting.user_id
    task.acted_by_name = acting.person.full_name if acting.person else acting.user_id
    task.acted_by_qualite = acting.person.qualite if acting.person else None
    task.delegation_id = acting.delegation.id if acting.delegation else None
    task.on_behalf = acting.on_behalf
    task.channel = channel
    task.event_id = incoming.event_id
    device = incoming.device
    task.device_id = device.device_id if device else None
    task.device_verified = device.cross_signed if device else None
    task.awaiting_reason = False
    task.next_reminder_at = None


async def _approve(turn: Turn) -> str:
    ctx, incoming, circuit, document = turn.ctx, turn.incoming, turn.circuit, turn.document
    task, acting, channel = turn.task, turn.acting, turn.channel
    settings = ctx.settings.circuits
    before = circuit.current_sha256
    after = before
    if task.kind == "signature":
        if acting.person is None or not acting.person.qualite:
            await reply(ctx, incoming, Message("circuit_no_qualite", {}))
            return "circuit-no-qualite"
        assert ctx.signatures is not None and task.field is not None
        reason = "Signature" + (f" {acting.on_behalf}" if acting.on_behalf else "")
        after = await ctx.signatures.sign(
            before,
            acting.person,
            field=task.field,
            on_behalf=acting.on_behalf,
            signed_at=ctx.clock.now(),
            verify_url=settings.verify_url(circuit.token),
            reason=reason,
        )
        circuit.current_sha256 = after
    _record_act(ctx, incoming, task, acting, channel)
    task.status = "approved"
    task.sha256_before = before
    task.sha256_after = after
    await ctx.uow.circuits.save_now(task, circuit)
    await ctx.uow.audit.append(
        acting.user_id,
        f"circuit.{task.kind}",
        subject=document.ref,
        event_id=incoming.event_id,
        details={
            "circuit": circuit.id,
            "task": task.id,
            "for": task.actor,
            "on_behalf": acting.on_behalf,
            "channel": channel,
            "sha256_before": before,
            "sha256_after": after,
        },
    )
    await reply(
        ctx,
        incoming,
        Message(
            "circuit_recorded",
            {"kind": task.kind, "ref": document.ref, "on_behalf": acting.on_behalf},
        ),
    )
    tasks = await ctx.uow.circuits.tasks(_id(circuit))
    if any(t.step == task.step and t.status != "approved" for t in tasks):
        return f"circuit-{task.kind}"
    later = sorted({t.step for t in tasks if t.status == "waiting"})
    if later:
        await _open_step(ctx, circuit, document, later[0])
        return f"circuit-{task.kind}"
    await _finish(ctx, circuit, document, "signed")
    return "circuit-signed"


async def _reject_with_reason(
    ctx: Context, incoming: Incoming, task: CircuitTask, text: str
) -> str:
    decision = read_decision(text)
    reason = decision.reason if decision is not None and not decision.approve else None
    reason = reason or text.strip()
    if not reason:
        await reply(ctx, incoming, Message("circuit_ask_reason_again", {}))
        return "circuit-ask-reason"
    circuit = await ctx.uow.circuits.lock(task.circuit_id)
    assert circuit is not None
    acting = await _acting(ctx, incoming, task)
    if acting is None:
        return await _refuse_actor(ctx, incoming, task)
    if task.status != "open" or circuit.status != "running":
        return await _already(ctx, incoming, task, circuit, "message")
    document = await ctx.uow.documents.get(circuit.document_id)
    assert document is not None
    turn = Turn(ctx, incoming, circuit, document, task, acting, "message")
    return await _reject(turn, reason[:1000])


async def _reject(turn: Turn, reason: str | None) -> str:
    ctx, incoming, circuit, document = turn.ctx, turn.incoming, turn.circuit, turn.document
    task, acting, channel = turn.task, turn.acting, turn.channel
    settings = ctx.settings.circuits
    _record_act(ctx, incoming, task, acting, channel)
    task.status = "rejected"
    task.reason = reason
    task.sha256_before = task.sha256_after = circuit.current_sha256
    await ctx.uow.circuits.save_now(task)
    await ctx.uow.audit.append(
        acting.user_id,
        "circuit.rejected",
        subject=document.ref,
        event_id=incoming.event_id,
        details={
            "circuit": circuit.id,
            "task": task.id,
            "for": task.actor,
            "on_behalf": acting.on_behalf,
            "reason": reason,
            "channel": channel,
        },
    )
    await reply(ctx, incoming, Message("circuit_rejected_noted", {"ref": document.ref}))
    tasks = await ctx.uow.circuits.tasks(_id(circuit))
    told = {acting.user_id}
    context = {
        "ref": document.ref,
        "title": document.title,
        "by": describe(settings, acting.user_id),
        "on_behalf": acting.on_behalf,
        "kind": task.kind,
        "reason": reason,
    }
    earlier = [t.acted_by or t.actor for t in tasks if t.status == "approved"]
    for user in [circuit.requester, *earlier]:
        if user in told:
            continue
        told.add(user)
        await ctx.chat.direct(UserId(user), Message("circuit_rejected", context))
    await _finish(ctx, circuit, document, "rejected", told=told)
    return "circuit-rejected"


# --- ending --------------------------------------------------------------------------------


async def _finish(
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
    tasks = await ctx.uow.circuits.tasks(_id(circuit))
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
        circuit_id=_id(circuit),
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
    circuit = await ctx.uow.circuits.lock(_id(running))
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
    await _finish(
        ctx,
        circuit,
        document,
        "cancelled",
        told={incoming.sender},
        reason=f"annulé par {name_of(ctx.settings.circuits, incoming.sender)}",
    )
    await reply(ctx, incoming, Message("circuit_cancelled", {"ref": document.ref}))
    return "circuit-cancelled"


async def redacted(ctx: Context, incoming: Incoming) -> str:
    """A reaction was taken back. Before its step moved on, a visa is taken back with it;
    after, or for a signature (already laid on the PDF), the person is told it stands."""
    if incoming.redacts is None:
        return "ignored"
    task = await ctx.uow.circuits.acted_through(incoming.redacts)
    if task is None or task.acted_by != incoming.sender:
        return "ignored"
    circuit = await ctx.uow.circuits.lock(task.circuit_id)
    assert circuit is not None
    await ctx.uow.circuits.reload(task)
    tasks = await ctx.uow.circuits.tasks(_id(circuit))
    step_open = any(t.step == task.step and t.status == "open" for t in tasks)
    document = await ctx.uow.documents.get(circuit.document_id)
    assert document is not None
    room = RoomId(incoming.room_id)
    if (
        task.kind == "visa"
        and task.status == "approved"
        and circuit.status == "running"
        and step_open
    ):
        task.status = "open"
        task.acted_at = task.acted_by = task.acted_by_name = task.acted_by_qualite = None
        task.on_behalf = task.channel = task.event_id = task.device_id = None
        task.device_verified = None
        task.delegation_id = None
        task.sha256_before = task.sha256_after = None
        await ctx.uow.circuits.save(task)
        await ctx.uow.audit.append(
            incoming.sender,
            "circuit.visa_withdrawn",
            subject=document.ref,
            event_id=incoming.event_id,
            details={"circuit": circuit.id, "task": task.id, "reaction": incoming.redacts},
        )
        await ctx.chat.say(room, Message("circuit_withdrawn", {"ref": document.ref}))
        return "circuit-withdrawn"
    await ctx.chat.say(
        room, Message("circuit_withdraw_too_late", {"ref": document.ref, "kind": task.kind})
    )
    return "circuit-withdraw-late"


async def status_of(ctx: Context, document: Document) -> dict[str, object] | None:
    """The last circuit of a document, for « statut »."""
    assert document.id is not None
    circuits = await ctx.uow.circuits.of_document(document.id)
    if not circuits:
        return None
    circuit = circuits[0]
    tasks = await ctx.uow.circuits.tasks(_id(circuit))
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
