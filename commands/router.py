"""One router: an `Incoming` becomes an `Intent`.

Order matters and is fixed here. First what is not a typed message: an invitation, the bot's
own event, an undecryptable event, a file, a redaction, a reaction. Then, for a text: a
decision on a signature request, an acknowledgement of a transfer, a choice in a retention
digest, a pick in the last search results, an answer to the open dialogue; only then the
command words, which a group room hears only when the message is addressed to the bot or is a
short one starting with a command word.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import commands.builtin  # noqa: F401 - registers the built-in commands
from commands.intents import (
    AckTransfer,
    Answer,
    Decide,
    FileDropped,
    Ignore,
    Intent,
    Invited,
    PickResult,
    Redacted,
    RetentionChoice,
    Undecryptable,
    Unknown,
)
from commands.registry import REGISTRY, Match, Registry
from french.fold import fold
from search.lookup import is_pick
from workflows.answers import KEYCAPS
from workflows.decisions import starts_like_one
from workflows.ports import Incoming


@dataclass(frozen=True)
class BotIdentity:
    user_id: str
    display_name: str

    @property
    def localpart(self) -> str:
        return self.user_id[1:].split(":", 1)[0]


IsOurs = Callable[[str], Awaitable[bool]]


@dataclass(frozen=True)
class OpenDialogue:
    """What the router needs to know of the person's open dialogue, if any."""

    thread_root: str | None
    last_activity: dt.datetime
    now: dt.datetime
    answer_window: dt.timedelta

    @property
    def recent(self) -> bool:
        return self.now - self.last_activity <= self.answer_window


@dataclass(frozen=True)
class CircuitView:
    """What the router needs to know of the person's signature work.

    `names_task`: the event reacts or replies to a visa/signature request. `pending`: requests
    waiting for this person (or for whoever they stand in for). `awaiting_reason`: they said
    « non » and were asked why."""

    names_task: bool = False
    pending: int = 0
    awaiting_reason: bool = False


@dataclass(frozen=True)
class DigestView:
    """A retention digest the event answers: `named` when it replies or reacts to the digest
    itself, otherwise the person received one lately and writes a bare number privately."""

    service_key: str
    named: bool


def strip_address(text: str, bot: BotIdentity) -> tuple[str, bool]:
    """Remove a leading "Greffier:", "@greffier:serveur," ... Returns (rest, was_addressed)."""
    names = sorted({bot.user_id, bot.display_name, bot.localpart, "@" + bot.localpart}, key=len)
    for name in reversed(names):
        pattern = re.compile(rf"^\s*{re.escape(name)}\s*[:,]?\s*", re.IGNORECASE)
        found = pattern.match(text)
        if found and (found.end() == len(text) or not text[found.end() - 1].isalnum()):
            return text[found.end() :], True
    return text, False


def _wakes_unaddressed(found: Match) -> bool:
    """In a group room, only a short message starting with an exact command word wakes us."""
    return (
        found.exact
        and found.command.wakes_in_rooms
        and len(found.rest.split()) <= found.command.max_unaddressed_words
    )


def _interrupts(found: Match, named: bool) -> bool:
    """A question waits, so a message is first its answer. Another command is obeyed only when
    written in full: a word no answer begins with (« cherche permis dupond »), or the bot named
    (« Greffier, statut 2025-0012 »); with what to act on after it. « État des lieux du compte
    administratif » stays the answer it is. Only search and status interrupt (they open no
    dialogue of their own, so the question still waits). Whole-message control words
    (annuler, retour, aide, passer) are read by the dialogue itself."""
    if not found.command.interrupts or not found.exact or not found.rest.strip():
        return False
    return named or found.word in found.command.interrupting_words


def _latest(results: OpenDialogue | None, dialogue: OpenDialogue | None) -> bool:
    """The list of results is what the person was last shown (so "2" means its second)."""
    return results is not None and (
        dialogue is None or results.last_activity >= dialogue.last_activity
    )


def is_plain_command(text: str, registry: Registry = REGISTRY) -> bool:
    """A command word (« bonjour », « cherche … »; « annuler » excepted): never read as an
    answer to a waiting visa or signature request. `text`: without the bot's name in front."""
    found = registry.match(text, fuzzy=False)
    return found is not None and found.command.name not in ("annuler",)


