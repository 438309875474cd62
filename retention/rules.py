"""When the tableau's rules change, the documents already filed follow, in the safe direction.

The retention of a document is computed at filing. A tableau whose row now counts from a later
event (a marché's final payment instead of its notification), or an upgrade that learnt to read
those events, would leave documents due years too early: an archives service must never receive
a destruction proposal before the DUA has run. So at start, the rows whose start event changed
since the last run are recomputed: a document that must now wait for its event waits (and
leaves any bordereau in progress), a document whose end moves later moves; an end is never
brought earlier without a person deciding it. The référent of each service is told what moved.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections import Counter
from collections.abc import Mapping

from referentiel import retention
from referentiel.model import Referentiel
from retention.holds import withdraw
from storage.models import Document
from workflows.context import Context
from workflows.ports import Message, UserId

RULES_KEY = "retention_rules"
PAGE = 2000

_DATED = "document"
"""The rule of a row counted from the document's own year: what every row was before start
events were read, and still what most are."""


def rules_of(referentiel: Referentiel) -> dict[str, str]:
    """Each row's rule: its start event, and the types' own event questions (a change in
    either moves the documents of that row)."""
    rules: dict[str, str] = {}
    for row in referentiel.rows.values():
        dated = retention.counts_from_document_year(row)
        rules[row.id] = _DATED if dated else str(row.start)
    for kind in referentiel.types.values():
        if kind.start_field:
            rules[kind.row] += f"+{kind.id}.{kind.start_field}"
    return rules


async def changed_rows(ctx: Context) -> list[str]:
    """Rows whose rule differs from the one the documents were last computed with."""
    stored = await ctx.uow.state.get(RULES_KEY)
    before: Mapping[str, str] = json.loads(stored) if stored else {}
    now = rules_of(ctx.settings.referentiel)
    return sorted(row for row, rule in now.items() if before.get(row, _DATED) != rule)


async def remember(ctx: Context) -> None:
    await ctx.uow.state.set(RULES_KEY, json.dumps(rules_of(ctx.settings.referentiel)))


class Moved(Counter[tuple[str, str]]):
    """(service id, what happened) -> how many documents: "waiting", "withdrawn", "later"."""


async def recompute_page(ctx: Context, rows: list[str], after_id: int, moved: Moved) -> int | None:
    """One page of documents of those rows, from `after_id`; returns the last id read (None
    when there are no more)."""
    documents = await ctx.uow.documents.kept_of_rows(rows, after_id, PAGE)
    for document in documents:
        await _recompute(ctx, document, moved)
    return documents[-1].id if documents else None


async def _recompute(ctx: Context, document: Document, moved: Moved) -> None:
    referentiel = ctx.settings.referentiel
    if document.awaiting_event is not None:
        return
    row = referentiel.rows[document.row_id]
    try:
        kind = referentiel.type(document.type_id)
    except KeyError:  # a type the referential no longer has: its row's generic type
        kind = referentiel.generic_type(row)
    values: dict[str, object] = {}
    if kind.start_field and document.fields.get(kind.start_field):
        with contextlib.suppress(ValueError):  # a value typed by an older version: left out
            values[kind.start_field] = dt.date.fromisoformat(document.fields[kind.start_field])
    start = retention.start_of(row, kind, values, document.document_date)
    service = document.service_id or ""
    if start is None:
        document.awaiting_event = row.start
        document.dua_end = None
        moved[(service, "waiting")] += 1
        if document.disposal == "proposed":
            await withdraw(ctx, document, f"en attente de : {retention.event_label(row)}")
            moved[(service, "withdrawn")] += 1
        await ctx.uow.documents.save(document)
        return
    end = retention.dua_end(start, row.dua_years)
    if end is not None and document.dua_end is not None and end > document.dua_end:
        document.dua_start, document.dua_end = start, end
        moved[(service, "later")] += 1
        await ctx.uow.documents.save(document)


async def tell(ctx: Context, moved: Moved) -> int:
    """One message to each service's référent (or deputy) about its documents that moved."""
    told = 0
    for service_id in sorted({s for s, _ in moved}):
        service = ctx.settings.directory.get(service_id or None)
        person = service.referent or service.deputy if service else None
        if person is None:
            continue
        await ctx.chat.direct(
            UserId(person),
            Message(
                "retention_rules_changed",
                {
                    "service": service.name if service else "",
                    "waiting": moved[(service_id, "waiting")],
                    "withdrawn": moved[(service_id, "withdrawn")],
                    "later": moved[(service_id, "later")],
                },
            ),
        )
        told += 1
    await ctx.uow.audit.append(
        "greffier",
        "retention.rules_applied",
        details={f"{s or '-'}:{what}": n for (s, what), n in sorted(moved.items())},
    )
    return told
