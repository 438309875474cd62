"""Intent -> the capability that acts on it. Tiny on purpose: the logic lives in the capability
packages (`filing`, `circuits`, `retention`, `search`)."""

from __future__ import annotations

import commands.builtin  # noqa: F401 - registers the built-in commands
from circuits import acting, delegations, verification
from circuits import setup as circuit_setup
from circuits.purposes import install as install_purpose
from commands import dialogues
from commands.intents import (
    AckTransfer,
    Answer,
    Cancel,
    CancelCircuit,
    Decide,
    Delegate,
    FileDropped,
    Hello,
    Help,
    Ignore,
    Intent,
    Invited,
    OpenDirect,
    PickResult,
    RecordEvent,
    Redacted,
    Retain,
    RetentionChoice,
    Search,
    StartCircuit,
    Status,
    StorageReport,
    Undecryptable,
    Unknown,
    Verify,
)
from commands.registry import REGISTRY
from filing import dialogue as filing
from filing.intake import Prepared
from retention import commands as retention_commands
from retention import digest as retention_digest
from retention import elimination, events, storage_report, transfer
from search import lookup, status
from storage.models import Dialogue
from workflows import answers, basics
from workflows.context import Context
from workflows.ports import Incoming

# A bordereau d'élimination's circuit: the archives' visa may refuse lines, its end destroys.
install_purpose(elimination.PURPOSE)


def help_entries() -> list[basics.HelpEntry]:
    return [basics.HelpEntry(c.name, c.summary, c.examples) for c in REGISTRY.visible()]


async def handle(
    intent: Intent,
    incoming: Incoming,
    ctx: Context,
    dialogue: Dialogue | None = None,
    prepared: Prepared | None = None,
    *,
    results: Dialogue | None = None,
) -> str:
    """Run the intent; returns a short label for the log line and the metrics."""
    match intent:
        case Answer(text=text):
            assert dialogue is not None
            return await _answer(ctx, incoming, dialogue, prepared, text)
        case Decide():
            return await acting.decide(ctx, incoming)
        case Redacted():
            return await acting.redacted(ctx, incoming)
        case StartCircuit(text=text):
            return await circuit_setup.begin(ctx, incoming, text)
        case CancelCircuit(text=text):
            return await circuit_setup.cancel(ctx, incoming, text)
        case Delegate(text=text):
            return await delegations.command(ctx, incoming, text)
        case Verify():
            return await verification.begin(ctx, incoming)
        case RetentionChoice(service_key=key, text=text):
            return await retention_digest.choose(ctx, incoming, key, answers.number(text))
        case Retain(action=action, text=text):
            return await retention_commands.command(ctx, incoming, action, text)
        case AckTransfer(slip_id=slip_id):
            return await transfer.acknowledge(ctx, incoming, slip_id)
        case RecordEvent(text=text):
            return await events.command(ctx, incoming, text)
        case StorageReport():
            return await storage_report.report(ctx, incoming)
        case FileDropped():
            return await filing.start(ctx, incoming, prepared)
        case PickResult(text=text):
            assert results is not None
            return await lookup.answer(ctx, incoming, results, text)
        case Search(text=text):
            return await lookup.search(ctx, incoming, text)
        case Status(text=text):
            return await status.status(ctx, incoming, text)
        case Invited():
            return await basics.handle_invite(ctx, incoming)
        case Help() if dialogue is not None:
            return await _answer(ctx, incoming, dialogue, prepared, "aide")
        case Cancel() if dialogue is not None:
            # "annuler" said later, outside the exchange: it still means the open draft.
            return await _answer(ctx, incoming, dialogue, prepared, "annuler")
        case Help():
            await basics.send_help(ctx, incoming, help_entries())
        case Hello():
            await basics.say_hello(ctx, incoming)
        case Cancel():
            await basics.cancel(ctx, incoming)
        case OpenDirect():
            await basics.open_direct(ctx, incoming)
        case Undecryptable():
            await basics.undecryptable(ctx, incoming)
        case Unknown(text=text, suggestion=suggestion):
            await basics.unknown(ctx, incoming, text, suggestion)
        case Ignore():
            return "ignored"
    return type(intent).__name__.lower()


async def _answer(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    prepared: Prepared | None,
    text: str | None,
) -> str:
    return await dialogues.answer(ctx, incoming, dialogue, prepared, text)
