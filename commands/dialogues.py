"""Every kind of dialogue, declared once: its key, its slow half, its answer, its reminder.

A dialogue is a question Greffier asked and waits for: the filing of a document, a circuit
being composed, a signed PDF awaited for verification, a retention choice, a list of search
results. Each kind says here, in one line, which conversation it belongs to (`key`), what must
be done before its transaction (`prepare`: reading a PDF, checking signatures), how it answers
(`answer`) and what happens when nobody answers (`remind_or_expire`). The event pipeline and
the scheduler ask this table and nothing else, so a new kind of dialogue is one entry here.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from circuits import setup as circuit_setup
from circuits import verification
from filing import dialogue as filing
from filing.intake import Intake, Prepared
from retention import dialogue as retention_dialogue
from search import lookup
from storage.models import Dialogue
from workflows import conversation
from workflows.circuit_settings import Signatures
from workflows.context import Context, Settings
from workflows.ports import Incoming


@dataclass(frozen=True)
class Slow:
    """What the slow half of an event may use, outside any transaction."""

    incoming: Incoming
    dialogue: Dialogue | None
    intake: Intake
    settings: Settings
    signatures: Signatures | None
    text: str | None  # the answer, without the bot's name in front


Answer = Callable[[Context, Incoming, Dialogue, Prepared | None, str | None], Awaitable[str]]


@dataclass(frozen=True)
class DialogueKind:
    kind: str
    key: Callable[[Incoming], str]
    answer: Answer
    remind_or_expire: Callable[[Context, Dialogue], Awaitable[str]]
    prepare: Callable[[Slow], Awaitable[Prepared | None]] | None = None


async def _filing_prepare(slow: Slow) -> Prepared | None:
    return await filing.prepare(slow.incoming, slow.dialogue, slow.intake, slow.text)


async def _verification_prepare(slow: Slow) -> Prepared | None:
    if slow.incoming.kind != "file" or slow.signatures is None:
        return None
    return await verification.check(
        slow.incoming, slow.intake.media, slow.signatures, slow.settings.filing.max_file_bytes
    )


FILING = DialogueKind(
    filing.KIND, conversation.key_of, filing.answer, filing.remind_or_expire, _filing_prepare
)
KINDS: dict[str, DialogueKind] = {
    kind.kind: kind
    for kind in (
        FILING,
        DialogueKind(
            circuit_setup.KIND,
            conversation.key_of,
            lambda ctx, incoming, d, _prepared, text: circuit_setup.answer(ctx, incoming, d, text),
            circuit_setup.remind_or_expire,
        ),
        DialogueKind(
            verification.KIND,
            conversation.key_of,
            lambda ctx, incoming, d, prepared, _text: verification.answer(
                ctx, incoming, d, prepared
            ),
            verification.expire,
            _verification_prepare,
        ),
        DialogueKind(
            retention_dialogue.KIND,
            conversation.key_of,
            lambda ctx, incoming, d, _prepared, text: retention_dialogue.answer(
                ctx, incoming, d, text
            ),
            retention_dialogue.remind_or_expire,
        ),
        DialogueKind(
            lookup.KIND,
            lookup.key_of,
            lambda ctx, incoming, d, _prepared, text: lookup.answer(ctx, incoming, d, text or ""),
            lookup.expire,
        ),
    )
}
# The two conversations a person can have open with the bot in one place: the question being
# answered (filing, circuit, verification, retention) and the last list of search results.
CONVERSATION_KEY = conversation.key_of
RESULTS_KEY = lookup.key_of


def kind_of(dialogue: Dialogue) -> DialogueKind:
    """A row of a kind this version does not know (written by a newer one) is treated as a
    filing draft, the oldest kind, whose answers are the most forgiving."""
    return KINDS.get(dialogue.kind, FILING)


async def answer(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    prepared: Prepared | None,
    text: str | None,
) -> str:
    return await kind_of(dialogue).answer(ctx, incoming, dialogue, prepared, text)


async def prepare(slow: Slow) -> Prepared | None:
    """The slow half for the open dialogue, or for a new one (a file dropped: filing)."""
    kind = kind_of(slow.dialogue) if slow.dialogue is not None else FILING
    return await kind.prepare(slow) if kind.prepare is not None else None


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    return await kind_of(dialogue).remind_or_expire(ctx, dialogue)


async def due(ctx: Context) -> list[int]:
    """The dialogues whose reminder or expiry time has come, by the workflows' clock, the one
    that set those times (their ids: each is then handled in a transaction of its own)."""
    return [d.id for d in await ctx.uow.dialogues.due(ctx.clock.now()) if d.id is not None]


async def remind_or_expire_due(ctx: Context, dialogue_id: int) -> str:
    """One due dialogue, read again in this transaction: answered meanwhile, it is left."""
    dialogue = await ctx.uow.dialogues.get_by_id(dialogue_id)
    now = ctx.clock.now()
    if dialogue is None or not (
        (dialogue.remind_at is not None and dialogue.remind_at <= now)
        or dialogue.expires_at <= now
    ):
        return "answered"
    return await remind_or_expire(ctx, dialogue)
