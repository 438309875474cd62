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

import datetime as dt
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, Field

from storage.models import Dialogue, Document
from storage.referentiel import DocType, FieldSpec
from workflows import answers, classify, extract, naming, retention
from workflows.basics import reply
from workflows.context import Context
from workflows.frdates import format_date_fr
from workflows.intake import (
    DocumentReady,
    FullText,
    Intake,
    PhotoReady,
    Prepared,
    Refused,
    StagedFile,
)
from workflows.ports import EventId, Incoming, Mention, Message, RoomId, UserId

log = logging.getLogger("greffier.filing")

KIND = "filing"
MAX_PHOTOS = 30
TYPE_OTHER = "autre : chercher dans le plan de classement"
SUMMARY_CHOICES = ("enregistrer", "corriger (revenir à la question précédente)", "annuler")
UNREADABLE_CHOICES = ("classer quand même", "annuler (je renverrai une photo plus nette)")
PHOTOS_CHOICES = ("c'est tout, j'ai envoyé toutes les pages",)
YES_NO = ("oui", "non")


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


class Suggested(BaseModel):
    type_id: str
    reasons: list[str] = Field(default_factory=list)


class Draft(BaseModel):
    """What the dialogue knows so far. JSON in the dialogue row; validated when read back."""

    original_name: str = ""
    anchor: str | None = None  # the event the agent sent the file in: replies point at it
    photos: list[StagedFile] = Field(default_factory=list)
    pdf: StagedFile | None = None
    source_sha256: str | None = None
    pages: int = 0
    text: str = ""
    text_complete: bool = True
    ocr: bool = False
    warnings: list[str] = Field(default_factory=list)
    suggestions: list[Suggested] = Field(default_factory=list)
    found: list[str] = Field(default_factory=list)  # type ids found by "autre"
    type_id: str | None = None
    values: dict[str, str] = Field(default_factory=dict)
    pending: dict[str, str] | None = None  # the proposal being confirmed
    history: list[str] = Field(default_factory=list)
    blobs: list[str] = Field(default_factory=list)  # every staged file: kept while drafted

    def hold(self, staged: StagedFile) -> None:
        if staged.sha256 not in self.blobs:
            self.blobs.append(staged.sha256)


def dialogue_key(room_id: str, user_id: str, thread_root: str | None) -> str:
    return f"{room_id}|{user_id}|{thread_root or ''}"


def key_of(incoming: Incoming) -> str:
    return dialogue_key(incoming.room_id, incoming.sender, incoming.thread_root)


def answer_text(incoming: Incoming) -> str | None:
    """The words of an answer: a message's text, or the number a reaction stands for."""
    if incoming.kind == "text":
        return incoming.text
    if incoming.kind == "reaction" and incoming.reaction:
        picked = answers.reaction_choice(incoming.reaction)
        return str(picked) if picked is not None else None
    return None


def _finishes_photos(text: str) -> bool:
    return answers.control(text) == "finish" or answers.choice(text, PHOTOS_CHOICES) == 1


def _confirms_summary(text: str) -> bool:
    return answers.yes_no(text) is True or answers.choice(text, SUMMARY_CHOICES) == 1


# --- the slow half, before the transaction -------------------------------------------------