async def route(
    incoming: Incoming,
    bot: BotIdentity,
    is_ours: IsOurs,
    registry: Registry = REGISTRY,
    *,
    dialogue: OpenDialogue | None = None,
    results: OpenDialogue | None = None,
    circuit: CircuitView | None = None,
    digest: DigestView | None = None,
    transfer: int | None = None,
) -> Intent:
    """What the event means. An open dialogue comes first: in a private conversation, in its
    thread, when addressed to the bot, or while the exchange is recent, the person's message is
    an answer; otherwise (a colleague chatting in the room hours later) it is not.

    `results` is the person's last list of search results: a number or « plus » answers it when
    it is more recent than the open question. An exact search or status command is obeyed even
    with a question open (the question waits).

    Signature requests come before dialogues: a reaction or a reply to a request is a decision;
    in a private conversation, a reason asked for is the next message, and « oui » / « non … »
    decides what waits, unless a question of a recent dialogue is what « oui » answers."""
    circuit = circuit or CircuitView()
    if incoming.kind == "invite":
        return Invited(inviter=incoming.sender)
    if incoming.sender == bot.user_id:
        return Ignore("own event")
    if incoming.kind == "undecryptable":
        return Undecryptable() if incoming.is_direct else Ignore("undecryptable in a room")
    if incoming.kind == "file":
        return Answer() if dialogue is not None else FileDropped()
    if incoming.kind == "redaction":
        return Redacted()
    if incoming.kind == "reaction" and circuit.names_task:
        return Decide()
    if transfer is not None and incoming.kind in ("reaction", "text"):
        return AckTransfer(slip_id=transfer)
    if incoming.kind == "reaction" and digest is not None and digest.named:
        picked = KEYCAPS.get(incoming.reaction or "")
        if picked is None:
            return Ignore("reaction on a digest")
        return RetentionChoice(service_key=digest.service_key, text=str(picked))
    if incoming.kind == "reaction":
        ours = incoming.reacts_to is not None and await is_ours(incoming.reacts_to)
        picked = KEYCAPS.get(incoming.reaction or "")  # 1️⃣…9️⃣ only: 👍 picks nothing
        if ours and picked is not None and _latest(results, dialogue):
            return PickResult(text=str(picked))
        if dialogue is not None and ours:
            return Answer()
        return Ignore("reaction outside a dialogue")
    if incoming.kind != "text" or incoming.text is None:
        return Ignore(f"{incoming.kind} not handled")

    text, named = strip_address(incoming.text, bot)
    addressed = (
        incoming.is_direct
        or named
        or incoming.mentions_bot
        or (incoming.reply_to is not None and await is_ours(incoming.reply_to))
    )
    if circuit.names_task:
        return Decide()
    if digest is not None and (
        digest.named or (dialogue is None and not _latest(results, dialogue))
    ):
        return RetentionChoice(service_key=digest.service_key, text=text)
    if incoming.is_direct and (circuit.awaiting_reason or circuit.pending):
        is_command = is_plain_command(text, registry)
        if circuit.awaiting_reason and not is_command:
            return Decide()
        recent = dialogue is not None and dialogue.recent
        if circuit.pending and not recent and not is_command and starts_like_one(text):
            return Decide()
    if _latest(results, dialogue) and is_pick(text):
        assert results is not None
        if addressed or results.recent:
            return PickResult(text=text)
    if dialogue is not None:
        found = registry.match(text, fuzzy=False)
        if found is not None and _interrupts(found, named or incoming.mentions_bot):
            return found.command.build(found.rest)
    if dialogue is not None and (
        addressed
        or (dialogue.thread_root is not None and incoming.thread_root == dialogue.thread_root)
        or dialogue.recent
    ):
        return Answer(text=text)
    found = registry.match(text, fuzzy=addressed)
    if found is not None and (addressed or _wakes_unaddressed(found)):
        return found.command.build(found.rest)
    if not addressed:
        return Ignore("not addressed")
    if not fold(text):
        return Unknown(text=incoming.text.strip(), suggestion="aide")
    return Unknown(text=text.strip(), suggestion=registry.suggest(text))
