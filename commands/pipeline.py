"""One event, one transaction: claim it, understand it, act on it.

The caller opens the unit of work and commits it. If anything here raises, the transaction
rolls back, the event stays "new", and no reply leaves (replies live in the same transaction).
Slow work an event needs (reading a PDF, OCR) is done by `prepare` first, outside the
transaction, so a long OCR never holds the database for the other conversations.
"""

from __future__ import annotations

from circuits import acting
from circuits import engine as circuits
from commands import dialogues, handlers
from commands.router import (
    BotIdentity,
    CircuitView,
    DigestView,
    OpenDialogue,
    is_plain_command,
    route,
    strip_address,
)
from filing import dialogue as filing
from filing.intake import Intake, Prepared
from retention import digest as retention_digest
from retention import transfer
from storage.db import Database
from storage.models import Dialogue, utcnow
from workflows import answers, conversation, identity
from workflows.circuit_settings import Signatures
from workflows.context import Context, Settings
from workflows.ports import Incoming


def _answer_words(incoming: Incoming, bot: BotIdentity) -> str | None:
    """What the person answered, without the bot's name in front ("Greffier: fini")."""
    text = filing.answer_text(incoming)
    if text is None or incoming.kind != "text":
        return text
    return strip_address(text, bot)[0]


def _may_need_work(text: str | None) -> bool:
    """Cheap test before touching the database: only files and short answers need work."""
    if text is None or len(text) > 200:
        return False
    return (
        answers.control(text) == "finish"
        or answers.number(text) is not None
        or (answers.yes_no(text) is True)
        or answers.choice(text, filing.SUMMARY_CHOICES) == 1
    )


async def prepare(
    incoming: Incoming,
    db: Database,
    intake: Intake | None,
    settings: Settings,
    signatures: Signatures | None = None,
) -> Prepared | None:
    """The slow half of an event, before its transaction (None when there is nothing to do)."""
    if intake is None or identity.refuses_unverified(settings, incoming):
        return None
    text = _answer_words(incoming, BotIdentity(settings.bot_user_id, settings.bot_name))
    if incoming.kind != "file" and not _may_need_work(text):
        return None
    key = dialogues.CONVERSATION_KEY(incoming)
    async with db.unit() as uow:  # read only: the event's transaction binds a moved question
        dialogue = await uow.dialogues.get(key) or await conversation.moved_here(
            uow, incoming, key
        )
    return await dialogues.prepare(
        dialogues.Slow(incoming, dialogue, intake, settings, signatures, text)
    )


async def process(incoming: Incoming, ctx: Context, prepared: Prepared | None = None) -> str:
    """Handle `incoming` once. Returns a label: the intent, or "duplicate" for a replay."""
    if not await ctx.uow.events.claim(incoming.event_id):
        return "duplicate"
    if identity.refuses_unverified(ctx.settings, incoming):
        return await identity.refuse_unverified(ctx, incoming)
    if await identity.answers_warning(ctx, incoming):
        return await identity.answer_warning(ctx, incoming)
    bot = BotIdentity(ctx.settings.bot_user_id, ctx.settings.bot_name)
    dialogue: Dialogue | None = None
    results: Dialogue | None = None
    if incoming.kind in ("text", "file", "reaction") and incoming.sender != bot.user_id:
        key = dialogues.CONVERSATION_KEY(incoming)
        if incoming.kind == "file":
            dialogue = await ctx.uow.dialogues.get(key)
        else:
            results_key = dialogues.RESULTS_KEY(incoming)
            found = await ctx.uow.dialogues.get_many([key, results_key])
            dialogue, results = found.get(key), found.get(results_key)
        dialogue = dialogue or await conversation.bind_here(ctx.uow, incoming, key)
    intent = await route(
        incoming,
        bot,
        ctx.uow.outbox.is_ours,
        dialogue=_view(ctx, dialogue),
        results=_view(ctx, results),
        circuit=await _circuit_view(ctx, incoming, bot),
        digest=await _digest_view(ctx, incoming, bot),
        transfer=await _transfer_named(ctx, incoming),
    )
    return await handlers.handle(intent, incoming, ctx, dialogue, prepared, results=results)


async def _circuit_view(ctx: Context, incoming: Incoming, bot: BotIdentity) -> CircuitView:
    """Cheap, indexed reads: the event's target message, and what waits for a person who
    writes to the bot privately."""
    if incoming.sender == bot.user_id or incoming.kind not in ("text", "reaction"):
        return CircuitView()
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    names_task = False
    if target is not None:
        names_task = circuits.task_id_of(await ctx.uow.outbox.topic_of(target)) is not None
    if incoming.kind != "text" or not incoming.is_direct:
        return CircuitView(names_task=names_task)
    if is_plain_command(strip_address(incoming.text or "", bot)[0]):
        return CircuitView(names_task=names_task)  # what waits cannot change the route
    pending = await acting.pending_for(ctx, incoming.sender)
    return CircuitView(
        names_task=names_task,
        pending=len(pending),
        awaiting_reason=any(t.awaiting_reason and t.acted_by == incoming.sender for t in pending),
    )


async def _transfer_named(ctx: Context, incoming: Incoming) -> int | None:
    """The transfer request this reaction or reply answers, if any."""
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    if target is None or incoming.kind not in ("text", "reaction"):
        return None
    return transfer.slip_id_of(await ctx.uow.outbox.topic_of(target))


async def _digest_view(ctx: Context, incoming: Incoming, bot: BotIdentity) -> DigestView | None:
    """The retention digest this event answers: the one it replies or reacts to, or, for a
    bare number written privately, the last one the person received within the period."""
    if incoming.sender == bot.user_id or incoming.kind not in ("text", "reaction"):
        return None
    target = incoming.reacts_to if incoming.kind == "reaction" else incoming.reply_to
    if target is not None:
        key = retention_digest.service_key_of(await ctx.uow.outbox.topic_of(target))
        return DigestView(key, named=True) if key is not None else None
    text = (incoming.text or "").strip()
    if incoming.kind != "text" or not incoming.is_direct or answers.number(text) is None:
        return None
    # Outbox rows carry the real time of their writing, whatever clock the workflows read.
    since = utcnow() - ctx.settings.retention.digest_every
    topic = await ctx.uow.outbox.latest_topic_to(
        incoming.sender, retention_digest.TOPIC_PREFIX, since
    )
    key = retention_digest.service_key_of(topic)
    return DigestView(key, named=False) if key is not None else None


def _view(ctx: Context, dialogue: Dialogue | None) -> OpenDialogue | None:
    if dialogue is None:
        return None
    return OpenDialogue(
        thread_root=dialogue.thread_root,
        last_activity=dialogue.updated_at,
        now=ctx.clock.now(),
        answer_window=ctx.settings.filing.answer_window,
    )
