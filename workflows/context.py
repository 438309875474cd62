"""Everything a workflow needs for one event, handed in by whoever owns the transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache

from storage.referentiel import Referentiel, load_referentiel
from storage.uow import UnitOfWork
from workflows.access import Directory, InvitePolicy
from workflows.circuit_settings import CircuitSettings, Signatures
from workflows.ports import Chat, Clock, SystemClock
from workflows.spelling import Vocabulary

MB = 1024 * 1024


@dataclass(frozen=True)
class FilingSettings:
    """How filing behaves; every value comes from the `filing` and `limits` config sections."""

    max_file_bytes: int = 50 * MB
    reminder_after: dt.timedelta = dt.timedelta(hours=4)
    expire_after: dt.timedelta = dt.timedelta(days=7)
    answer_window: dt.timedelta = dt.timedelta(minutes=30)
    ocr_language: str = "fra"


@lru_cache(maxsize=1)
def shipped_referentiel() -> Referentiel:
    return load_referentiel()


@dataclass(frozen=True)
class Settings:
    """The parts of the configuration that business rules read."""

    bot_user_id: str
    bot_name: str = "Greffier"
    invites: InvitePolicy = field(default_factory=InvitePolicy)
    directory: Directory = field(default_factory=Directory)
    filing: FilingSettings = field(default_factory=FilingSettings)
    referentiel: Referentiel = field(default_factory=shipped_referentiel)
    circuits: CircuitSettings = field(default_factory=CircuitSettings)


@dataclass
class Context:
    uow: UnitOfWork
    chat: Chat
    settings: Settings
    clock: Clock = field(default_factory=SystemClock)
    signatures: Signatures | None = None
    """The signing machinery; None where signatures are not set up (circuits then refuse)."""
    released: set[str] = field(default_factory=set)
    """Blobs this event let go of (a cancelled draft's file): deleted after the commit if
    nothing else holds them."""
    vocabulary: Vocabulary = field(default_factory=Vocabulary)
    """The search words, shared by every event; read here, changed only after a commit."""
    words_added: list[str] = field(default_factory=list)
    """Words indexed for documents this event stored (one entry per document and word):
    added to `vocabulary` once the transaction has committed, so a rolled-back filing never
    teaches the corrector a word no document holds."""

    def apply_words(self) -> None:
        """After the commit: the corrector learns the words of what was stored."""
        for word in self.words_added:
            self.vocabulary.add(word)
        self.words_added.clear()
