"""The « bordereau de signature »: what proves, later, how a document was visé and signed.

A signed PDF proves who signed it, but not who was asked, who visé it before, who refused and
why, nor that the delegate who signed held a delegation that day. At the end of a circuit the
bot writes that down twice, from one `EvidenceRecord`:

- a JSON file, for machines and for the archives: every fact, times in UTC, the format named
  and versioned ("greffier.bordereau-signature/1") so a reader in ten years knows what it holds,
  and read back by `evidence_from_json` without loss;
- a PDF, for people: the same facts in French, times in Paris, the document's SHA-256 before
  and after, so anyone can check that the file kept is the one that went round.

Both are stored with the document, by their own hash, like every other file. The PDF is
drawn by `circuits.evidence_pdf` (reportlab, loaded when a circuit first ends); this module is
the record and its JSON, which circuits import at start.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

FORMAT = "greffier.bordereau-signature/1"
"""Written into every JSON file. A change of meaning takes a new number; readers refuse the
numbers they do not know rather than misread them."""


@dataclass(frozen=True)
class EvidenceStep:
    """One person's part in one step: parallel actors of a step share its number.

    `actor_*` is who the circuit designated; `acted_by_*` who actually acted, the delegate
    when someone acted by delegation (then `delegation` holds the wording that was stamped).
    """

    step: int  # 1-based
    kind: str  # "visa" | "signature"
    actor_id: str
    actor_name: str
    qualite: str
    acted_by_id: str | None  # None when nobody acted
    acted_by_name: str | None
    delegation: str | None  # "pour le Maire, par délégation (du 1er au 15 août 2026)"
    action: str  # "visa" | "signature" | "rejet" | "en attente" | "annulé"
    reason: str | None  # why it was rejected
    at: dt.datetime | None  # aware
    channel: str | None  # "réaction" | "message"
    event_id: str | None  # the Matrix event of the reaction or message
    sha256_before: str | None
    sha256_after: str | None
    # The Matrix session the decision came from, and whether its owner had cross-signed it.
    # A reaction in clear names no session: device_id None, device_verified True when every
    # session of the person was; None for both in an unencrypted room.
    device_id: str | None = None
    device_verified: bool | None = None

    def __post_init__(self) -> None:
        _require_aware("at", self.at)


@dataclass(frozen=True)
class AuditRef:
    """An entry of the audit chain the circuit wrote: its place, what it says, its hash. The
    bordereau, kept outside the database, pins those entries: `greffier audit verify` shows
    the chain still holds, and these hashes show it is the same chain."""

    seq: int
    action: str
    hash: str


@dataclass(frozen=True)
class EvidenceRecord:
    """Everything the bordereau says about one circuit, from its request to its end."""

    organisation: str
    circuit_id: int
    circuit_name: str
    document_ref: str
    document_name: str
    document_title: str
    requester_id: str
    requester_name: str
    started_at: dt.datetime  # aware
    finished_at: dt.datetime  # aware
    outcome: str  # "signé" | "rejeté" | "annulé"
    original_sha256: str
    final_sha256: str | None  # None when no signature was made
    verify_url: str | None
    steps: tuple[EvidenceStep, ...]
    audit: tuple[AuditRef, ...] = ()

    def __post_init__(self) -> None:
        _require_aware("started_at", self.started_at)
        _require_aware("finished_at", self.finished_at)


class EvidenceError(ValueError):
    """A bordereau's JSON that cannot be read back: not JSON, another format, a field missing
    or of the wrong kind. A ValueError, so callers that check input catch it with the rest."""


def _require_aware(name: str, moment: dt.datetime | None) -> None:
    """A time without its offset means a different instant in every reader's head: in a proof,
    that is refused when written, not discovered when read."""
    if moment is not None and (moment.tzinfo is None or moment.utcoffset() is None):
        raise ValueError(f"Bordereau : l'heure « {name} » doit porter son fuseau horaire.")


# --- JSON ------------------------------------------------------------------------------------


def _json_value(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat()
    raise TypeError(f"{type(value).__name__} n'a pas de forme JSON")


def evidence_json(record: EvidenceRecord) -> bytes:
    """The record as UTF-8 JSON: sorted keys and indented, so two bordereaux compare line by
    line; times in UTC with their offset written."""
    data: dict[str, object] = dataclasses.asdict(record)
    data["format"] = FORMAT
    text = json.dumps(data, default=_json_value, sort_keys=True, indent=2, ensure_ascii=False)
    return (text + "\n").encode()


class _Fields:
    """Typed reads from one JSON object, naming the faulty field: a bordereau read back is
    checked, not trusted, since it may have been edited since it was written."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, Mapping):
            raise EvidenceError(f"Bordereau illisible : {where} n'est pas un objet JSON.")
        self.data: Mapping[str, Any] = data
        self.where = where

    def _bad(self, key: str, wanted: str) -> EvidenceError:
        return EvidenceError(f"Bordereau illisible : « {key} » ({self.where}) doit être {wanted}.")

    def text(self, key: str) -> str:
        value = self.data.get(key)
        if not isinstance(value, str):
            raise self._bad(key, "un texte")
        return value

    def optional_text(self, key: str) -> str | None:
        return None if self.data.get(key) is None else self.text(key)

    def number(self, key: str) -> int:
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._bad(key, "un nombre entier")
        return value

    def moment(self, key: str) -> dt.datetime:
        try:
            value = dt.datetime.fromisoformat(self.text(key))
        except ValueError as error:
            raise self._bad(key, "une date ISO 8601") from error
        if value.tzinfo is None:
            raise self._bad(key, "une date avec son fuseau horaire")
        return value

    def optional_flag(self, key: str) -> bool | None:
        value = self.data.get(key)
        if value is not None and not isinstance(value, bool):
            raise self._bad(key, "vrai, faux ou null")
        return value

    def optional_moment(self, key: str) -> dt.datetime | None:
        return None if self.data.get(key) is None else self.moment(key)

    def objects(self, key: str) -> list[object]:
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self._bad(key, "une liste")
        return value


