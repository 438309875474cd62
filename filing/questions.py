"""The words of each filing step: the question a person sees, built from the draft alone.

A question is recomputed from the step and the draft every time (after a restart, for a
reminder, after "aide"), so what is asked never depends on memory the bot may have lost.
"""

from __future__ import annotations

from typing import Any

from filing import record
from filing.record import plan
from storage.models import Dialogue
from workflows.context import Context
from workflows.draft import (
    HEALTH_CHOICES,
    PHOTOS_CHOICES,
    PICK_NONE,
    SUMMARY_CHOICES,
    TYPE_OTHER,
    UNREADABLE_CHOICES,
    YES_NO,
    Draft,
    class_label,
    doc_type,
    field_of,
)
from workflows.ports import Message


def type_options(ctx: Context, draft: Draft) -> list[str]:
    labels = []
    for suggestion in draft.suggestions:
        try:
            labels.append(ctx.settings.referentiel.type(suggestion.type_id).label)
        except KeyError:
            labels.append(suggestion.type_id)
    return [*labels, TYPE_OTHER]


def pick_options(ctx: Context, draft: Draft) -> list[tuple[str, str]]:
    """(label, class) of each entry found by "autre"."""
    options = []
    for type_id in draft.found:
        try:
            doc_type = ctx.settings.referentiel.type(type_id)
        except KeyError:
            continue
        row = ctx.settings.referentiel.row_of(doc_type)
        options.append((doc_type.label, class_label(ctx, row.class_code)))
    return options


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
            choices=type_options(ctx, draft),
        )
    if step == "describe":
        return Message("filing_describe", common)
    if step == "pick":
        options = pick_options(ctx, draft)
        labels = [f"{label} ({where})" for label, where in options]
        return Message("filing_pick", common, choices=[*labels, PICK_NONE])
    if step in ("value", "ask"):
        spec = field_of(ctx, draft, name)
        context = common | {
            "label": spec.label,
            "question": spec.question,
            "example": spec.example,
            "optional": spec.optional,
            "kind": spec.kind,
            "type_label": doc_type(ctx, draft).label,
        }
        if step == "value" and draft.pending is not None:
            return Message(
                "filing_confirm_value",
                context | {"display": draft.pending["display"], "reason": draft.pending["reason"]},
                choices=YES_NO,
            )
        return Message("filing_ask_value", context)
    if step == "health":
        return Message("filing_health", common, choices=HEALTH_CHOICES)
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
            "waiting_for": planned.retention["waiting_for"]
            if planned.retention["dua_years"]
            else None,
            "values": planned.values_display,
            "warnings": draft.warnings,
            **_sensitivity(ctx, draft),
        },
        choices=SUMMARY_CHOICES,
    )


def _sensitivity(ctx: Context, draft: Draft) -> dict[str, str | None]:
    """What the summary says of a sensitive document: why, and which service will own it."""
    found = record.sensitivity_of(ctx, doc_type(ctx, draft), draft.text, told_health=draft.health)
    if found is None:
        return {"sensitive": None, "owner": None}
    owner = ctx.settings.directory.owner_of(found.kind)
    return {"sensitive": found.why, "owner": owner.name if owner else None}
