"""One event, one transaction: claim it, understand it, act on it.

The caller opens the unit of work and commits it. If anything here raises, the transaction
rolls back, the event stays "new", and no reply leaves (replies live in the same transaction).
"""

from __future__ import annotations

from commands import handlers
from commands.router import BotIdentity, route
from workflows.context import Context
from workflows.ports import Incoming


async def process(incoming: Incoming, ctx: Context) -> str:
    """Handle `incoming` once. Returns a label: the intent, or "duplicate" for a replay."""
    if not await ctx.uow.events.claim(incoming.event_id):
        return "duplicate"
    bot = BotIdentity(ctx.settings.bot_user_id, ctx.settings.bot_name)
    intent = await route(incoming, bot, ctx.uow.outbox.is_ours)
    return await handlers.handle(intent, incoming, ctx)
