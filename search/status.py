"""`statut` / « où en est … »: a document's state in plain French.

The document is named by its reference ("2025-0012") or by words, as in a search; words take
the best result the room may see (or, when only the asker may see it, the answer goes to them
privately). Today a document is "classé"; circuits, eliminations and transfers add their states
here as they arrive.
"""

from __future__ import annotations

from typing import Any, cast

from circuits import engine as circuits
from french.dates import PARIS, format_date_fr
from referentiel import retention
from referentiel.model import SortFinal
from search.find import find
from search.lookup import REF
from search.query import parse
from storage.models import Document
from workflows import audience as audiences
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message, UserId


def reference(text: str) -> str | None:
    """ "2025-12", "2025 0012", "réf. 2025/0012" -> "2025-0012"."""
    found = REF.search(text)
    if found is None:
        return None
    return f"{found.group(1)}-{int(found.group(2)):04d}"


def state_of(ctx: Context, document: Document) -> dict[str, Any]:
    service = ctx.settings.directory.get(document.service_id)
    return {
        "ref": document.ref,
        "name": document.name,
        "title": document.title,
        "type": document.type_label,
        "service": service.name if service else None,
        "filed_on": format_date_fr(document.filed_at.date()),
        "filed_by": document.filed_by,
        "state": "classé",
        "retention": retention.phrase(
            cast(SortFinal, document.sort),
            document.dua_end,
            document.a_valider,
            _awaited(ctx, document),
        ),
        "counted_from": (
            None
            if document.awaiting_event or document.dua_end is None
            else format_date_fr(document.dua_start)
        ),
    }


def _awaited(ctx: Context, document: Document) -> str | None:
    """The event the document's retention waits for, in the tableau's words."""
    if document.awaiting_event is None:
        return None
    row = ctx.settings.referentiel.rows.get(document.row_id)
    return retention.event_label(row) if row is not None else document.awaiting_event


async def _state(ctx: Context, document: Document, others: int) -> dict[str, Any]:
    state = state_of(ctx, document) | {"others": others}
    circuit = await circuits.status_of(ctx, document)
    state["circuit"] = circuit
    if circuit is not None:
        words = {
            "running": "en circuit de signature",
            "signed": "signé",
            "rejected": "refusé dans son circuit de signature",
            "cancelled": "classé (circuit de signature annulé)",
        }
        state["state"] = words.get(str(circuit["status"]), state["state"])
    state |= await retention_history(ctx, document)
    return state


_DISPOSAL = {
    "proposed": "proposé à l'élimination (bordereau en cours de signature)",
    "eliminated": "détruit avec le visa des Archives",
    "transferred": "versé aux Archives",
}


async def retention_history(ctx: Context, document: Document) -> dict[str, Any]:
    """Holds, extensions, sorting and refusals recorded for the document, oldest first."""
    assert document.id is not None
    actions = []
    for action in await ctx.uow.retention.actions_of(document.id):
        actions.append(
            {
                "kind": action.kind,
                "reason": action.reason,
                "until": format_date_fr(action.until) if action.until else None,
                "at": format_date_fr(action.at.astimezone(PARIS).date()),
                "by": circuits.name_of(ctx.settings.circuits, action.actor),
                "ended": format_date_fr(action.ended_at.astimezone(PARIS).date())
                if action.ended_at
                else None,
            }
        )
    extra: dict[str, Any] = {"retention_actions": actions, "held": document.hold}
    if document.disposal in _DISPOSAL:
        extra["state"] = _DISPOSAL[document.disposal]
    return extra


async def status(ctx: Context, incoming: Incoming, text: str) -> str:
    settings = ctx.settings
    ref = reference(text)
    query = parse(text, settings.referentiel, settings.directory.services)
    if ref is None and query.empty:
        # "statut", "statut ???": no document named; never the status of whatever is newest.
        await reply(ctx, incoming, Message("status_help", {}))
        return "status-help"
    readers = await audiences.of_message(ctx, incoming)
    candidates: list[Document]
    others = 0
    if ref is not None:
        by_ref = await ctx.uow.documents.by_ref(ref)
        candidates = [by_ref] if by_ref is not None else []
    else:
        found = await find(ctx.uow, ctx.vocabulary, query, incoming.sender, reader=readers.asker)
        candidates = found.documents
    placed = audiences.place(candidates, readers)
    if placed.here:
        others = len(placed.here) - 1
        await reply(
            ctx,
            incoming,
            Message("status", await _state(ctx, placed.here[0], others)),
        )
        chosen = placed.here[0]
    elif placed.elsewhere:
        chosen = placed.elsewhere[0]
        await ctx.chat.direct(
            UserId(incoming.sender),
            Message("status", await _state(ctx, chosen, len(placed.elsewhere) - 1)),
        )
        await reply(ctx, incoming, Message("status_sent_privately", {}))
    else:
        await reply(ctx, incoming, Message("status_none", {"query": text.strip(), "ref": ref}))
        return "status-none"
    await ctx.uow.audit.append(
        incoming.sender,
        "document.status",
        subject=chosen.ref,
        event_id=incoming.event_id,
        details={"room": incoming.room_id},
    )
    return "status"
