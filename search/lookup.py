"""Finding documents from a message and handing them over: `cherche`, a number, `plus`.

Every answer is placed for the people who will read it (`workflows.audience`): a room shows only
what all its members may see, and the asker gets the rest in their private conversation. The
results are remembered for a day in a small dialogue per person and room, so "2" sends the
second document and "plus" shows the next five; access is checked again at that moment, since
people may have left or joined the room in between. Every list shown and every file sent is
written to the audit log: who, what, where, and who else could read it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from circuits import engine as circuits
from french.dates import MONTHS, format_date_fr
from french.fold import fold
from search.find import RESULTS, Found, find
from search.query import Query, parse
from storage.models import Dialogue, Document
from workflows import audience as audiences
from workflows.answers import number as read_number
from workflows.basics import reply
from workflows.context import Context
from workflows.ports import Incoming, Message, UserId

KIND = "search"
PAGE = 5
KEEP = RESULTS
"""Results remembered for « plus »."""
LIFETIME = dt.timedelta(hours=24)
MORE_WORDS = frozenset({"plus", "suite", "suivants", "encore", "autres", "la suite", "et apres"})
PDF = "application/pdf"
REF = re.compile(r"\b(\d{4})\s*[-/ ]\s*(\d{3,6})\b")


def results_key(room_id: str, user_id: str, direct: bool) -> str:
    """One list per person and room; everything private to a person shares one key, so results
    sent by private message are answered from the private conversation, whatever its id."""
    return f"search|dm|{user_id}" if direct else f"search|{room_id}|{user_id}"


def key_of(incoming: Incoming) -> str:
    return results_key(incoming.room_id, incoming.sender, incoming.is_direct)


def is_more(text: str) -> bool:
    return fold(text) in MORE_WORDS


def is_pick(text: str) -> bool:
    """An answer to a results list: a number or « plus » (whole message)."""
    return is_more(text) or read_number(text) is not None


# --- describing documents ----------------------------------------------------------------------


def _service_name(ctx: Context, service_id: str | None) -> str:
    service = ctx.settings.directory.get(service_id)
    return service.name if service else "sans service"


def hit(ctx: Context, position: int, document: Document) -> dict[str, Any]:
    return {
        "n": position,
        "name": document.name,
        "ref": document.ref,
        "date": format_date_fr(document.document_date),
        "service": _service_name(ctx, document.service_id),
        "type": document.type_label,
    }


def first_page(ctx: Context, documents: Sequence[Document]) -> dict[str, Any]:
    return {
        "hits": [hit(ctx, n, d) for n, d in enumerate(documents[:PAGE], start=1)],
        "total": len(documents),
        "more": len(documents) > PAGE,
    }


def describe_query(query: Query) -> list[str]:
    """The filters understood, in plain French, so a person sees how they were read."""
    parts: list[str] = []
    if query.mine:
        parts.append("vos documents")
    if query.year is not None and query.last_year is not None:
        month = f"{MONTHS[query.month - 1]}, " if query.month is not None else ""
        parts.append(f"{month}de {query.year} à {query.last_year}")
    elif query.month is not None and query.year is not None:
        parts.append(f"{MONTHS[query.month - 1]} {query.year}")
    elif query.year is not None:
        parts.append(f"année {query.year}")
    elif query.month is not None:
        parts.append(f"mois de {MONTHS[query.month - 1]}")
    return parts


# --- the results dialogue ----------------------------------------------------------------------


async def _remember(
    ctx: Context, key: str, *, room_id: str, user_id: str, ids: Sequence[int], query: str
) -> None:
    now = ctx.clock.now()
    data = {"ids": list(ids), "shown": min(PAGE, len(ids)), "query": query}
    dialogue = await ctx.uow.dialogues.get(key)
    if dialogue is None:
        await ctx.uow.dialogues.add(
            Dialogue(
                key=key,
                kind=KIND,
                room_id=room_id,
                user_id=user_id,
                step="results",
                data=data,
                created_at=now,
                updated_at=now,
                expires_at=now + LIFETIME,
            )
        )
        return
    version = dialogue.version
    dialogue.data = data
    dialogue.updated_at = now
    dialogue.expires_at = now + LIFETIME
    await ctx.uow.dialogues.save(dialogue, version)


async def _forget(ctx: Context, key: str) -> None:
    """A new search replaces the last list: "1" must never pick from an older one."""
    dialogue = await ctx.uow.dialogues.get(key)
    if dialogue is not None:
        await ctx.uow.dialogues.delete(dialogue)


async def _documents(ctx: Context, ids: Sequence[int]) -> list[Document]:
    """The documents, in the order of `ids`; deleted ones are skipped."""
    found = {d.id: d for d in await ctx.uow.documents.by_ids(list(ids))}
    return [found[i] for i in ids if i in found]


# --- cherche -----------------------------------------------------------------------------------


def _suggestions(ctx: Context, query: Query, found: Found) -> dict[str, Any]:
    """What to try when nothing was found: drop a filter, fewer words, or a type name."""
    labels: list[str] = []
    if query.words:
        labels = [t.label for t, _ in ctx.settings.referentiel.search(" ".join(query.words), 3)]
    return {
        "unknown": list(found.unknown),
        "filters": describe_query(query),
        "many_words": len(query.words) > 2,
        "types": labels,
    }


async def search(ctx: Context, incoming: Incoming, text: str) -> str:
    """`cherche …`: the best five the room may see, the rest by private message."""
    settings = ctx.settings
    query = parse(text, settings.referentiel, settings.directory.services)
    if query.empty:
        await reply(ctx, incoming, Message("search_help", {}))
        return "search-help"
    readers = await audiences.of_message(ctx, incoming)
    found = await find(ctx.uow, ctx.vocabulary, query, incoming.sender, reader=readers.asker)
    placed = audiences.place(found.documents, readers)
    here, elsewhere = placed.here[:KEEP], placed.elsewhere[:KEEP]
    common: dict[str, Any] = {
        "query": text.strip(),
        "corrected": found.corrected,
        "filters": describe_query(query),
        "truncated": found.truncated,
    }
    if not here:
        await _forget(ctx, key_of(incoming))
    if not here and not elsewhere:
        await reply(
            ctx, incoming, Message("search_none", common | _suggestions(ctx, query, found))
        )
        await _audit_search(ctx, incoming, text, [], [])
        return "search-none"
    if here:
        await _remember(
            ctx,
            key_of(incoming),
            room_id=incoming.room_id,
            user_id=incoming.sender,
            ids=[d.id or 0 for d in here],
            query=text,
        )
    await reply(
        ctx,
        incoming,
        Message(
            "search_results",
            common
            | first_page(ctx, here)
            | {"elsewhere": len(elsewhere), "in_room": not incoming.is_direct},
        ),
    )
    if elsewhere:
        await _remember(
            ctx,
            results_key(incoming.room_id, incoming.sender, True),
            room_id=incoming.room_id,
            user_id=incoming.sender,
            ids=[d.id or 0 for d in elsewhere],
            query=text,
        )
        await ctx.chat.direct(
            UserId(incoming.sender),
            Message(
                "search_private",
                common | first_page(ctx, elsewhere) | {"room_name": incoming.room_name},
            ),
        )
    await _audit_search(ctx, incoming, text, here[:PAGE], elsewhere[:PAGE])
    return "search-results"


async def _audit_search(
    ctx: Context,
    incoming: Incoming,
    text: str,
    shown: Sequence[Document],
    private: Sequence[Document],
) -> None:
    """A list of names is already a consultation of personal data: who saw which names where."""
    await ctx.uow.audit.append(
        incoming.sender,
        "search",
        event_id=incoming.event_id,
        details={
            "room": incoming.room_id,
            "query": text.strip()[:200],
            "shown": [d.ref for d in shown],
            "sent_privately": [d.ref for d in private],
        },
    )


# --- a number, or « plus » ---------------------------------------------------------------------


async def answer(ctx: Context, incoming: Incoming, dialogue: Dialogue, text: str) -> str:
    if is_more(text):
        return await more(ctx, incoming, dialogue)
    picked = read_number(text)
    assert picked is not None, "the router only sends numbers and « plus » here"
    return await send(ctx, incoming, dialogue, picked)


async def more(ctx: Context, incoming: Incoming, dialogue: Dialogue) -> str:
    ids: list[int] = list(dialogue.data.get("ids", []))
    shown = int(dialogue.data.get("shown", 0))
    if shown >= len(ids):
        await reply(ctx, incoming, Message("search_no_more", {"total": len(ids)}))
        return "search-no-more"
    readers = await audiences.of_message(ctx, incoming)
    page = [d for d in await _documents(ctx, ids[shown : shown + PAGE]) if readers.all_may_see(d)]
    positions = {doc_id: n for n, doc_id in enumerate(ids, start=1)}
    version = dialogue.version
    dialogue.data = dialogue.data | {"shown": min(len(ids), shown + PAGE)}
    dialogue.updated_at = ctx.clock.now()
    await ctx.uow.dialogues.save(dialogue, version)
    await reply(
        ctx,
        incoming,
        Message(
            "search_more",
            {
                "hits": [hit(ctx, positions[d.id or 0], d) for d in page],
                "more": shown + PAGE < len(ids),
                "query": dialogue.data.get("query", ""),
            },
        ),
    )
    await _audit_search(ctx, incoming, str(dialogue.data.get("query", "")), page, [])
    return "search-more"


async def send(ctx: Context, incoming: Incoming, dialogue: Dialogue, picked: int) -> str:
    """The file itself, where every member may see it; access checked again now."""
    ids: list[int] = list(dialogue.data.get("ids", []))
    if not 1 <= picked <= len(ids):
        await reply(ctx, incoming, Message("search_bad_number", {"total": len(ids)}))
        return "search-bad-number"
    documents = await _documents(ctx, [ids[picked - 1]])
    if not documents:
        await reply(ctx, incoming, Message("search_gone", {}))
        return "search-gone"
    document = documents[0]
    readers = await audiences.of_message(ctx, incoming)
    if not readers.all_may_see(document):
        may = audiences.may_see(readers.asker, document)
        await reply(ctx, incoming, Message("search_not_here", {"asker_may_see": may}))
        await ctx.uow.audit.append(
            incoming.sender,
            "document.refused",
            subject=document.ref,
            event_id=incoming.event_id,
            details={"room": incoming.room_id},
        )
        return "search-refused"
    # Once signed, the signed version is the document people ask for.
    sha256, name = await circuits.current_version(ctx, document)
    await ctx.chat.send_file(incoming.room_id, sha256, name, PDF, thread=incoming.thread_root)
    version = dialogue.version
    dialogue.updated_at = ctx.clock.now()
    await ctx.uow.dialogues.save(dialogue, version)
    await ctx.uow.audit.append(
        incoming.sender,
        "document.consulted",
        subject=document.ref,
        event_id=incoming.event_id,
        details={
            "room": incoming.room_id,
            "sha256": sha256,
            "name": name,
            "readers": [m.user_id for m in readers.members or ()],
        },
    )
    return "search-sent"


async def expire(ctx: Context, dialogue: Dialogue) -> str:
    """A list nobody answered for a day is forgotten quietly."""
    await ctx.uow.dialogues.delete(dialogue)
    return "search-expired"
