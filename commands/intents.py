"""What a message means: the router's only output. Small frozen values, one per meaning."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Help:
    topic: str | None = None


@dataclass(frozen=True)
class Cancel:
    pass


@dataclass(frozen=True)
class Hello:
    pass


@dataclass(frozen=True)
class OpenDirect:
    """The person wants a private conversation with the bot."""


@dataclass(frozen=True)
class Invited:
    """Someone invited the bot into a room."""

    inviter: str


@dataclass(frozen=True)
class Undecryptable:
    pass


@dataclass(frozen=True)
class Unknown:
    """Addressed to the bot but not understood; `suggestion` is the closest command, if any."""

    text: str
    suggestion: str | None = None


@dataclass(frozen=True)
class Answer:
    """A message, file or reaction that answers the person's open dialogue.

    `text` is the message without the bot's name in front ("Greffier: oui" -> "oui")."""

    text: str | None = None


@dataclass(frozen=True)
class Search:
    """« cherche permis dupond 2025 »: `text` is what follows the command word."""

    text: str


@dataclass(frozen=True)
class Status:
    """« statut 2025-0012 », « où en est le permis dupond »."""

    text: str


@dataclass(frozen=True)
class PickResult:
    """A number or « plus » answering the person's last list of results."""

    text: str


@dataclass(frozen=True)
class StartCircuit:
    """« circuit 2026-0012 »: define and start a signature circuit on a filed document."""

    text: str


@dataclass(frozen=True)
class CancelCircuit:
    """« annuler le circuit 2026-0012 »."""

    text: str


@dataclass(frozen=True)
class Decide:
    """A reaction or a message answering a visa or signature request."""


@dataclass(frozen=True)
class Redacted:
    """Someone took back one of their events (a reaction, most often)."""


@dataclass(frozen=True)
class Delegate:
    """« délégation à @x du 1er au 15 août », « délégations », « fin de délégation »."""

    text: str


@dataclass(frozen=True)
class Verify:
    """« vérifier »: the next PDF is checked, not filed."""


@dataclass(frozen=True)
class RetentionChoice:
    """A number answering a retention digest (`service_key` names the digest's service)."""

    service_key: str
    text: str


@dataclass(frozen=True)
class Retain:
    """« prolonger 2026-0012 jusqu'au … : raison », « geler … », « dégeler … », « éliminer »."""

    action: str  # extend | hold | lift | eliminate
    text: str


@dataclass(frozen=True)
class RecordEvent:
    """« dossier 2025-0012 soldé le 12/03/2027 »: the event a retention waits for."""

    text: str


@dataclass(frozen=True)
class StorageReport:
    """« stockage »: volumes, growth, what eliminating would free."""


@dataclass(frozen=True)
class AckTransfer:
    """The archivist answers a transfer request (reaction or reply)."""

    slip_id: int


@dataclass(frozen=True)
class FileDropped:
    """A file arrived with no dialogue open: filing starts."""


@dataclass(frozen=True)
class Ignore:
    """Not for the bot (a busy room's conversation, a reaction on nothing of ours...)."""

    reason: str


Intent = (
    Help
    | Cancel
    | Hello
    | OpenDirect
    | Invited
    | Undecryptable
    | Unknown
    | Answer
    | FileDropped
    | Search
    | Status
    | PickResult
    | StartCircuit
    | CancelCircuit
    | Decide
    | Redacted
    | Delegate
    | Verify
    | RetentionChoice
    | Retain
    | AckTransfer
    | StorageReport
    | RecordEvent
    | Ignore
)
