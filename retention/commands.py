"""Retention by message, one document at a time: « prolonger 2026-0012 jusqu'au 31/12/2030 :
contentieux », « geler 2026-0012 : litige », « dégeler 2026-0012 », and « éliminer » for the
whole service. What is missing (the date, the reason) is asked for by an example, never
guessed: these decisions are kept as proof.
"""

from __future__ import annotations

import re

from circuits.setup import reference
from french.dates import format_date_fr, parse_date
from retention import elimination, holds, transfer
from storage.models import Document
from workflows import audience
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message

_REASON = re.compile(
    r"(?:\s:\s*|:\s+|\bcar\b|\bparce\s+que\b|\bpour\b|\braison\s*:?)\s*(?P<r>.+)$"
)
_UNTIL = re.compile(r"\b(?:jusqu\W?(?:au|à|a)|au)\b\s*(?P<d>.+)$", re.IGNORECASE)


def split_reason(text: str) -> tuple[str, str | None]:
    """(what comes before the reason, the reason) — « … : litige » or « … car litige »."""
    found = _REASON.search(text)
    if found is None:
        return text, None
    reason = found.group("r").strip(" .")
    return text[: found.start()], reason or None


async def _document(ctx: Context, incoming: Incoming, text: str) -> Document | None:
    ref = reference(text)
    document = await ctx.uow.documents.by_ref(ref) if ref else None
    if document is None:
        return None
    asker = await audience.reader(ctx.uow, ctx.settings.directory, incoming.sender)
    return document if audience.may_see(asker, document) else None


async def command(ctx: Context, incoming: Incoming, action: str, text: str) -> str:
    if action in ("eliminate", "transfer"):
        return await _for_service(ctx, incoming, action, text)
    head, reason = split_reason(text)
    document = await _document(ctx, incoming, head)
    if document is None:
        await reply(ctx, incoming, Message("retention_which", {"action": action}))
        return "retention-which"
    if not holds.may_decide(ctx, incoming.sender, document.service_id):
        await reply(ctx, incoming, Message("retention_not_yours", {}))
        return "retention-not-yours"
    if document.disposal in ("eliminated", "transferred"):
        await reply(
            ctx,
            incoming,
            Message("retention_gone", {"ref": document.ref, "disposal": document.disposal}),
        )
        return "retention-gone"
    if action == "lift":
        lifted = await holds.lift(ctx, incoming.sender, document)
        await reply(
            ctx, incoming, Message("retention_lifted", {"ref": document.ref, "lifted": lifted})
        )
        return "retention-lifted" if lifted else "retention-not-held"
    if action == "extend":
        today = ctx.today()
        found = _UNTIL.search(head)
        until = parse_date(found.group("d"), today) if found else None
        if until is None or until <= today or not reason:
            await reply(
                ctx,
                incoming,
                Message(
                    "retention_extend_how",
                    {"ref": document.ref, "missing": "date" if until is None else "reason"},
                ),
            )
            return "retention-extend-how"
        if document.dua_end is not None and until <= document.dua_end:
            await reply(
                ctx,
                incoming,
                Message(
                    "retention_not_later",
                    {"ref": document.ref, "end": format_date_fr(document.dua_end)},
                ),
            )
            return "retention-not-later"
        await holds.extend(ctx, incoming.sender, [document], until, reason)
        await reply(
            ctx,
            incoming,
            Message(
                "retention_applied",
                {"action": "extend", "count": 1, "until": format_date_fr(until), "reason": reason},
            ),
        )
        return "retention-extend"
    if not reason:
        await reply(ctx, incoming, Message("retention_hold_how", {"ref": document.ref}))
        return "retention-hold-how"
    if document.hold:
        await reply(ctx, incoming, Message("retention_already_held", {"ref": document.ref}))
        return "retention-already-held"
    await holds.hold(ctx, incoming.sender, [document], reason)
    await reply(
        ctx,
        incoming,
        Message(
            "retention_applied", {"action": "hold", "count": 1, "until": None, "reason": reason}
        ),
    )
    return "retention-hold"


async def _for_service(ctx: Context, incoming: Incoming, action: str, text: str) -> str:
    """« éliminer » / « verser » for the service the person is référent of (or names)."""
    directory = ctx.settings.directory
    wanted = text.strip().lower()
    services = [
        s
        for s in directory.services
        if holds.may_decide(ctx, incoming.sender, s.id)
        and (not wanted or wanted in (s.id.lower(), s.name.lower()))
    ]
    if len(services) != 1:
        await reply(
            ctx,
            incoming,
            Message(
                "elimination_which_service",
                {
                    "services": [s.name for s in services],
                    "named": bool(wanted),
                    "action": action,
                },
            ),
        )
        return "elimination-which-service"
    if action == "transfer":
        return await transfer.propose(ctx, incoming, services[0].id)
    return await elimination.propose(ctx, incoming, services[0].id)
