"""The filing draft: what a dialogue knows about the document so far, and how to find it.

`Draft` is JSON in the dialogue row, validated when read back; the helpers here resolve what it
points at (its document type, a field, a class of the plan) in the referential.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from referentiel.model import DocType, FieldSpec
from workflows import answers
from workflows.context import Context
from workflows.ports import Incoming

TYPE_OTHER = "autre : chercher dans le plan de classement"
SUMMARY_CHOICES = ("enregistrer", "corriger (revenir à la question précédente)", "annuler")
UNREADABLE_CHOICES = ("classer quand même", "annuler (je renverrai une photo plus nette)")
PHOTOS_CHOICES = ("c'est tout, j'ai envoyé toutes les pages",)
PICK_NONE = "aucun de ceux-là : décrire autrement"
YES_NO = ("oui", "non")
HEALTH_CHOICES = ("oui, il parle de la santé d'une personne", "non")


class StagedFile(BaseModel):
    """A file in the blob store that belongs to a draft, not yet to a document."""

    model_config = ConfigDict(frozen=True)

    sha256: str
    size: int
    name: str
    mimetype: str


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
    health: bool | None = None  # the agent's answer: does it tell someone's health?

    def hold(self, staged: StagedFile) -> None:
        if staged.sha256 not in self.blobs:
            self.blobs.append(staged.sha256)


def answer_text(incoming: Incoming) -> str | None:
    """The words of an answer: a message's text, or the number a reaction stands for."""
    if incoming.kind == "text":
        return incoming.text
    if incoming.kind == "reaction" and incoming.reaction:
        picked = answers.reaction_choice(incoming.reaction)
        return str(picked) if picked is not None else None
    return None


def finishes_photos(text: str) -> bool:
    return answers.control(text) == "finish" or answers.choice(text, PHOTOS_CHOICES) == 1


def confirms_summary(text: str) -> bool:
    return answers.yes_no(text) is True or answers.choice(text, SUMMARY_CHOICES) == 1


def class_label(ctx: Context, code: str) -> str:
    try:
        return ctx.settings.referentiel.class_label(code)
    except KeyError:
        return code


def type_known(ctx: Context, type_id: str) -> bool:
    """Is this type still in the referential? (A collectivité's file may have dropped it.)"""
    try:
        ctx.settings.referentiel.type(type_id)
    except KeyError:
        return False
    return True


def doc_type(ctx: Context, draft: Draft) -> DocType:
    assert draft.type_id is not None
    return ctx.settings.referentiel.type(draft.type_id)


def field_of(ctx: Context, draft: Draft, name: str) -> FieldSpec:
    for spec in doc_type(ctx, draft).fields:
        if spec.name == name:
            return spec
    raise KeyError(name)
