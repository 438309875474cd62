"""Keeping a document longer than its rule says: an extension (until a date, for a reason) or
a legal hold (gel: litige, contrôle; no end until lifted).

Both are recorded with who, why and when (`retention_action`), shown by `statut`, and kept
for ever: they are the proof of why a document outlived its rule. A hold also takes the
document out of a bordereau in flight, with a word to whoever proposed it, and the
destruction checks it once more: a held document is never destroyed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from storage.models import Document, RetentionAction
from workflows.context import Context
from workflows.ports import Message, UserId


def may_decide(ctx: Context, user_id: str, service_id: str | None) -> bool:
    """The service's référent or deputy, the archivist, or an admin."""
    if user_id in ctx.settings.circuits.admins or user_id == ctx.settings.retention.archivist:
        return True
    service = ctx.settings.directory.get(service_id)
    return service is not None and user_id in (service.referent, service.deputy, service.head)


async def extend(
    ctx: Context, actor: str, documents: Sequence[Document], until: dt.date, reason: str
) -> int:
    """Move the DUA end of each document to `until` (later only); returns how many moved."""
    now = ctx.clock.now()
    moved = 0
    for document in documents:
        assert document.id is not None
        if document.disposal not in ("", "proposed"):
            continue
        if document.dua_end is not None and document.dua_end >= until:
            continue
        await ctx.uow.retention.add_action(
            RetentionAction(
                document_id=document.id,
                kind="extension",
                reason=reason[:1000],
                until=until,
                previous_dua_end=document.dua_end,
                actor=actor,
                at=now,
            )
        )
        if document.awaiting_event is None:
            document.dua_end = until
        # else its retention has not begun: the extension is kept and applies once it does
        # (`retention.events.start`), never making a waiting document due.
        await withdraw(ctx, document, f"prolongé jusqu'au {until:%d/%m/%Y}")
        await ctx.uow.documents.save(document)
        await ctx.uow.audit.append(
            actor,
            "retention.extended",
            subject=document.ref,
            details={"until": until.isoformat(), "reason": reason[:1000]},
        )
        moved += 1
    return moved


async def hold(ctx: Context, actor: str, documents: Sequence[Document], reason: str) -> int:
    """Freeze each document (not already frozen); returns how many were frozen."""
    now = ctx.clock.now()
    frozen = 0
    for document in documents:
        assert document.id is not None
        if document.hold or document.disposal not in ("", "proposed"):
            continue
        await ctx.uow.retention.add_action(
            RetentionAction(
                document_id=document.id,
                kind="hold",
                reason=reason[:1000],
                previous_dua_end=document.dua_end,
                actor=actor,
                at=now,
            )
        )
        document.hold = True
        await withdraw(ctx, document, "gelé")
        await ctx.uow.documents.save(document)
        await ctx.uow.audit.append(
            actor, "retention.hold", subject=document.ref, details={"reason": reason[:1000]}
        )
        frozen += 1
    return frozen


async def lift(ctx: Context, actor: str, document: Document) -> bool:
    """End the hold of a document; False if it had none."""
    assert document.id is not None
    action = await ctx.uow.retention.open_hold(document.id)
    if action is None and not document.hold:
        return False
    if action is not None:
        action.ended_at = ctx.clock.now()
        action.ended_by = actor
        await ctx.uow.retention.save(action)
    document.hold = False
    await ctx.uow.documents.save(document)
    await ctx.uow.audit.append(actor, "retention.hold_lifted", subject=document.ref)
    return True


async def withdraw(ctx: Context, document: Document, why: str) -> None:
    """Take the document out of the bordereau that carries it, and tell who proposed it."""
    assert document.id is not None
    item = await ctx.uow.retention.pending_item_of(document.id)
    if item is None:
        return
    slip = await ctx.uow.retention.slip(item.slip_id)
    item.status = "withdrawn"
    await ctx.uow.retention.save(item)
    document.disposal = ""
    if slip is not None:
        await ctx.chat.direct(
            UserId(slip.requester),
            Message(
                "retention_withdrawn",
                {"ref": document.ref, "number": slip.number, "why": why},
            ),
        )
