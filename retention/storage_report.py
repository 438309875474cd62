"""« stockage »: how much the collectivité keeps, where it grows, what eliminating would free.

Volume and count by service and by type, growth over the last 12 months, and what the
elimination of the documents already due would free; with a chart (PNG) sent in the room.
The figures cover the services the asker may see (all of them for a role that sees
everything): aggregates only, never a title. The référents also get their service's lines in
the retention digest once a month (`retention_digest`).
"""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence

from french.dates import PARIS
from french.sizes import human_size
from retention.report_chart import StorageFigures, chart_png
from workflows import audience
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message

TOP_TYPES = 8


def month_starts(today: dt.date, count: int = 12) -> list[dt.date]:
    """The first days of the last `count` months, the current one last."""
    year, month = today.year, today.month
    starts = []
    for _ in range(count):
        starts.append(dt.date(year, month, 1))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return starts[::-1]


async def figures(ctx: Context, services: Sequence[str] | None) -> StorageFigures:
    """The report's numbers for these services (None: all)."""
    repo = ctx.uow.retention
    today = ctx.today()
    by_service = sorted(
        await repo.volume_by("service", services), key=lambda v: v.size, reverse=True
    )
    starts = month_starts(today)
    since = dt.datetime.combine(starts[0], dt.time(), tzinfo=PARIS)
    monthly = {(y, m): (n, size) for y, m, n, size in await repo.filed_by_month(since, services)}
    freeable = sum(
        g.size
        for g in await repo.due_groups(today)
        if g.sort == "D" and (services is None or g.service_id in services)
    )
    names = {s.id: s.name for s in ctx.settings.directory.services}
    return StorageFigures(
        by_service=tuple(
            (names.get(v.key or "", "Sans service"), v.count, v.size) for v in by_service
        ),
        by_month=tuple(
            (start, *monthly.get((start.year, start.month), (0, 0))) for start in starts
        ),
        freeable_bytes=freeable,
        total_bytes=sum(v.size for v in by_service),
        total_count=sum(v.count for v in by_service),
    )


def summary(numbers: StorageFigures, types: Sequence[tuple[str, int, int]]) -> dict[str, object]:
    added = sum(size for _, _, size in numbers.by_month)
    return {
        "total_count": numbers.total_count,
        "total": human_size(numbers.total_bytes),
        "services": [
            {"name": name, "count": count, "size": human_size(size)}
            for name, count, size in numbers.by_service
        ],
        "types": [
            {"name": name, "count": count, "size": human_size(size)} for name, count, size in types
        ],
        "added": human_size(added),
        "added_count": sum(n for _, n, _ in numbers.by_month),
        "freeable": human_size(numbers.freeable_bytes),
    }


async def report(ctx: Context, incoming: Incoming) -> str:
    reader = await audience.reader(ctx.uow, ctx.settings.directory, incoming.sender)
    services = None if reader.sees_all else sorted(reader.services)
    if services is not None and not services:
        await reply(ctx, incoming, Message("storage_none", {}))
        return "storage-none"
    numbers = await figures(ctx, services)
    by_type = sorted(
        await ctx.uow.retention.volume_by("type", services), key=lambda v: v.size, reverse=True
    )
    types = [(v.key or "?", v.count, v.size) for v in by_type[:TOP_TYPES]]
    await reply(ctx, incoming, Message("storage_report", summary(numbers, types)))
    if ctx.signatures is not None and numbers.total_count:
        png = await asyncio.to_thread(chart_png, numbers)
        sha = await ctx.signatures.keep(png)
        await ctx.chat.send_file(
            incoming.room_id, sha, "stockage.png", "image/png", thread=incoming.thread_root
        )
    await ctx.uow.audit.append(incoming.sender, "storage.report", event_id=incoming.event_id)
    return "storage-report"
