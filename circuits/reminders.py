"""Reminders of waiting visas and signatures: one digest a day per person, never one message
per document, and the requester told after a few reminders went unanswered.

State lives in the database (each task's next reminder time and count, each person's last
digest day), and one sweep is one transaction: after a restart the next sweep sends what is
due, and nothing twice — a digest and the marks that say it was sent commit together.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from circuits import acting
from circuits import engine as circuits
from french.dates import PARIS
from french.workdays import add_working_days
from storage.models import CircuitTask
from workflows.context import Context
from workflows.ports import Message, UserId


def _next_time(ctx: Context, now: dt.datetime) -> dt.datetime:
    settings = ctx.settings.circuits
    if settings.reminder_after is not None:
        return now + settings.reminder_after
    return add_working_days(now, 1)


async def sweep(ctx: Context) -> int:
    """Send today's digests that are due. Returns how many people were reminded."""
    settings = ctx.settings.circuits
    now = ctx.clock.now()
    if settings.digest_hour is not None and now.astimezone(PARIS).hour < settings.digest_hour:
        return 0
    today = circuits.local_day(now)
    due = await ctx.uow.circuits.due_reminders(now)
    if not due:
        return 0
    # Who is told about each due task: its actor, and whoever stands in for them today.
    recipients: dict[str, set[int]] = defaultdict(set)
    for task in due:
        assert task.id is not None
        recipients[task.actor].add(task.id)
        for delegation in await ctx.uow.delegations.given_by(task.actor):
            if delegation.starts <= today <= delegation.ends:
                recipients[delegation.delegate].add(task.id)
    reminded: set[int] = set()
    people = 0
    for user in sorted(recipients):
        if await ctx.uow.digests.last_sent(user) == today:
            continue
        waiting = await acting.pending_for(ctx, user)
        if not waiting:
            continue
        await ctx.chat.direct(UserId(user), await _digest(ctx, user, waiting, recipients[user]))
        await ctx.uow.digests.mark_sent(user, today)
        await ctx.uow.audit.append(
            "greffier",
            "circuit.reminder",
            subject=user,
            details={"tasks": sorted(t.id for t in waiting if t.id is not None)},
        )
        reminded |= recipients[user]
        people += 1
    escalations: dict[str, list[CircuitTask]] = defaultdict(list)
    for task in due:
        if task.id not in reminded:
            continue
        task.reminders += 1
        task.next_reminder_at = _next_time(ctx, now)
        if task.reminders >= settings.escalate_after and not task.escalated:
            task.escalated = True
            circuit = await ctx.uow.circuits.get(task.circuit_id)
            if circuit is not None:
                escalations[circuit.requester].append(task)
        await ctx.uow.circuits.save(task)
    for requester, tasks in escalations.items():
        await ctx.chat.direct(UserId(requester), await _escalation(ctx, tasks))
        await ctx.uow.audit.append(
            "greffier",
            "circuit.escalated",
            subject=requester,
            details={"tasks": [t.id for t in tasks]},
        )
    return people


async def _line(ctx: Context, task: CircuitTask, user: str) -> dict[str, object]:
    circuit = await ctx.uow.circuits.get(task.circuit_id)
    document = await ctx.uow.documents.get(circuit.document_id) if circuit else None
    settings = ctx.settings.circuits
    return {
        "kind": task.kind,
        "ref": document.ref if document else "?",
        "title": document.title if document else "?",
        "requester": circuits.describe(settings, circuit.requester) if circuit else "?",
        "since": circuits.when(task.opened_at) if task.opened_at else None,
        "on_behalf": (
            circuits.on_behalf_words(settings.person(task.actor), task.actor)
            if task.actor != user
            else None
        ),
        "reminders": task.reminders,
    }


async def _digest(ctx: Context, user: str, waiting: list[CircuitTask], due: set[int]) -> Message:
    lines = [await _line(ctx, task, user) for task in waiting]
    return Message("circuit_digest", {"items": lines, "due": len(due)})


async def _escalation(ctx: Context, tasks: list[CircuitTask]) -> Message:
    settings = ctx.settings.circuits
    items = []
    for task in tasks:
        line = await _line(ctx, task, task.actor)
        line["actor"] = circuits.describe(settings, task.actor)
        items.append(line)
    return Message("circuit_escalation", {"items": items})
