"""« délégation à @adjoint du 1er au 15 août »: someone acts in another's name for some days.

The delegator writes it (or an administrator, « délégation de @maire à @adjoint du … au … »).
The delegate then acts in their own name, "pour Jean Martin, Maire, par délégation", and that
wording goes into the signature, the stamp and the evidence. Outside its dates the delegation
gives nothing: the delegate is told so. Delegations are never deleted, only ended, so the
evidence of a past signature keeps pointing at what allowed it.
"""

from __future__ import annotations

import re

from circuits import engine as circuits
from french.dates import format_date_fr
from french.fold import fold
from french.periods import parse_period
from storage.models import Delegation
from workflows.basics import reply
from workflows.circuit_settings import CircuitSettings, DelegationSpec
from workflows.context import Context
from workflows.ports import Incoming, Message, UserId

USER_ID = re.compile(r"@[a-z0-9._=\-/+]+:[A-Za-z0-9.\-]+(?::\d+)?")
_END_WORDS = ("fin", "stop", "arreter", "annuler", "retirer", "terminer", "supprimer")
_LIST_WORDS = ("", "liste", "mes delegations", "voir", "s")


def _people_named(settings: CircuitSettings, text: str) -> list[str]:
    """Matrix ids written in the text, else configured people named by their name, in the
    order they appear."""
    found = [(m.start(), m.group()) for m in USER_ID.finditer(text)]
    if not found:
        folded = fold(text)
        for person in settings.people:
            for name in (person.full_name, person.last_name):
                at = folded.find(fold(name)) if name else -1
                if at >= 0:
                    found.append((at, person.user_id))
                    break
    found.sort()
    return list(dict.fromkeys(user for _, user in found))


def _describe(settings: CircuitSettings, delegation: Delegation) -> dict[str, str]:
    return {
        "delegator": circuits.describe(settings, delegation.delegator),
        "delegate": circuits.describe(settings, delegation.delegate),
        "starts": format_date_fr(delegation.starts),
        "ends": format_date_fr(delegation.ends),
    }


async def command(ctx: Context, incoming: Incoming, text: str) -> str:
    settings = ctx.settings.circuits
    folded = fold(text)
    first = folded.split(" ", 1)[0] if folded else ""
    if folded in _LIST_WORDS:
        return await _list(ctx, incoming)
    if first in _END_WORDS:
        return await _end(ctx, incoming, text)
    named = _people_named(settings, text)
    admin = incoming.sender in settings.admins
    if len(named) >= 2 and admin and re.search(r"\bde\b", folded):
        delegator, delegate = named[0], named[1]
    elif len(named) == 1:
        delegator, delegate = incoming.sender, named[0]
    elif len(named) >= 2:
        await reply(ctx, incoming, Message("delegation_not_admin", {}))
        return "delegation-refused"
    else:
        await reply(ctx, incoming, Message("delegation_help", {"problem": "person"}))
        return "delegation-help"
    today = circuits.local_day(ctx.clock.now())
    period = parse_period(text, today)
    if period is None:
        await reply(ctx, incoming, Message("delegation_help", {"problem": "dates"}))
        return "delegation-help"
    if period.end < today:
        await reply(ctx, incoming, Message("delegation_help", {"problem": "past"}))
        return "delegation-help"
    if delegate == delegator:
        await reply(ctx, incoming, Message("delegation_help", {"problem": "self"}))
        return "delegation-help"
    if settings.person(delegate) is None:
        await reply(ctx, incoming, Message("delegation_unknown", {"who": delegate}))
        return "delegation-unknown"
    delegation = await ctx.uow.delegations.add(
        Delegation(
            delegator=delegator,
            delegate=delegate,
            starts=period.start,
            ends=period.end,
            source="message",
            created_by=incoming.sender,
            created_at=ctx.clock.now(),
            event_id=incoming.event_id,
        )
    )
    await ctx.uow.audit.append(
        incoming.sender,
        "delegation.created",
        subject=delegator,
        event_id=incoming.event_id,
        details={
            "delegation": delegation.id,
            "delegator": delegator,
            "delegate": delegate,
            "starts": period.start.isoformat(),
            "ends": period.end.isoformat(),
        },
    )
    described = _describe(settings, delegation)
    await reply(ctx, incoming, Message("delegation_done", described))
    await ctx.chat.direct(UserId(delegate), Message("delegation_received", described))
    if incoming.sender != delegator:
        await ctx.chat.direct(UserId(delegator), Message("delegation_set_for_you", described))
    if period.start <= today:
        await circuits.hand_over(ctx, delegation)
    return "delegation-created"


async def _list(ctx: Context, incoming: Incoming) -> str:
    settings = ctx.settings.circuits
    today = circuits.local_day(ctx.clock.now())
    given = [
        _describe(settings, d)
        for d in await ctx.uow.delegations.given_by(incoming.sender)
        if d.ends >= today
    ]
    received = [
        _describe(settings, d)
        for d in await ctx.uow.delegations.received_by(incoming.sender)
        if d.ends >= today
    ]
    await reply(ctx, incoming, Message("delegation_list", {"given": given, "received": received}))
    return "delegation-list"


async def _end(ctx: Context, incoming: Incoming, text: str) -> str:
    """« fin de délégation » ends every current or future delegation the person gave (or,
    for an administrator naming someone, that person's)."""
    settings = ctx.settings.circuits
    named = _people_named(settings, text)
    delegator: str = incoming.sender
    if named and incoming.sender in settings.admins:
        delegator = named[0]
    today = circuits.local_day(ctx.clock.now())
    ended = []
    for delegation in await ctx.uow.delegations.given_by(delegator):
        if delegation.ends < today:
            continue
        delegation.revoked_at = ctx.clock.now()
        await ctx.uow.delegations.save(delegation)
        ended.append(_describe(settings, delegation))
        await ctx.uow.audit.append(
            incoming.sender,
            "delegation.ended",
            subject=delegator,
            event_id=incoming.event_id,
            details={"delegation": delegation.id},
        )
        await ctx.chat.direct(
            UserId(delegation.delegate),
            Message("delegation_ended", _describe(settings, delegation)),
        )
    await reply(ctx, incoming, Message("delegation_ended_list", {"ended": ended}))
    return "delegation-ended"


async def sync_config(ctx: Context, specs: tuple[DelegationSpec, ...]) -> int:
    """At start: the configuration's delegations exist once in the table (the evidence points
    at rows), and one removed from the configuration is ended."""
    existing = await ctx.uow.delegations.from_config()
    wanted = {(s.delegator, s.delegate, s.starts, s.ends) for s in specs}
    have = {(d.delegator, d.delegate, d.starts, d.ends): d for d in existing}
    added = 0
    for key in wanted - set(have):
        delegator, delegate, starts, ends = key
        await ctx.uow.delegations.add(
            Delegation(
                delegator=delegator,
                delegate=delegate,
                starts=starts,
                ends=ends,
                source="config",
                created_by="configuration",
                created_at=ctx.clock.now(),
            )
        )
        added += 1
    for key, delegation in have.items():
        if key not in wanted:
            delegation.revoked_at = ctx.clock.now()
            await ctx.uow.delegations.save(delegation)
    return added
