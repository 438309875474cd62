"""Filing by chat: one question at a time, from a dropped file to a named, classed document.

Steps (the dialogue row's `step`):
  photos        photos arrive one by one; "fini" turns them into one PDF
  unreadable    OCR found almost nothing: file it anyway?
  type          the top 3 suggested types, or "autre"
  describe      "autre": the agent describes the document in a few words
  pick          the plan de classement entries those words found
  value:<f>     "C'est bien … ?" for a value found in the text
  ask:<f>       the question for field f
  summary       name, class, retention: enregistrer / corriger / annuler

Every answer is read with `workflows.answers`; "annuler", "retour" and "aide" work at every
step. The draft (`Draft`) lives in the dialogue row, written in the transaction of the answer,
so a restart resumes at the same question and nothing is half filed: the document row, its
retention, the audit entry and the reply are written together at the end, or not at all.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass

from filing import classify, extract, record, sensitive
from filing.intake import Checked, DocumentReady, FullText, Intake, PhotoReady, Prepared, Refused
from filing.questions import pick_options, question, type_options
from filing.record import duplicate_message, store
from french.dates import format_date_fr
from storage.models import Dialogue
from workflows import answers
from workflows.basics import reply
from workflows.context import Context
from workflows.conversation import (
    dialogue_key,
    key_of,
    move,
    open_dialogue,
    private_room_to_open,
    say_where_asked,
)
from workflows.draft import (
    HEALTH_CHOICES,
    PICK_NONE,
    SUMMARY_CHOICES,
    UNREADABLE_CHOICES,
    Draft,
    Suggested,
    answer_text,
    confirms_summary,
    doc_type,
    field_of,
    finishes_photos,
    type_known,
)
from workflows.ports import Incoming, Mention, Message, UserId

__all__ = ["SUMMARY_CHOICES", "Draft", "answer", "answer_text", "key_of", "prepare", "start"]

log = logging.getLogger("greffier.filing")

KIND = "filing"
MAX_PHOTOS = 30


@dataclass(frozen=True)
class Turn:
    """One answer being handled: who, where, the draft so far, and what was said."""

    ctx: Context
    incoming: Incoming
    dialogue: Dialogue
    draft: Draft
    text: str
    field: str  # the field of a value:/ask: step
    prepared: Prepared | None


# --- the slow half, before the transaction -------------------------------------------------


async def prepare(
    incoming: Incoming, dialogue: Dialogue | None, intake: Intake, text: str | None = None
) -> Prepared | None:
    """Do the slow work this event will need, outside the transaction (see `filing.intake`).
    `text`: the answer's words, without the bot's name in front."""
    if incoming.kind == "file" and incoming.file is not None:
        if dialogue is not None and dialogue.step != "photos":
            return None  # the agent must finish (or cancel) the current document first
        return await intake.receive(incoming.file)
    if dialogue is None:
        return None
    text = text if text is not None else answer_text(incoming)
    if text is None:
        return None
    draft = Draft.model_validate(dialogue.data)
    if dialogue.step == "photos" and draft.photos and finishes_photos(text):
        return await intake.assemble(draft.photos)
    if (
        dialogue.step == "summary"
        and draft.pdf
        and not draft.text_complete
        and confirms_summary(text)
    ):
        return await intake.full_text(draft.pdf)
    return None


# --- the transaction half ------------------------------------------------------------------


async def start(ctx: Context, incoming: Incoming, prepared: Prepared | None) -> str:
    """A file arrived and no dialogue is open: refuse it, or open a draft and ask."""
    if prepared is None or isinstance(prepared, FullText | Checked):
        await reply(ctx, incoming, Message("filing_refused", {"code": "unavailable", "name": ""}))
        return "filing-refused"
    if isinstance(prepared, Refused):
        return await _refuse(ctx, incoming, prepared)
    draft = Draft(anchor=incoming.event_id)
    dialogue = open_dialogue(
        ctx, incoming, KIND, "photos", expire_after=ctx.settings.filing.expire_after
    )
    if isinstance(prepared, PhotoReady):
        draft.photos.append(prepared.photo)
        draft.hold(prepared.photo)
        draft.original_name = prepared.photo.name
        await _save_new(ctx, dialogue, draft)
        await ctx.uow.audit.append(incoming.sender, "filing.started", event_id=incoming.event_id)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-photo"
    if await _is_duplicate(ctx, incoming, prepared):
        return "filing-duplicate"
    _take_document(draft, prepared)
    dialogue.step = "unreadable" if not prepared.readable else "type"
    if dialogue.step == "type":
        await _suggest(ctx, draft)
    await _go_private_if_sensitive(ctx, incoming, dialogue, draft)
    await _save_new(ctx, dialogue, draft)
    await ctx.uow.audit.append(
        incoming.sender, "filing.started", event_id=incoming.event_id, details={"ocr": draft.ocr}
    )
    await _ask(ctx, incoming, dialogue, draft)
    return "filing-started"


async def _refuse(ctx: Context, incoming: Incoming, refused: Refused) -> str:
    limit_mb = ctx.settings.filing.max_file_bytes // (1024 * 1024)
    await reply(
        ctx,
        incoming,
        Message(
            "filing_refused",
            {
                "code": refused.code,
                "name": refused.name,
                "limit_mb": limit_mb,
                "actual": refused.actual,
                "misnamed": refused.misnamed,
            },
        ),
    )
    await ctx.uow.audit.append(
        incoming.sender,
        "filing.refused",
        subject=incoming.room_id,
        event_id=incoming.event_id,
        details={"code": refused.code},
    )
    return f"filing-refused-{refused.code}"


async def _is_duplicate(ctx: Context, incoming: Incoming, ready: DocumentReady) -> bool:
    existing = await ctx.uow.documents.by_source(ready.source_sha256)
    if existing is None:
        return False
    await reply(ctx, incoming, await duplicate_message(ctx, incoming, existing))
    await ctx.uow.audit.append(
        incoming.sender, "filing.duplicate", subject=existing.ref, event_id=incoming.event_id
    )
    ctx.released.add(ready.pdf.sha256)
    return True


def _take_document(draft: Draft, ready: DocumentReady) -> None:
    draft.pdf = ready.pdf
    draft.hold(ready.pdf)
    draft.source_sha256 = ready.source_sha256
    draft.original_name = draft.original_name or ready.original_name
    draft.pages = ready.pages
    draft.text = ready.text
    draft.text_complete = ready.text_complete
    draft.ocr = ready.ocr
    if not ready.readable:
        draft.warnings.append("texte peu lisible (reconnaissance de caractères)")


async def _suggest(ctx: Context, draft: Draft) -> None:
    tokens = classify.tokens(draft.text)
    docs = await ctx.uow.documents.per_type()
    learned = None
    if docs:
        learned = classify.Learned(
            docs=docs,
            token_counts=await ctx.uow.type_stats.counts(tokens),
            vocabulary=await ctx.uow.type_stats.vocabulary(),
        )
    types = list(ctx.settings.referentiel.types.values())
    found = classify.suggest(draft.text, types, learned, k=3)
    draft.suggestions = [Suggested(type_id=s.type_id, reasons=list(s.reasons)) for s in found]


async def _save_new(ctx: Context, dialogue: Dialogue, draft: Draft) -> None:
    _schedule(ctx, dialogue)
    dialogue.data = draft.model_dump(mode="json")
    await ctx.uow.dialogues.add(dialogue)


def _schedule(ctx: Context, dialogue: Dialogue) -> None:
    """Every answer restarts the clocks: one reminder after a while, expiry after longer."""
    now = ctx.clock.now()
    dialogue.updated_at = now
    dialogue.remind_at = now + ctx.settings.filing.reminder_after
    dialogue.expires_at = now + ctx.settings.filing.expire_after


async def _save(ctx: Context, dialogue: Dialogue, draft: Draft) -> None:
    _schedule(ctx, dialogue)
    dialogue.data = draft.model_dump(mode="json")
    await ctx.uow.dialogues.save(dialogue, dialogue.version)


# --- answers -------------------------------------------------------------------------------


async def answer(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    prepared: Prepared | None,
    text: str | None = None,
) -> str:
    """An event from the person while their draft is open (`text`: the message without the
    bot's name in front, when the router stripped it)."""
    draft = Draft.model_validate(dialogue.data)
    if draft.type_id is not None and not type_known(ctx, draft.type_id):
        # The collectivité's referential changed under an open draft: ask the type again.
        draft.type_id, draft.values, draft.history = None, {}, []
        dialogue.step = "type"
        await _save(ctx, dialogue, draft)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-reset"
    if incoming.kind == "file":
        return await _file_during(ctx, incoming, dialogue, draft, prepared)
    text = text if text is not None and incoming.kind == "text" else answer_text(incoming)
    if text is None:
        return "ignored"
    match answers.control(text):
        case "cancel":
            return await _cancel(ctx, incoming, dialogue, draft)
        case "back":
            return await _back(ctx, incoming, dialogue, draft)
        case "help":
            await _ask(ctx, incoming, dialogue, draft, help_=True)
            return "filing-help"
        case _:
            pass
    step, _, field_name = dialogue.step.partition(":")
    handlers: dict[str, Callable[[Turn], Awaitable[str]]] = {
        "photos": _on_photos,
        "unreadable": _on_unreadable,
        "type": _on_type,
        "describe": _on_describe,
        "pick": _on_pick,
        "value": _on_value,
        "ask": _on_ask,
        "health": _on_health,
        "summary": _on_summary,
    }
    handler = handlers.get(step)
    if handler is None:  # a step from a newer or older version: start the questions again
        dialogue.step = "type"
        await _save(ctx, dialogue, draft)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-reset"
    return await handler(Turn(ctx, incoming, dialogue, draft, text.strip(), field_name, prepared))


async def _file_during(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, prepared: Prepared | None
) -> str:
    if dialogue.step == "photos" and isinstance(prepared, PhotoReady):
        if len(draft.photos) >= MAX_PHOTOS:
            ctx.released.add(prepared.photo.sha256)
            await reply(ctx, incoming, Message("filing_too_many_photos", {"max": MAX_PHOTOS}))
            return "filing-too-many-photos"
        draft.photos.append(prepared.photo)
        draft.hold(prepared.photo)
        await _save(ctx, dialogue, draft)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-photo"
    if dialogue.step == "photos" and isinstance(prepared, Refused):
        await _refuse(ctx, incoming, prepared)
        return "filing-refused-page"
    if isinstance(prepared, DocumentReady):
        ctx.released.add(prepared.pdf.sha256)
    await reply(
        ctx,
        incoming,
        Message("filing_busy", {"name": draft.original_name, "photos": dialogue.step == "photos"}),
    )
    await _ask(ctx, incoming, dialogue, draft)
    return "filing-busy"


async def _cancel(ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft) -> str:
    await _cancel_quietly(ctx, incoming, dialogue, draft)
    await reply(ctx, incoming, Message("filing_cancelled", {"name": draft.original_name}))
    return "filing-cancelled"


async def _back(ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft) -> str:
    if not draft.history:
        await _ask(ctx, incoming, dialogue, draft, problem="first")
        return "filing-back-first"
    dialogue.step = draft.history.pop()
    draft.pending = None
    await _enter(ctx, incoming, dialogue, draft)
    return "filing-back"


async def _advance(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, step: str
) -> None:
    draft.history.append(dialogue.step)
    dialogue.step = step
    await _enter(ctx, incoming, dialogue, draft)


async def _enter(ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft) -> None:
    """Arrive at `dialogue.step`: a field whose value was found becomes "C'est bien … ?"."""
    step, _, name = dialogue.step.partition(":")
    if step in ("value", "ask"):
        spec = field_of(ctx, draft, name)
        proposal = extract.propose(draft.text, spec) if draft.text else None
        if proposal is not None:
            dialogue.step = f"value:{name}"
            draft.pending = {
                "value": proposal.value,
                "display": proposal.display,
                "reason": proposal.reason,
            }
        else:
            dialogue.step = f"ask:{name}"
            draft.pending = None
    await _save(ctx, dialogue, draft)
    await _ask(ctx, incoming, dialogue, draft)


def _next_step(ctx: Context, draft: Draft, after: str | None) -> str:
    """The question after field `after` (None: the first), then whether the document tells
    someone's health when its words leave a doubt, then the summary."""
    kind = doc_type(ctx, draft)
    names = [f.name for f in kind.fields]
    index = 0 if after is None else names.index(after) + 1
    if index < len(names):
        return f"ask:{names[index]}"
    if draft.health is None and record.health_in_doubt(ctx, kind, draft.text):
        return "health"
    return "summary"


async def _on_photos(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, prepared = turn.text, turn.prepared
    if not finishes_photos(text):
        await _ask(ctx, incoming, dialogue, draft, problem="photos")
        return "filing-reask"
    if isinstance(prepared, Refused):
        await _refuse(ctx, incoming, prepared)
        return await _cancel_quietly(ctx, incoming, dialogue, draft)
    if not isinstance(prepared, DocumentReady):
        await _ask(ctx, incoming, dialogue, draft, problem="photos")
        return "filing-reask"
    if await _is_duplicate(ctx, incoming, prepared):
        return await _cancel_quietly(ctx, incoming, dialogue, draft)
    _take_document(draft, prepared)
    if not prepared.readable:
        await _advance(ctx, incoming, dialogue, draft, "unreadable")
        return "filing-unreadable"
    await _suggest(ctx, draft)
    await _advance(ctx, incoming, dialogue, draft, "type")
    return "filing-assembled"


async def _cancel_quietly(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft
) -> str:
    """Drop the draft and let its files go (the caller has said why)."""
    await ctx.uow.dialogues.delete(dialogue)
    ctx.released.update(draft.blobs)
    await ctx.uow.audit.append(incoming.sender, "filing.cancelled", event_id=incoming.event_id)
    return "filing-stopped"


def _choice_or_yes_no(text: str, choices: Sequence[str]) -> int | None:
    """A numbered choice, where « oui » means the first one and « non » the second."""
    picked = answers.choice(text, choices)
    if picked is not None:
        return picked
    yes = answers.yes_no(text)
    return None if yes is None else 1 if yes else 2


async def _on_unreadable(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    picked = _choice_or_yes_no(text, UNREADABLE_CHOICES)
    if picked == 1:
        if not draft.warnings:
            draft.warnings.append("texte peu lisible (reconnaissance de caractères)")
        await _suggest(ctx, draft)
        await _advance(ctx, incoming, dialogue, draft, "type")
        return "filing-unreadable-kept"
    if picked == 2:
        return await _cancel(ctx, incoming, dialogue, draft)
    await _ask(ctx, incoming, dialogue, draft, problem="choice")
    return "filing-reask"


async def _choose_type(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, type_id: str
) -> None:
    draft.type_id = type_id
    draft.values = {}
    await _go_private_if_sensitive(ctx, incoming, dialogue, draft)
    await _advance(ctx, incoming, dialogue, draft, _next_step(ctx, draft, None))


async def _on_type(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    options = type_options(ctx, draft)
    picked = answers.choice(text, options)
    if picked is not None and picked <= len(draft.suggestions):
        await _choose_type(ctx, incoming, dialogue, draft, draft.suggestions[picked - 1].type_id)
        return "filing-type"
    if picked == len(options) or answers.choice(text, ("autre",)) == 1:
        await _advance(ctx, incoming, dialogue, draft, "describe")
        return "filing-other"
    if answers.number(text) is not None:
        await _ask(ctx, incoming, dialogue, draft, problem="choice")
        return "filing-reask"
    # Words rather than a number: look them up in the plan de classement straight away.
    return await _search(ctx, incoming, dialogue, draft, text)


async def _search(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, text: str
) -> str:
    found = ctx.settings.referentiel.search(text, limit=5)
    if not found:
        if dialogue.step != "describe":
            await _advance(ctx, incoming, dialogue, draft, "describe")
        await _ask(ctx, incoming, dialogue, draft, problem="nothing", words=text)
        return "filing-search-empty"
    draft.found = [doc_type.id for doc_type, _ in found]
    await _advance(ctx, incoming, dialogue, draft, "pick")
    return "filing-search"


async def _on_describe(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    if len(text) < 3:
        await _ask(ctx, incoming, dialogue, draft, problem="short")
        return "filing-reask"
    return await _search(ctx, incoming, dialogue, draft, text)


async def _on_pick(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    options = [label for label, _ in pick_options(ctx, draft)]
    none_label = PICK_NONE
    picked = answers.choice(text, [*options, none_label])
    if picked is not None and picked <= len(options):
        await _choose_type(ctx, incoming, dialogue, draft, draft.found[picked - 1])
        return "filing-type"
    if picked == len(options) + 1:
        dialogue.step = "describe"
        await _save(ctx, dialogue, draft)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-other"
    if answers.number(text) is None and len(text) >= 3:
        return await _search(ctx, incoming, dialogue, draft, text)
    await _ask(ctx, incoming, dialogue, draft, problem="choice")
    return "filing-reask"


async def _set_value(turn: Turn, value: str) -> None:
    turn.draft.values[turn.field] = value
    turn.draft.pending = None
    next_step = _next_step(turn.ctx, turn.draft, turn.field)
    await _advance(turn.ctx, turn.incoming, turn.dialogue, turn.draft, next_step)


async def _on_value(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, name = turn.text, turn.field
    yes = answers.yes_no(text)
    picked = answers.number(text)
    if picked in (1, 2) and yes is None:
        yes = picked == 1
    if yes is True and draft.pending is not None:
        await _set_value(turn, draft.pending["value"])
        return "filing-value"
    spec = field_of(ctx, draft, name)
    if yes is False:
        dialogue.step = f"ask:{name}"
        draft.pending = None
        await _save(ctx, dialogue, draft)
        await _ask(ctx, incoming, dialogue, draft)
        return "filing-value-refused"
    parsed = extract.parse_answer(spec, text, ctx.clock.now().date())
    if isinstance(parsed, extract.Parsed) and answers.number(text) is None:
        await _set_value(turn, parsed.value)
        return "filing-value"
    await _ask(ctx, incoming, dialogue, draft, problem="yes_no")
    return "filing-reask"


async def _on_ask(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, name = turn.text, turn.field
    spec = field_of(ctx, draft, name)
    if answers.control(text) == "skip" and spec.optional:
        await _set_value(turn, "")
        return "filing-skip"
    parsed = extract.parse_answer(spec, text, ctx.clock.now().date())
    if isinstance(parsed, extract.Invalid):
        await _ask(ctx, incoming, dialogue, draft, problem="invalid", detail=parsed.message)
        return "filing-reask"
    await _set_value(turn, parsed.value)
    return "filing-value"


async def _on_health(turn: Turn) -> str:
    """The agent's word on a document whose health words the reading could tie to no one:
    « oui » makes it sensitive (and its questions private), as if the text had said so."""
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    picked = _choice_or_yes_no(turn.text, HEALTH_CHOICES)
    if picked is None:
        await _ask(ctx, incoming, dialogue, draft, problem="choice")
        return "filing-reask"
    draft.health = picked == 1
    await ctx.uow.audit.append(
        incoming.sender,
        "filing.health_told",
        event_id=incoming.event_id,
        details={"health": draft.health},
    )
    await _go_private_if_sensitive(ctx, incoming, dialogue, draft)
    await _advance(ctx, incoming, dialogue, draft, "summary")
    return "filing-health"


async def _on_summary(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, prepared = turn.text, turn.prepared
    picked = _choice_or_yes_no(text, SUMMARY_CHOICES)
    if picked == 1:
        if isinstance(prepared, FullText):
            return await store(ctx, incoming, dialogue, draft, prepared.text, prepared.sensitive)
        return await store(ctx, incoming, dialogue, draft, draft.text)
    if picked == 2:
        return await _back(ctx, incoming, dialogue, draft)
    if picked == 3:
        return await _cancel(ctx, incoming, dialogue, draft)
    await _ask(ctx, incoming, dialogue, draft, problem="choice")
    return "filing-reask"


async def _ask(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    draft: Draft,
    *,
    problem: str | None = None,
    detail: str | None = None,
    words: str | None = None,
    help_: bool = False,
) -> None:
    """Say the question of the current step (again, with what went wrong if something did)."""
    message = question(
        ctx, dialogue, draft, problem=problem, detail=detail, words=words, help_=help_
    )
    if dialogue.room_id != incoming.room_id:  # the draft went private (a sensitive document)
        await say_where_asked(ctx, dialogue, message)
    else:
        await reply(ctx, incoming, message)


async def _go_private_if_sensitive(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft
) -> None:
    """A sensitive document dropped in a room others read: the rest of its questions go to
    the agent's private room with the bot (opened by the next question when there is none
    yet), unless something else is being filed there (the answers would meet two drafts)."""
    if incoming.is_direct or dialogue.room_id != incoming.room_id:
        return
    found = (
        record.sensitivity_of(ctx, doc_type(ctx, draft), draft.text, told_health=draft.health)
        if draft.type_id
        else sensitive.of_document(draft.text)
    )
    if found is None:
        return
    others = set(await ctx.uow.members.of(incoming.room_id)) - {
        incoming.sender,
        ctx.settings.bot_user_id,
    }
    if not others:
        return
    private = await ctx.uow.direct_rooms.get(incoming.sender) or private_room_to_open(
        incoming.sender
    )
    if await ctx.uow.dialogues.get(dialogue_key(private, incoming.sender, None)) is not None:
        return
    await move(ctx.uow, dialogue, private)
    await reply(ctx, incoming, Message("filing_went_private", {"why": found.why}))


# --- time: reminders and expiry ------------------------------------------------------------


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    """Called by the scheduler for a dialogue whose reminder or expiry time has come."""
    draft = Draft.model_validate(dialogue.data)
    now = ctx.clock.now()
    person = Mention(UserId(dialogue.user_id))
    if dialogue.expires_at <= now:
        await ctx.uow.dialogues.delete(dialogue)
        ctx.released.update(draft.blobs)
        await say_where_asked(
            ctx,
            dialogue,
            Message(
                "filing_expired",
                {
                    "user_id": dialogue.user_id,
                    "name": draft.original_name,
                    "days": max(1, ctx.settings.filing.expire_after.days),
                },
                mentions=[person],
            ),
        )
        await ctx.uow.audit.append(
            dialogue.user_id, "filing.expired", details={"step": dialogue.step}
        )
        return "filing-expired"
    version = dialogue.version
    dialogue.remind_at = None
    await ctx.uow.dialogues.save(dialogue, version)
    asked = question(ctx, dialogue, draft)
    await say_where_asked(
        ctx,
        dialogue,
        Message(
            "filing_reminder",
            {
                "user_id": dialogue.user_id,
                "name": draft.original_name,
                "expires_on": format_date_fr(dialogue.expires_at.date()),
            },
            mentions=[person],
        ),
    )
    await say_where_asked(ctx, dialogue, asked)
    await ctx.uow.audit.append(
        dialogue.user_id, "filing.reminded", details={"step": dialogue.step}
    )
    return "filing-reminded"