async def prepare(
    incoming: Incoming, dialogue: Dialogue | None, intake: Intake, text: str | None = None
) -> Prepared | None:
    """Do the slow work this event will need, outside the transaction (see `workflows.intake`).
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
    if dialogue.step == "photos" and draft.photos and _finishes_photos(text):
        return await intake.assemble(draft.photos)
    if (
        dialogue.step == "summary"
        and draft.pdf
        and not draft.text_complete
        and _confirms_summary(text)
    ):
        return await intake.full_text(draft.pdf)
    return None


# --- the transaction half ------------------------------------------------------------------


def _reply_target(incoming: Incoming) -> EventId | None:
    return None if incoming.is_direct else incoming.event_id


async def _say(ctx: Context, incoming: Incoming, message: Message) -> None:
    await reply(ctx, incoming, message)


async def start(ctx: Context, incoming: Incoming, prepared: Prepared | None) -> str:
    """A file arrived and no dialogue is open: refuse it, or open a draft and ask."""
    if prepared is None or isinstance(prepared, FullText):
        await _say(ctx, incoming, Message("filing_refused", {"code": "unavailable", "name": ""}))
        return "filing-refused"
    if isinstance(prepared, Refused):
        return await _refuse(ctx, incoming, prepared)
    now = ctx.clock.now()
    draft = Draft(anchor=incoming.event_id)
    dialogue = Dialogue(
        key=key_of(incoming),
        kind=KIND,
        room_id=incoming.room_id,
        user_id=incoming.sender,
        thread_root=incoming.thread_root,
        step="photos",
        data={},
        created_at=now,
        updated_at=now,
        expires_at=now + ctx.settings.filing.expire_after,
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
    await _save_new(ctx, dialogue, draft)
    await ctx.uow.audit.append(
        incoming.sender, "filing.started", event_id=incoming.event_id, details={"ocr": draft.ocr}
    )
    await _ask(ctx, incoming, dialogue, draft)
    return "filing-started"


async def _refuse(ctx: Context, incoming: Incoming, refused: Refused) -> str:
    limit_mb = ctx.settings.filing.max_file_bytes // (1024 * 1024)
    await _say(
        ctx,
        incoming,
        Message(
            "filing_refused", {"code": refused.code, "name": refused.name, "limit_mb": limit_mb}
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
    visible = ctx.settings.directory.may_see(
        incoming.sender, existing.service_id, existing.filed_by
    )
    context: dict[str, Any] = {"visible": visible, "ref": existing.ref}
    if visible:
        context |= {
            "name": existing.name,
            "title": existing.title,
            "class_label": _class_label(ctx, existing.class_code),
            "filed_on": format_date_fr(existing.filed_at.date()),
        }
    await _say(ctx, incoming, Message("filing_duplicate", context))
    await ctx.uow.audit.append(
        incoming.sender, "filing.duplicate", subject=existing.ref, event_id=incoming.event_id
    )
    ctx.released.add(ready.pdf.sha256)
    return True


def _class_label(ctx: Context, code: str) -> str:
    try:
        return ctx.settings.referentiel.class_label(code)
    except KeyError:
        return code


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
    if draft.type_id is not None and draft.type_id not in _known_types(ctx, draft):
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
            await _say(ctx, incoming, Message("filing_too_many_photos", {"max": MAX_PHOTOS}))
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
    await _say(
        ctx,
        incoming,
        Message("filing_busy", {"name": draft.original_name, "photos": dialogue.step == "photos"}),
    )
    await _ask(ctx, incoming, dialogue, draft)
    return "filing-busy"


async def _cancel(ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft) -> str:
    await ctx.uow.dialogues.delete(dialogue)
    ctx.released.update(draft.blobs)
    await _say(ctx, incoming, Message("filing_cancelled", {"name": draft.original_name}))
    await ctx.uow.audit.append(incoming.sender, "filing.cancelled", event_id=incoming.event_id)
    return "filing-cancelled"


async def _back(ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft) -> str:
    if not draft.history:
        await _ask(ctx, incoming, dialogue, draft, problem="first")
        return "filing-back-first"
    dialogue.step = draft.history.pop()
    draft.pending = None
    await _enter(ctx, incoming, dialogue, draft, remember=False)
    return "filing-back"


async def _advance(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, step: str
) -> None:
    draft.history.append(dialogue.step)
    dialogue.step = step
    await _enter(ctx, incoming, dialogue, draft, remember=True)


async def _enter(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, *, remember: bool
) -> None:
    """Arrive at `dialogue.step`: a field whose value was found becomes "C'est bien … ?"."""
    step, _, name = dialogue.step.partition(":")
    if step in ("value", "ask"):
        spec = _field(ctx, draft, name)
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


def _known_types(ctx: Context, draft: Draft) -> set[str]:
    try:
        ctx.settings.referentiel.type(draft.type_id or "")
    except KeyError:
        return set()
    return {draft.type_id or ""}


def _doc_type(ctx: Context, draft: Draft) -> DocType:
    assert draft.type_id is not None
    return ctx.settings.referentiel.type(draft.type_id)


def _field(ctx: Context, draft: Draft, name: str) -> FieldSpec:
    for spec in _doc_type(ctx, draft).fields:
        if spec.name == name:
            return spec
    raise KeyError(name)


def _next_step(ctx: Context, draft: Draft, after: str | None) -> str:
    """The question after field `after` (None: the first), or the summary."""
    fields = _doc_type(ctx, draft).fields
    names = [f.name for f in fields]
    index = 0 if after is None else names.index(after) + 1
    return f"ask:{names[index]}" if index < len(names) else "summary"


async def _on_photos(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, prepared = turn.text, turn.prepared
    if not _finishes_photos(text):
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


def _type_options(ctx: Context, draft: Draft) -> list[str]:
    labels = []
    for suggestion in draft.suggestions:
        try:
            labels.append(ctx.settings.referentiel.type(suggestion.type_id).label)
        except KeyError:
            labels.append(suggestion.type_id)
    return [*labels, TYPE_OTHER]


async def _choose_type(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, type_id: str
) -> None:
    draft.type_id = type_id
    draft.values = {}
    await _advance(ctx, incoming, dialogue, draft, _next_step(ctx, draft, None))


async def _on_type(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    options = _type_options(ctx, draft)
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


def _pick_options(ctx: Context, draft: Draft) -> list[tuple[str, str]]:
    """(label, class) of each entry found by "autre"."""
    options = []
    for type_id in draft.found:
        try:
            doc_type = ctx.settings.referentiel.type(type_id)
        except KeyError:
            continue
        row = ctx.settings.referentiel.row_of(doc_type)
        options.append((doc_type.label, _class_label(ctx, row.class_code)))
    return options


async def _on_pick(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text = turn.text
    options = [label for label, _ in _pick_options(ctx, draft)]
    none_label = "aucun de ceux-là : décrire autrement"
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
    spec = _field(ctx, draft, name)
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
    spec = _field(ctx, draft, name)
    if answers.control(text) == "skip" and spec.optional:
        await _set_value(turn, "")
        return "filing-skip"
    parsed = extract.parse_answer(spec, text, ctx.clock.now().date())
    if isinstance(parsed, extract.Invalid):
        await _ask(ctx, incoming, dialogue, draft, problem="invalid", detail=parsed.message)
        return "filing-reask"
    await _set_value(turn, parsed.value)
    return "filing-value"


async def _on_summary(turn: Turn) -> str:
    ctx, incoming, dialogue, draft = turn.ctx, turn.incoming, turn.dialogue, turn.draft
    text, prepared = turn.text, turn.prepared
    picked = _choice_or_yes_no(text, SUMMARY_CHOICES)
    if picked == 1:
        full_text = prepared.text if isinstance(prepared, FullText) else draft.text
        return await _store(ctx, incoming, dialogue, draft, full_text)
    if picked == 2:
        return await _back(ctx, incoming, dialogue, draft)
    if picked == 3:
        return await _cancel(ctx, incoming, dialogue, draft)
    await _ask(ctx, incoming, dialogue, draft, problem="choice")
    return "filing-reask"


# --- the result ----------------------------------------------------------------------------


class Planned(BaseModel):
    """What the summary shows and the store writes: computed once from the draft."""

    type_label: str
    class_code: str
    class_label: str
    row_id: str
    title: str
    base_name: str
    document_date: dt.date
    retention: dict[str, Any]
    values_display: list[tuple[str, str]]


def _template_values(doc_type: DocType, draft: Draft) -> dict[str, object]:
    values: dict[str, object] = {}
    for spec in doc_type.fields:
        raw = draft.values.get(spec.name, "")
        values[spec.name] = extract.template_value(spec, raw) if raw else ""
    return values


def plan(ctx: Context, draft: Draft) -> Planned:
    referentiel = ctx.settings.referentiel
    doc_type = _doc_type(ctx, draft)
    row = referentiel.row_of(doc_type)
    values = _template_values(doc_type, draft)
    date_value = values.get(doc_type.date_field)
    document_date = date_value if isinstance(date_value, dt.date) else ctx.clock.now().date()
    values.setdefault("date", document_date)
    values["type"] = doc_type.label
    values["code"] = row.class_code
    kept = retention.compute(row, document_date)
    displayed = [
        (spec.label, extract.display_value(spec, draft.values[spec.name]))
        for spec in doc_type.fields
        if draft.values.get(spec.name)
    ]
    return Planned(
        type_label=doc_type.label,
        class_code=row.class_code,
        class_label=_class_label(ctx, row.class_code),
        row_id=row.id,
        title=naming.render_title(doc_type.title, values),
        base_name=naming.render_name(doc_type.naming, values),
        document_date=document_date,
        retention={
            "sort": kept.sort,
            "dua_years": kept.dua_years,
            "start": kept.start.isoformat(),
            "dua_end": kept.dua_end.isoformat() if kept.dua_end else None,
            "a_valider": kept.a_valider,
            "phrase": kept.phrase,
            "counted_from": (
                f"{format_date_fr(kept.start)} : {row.start_label}"
                if row.start_label
                else format_date_fr(kept.start)
            ),
        },
        values_display=displayed,
    )


async def _store(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, draft: Draft, text: str
) -> str:
    """One transaction: document row, learning, audit, dialogue gone, reply."""
    assert draft.pdf is not None and draft.source_sha256 is not None
    existing = await ctx.uow.documents.by_source(draft.source_sha256)
    if existing is not None:  # filed meanwhile by someone else (same file, two drafts)
        await ctx.uow.dialogues.delete(dialogue)
        ctx.released.update(draft.blobs)
        visible = ctx.settings.directory.may_see(
            incoming.sender, existing.service_id, existing.filed_by
        )
        await _say(
            ctx,
            incoming,
            Message(
                "filing_duplicate",
                {
                    "visible": visible,
                    "ref": existing.ref,
                    "name": existing.name,
                    "title": existing.title,
                    "class_label": _class_label(ctx, existing.class_code),
                    "filed_on": format_date_fr(existing.filed_at.date()),
                },
            ),
        )
        return "filing-duplicate"
    planned = plan(ctx, draft)
    now = ctx.clock.now()
    taken = await ctx.uow.documents.names_starting(planned.base_name)
    name = naming.unique_name(planned.base_name, ".pdf", taken.__contains__)
    sequence = await ctx.uow.counters.next(f"ref-{now.year}")
    ref = f"{now.year}-{sequence:04d}"
    service = ctx.settings.directory.service_for(incoming.room_id, incoming.sender)
    doc_type = _doc_type(ctx, draft)
    kept = planned.retention
    document = Document(
        ref=ref,
        name=name,
        title=planned.title,
        type_id=doc_type.id,
        type_label=doc_type.label,
        class_code=planned.class_code,
        row_id=planned.row_id,
        fields=dict(draft.values),
        document_date=planned.document_date,
        sort=kept["sort"],
        dua_years=kept["dua_years"],
        dua_start=dt.date.fromisoformat(kept["start"]),
        dua_end=dt.date.fromisoformat(kept["dua_end"]) if kept["dua_end"] else None,
        a_valider=kept["a_valider"],
        sha256=draft.pdf.sha256,
        source_sha256=draft.source_sha256,
        size=draft.pdf.size,
        pages=draft.pages,
        mimetype=draft.pdf.mimetype,
        original_name=draft.original_name[:255],
        text=text,
        ocr=draft.ocr,
        warnings=list(draft.warnings),
        service_id=service.id if service else None,
        room_id=incoming.room_id,
        filed_by=incoming.sender,
        filed_at=now,
        event_id=incoming.event_id,
    )
    await ctx.uow.documents.add(document)
    await ctx.uow.type_stats.learn(doc_type.id, classify.tokens(text))
    await ctx.uow.dialogues.delete(dialogue)
    ctx.released.update(b for b in draft.blobs if b != draft.pdf.sha256)
    await ctx.uow.audit.append(
        incoming.sender,
        "document.filed",
        subject=ref,
        event_id=incoming.event_id,
        details={
            "name": name,
            "type": doc_type.id,
            "class": planned.class_code,
            "row": planned.row_id,
            "sha256": draft.pdf.sha256,
            "sort": kept["sort"],
            "dua_end": kept["dua_end"],
        },
    )
    await _say(
        ctx,
        incoming,
        Message(
            "filing_done",
            {
                "ref": ref,
                "name": name,
                "title": planned.title,
                "class_label": planned.class_label,
                "retention": kept["phrase"],
                "warnings": draft.warnings,
                "service": service.name if service else None,
            },
        ),
    )
    return "filing-stored"


# --- questions -----------------------------------------------------------------------------


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
    await _say(ctx, incoming, message)


def question(
    ctx: Context,
    dialogue: Dialogue,
    draft: Draft,
    *,
    problem: str | None = None,
    detail: str | None = None,
    words: str | None = None,
    help_: bool = False,
) -> Message:
    step, _, name = dialogue.step.partition(":")
    common: dict[str, Any] = {
        "problem": problem,
        "detail": detail,
        "words": words,
        "help": help_,
        "can_go_back": bool(draft.history),
        "name": draft.original_name,
    }
    if step == "photos":
        return Message(
            "filing_photos", common | {"count": len(draft.photos)}, choices=PHOTOS_CHOICES
        )
    if step == "unreadable":
        return Message("filing_unreadable", common, choices=UNREADABLE_CHOICES)
    if step == "type":
        reasons = [s.reasons[:2] for s in draft.suggestions]
        return Message(
            "filing_type",
            common | {"reasons": reasons, "pages": draft.pages, "ocr": draft.ocr},
            choices=_type_options(ctx, draft),
        )
    if step == "describe":
        return Message("filing_describe", common)
    if step == "pick":
        options = _pick_options(ctx, draft)
        labels = [f"{label} ({where})" for label, where in options]
        return Message(
            "filing_pick", common, choices=[*labels, "aucun de ceux-là : décrire autrement"]
        )
    if step in ("value", "ask"):
        spec = _field(ctx, draft, name)
        context = common | {
            "label": spec.label,
            "question": spec.question,
            "example": spec.example,
            "optional": spec.optional,
            "kind": spec.kind,
            "type_label": _doc_type(ctx, draft).label,
        }
        if step == "value" and draft.pending is not None:
            return Message(
                "filing_confirm_value",
                context | {"display": draft.pending["display"], "reason": draft.pending["reason"]},
                choices=YES_NO,
            )
        return Message("filing_ask_value", context)
    planned = plan(ctx, draft)
    return Message(
        "filing_summary",
        common
        | {
            "type_label": planned.type_label,
            "title": planned.title,
            "file_name": planned.base_name + ".pdf",
            "class_label": planned.class_label,
            "retention": planned.retention["phrase"],
            "counted_from": planned.retention["counted_from"]
            if planned.retention["dua_years"]
            else None,
            "values": planned.values_display,
            "warnings": draft.warnings,
        },
        choices=SUMMARY_CHOICES,
    )


# --- time: reminders and expiry ------------------------------------------------------------


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    """Called by the scheduler for a dialogue whose reminder or expiry time has come."""
    draft = Draft.model_validate(dialogue.data)
    now = ctx.clock.now()
    person = Mention(UserId(dialogue.user_id))
    room = RoomId(dialogue.room_id)
    thread = EventId(dialogue.thread_root) if dialogue.thread_root else None
    if dialogue.expires_at <= now:
        await ctx.uow.dialogues.delete(dialogue)
        ctx.released.update(draft.blobs)
        await ctx.chat.say(
            room,
            Message(
                "filing_expired",
                {
                    "user_id": dialogue.user_id,
                    "name": draft.original_name,
                    "days": max(1, ctx.settings.filing.expire_after.days),
                },
                mentions=[person],
            ),
            thread=thread,
        )
        await ctx.uow.audit.append(
            dialogue.user_id, "filing.expired", details={"step": dialogue.step}
        )
        return "filing-expired"
    version = dialogue.version
    dialogue.remind_at = None
    await ctx.uow.dialogues.save(dialogue, version)
    asked = question(ctx, dialogue, draft)
    await ctx.chat.say(
        room,
        Message(
            "filing_reminder",
            {
                "user_id": dialogue.user_id,
                "name": draft.original_name,
                "expires_on": format_date_fr(dialogue.expires_at.date()),
            },
            mentions=[person],
        ),
        thread=thread,
    )
    await ctx.chat.say(room, asked, thread=thread)
    await ctx.uow.audit.append(
        dialogue.user_id, "filing.reminded", details={"step": dialogue.step}
    )
    return "filing-reminded"


def steps_of(doc_type: DocType) -> Sequence[str]:
    """The questions a type asks, in order (for documentation and tests)."""
    return [f"ask:{f.name}" for f in doc_type.fields]
