"""Everything a workflow needs for one event, handed in by whoever owns the transaction."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal

from french.dates import PARIS
from referentiel.model import Referentiel, load_referentiel
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


@dataclass(frozen=True)
class RetentionSettings:
    """Who is told of due documents and who signs what; from the `retention` config section.

    `authority` is the maire or président who signs bordereaux d'élimination after the head
    of service; `archivist` the Archives départementales' account that gives the visa and
    acknowledges transfers. Without them no bordereau can be proposed (the bot says so)."""

    lead_time: dt.timedelta = dt.timedelta(days=60)
    digest_every: dt.timedelta = dt.timedelta(days=7)
    authority: str | None = None
    archivist: str | None = None
    archives_name: str = "Archives départementales"
    archives_id: str = "FRAD000"
    transferring_id: str = "COLLECTIVITE"
    agreement: str | None = None
    rule_style: Literal["duration", "code"] = "duration"


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
    retention: RetentionSettings = field(default_factory=RetentionSettings)
    exclude_insecure_devices: bool = False
    """Act only on sessions their owner verified, as Element and Tchap do (the configuration
    turns it on by default; off for rooms of old clients)."""


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

    words_removed: list[str] = field(default_factory=list)
    """Words of documents this event destroyed (one entry per document and word): uncounted
    from `vocabulary` after the commit, like `words_added`."""

    def today(self) -> dt.date:
        """Today in Paris: the day retention rules, digests and answers speak of."""
        return self.clock.now().astimezone(PARIS).date()

    def apply_words(self) -> None:
        """After the commit: the corrector learns the words of what was stored and forgets
        those of what was destroyed."""
        for word in self.words_added:
            self.vocabulary.add(word)
        for word in self.words_removed:
            self.vocabulary.remove(word)
        self.words_added.clear()
        self.words_removed.clear()
