"""« circuit 2026-0012 »: a short guided dialogue that picks the steps of a signature circuit.

One question at a time, numbered choices: a model from the configuration (« Arrêté du maire »),
or the steps one by one (visa or signature, then who; several people in one step act in
parallel). Before anything is sent, the whole circuit is shown with each person's name and
qualité, so a document never goes to the wrong person by a slip of the finger. The dialogue
lives in the `dialogue` table like a filing, so a restart or a wander-off loses nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from pydantic import BaseModel, Field

from circuits import engine as circuit_flow
from french.fold import fold
from storage.models import Dialogue, Document
from workflows import answers, audience
from workflows.basics import reply
from workflows.circuit_settings import CircuitModel, StepSpec
from workflows.context import Context
from workflows.conversation import open_dialogue
from workflows.ports import Incoming, Message, RoomId

KIND = "circuit-setup"
EXPIRE_AFTER = dt.timedelta(days=2)
REMIND_AFTER = dt.timedelta(hours=4)
COMPOSE = "Composer un autre circuit"
KIND_CHOICES = ("Un visa", "Une signature")
DONE_CHOICE = "C'est tout, voir le circuit"
CONFIRM_CHOICES = ("Lancer le circuit", "Recommencer", "Annuler")
REF = re.compile(r"\b(\d{4})\s*[-/ ]\s*(\d{1,6})\b")
_SPLIT = re.compile(r"\s*(?:,|;|\bet\b|\+|&)\s*")


class Setup(BaseModel):
    document_id: int
    ref: str
    steps: list[dict[str, Any]] = Field(default_factory=list)
    kind: str | None = None
    name: str | None = None
    model_id: str | None = None

    def specs(self) -> list[StepSpec]:
        return [StepSpec(kind=s["kind"], actors=tuple(s["actors"])) for s in self.steps]


def reference(text: str) -> str | None:
    found = REF.search(text)
    return f"{found.group(1)}-{int(found.group(2)):04d}" if found else None


async def begin(ctx: Context, incoming: Incoming, text: str) -> str:
    """Entry point: the document is named by its reference, or by replying to the bot's
    message about it (the filing confirmation)."""
    document = await _document_named(ctx, incoming, text)
    if document is None:
        await reply(ctx, incoming, Message("circuit_which_document", {"text": text.strip()}))
        return "circuit-no-document"
    assert document.id is not None
    if await ctx.uow.circuits.running_for(document.id) is not None:
        await reply(ctx, incoming, Message("circuit_running", {"ref": document.ref}))
        return "circuit-running"
    if ctx.signatures is None:
        await reply(
            ctx,
            incoming,
            Message("circuit_refused", {"why": "Les signatures ne sont pas configurées ici."}),
        )
        return "circuit-refused"
    if not ctx.settings.circuits.people:
        await reply(ctx, incoming, Message("circuit_no_people", {}))
        return "circuit-no-people"
    setup = Setup(document_id=document.id, ref=document.ref)
    models = _models_for(ctx, document)
    step = "model" if models else "kind"
    dialogue = open_dialogue(
        ctx,
        incoming,
        KIND,
        step,
        data=setup.model_dump(mode="json"),
        remind_after=REMIND_AFTER,
        expire_after=EXPIRE_AFTER,
    )
    await ctx.uow.dialogues.add(dialogue)
    await ctx.uow.audit.append(
        incoming.sender, "circuit.setup", subject=document.ref, event_id=incoming.event_id
    )
    await _ask(ctx, incoming, dialogue, setup, document)
    return "circuit-setup"


async def _document_named(ctx: Context, incoming: Incoming, text: str) -> Document | None:
    ref = reference(text)
    document: Document | None = None
    if ref is not None:
        document = await ctx.uow.documents.by_ref(ref)
    elif incoming.reply_to is not None:
        topic = await ctx.uow.outbox.topic_of(incoming.reply_to)
        if topic and topic.startswith("document:"):
            document = await ctx.uow.documents.get(int(topic.split(":", 1)[1]))
    if document is None:
        return None
    asker = await audience.reader(ctx.uow, ctx.settings.directory, incoming.sender)
    return document if audience.may_see(asker, document) else None


def _models_for(ctx: Context, document: Document) -> list[CircuitModel]:
    """Models for this type first, then the general ones; models for other types last."""
    models = ctx.settings.circuits.models
    return sorted(
        models, key=lambda m: 0 if document.type_id in m.types else (1 if not m.types else 2)
    )


def _people(ctx: Context) -> list[tuple[str, str]]:
    return [(p.user_id, p.described) for p in ctx.settings.circuits.people]


async def _ask(
    ctx: Context,
    incoming: Incoming,
    dialogue: Dialogue,
    setup: Setup,
    document: Document,
    *,
    problem: str | None = None,
) -> None:
    settings = ctx.settings.circuits
    context: dict[str, Any] = {
        "ref": document.ref,
        "title": document.title,
        "problem": problem,
        "number": len(setup.steps) + 1,
    }
    if dialogue.step == "model":
        models = _models_for(ctx, document)
        choices = [f"{m.name} ({_summary(ctx, m.steps)})" for m in models] + [COMPOSE]
        await reply(ctx, incoming, Message("circuit_ask_model", context, choices=choices))
    elif dialogue.step == "kind":
        choices = list(KIND_CHOICES) + ([DONE_CHOICE] if setup.steps else [])
        await reply(ctx, incoming, Message("circuit_ask_kind", context, choices=choices))
    elif dialogue.step == "actors":
        context["kind"] = setup.kind
        await reply(
            ctx,
            incoming,
            Message("circuit_ask_actors", context, choices=[d for _, d in _people(ctx)]),
        )
    else:
        context["steps"] = circuit_flow.steps_view(settings, setup.specs())
        context["name"] = setup.name or "Circuit composé"
        await reply(
            ctx, incoming, Message("circuit_confirm", context, choices=list(CONFIRM_CHOICES))
        )


def _summary(ctx: Context, steps: tuple[StepSpec, ...]) -> str:
    settings = ctx.settings.circuits
    parts = []
    for step in steps:
        names = " et ".join(circuit_flow.name_of(settings, a) for a in step.actors)
        parts.append(f"{step.kind} {names}")
    return ", puis ".join(parts)


def pick_people(text: str, people: list[tuple[str, str]]) -> list[str] | None:
    """ "1 et 3", "1, 3", "Martin et Durand", "@maire:mairie.fr": the people named, in order.
    None when a part names nobody (better ask again than send to the wrong person)."""
    chosen: list[str] = []
    for part in _SPLIT.split(text.strip()):
        if not part:
            continue
        number = answers.number(part)
        if number is not None:
            if not 1 <= number <= len(people):
                return None
            chosen.append(people[number - 1][0])
            continue
        if part.startswith("@"):
            match = next((u for u, _ in people if u == part.strip()), None)
            if match is None:
                return None
            chosen.append(match)
            continue
        folded = fold(part)
        hits = [u for u, d in people if folded and folded in fold(d)]
        if len(hits) != 1:
            index = answers.choice(part, [d for _, d in people])
            if index is None:
                return None
            hits = [people[index - 1][0]]
        chosen.append(hits[0])
    return list(dict.fromkeys(chosen)) or None


def _on_model(
    ctx: Context, dialogue: Dialogue, setup: Setup, document: Document, text: str
) -> str | None:
    models = _models_for(ctx, document)
    picked = answers.choice(text, [m.name for m in models] + [COMPOSE])
    if picked is None:
        return "Je n'ai pas compris : répondez par le numéro d'un choix."
    if picked <= len(models):
        model = models[picked - 1]
        setup.steps = [{"kind": s.kind, "actors": list(s.actors)} for s in model.steps]
        setup.name, setup.model_id = model.name, model.id
        dialogue.step = "confirm"
    else:
        dialogue.step = "kind"
    return None


def _on_kind(dialogue: Dialogue, setup: Setup, text: str) -> str | None:
    options = list(KIND_CHOICES) + ([DONE_CHOICE] if setup.steps else [])
    picked = answers.choice(text, options)
    if picked is None and fold(text) in ("visa", "signature"):
        picked = 1 if fold(text) == "visa" else 2
    if picked is None:
        return "Je n'ai pas compris : répondez 1 pour un visa, 2 pour une signature."
    if picked == 3:
        dialogue.step = "confirm"
    else:
        setup.kind = "visa" if picked == 1 else "signature"
        dialogue.step = "actors"
    return None


def _on_actors(ctx: Context, dialogue: Dialogue, setup: Setup, text: str) -> str | None:
    chosen = pick_people(text, _people(ctx))
    if chosen is None:
        return (
            "Je n'ai pas reconnu ces personnes : donnez leurs numéros dans la liste "
            "(par exemple « 1 et 3 »)."
        )
    setup.steps.append({"kind": setup.kind or "visa", "actors": chosen})
    setup.kind = None
    dialogue.step = "kind"
    return None


async def answer(ctx: Context, incoming: Incoming, dialogue: Dialogue, text: str | None) -> str:
    setup = Setup.model_validate(dialogue.data)
    document = await ctx.uow.documents.get(setup.document_id)
    if document is None:
        await ctx.uow.dialogues.delete(dialogue)
        await reply(ctx, incoming, Message("circuit_setup_gone", {}))
        return "circuit-setup-gone"
    text = (text or "").strip()
    if text and answers.control(text) == "cancel":
        return await _drop(ctx, incoming, dialogue, setup)
    problem: str | None = None
    version = dialogue.version
    if incoming.kind == "file":
        problem = (
            "Nous préparons un circuit de signature : terminez-le (ou « annuler ») avant "
            "d'envoyer un fichier, il n'a pas été gardé."
        )
    elif dialogue.step == "model":
        problem = _on_model(ctx, dialogue, setup, document, text)
    elif dialogue.step == "kind":
        problem = _on_kind(dialogue, setup, text)
    elif dialogue.step == "actors":
        problem = _on_actors(ctx, dialogue, setup, text)
    else:
        picked = answers.choice(text, list(CONFIRM_CHOICES))
        if picked is None and answers.yes_no(text) is True:
            picked = 1
        if picked == 1:
            return await _launch(ctx, incoming, dialogue, setup, document)
        if picked == 3:
            return await _drop(ctx, incoming, dialogue, setup)
        if picked == 2:
            setup = Setup(document_id=setup.document_id, ref=setup.ref)
            dialogue.step = "model" if _models_for(ctx, document) else "kind"
        else:
            problem = "Répondez 1 pour lancer, 2 pour recommencer, 3 pour annuler."
    now = ctx.clock.now()
    dialogue.data = setup.model_dump(mode="json")
    dialogue.updated_at = now
    dialogue.remind_at = now + REMIND_AFTER
    dialogue.expires_at = now + EXPIRE_AFTER
    await ctx.uow.dialogues.save(dialogue, version)
    await _ask(ctx, incoming, dialogue, setup, document, problem=problem)
    return "circuit-setup"


async def _drop(ctx: Context, incoming: Incoming, dialogue: Dialogue, setup: Setup) -> str:
    await ctx.uow.dialogues.delete(dialogue)
    await reply(ctx, incoming, Message("circuit_setup_cancelled", {"ref": setup.ref}))
    return "circuit-setup-cancelled"


async def _launch(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, setup: Setup, document: Document
) -> str:
    await ctx.uow.dialogues.delete(dialogue)
    try:
        circuit = await circuit_flow.start(
            ctx,
            incoming,
            document,
            setup.specs(),
            name=setup.name or "Circuit composé",
            model_id=setup.model_id,
        )
    except circuit_flow.CircuitRefusedError as refused:
        await reply(ctx, incoming, Message("circuit_refused", {"why": str(refused)}))
        return "circuit-refused"
    first = [
        circuit_flow.describe(ctx.settings.circuits, actor) for actor in setup.specs()[0].actors
    ]
    await reply(
        ctx,
        incoming,
        Message(
            "circuit_started",
            {"ref": document.ref, "name": circuit.name, "first": first},
        ),
    )
    return "circuit-started"


async def remind_or_expire(ctx: Context, dialogue: Dialogue) -> str:
    """A circuit left half-defined: one reminder, then it is dropped (nothing was sent)."""
    setup = Setup.model_validate(dialogue.data)
    now = ctx.clock.now()
    if dialogue.expires_at <= now:
        await ctx.uow.dialogues.delete(dialogue)
        await ctx.chat.say(_room(dialogue), Message("circuit_setup_expired", {"ref": setup.ref}))
        return "circuit-setup-expired"
    version = dialogue.version
    dialogue.remind_at = None
    await ctx.uow.dialogues.save(dialogue, version)
    await ctx.chat.say(_room(dialogue), Message("circuit_setup_reminder", {"ref": setup.ref}))
    return "circuit-setup-reminded"


def _room(dialogue: Dialogue) -> RoomId:
    return RoomId(dialogue.room_id)


async def cancel(ctx: Context, incoming: Incoming, text: str) -> str:
    """« annuler le circuit 2026-0012 », or without a reference when the person has exactly
    one circuit running."""
    document = await _document_named(ctx, incoming, text)
    if document is None and reference(text) is None:
        mine = await ctx.uow.circuits.running_of(incoming.sender)
        if len(mine) == 1:
            document = await ctx.uow.documents.get(mine[0].document_id)
        elif len(mine) > 1:
            refs = []
            for circuit in mine:
                doc = await ctx.uow.documents.get(circuit.document_id)
                if doc is not None:
                    refs.append(doc.ref)
            await reply(ctx, incoming, Message("circuit_cancel_which", {"refs": refs}))
            return "circuit-cancel-which"
    if document is None:
        await reply(ctx, incoming, Message("circuit_which_document", {"text": text.strip()}))
        return "circuit-no-document"
    return await circuit_flow.cancel(ctx, incoming, document)
