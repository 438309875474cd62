"""The retention digest: each service's référent hears, at most once per period, of what
reaches the end of its DUA, and acts with one number.

The scan is one grouped, indexed query (`uow.retention.due_groups`): documents still kept,
not frozen, whose DUA ends within the lead time or has ended without a decision. The digest
groups them by what the rule says becomes of them (to eliminate, to transfer, to sort) and
numbers the actions of each group; the numbers are stored with the notice, so « 2 » means
what the référent read even if a colleague acted meanwhile. A reply to the digest, a 1️⃣…9️⃣
reaction on it, or a bare number in the private conversation soon after, all answer it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from french.dates import format_date_fr
from retention import dialogue as retention_dialogue
from retention import elimination, holds, storage_report, transfer
from retention.report_chart import chart_png
from storage.models import Document, RetentionNotice
from storage.retention_repos import DueGroup
from workflows.access import Service
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message, UserId

TOPIC_PREFIX = "retention:"
KIND = "retention"

SORT_GROUPS = {"D": "à éliminer", "C": "à verser aux Archives", "T": "à trier"}
_ACTIONS = {
    "D": ("eliminate", "extend", "hold"),
    "C": ("transfer", "extend", "hold"),
    "T": ("sort", "extend", "hold"),
}
ACTION_WORDS = {
    "eliminate": "Proposer l'élimination (bordereau à signer, puis visa des Archives)",
    "sort": "Trier : choisir les documents à garder",
    "transfer": "Verser aux Archives (paquet SEDA et bordereau de versement)",
    "extend": "Prolonger (nouvelle date et raison)",
    "hold": "Geler (litige, contrôle… avec la raison)",
}


def topic_of(service_key: str) -> str:
    return f"{TOPIC_PREFIX}{service_key}"


def service_key_of(topic: str | None) -> str | None:
    if topic is None or not topic.startswith(TOPIC_PREFIX):
        return None
    return topic[len(TOPIC_PREFIX) :]


def service_id_of(key: str) -> str | None:
    return key or None


def recipients(ctx: Context, service: Service | None) -> list[str]:
    """The référent and their deputy; the admins for what no service owns."""
    people = [p for p in ((service.referent, service.deputy) if service else ()) if p]
    return people or list(ctx.settings.circuits.admins)


def _years(first: dt.date, last: dt.date) -> str:
    return str(first.year) if first.year == last.year else f"{first.year}–{last.year}"


def digest_view(
    ctx: Context, groups: Sequence[DueGroup], today: dt.date
) -> tuple[dict[str, object], list[dict[str, str]]]:
    """What the digest says, and its numbered choices."""
    by_sort: dict[str, list[DueGroup]] = defaultdict(list)
    for group in groups:
        by_sort[group.sort].append(group)
    sections: list[dict[str, object]] = []
    choices: list[dict[str, str]] = []
    for sort, label in SORT_GROUPS.items():
        members = by_sort.get(sort)
        if not members:
            continue
        rows = []
        for group in sorted(members, key=lambda g: (g.first, g.row_id)):
            row = ctx.settings.referentiel.rows.get(group.row_id)
            rows.append(
                {
                    "typologie": row.typologie if row else group.row_id,
                    "years": _years(group.first, group.last),
                    "count": group.count,
                }
            )
        actions = []
        for action in _ACTIONS[sort]:
            choices.append({"action": action, "sort": sort})
            actions.append({"number": len(choices), "words": ACTION_WORDS[action]})
        sections.append(
            {
                "label": label,
                "count": sum(g.count for g in members),
                "rows": rows,
                "actions": actions,
            }
        )
    context: dict[str, object] = {
        "total": sum(g.count for g in groups),
        "sections": sections,
        "today": format_date_fr(today),
    }
    return context, choices


async def scan(ctx: Context) -> int:
    """Send the digests due now; returns how many services were told. One transaction (the
    caller's); the notices make a second run in the same period send nothing."""
    settings = ctx.settings.retention
    now = ctx.clock.now()
    today = ctx.today()
    horizon = today + dt.timedelta(days=max(settings.lead_time.days, 0))
    by_service: dict[str | None, list[DueGroup]] = defaultdict(list)
    for group in await ctx.uow.retention.due_groups(horizon):
        by_service[group.service_id].append(group)
    told = 0
    for service_id, groups in sorted(by_service.items(), key=lambda kv: kv[0] or ""):
        service = ctx.settings.directory.get(service_id)
        people = recipients(ctx, service)
        if not people:
            continue
        notice = await ctx.uow.retention.notice(service_id or "")
        if (
            notice.last_digest_at is not None
            and now - notice.last_digest_at < settings.digest_every
        ):
            continue
        context, choices = digest_view(ctx, groups, today)
        context["service"] = service.name if service else "documents sans service"
        context["horizon"] = format_date_fr(horizon)
        month = f"{today:%Y-%m}"
        chart: str | None = None
        context["storage"] = None
        if service_id is not None and notice.last_report_month != month:
            # Once a month the digest carries the service's storage figures and chart.
            numbers = await storage_report.figures(ctx, [service_id])
            context["storage"] = storage_report.summary(numbers, [])
            if ctx.signatures is not None:
                chart = await ctx.signatures.keep(await asyncio.to_thread(chart_png, numbers))
            notice.last_report_month = month
        for user in people:
            await ctx.chat.direct(
                UserId(user),
                Message("retention_digest", context, topic=topic_of(service_id or "")),
            )
            if chart is not None:
                await ctx.chat.direct_file(UserId(user), chart, "stockage.png", "image/png")
        notice.last_digest_at = now
        notice.choices = choices
        await ctx.uow.retention.save(notice)
        await ctx.uow.audit.append(
            "greffier",
            "retention.digest",
            subject=service_id or "",
            details={"to": people, "documents": context["total"]},
        )
        told += 1
    return told


# --- answering the digest -------------------------------------------------------------------


async def choose(ctx: Context, incoming: Incoming, service_key: str, number: int | None) -> str:
    """The référent picked an action of the digest."""
    service_id = service_id_of(service_key)
    if not holds.may_decide(ctx, incoming.sender, service_id):
        await reply(ctx, incoming, Message("retention_not_yours", {}))
        return "retention-not-yours"
    notice: RetentionNotice = await ctx.uow.retention.notice(service_key)
    choices = notice.choices
    if number is None or not 1 <= number <= len(choices):
        await reply(ctx, incoming, Message("retention_bad_number", {"count": len(choices)}))
        return "retention-bad-number"
    choice = choices[number - 1]
    action, sort = choice["action"], choice["sort"]
    if action == "eliminate":
        return await elimination.propose(ctx, incoming, service_id)
    if action == "transfer":
        return await transfer.propose(ctx, incoming, service_id)
    documents = await due_documents(ctx, service_id, sort)
    if not documents:
        await reply(ctx, incoming, Message("retention_group_empty", {}))
        return "retention-group-empty"
    await retention_dialogue.begin(
        ctx, incoming, service_key, action=action, sort=sort, documents=documents
    )
    return f"retention-{action}"


async def due_documents(ctx: Context, service_id: str | None, sort: str) -> list[Document]:
    settings = ctx.settings.retention
    horizon = ctx.today() + dt.timedelta(days=max(settings.lead_time.days, 0))
    return await ctx.uow.retention.due_documents(service_id, [sort], horizon)
