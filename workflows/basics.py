"""The bot's first duties: joining the right rooms, greeting, helping, opening a DM."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from workflows.context import Context
from workflows.ports import Incoming, Mention, Message, UserId


@dataclass(frozen=True)
class HelpEntry:
    name: str
    summary: str
    examples: Sequence[str]


async def reply(ctx: Context, incoming: Incoming, message: Message) -> None:
    """In a room, answer as a reply (and in the thread); in a DM, plain messages read better."""
    reply_to = None if incoming.is_direct else incoming.event_id
    await ctx.chat.say(incoming.room_id, message, reply_to=reply_to, thread=incoming.thread_root)


async def handle_invite(ctx: Context, incoming: Incoming) -> str:
    """Join when the inviter is trusted, and introduce ourselves; otherwise decline."""
    if not ctx.settings.invites.may_invite(incoming.sender):
        await ctx.chat.leave(incoming.room_id)
        await ctx.uow.audit.append(
            incoming.sender, "invite.declined", subject=incoming.room_id, event_id=None
        )
        return "invite-declined"
    await ctx.chat.join(incoming.room_id)
    if incoming.is_direct:
        await ctx.uow.direct_rooms.set(incoming.sender, incoming.room_id)
    await ctx.chat.say(
        incoming.room_id,
        Message(
            "room_hello",
            {"bot_name": ctx.settings.bot_name, "is_direct": incoming.is_direct},
        ),
    )
    await ctx.uow.audit.append(incoming.sender, "invite.accepted", subject=incoming.room_id)
    return "invite-accepted"


async def send_help(ctx: Context, incoming: Incoming, entries: Sequence[HelpEntry]) -> None:
    await reply(
        ctx, incoming, Message("help", {"commands": entries, "is_direct": incoming.is_direct})
    )


async def say_hello(ctx: Context, incoming: Incoming) -> None:
    await reply(ctx, incoming, Message("hello", {"name": None}))


async def cancel(ctx: Context, incoming: Incoming) -> None:
    """Nothing can be in progress yet; dialogues (filing, circuits) will hook in here."""
    await reply(ctx, incoming, Message("nothing_to_cancel"))


async def unknown(ctx: Context, incoming: Incoming, text: str, suggestion: str | None) -> None:
    shown = text if len(text) <= 80 else text[:77] + "…"
    await reply(ctx, incoming, Message("unknown", {"text": shown, "suggestion": suggestion}))


async def undecryptable(ctx: Context, incoming: Incoming) -> None:
    await reply(ctx, incoming, Message("undecryptable"))


async def open_direct(ctx: Context, incoming: Incoming) -> None:
    """Open (or reuse) the person's private room; in a group room, say where to look."""
    person = Mention(UserId(incoming.sender))
    await ctx.chat.direct(
        incoming.sender,
        Message("dm_opened"),
    )
    if not incoming.is_direct:
        await reply(
            ctx,
            incoming,
            Message("dm_sent", {"user_id": incoming.sender, "name": None}, mentions=[person]),
        )


async def apologise(ctx: Context, incoming: Incoming) -> None:
    """After a failure of ours: tell the person in plain French, never with a traceback."""
    if incoming.kind == "invite":
        return
    await reply(ctx, incoming, Message("error"))
