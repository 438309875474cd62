"""Once a month, each référent is asked about the documents that have waited long for the event
their retention counts from: « ces dossiers sont-ils clos ? ». A marché's final payment or a
file's closing is easy to forget to tell; the question keeps those documents from waiting for
ever, and the answer is one message (« dossier 2025-0012 soldé le 12/03/2027 »).
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from referentiel import retention
from retention.digest import recipients
from storage.retention_repos import Waiting
from workflows.context import Context
from workflows.ports import Message, UserId

ASK_AFTER = dt.timedelta(days=365)
"""A document filed this long ago and still waiting is asked about (a marché is paid off, a
file closed, within a year or two)."""
LISTED = 20  # dossiers named in one message; the rest are counted


async def ask(ctx: Context) -> int:
    """Send this month's questions; returns how many services were asked. One transaction."""
    now = ctx.clock.now()
    month = f"{ctx.today():%Y-%m}"
    by_service: dict[str | None, list[Waiting]] = defaultdict(list)
    for found in await ctx.uow.retention.waiting_long(now - ASK_AFTER):
        by_service[found.service_id].append(found)
    rows = ctx.settings.referentiel.rows
    labels: dict[str, str] = {row.start: retention.event_label(row) for row in rows.values()}
    asked = 0
    for service_id, waiting in sorted(by_service.items(), key=lambda kv: kv[0] or ""):
        notice = await ctx.uow.retention.notice(service_id or "")
        if notice.last_waiting_month == month:
            continue
        service = ctx.settings.directory.get(service_id)
        people = recipients(ctx, service)
        if not people:
            continue
        items = [
            {
                "name": _name(w),
                "title": w.title,
                "count": w.count,
                "event": labels.get(w.event, w.event),
                "since": f"{w.first_filed:%m/%Y}",
                "example": retention.event_example(w.event, _name(w)),
            }
            for w in waiting[:LISTED]
        ]
        for person in people:
            await ctx.chat.direct(
                UserId(person),
                Message(
                    "retention_waiting",
                    {
                        "service": service.name if service else "documents sans service",
                        "items": items,
                        "more": max(0, len(waiting) - LISTED),
                    },
                ),
            )
        notice.last_waiting_month = month
        await ctx.uow.retention.save(notice)
        asked += 1
    return asked


def _name(waiting: Waiting) -> str:
    """What the référent types back: the dossier, or a lone document's reference."""
    return waiting.dossier.upper() if waiting.dossier else waiting.ref
