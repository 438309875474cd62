"""The event a document's retention waits for, told by message: « dossier 2025-0012 soldé le
12/03/2027 », « marché 2025-0012 notifié le 3 avril », « dossier 2026-0007 clos ».

A marché's pieces are kept ten years from the final payment, a file's pieces from its closing:
those dates come years after the filing, so the document waits (`Document.awaiting_event`) and
is never due until an agent says the event happened. Saying it for a dossier starts the
retention of every document of that dossier that waits; a document with no dossier is named by
its reference. Nothing is guessed: without the event, the document simply waits.
"""

from __future__ import annotations

import datetime as dt
import re

from circuits.setup import reference
from french.dates import fold_keep_offsets, format_date_fr, parse_date
from french.fold import fold
from referentiel import retention
from storage.models import Document
from workflows import audience
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message

_VERB = re.compile(
    r"\b(?P<verb>soldee?s?|close?s?|clotur\w*|terminee?s?|fermee?s?|achevee?s?|notifiee?s?)\b"
)
_LEADING = re.compile(
    r"^\s*(?:(?:du|de|le|la|les|mon|notre)\s+)*(?:dossier|marche|n\W?o?|numero|reference)?\s*"
    r"(?:n\W?o\b|no\b|numero\b|°)?\s*",
    re.IGNORECASE,
)
_TRAILING = re.compile(r"\s*(?:est|sont|a\s+ete|ont\s+ete|a\s+bien\s+ete|bien)?\s*$")


def parse(text: str, today: dt.date) -> tuple[str, str, dt.date | None] | None:
    """(dossier as written, verb, date) from « 2025-0012 soldé le 12/03/2027 »; None without a
    verb saying what happened. No date written: today."""
    folded = fold_keep_offsets(text).replace("’", "'")
    found = _VERB.search(folded)
    if found is None:
        return None
    head = folded[: found.start()]
    lead = _LEADING.match(head)
    start = lead.end() if lead else 0
    tail = _TRAILING.search(head[start:])
    end = start + (tail.start() if tail else len(head) - start)
    name = text[start:end].strip(" :,.-")
    after = text[found.end() :]
    day = parse_date(after, today) if after.strip() else today
    return name, text[found.start() : found.end()], day


async def command(ctx: Context, incoming: Incoming, text: str) -> str:
    today = ctx.today()
    parsed = parse(text, today)
    if parsed is None or not parsed[0]:
        await reply(ctx, incoming, Message("retention_event_how", {}))
        return "retention-event-how"
    name, verb, day = parsed
    if day is None:
        await reply(ctx, incoming, Message("retention_event_how", {"name": name}))
        return "retention-event-how"
    if day > today:
        await reply(
            ctx,
            incoming,
            Message("retention_event_future", {"name": name, "date": format_date_fr(day)}),
        )
        return "retention-event-future"
    found = await ctx.uow.documents.awaiting(
        dossier=retention.dossier_key(name), ref=reference(name)
    )
    asker = await audience.reader(ctx.uow, ctx.settings.directory, incoming.sender)
    rows = ctx.settings.referentiel.rows
    mine = [d for d in found if audience.may_see(asker, d) and d.row_id in rows]
    if fold(verb).startswith("notifi"):
        mine = [d for d in mine if d.awaiting_event == "notification"]
    if not mine:
        await reply(ctx, incoming, Message("retention_event_none", {"name": name}))
        return "retention-event-none"
    started = [await start(ctx, incoming, document, day) for document in mine]
    readers = await audience.of_message(ctx, incoming)
    await reply(
        ctx,
        incoming,
        Message(
            "retention_event_recorded",
            {
                "name": name,
                "verb": verb,
                "date": format_date_fr(day),
                "documents": [
                    {"ref": d.ref, "title": d.title, "retention": phrase}
                    for d, phrase in zip(mine, started, strict=True)
                    if readers.all_may_see(d)
                ],
                "count": len(mine),
            },
        ),
    )
    return "retention-event-recorded"


async def start(ctx: Context, incoming: Incoming, document: Document, day: dt.date) -> str:
    """The event happened on `day`: the document's DUA counts from it. Returns the new phrase."""
    row = ctx.settings.referentiel.rows[document.row_id]
    awaited = document.awaiting_event
    kept = retention.compute(row, day)
    document.dua_start = day
    document.dua_end = kept.dua_end
    document.awaiting_event = None
    assert document.id is not None
    extended = [
        a.until
        for a in await ctx.uow.retention.actions_of(document.id)
        if a.kind == "extension" and a.until is not None
    ]
    if extended and document.dua_end is not None and max(extended) > document.dua_end:
        # Someone extended it before it waited: their date still holds if it is later.
        document.dua_end = max(extended)
        phrase = retention.phrase(row.sort, document.dua_end, row.a_valider)
    else:
        phrase = kept.phrase
    await ctx.uow.documents.save(document)
    await ctx.uow.audit.append(
        incoming.sender,
        "retention.started",
        subject=document.ref,
        event_id=incoming.event_id,
        details={
            "event": awaited,
            "date": day.isoformat(),
            "dua_end": document.dua_end.isoformat() if document.dua_end else None,
        },
    )
    return phrase
