"""Acting on a circuit's task: approve or reject, from a reaction or a word, and taking back.

Every decision is checked against the task it names (the message reacted to or replied to):
only its actor, or their delegate within the delegation's dates, can act; a decision on a
finished task is answered, never counted twice. A signature is laid on the PDF as it stands,
in the transaction that records it; the circuit row is locked meanwhile, so two parallel
signers never sign the same version. A visa taken back (its reaction redacted) before its step
moved on is undone; a signature stands.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from circuits import purposes
from circuits.engine import (
    circuit_id,
    describe,
    finish,
    local_day,
    name_of,
    on_behalf_words,
    open_step,
    task_id_of,
    when,
)
from french.dates import format_date_fr
from storage.models import Circuit, CircuitTask, Delegation, Document
from workflows import answers, identity
from workflows.basics import reply
from workflows.circuit_settings import Person
from workflows.context import Context
from workflows.decisions import Decision, read_decision, read_reaction
from workflows.ports import Incoming, Message, RoomId, UserId

log = logging.getLogger("greffier.circuits")


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
    tasks = await ctx.uow.circuits.tasks(circuit_id(circuit))
    if any(t.step == task.step and t.status != "approved" for t in tasks):
        return f"circuit-{task.kind}"
    later = sorted({t.step for t in tasks if t.status == "waiting"})
    if later:
        await open_step(ctx, circuit, document, later[0])
        return f"circuit-{task.kind}"
    await finish(ctx, circuit, document, "signed")
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
    tasks = await ctx.uow.circuits.tasks(circuit_id(circuit))
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
    await finish(ctx, circuit, document, "rejected", told=told)
    return "circuit-rejected"


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
    tasks = await ctx.uow.circuits.tasks(circuit_id(circuit))
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
