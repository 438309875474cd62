"""The people who sign, the circuit models, and the port to the signing machinery.

A signature must show the signer's first name, last name and qualité (CRPA L.212-3), so the
people who may be asked for a visa or a signature are declared in the configuration with those
facts; the chat never guesses a qualité. Circuit models ("Arrêté du maire": visa DGS, then
signature of the maire) are declared there too.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

if TYPE_CHECKING:
    from storage.evidence import EvidenceRecord, Verification

StepKind = Literal["visa", "signature"]


@dataclass(frozen=True)
class Person:
    user_id: str
    first_name: str
    last_name: str
    qualite: str

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def described(self) -> str:
        """ "Jean Martin, Maire": how the bot names a person before a document goes to them."""
        return f"{self.full_name}, {self.qualite}" if self.qualite else self.full_name


@dataclass(frozen=True)
class StepSpec:
    """One step: a visa or a signature, by one or several people acting in parallel."""

    kind: StepKind
    actors: tuple[str, ...]


@dataclass(frozen=True)
class CircuitModel:
    id: str
    name: str
    steps: tuple[StepSpec, ...]
    types: tuple[str, ...] = ()
    """Document types this model is proposed first for (empty: any type)."""


@dataclass(frozen=True)
class DelegationSpec:
    delegator: str
    delegate: str
    starts: dt.date
    ends: dt.date


@dataclass(frozen=True)
class CircuitSettings:
    people: tuple[Person, ...] = ()
    models: tuple[CircuitModel, ...] = ()
    delegations: tuple[DelegationSpec, ...] = ()
    admins: tuple[str, ...] = ()
    """People who may set delegations for others and cancel any circuit."""
    organisation: str = "Collectivité"
    public_url: str = "http://127.0.0.1:8080"
    reminder_working_days: int = 2
    reminder_after: dt.timedelta | None = None
    """A plain delay instead of working days (demo and tests); None: working days."""
    digest_hour: int | None = 9
    """Local hour (Europe/Paris) of the daily digest; None sends it as soon as something is
    due (still at most one a day)."""
    escalate_after: int = 3
    visible_stamp: bool = True
    timestamp_url: str | None = None
    people_by_id: dict[str, Person] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        self.people_by_id.update({p.user_id: p for p in self.people})

    def person(self, user_id: str) -> Person | None:
        return self.people_by_id.get(user_id)

    def verify_url(self, token: str) -> str:
        return f"{self.public_url.rstrip('/')}/verifier/{token}"


class Signatures(Protocol):
    """The signing machinery as workflows see it: files by SHA-256 in the blob store.

    Each call writes its output file before returning (files are written before the commit
    that records them, as everywhere), and runs its CPU work off the event loop."""

    async def prepare(
        self, sha256: str, *, title: str, reference: str, slots: Sequence[tuple[str, str]]
    ) -> str:
        """Add the signature page with one empty field per slot; returns the new file."""
        ...

    async def sign(
        self,
        sha256: str,
        signer: Person,
        *,
        field: str,
        on_behalf: str | None,
        signed_at: dt.datetime,
        verify_url: str,
        reason: str,
    ) -> str:
        """Fill `field` with the signer's PAdES signature; returns the new file."""
        ...

    async def evidence(self, record: EvidenceRecord) -> tuple[str, str]:
        """Store the bordereau de signature (PDF) and its JSON twin; returns both files."""
        ...

    async def verify(self, pdf: bytes) -> Verification:
        """Validate a PDF's signatures against the collectivité's authority."""
        ...

    async def read(self, sha256: str) -> bytes:
        """A stored file's bytes."""
        ...

    async def keep(self, data: bytes) -> str:
        """Store a file the bot drew (a bordereau, a procès-verbal); returns its SHA-256."""
        ...
