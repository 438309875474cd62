"""The short exchange after a digest choice: extend (until when, why), hold (why), or sort
(which documents to keep). One question at a time, stored like every dialogue, so nothing is
lost if the référent wanders off; « annuler » drops it and nothing changes.

Sorting (sort final T) keeps the documents the référent names, which become « à conserver »
(sort C, transferred to the Archives later), and makes the others « à éliminer » (sort D):
they then go through a bordereau and the archives' visa like any elimination.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from pydantic import BaseModel

from french.dates import format_date_fr, parse_date
from french.fold import fold
from retention import holds
from storage.models import Dialogue, Document, RetentionAction
from workflows import answers
from workflows.basics import reply
from workflows.context import Context
from workflows.conversation import key_of, open_dialogue
from workflows.ports import Incoming, Message, RoomId

KIND = "retention"
REMIND_AFTER = dt.timedelta(hours=4)
EXPIRE_AFTER = dt.timedelta(days=2)
LISTED = 30


class Pending(BaseModel):
    service_key: str
    action: str  # extend | hold | sort
    sort: str
    document_ids: list[int]
    until: dt.date | None = None


async def begin(
    ctx: Context,
    incoming: Incoming,
    service_key: str,
    *,
    action: str,
    sort: str,
    documents: Sequence[Document],
) -> None:
    pending = Pending(
        service_key=service_key,
        action=action,
        sort=sort,
        document_ids=[d.id for d in documents if d.id is not None],
    )
    key = key_of(incoming)
    existing = await ctx.uow.dialogues.get(key)
    if existing is not None:
        await ctx.uow.dialogues.delete(existing)
    dialogue = open_dialogue(
        ctx,
        incoming,
        KIND,
        {"extend": "date", "hold": "reason", "sort": "pick"}[action],
        data=pending.model_dump(mode="json"),
        remind_after=REMIND_AFTER,
        expire_after=EXPIRE_AFTER,
    )
    await ctx.uow.dialogues.add(dialogue)
    await _ask(ctx, incoming, dialogue, pending, documents)


async def _documents(ctx: Context, pending: Pending) -> list[Document]:
    return await ctx.uow.documents.by_ids(pending.document_ids)


async def _ask(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    pending: Pending,
    documents: Sequence[Document],
    *,
    problem: str | None = None,
) -> None:
    listed = [
        {
            "number": n,
            "ref": d.ref,
            "title": d.title,
            "date": format_date_fr(d.document_date),
        }
        for n, d in enumerate(documents[:LISTED], start=1)
    ]
    await reply(
        ctx,
        incoming,
        Message(
            "retention_ask",
            {
                "step": dialogue.step,
                "action": pending.action,
                "count": len(pending.document_ids),
                "listed": listed,
                "more": max(0, len(documents) - LISTED),
                "until": format_date_fr(pending.until) if pending.until else None,
                "problem": problem,
            },
        ),
    )


_NUMBERS = re.compile(r"\d+")


def picked_numbers(text: str, count: int) -> set[int] | None:
    """« 1 3 5 », « 2 et 4 », « tous », « aucun »; None when not understood."""
    folded = fold(text)
    if re.fullmatch(r"\s*(?:tous|toutes|tout)\s*", folded):
        return set(range(1, count + 1))
    if re.fullmatch(r"\s*(?:aucun|aucune|rien|0)\s*", folded):
        return set()
    if re.fullmatch(r"[\d\s,;et]+", folded) is None:
        return None
    numbers = {int(n) for n in _NUMBERS.findall(folded)}
    if not numbers or any(not 1 <= n <= count for n in numbers):
        return None
    return numbers


async def answer(ctx: Context, incoming: Incoming, dialogue: Dialogue, text: str | None) -> str:
    pending = Pending.model_validate(dialogue.data)
    text = (text or "").strip()
    if text and answers.control(text) == "cancel":
        await ctx.uow.dialogues.delete(dialogue)
        await reply(ctx, incoming, Message("retention_cancelled", {}))
        return "retention-cancelled"
    documents = [
        d
        for d in await _documents(ctx, pending)
        if d.disposal in ("", "proposed") and (pending.action != "sort" or d.sort == "T")
    ]
    if not documents:
        await ctx.uow.dialogues.delete(dialogue)
        await reply(ctx, incoming, Message("retention_group_empty", {}))
        return "retention-group-empty"
    version = dialogue.version
    problem: str | None = None
    if incoming.kind == "file":
        problem = (
            "Terminons d'abord cette question (ou « annuler ») : le fichier n'a pas été gardé."
        )
    elif dialogue.step == "date":
        until = parse_date(text, ctx.today())
        if until is None or until <= ctx.today():
            problem = "Donnez une date à venir, par exemple 31/12/2030."
        else:
            pending.until = until
            dialogue.step = "reason"
    elif dialogue.step == "reason":
        if len(text) < 3:
            problem = "Quelle raison ? Quelques mots suffisent (par exemple « litige en cours »)."
        else:
            return await _apply(ctx, incoming, dialogue, pending, documents, reason=text)
    else:
        numbers = picked_numbers(text, min(len(documents), LISTED))
        if numbers is None:
            problem = (
                "Répondez par les numéros à garder (par exemple « 1 3 »), « tous » ou « aucun »."
            )
        else:
            return await _sorted(ctx, incoming, dialogue, documents, numbers)
    now = ctx.clock.now()
    dialogue.data = pending.model_dump(mode="json")
    dialogue.updated_at = now
    dialogue.remind_at = now + REMIND_AFTER
    dialogue.expires_at = now + EXPIRE_AFTER
    await ctx.uow.dialogues.save(dialogue, version)
    await _ask(ctx, incoming, dialogue, pending, documents, problem=problem)
    return f"retention-{pending.action}-asked"


async def _apply(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    pending: Pending,
    documents: Sequence[Document],
    *,
    reason: str,
) -> str:
    await ctx.uow.dialogues.delete(dialogue)
    if pending.action == "extend":
        assert pending.until is not None
        done = await holds.extend(ctx, incoming.sender, documents, pending.until, reason)
    else:
        done = await holds.hold(ctx, incoming.sender, documents, reason)
    await reply(
        ctx,
        incoming,
        Message(
            "retention_applied",
            {
                "action": pending.action,
                "count": done,
                "until": format_date_fr(pending.until) if pending.until else None,
                "reason": reason,
            },
        ),
    )
    return f"retention-{pending.action}"


async def _sorted(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    documents: Sequence[Document],
    numbers: set[int],
) -> str:
    """Kept ones become « à conserver », the others « à éliminer » (only those listed)."""
    await ctx.uow.dialogues.delete(dialogue)
    now = ctx.clock.now()
    kept = eliminated = 0
    for n, document in enumerate(documents[:LISTED], start=1):
        assert document.id is not None
        new_sort = "C" if n in numbers else "D"
        await ctx.uow.retention.add_action(
            RetentionAction(
                document_id=document.id,
                kind="sort",
                reason="gardé au tri" if new_sort == "C" else "à éliminer après tri",
                previous_dua_end=document.dua_end,
                actor=incoming.sender,
                at=now,
            )
        )
        document.sort = new_sort
        await ctx.uow.documents.save(document)
        await ctx.uow.audit.append(
            incoming.sender, "retention.sorted", subject=document.ref, details={"sort": new_sort}
        )
        if new_sort == "C":
            kept += 1
        else:
            eliminated += 1
    await reply(
        ctx,
        incoming,
        Message(
            "retention_sorted",
            {"kept": kept, "eliminated": eliminated, "left": max(0, len(documents) - LISTED)},
        ),
    )
    return "retention-sorted"


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    now = ctx.clock.now()
    room = RoomId(dialogue.room_id)
    if dialogue.expires_at <= now:
        await ctx.uow.dialogues.delete(dialogue)
        await ctx.chat.say(room, Message("retention_expired", {}))
        return "retention-expired"
    version = dialogue.version
    dialogue.remind_at = None
    await ctx.uow.dialogues.save(dialogue, version)
    await ctx.chat.say(room, Message("retention_reminder", {}))
    return "retention-reminded"