def _step_from(data: object, position: int) -> EvidenceStep:
    read = _Fields(data, f"étape n° {position + 1} de la liste")
    return EvidenceStep(
        step=read.number("step"),
        kind=read.text("kind"),
        actor_id=read.text("actor_id"),
        actor_name=read.text("actor_name"),
        qualite=read.text("qualite"),
        acted_by_id=read.optional_text("acted_by_id"),
        acted_by_name=read.optional_text("acted_by_name"),
        delegation=read.optional_text("delegation"),
        action=read.text("action"),
        reason=read.optional_text("reason"),
        at=read.optional_moment("at"),
        channel=read.optional_text("channel"),
        event_id=read.optional_text("event_id"),
        sha256_before=read.optional_text("sha256_before"),
        sha256_after=read.optional_text("sha256_after"),
        device_id=read.optional_text("device_id"),
        device_verified=read.optional_flag("device_verified"),
    )


def evidence_from_json(data: bytes) -> EvidenceRecord:
    """The record `evidence_json` wrote; EvidenceError when the bytes are not such a record."""
    try:
        parsed = json.loads(data.decode())
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise EvidenceError("Bordereau illisible : ce n'est pas du JSON en UTF-8.") from error
    read = _Fields(parsed, "le bordereau")
    if read.data.get("format") != FORMAT:
        raise EvidenceError(f"Bordereau illisible : format « {read.data.get('format')} » inconnu.")
    return EvidenceRecord(
        organisation=read.text("organisation"),
        circuit_id=read.number("circuit_id"),
        circuit_name=read.text("circuit_name"),
        document_ref=read.text("document_ref"),
        document_name=read.text("document_name"),
        document_title=read.text("document_title"),
        requester_id=read.text("requester_id"),
        requester_name=read.text("requester_name"),
        started_at=read.moment("started_at"),
        finished_at=read.moment("finished_at"),
        outcome=read.text("outcome"),
        original_sha256=read.text("original_sha256"),
        final_sha256=read.optional_text("final_sha256"),
        verify_url=read.optional_text("verify_url"),
        steps=tuple(_step_from(step, i) for i, step in enumerate(read.objects("steps"))),
        audit=tuple(
            _audit_from(entry, i)
            for i, entry in enumerate(read.objects("audit") if "audit" in read.data else [])
        ),
    )


def _audit_from(data: object, position: int) -> AuditRef:
    read = _Fields(data, f"entrée d'audit n° {position + 1} de la liste")
    return AuditRef(seq=read.number("seq"), action=read.text("action"), hash=read.text("hash"))


# --- what a PDF's signatures say ------------------------------------------------------------


@dataclass(frozen=True)
class SignatureReport:
    field: str
    signer_name: str  # from the certificate: "Marie Durand"
    qualite: str | None  # from the certificate's title attribute
    reason: str | None  # from the signature dictionary (carries the delegation wording)
    signed_at: dt.datetime | None  # the timestamp's time if any, else the signer's claim
    timestamped: bool  # carries a timestamp token that checks out
    intact: bool  # the signed bytes are unchanged
    trusted: bool  # the chain leads to one of the trust roots
    valid: bool  # pyHanko's bottom line
    covers_up_to_date: bool  # nothing but allowed updates (later signatures) after it
    problem: str | None  # plain French when not valid


@dataclass(frozen=True)
class Verification:
    readable: bool  # False: not a PDF, damaged, or encrypted
    signatures: tuple[SignatureReport, ...]
    intact: bool  # readable, signed, every signature valid, nothing forbidden after the last
    summary: str  # one plain-French sentence
    sha256: str
