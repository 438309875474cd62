"""Database tables. The schema itself is owned by Alembic (`storage/migrations`).

Times are stored in UTC; `UTCDateTime` gives them back timezone-aware on SQLite too, so code
never compares a naive datetime with an aware one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Text, TypeDecorator, text
from sqlalchemy.engine import Dialect
from sqlmodel import Field, SQLModel


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC and always read back as an aware datetime."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(dt.UTC)

    def process_result_value(
        self, value: dt.datetime | None, dialect: Dialect
    ) -> dt.datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=dt.UTC) if value.tzinfo is None else value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class InboundEvent(SQLModel, table=True):
    """Every event the bot received, stored before the sync token moves past it.

    `event_id` is unique: a replayed sync or a duplicated event inserts nothing. `status` goes
    new -> done in the same transaction as the event's effect (or -> failed with the error
    class, never the content). `waiting_keys` holds an encrypted event whose key has not
    arrived yet, with its raw source so it can be decrypted after a restart.
    """

    __tablename__ = "inbound_event"
    __table_args__ = (Index("ix_inbound_event_status_id", "status", "id"),)

    id: int | None = Field(default=None, primary_key=True)
    event_id: str = Field(unique=True, max_length=255)
    room_id: str = Field(max_length=255)
    sender: str = Field(max_length=255)
    conversation_key: str = Field(max_length=600)
    kind: str = Field(max_length=32)
    payload: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    status: str = Field(default="new", max_length=16)
    received_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    handled_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    attempts: int = 0
    error: str | None = Field(default=None, max_length=255)


class BotState(SQLModel, table=True):
    """Small named values the bot keeps between runs (the sync token first of all)."""

    __tablename__ = "bot_state"

    key: str = Field(primary_key=True, max_length=64)
    value: str = Field(sa_column=Column(Text, nullable=False))
    updated_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class OutboxItem(SQLModel, table=True):
    """Something the bot must do on the homeserver, written with the change that caused it.

    `action` is send, react, join or leave. `topic` names what a message is about
    ("circuit-task:12") so a reaction or a reply to it finds its subject again. A message to a
    person (`target_user`) goes to their one-to-one room, which the sender opens on first use.
    The row id is the Matrix transaction id, so a resend after a crash is deduplicated by the
    homeserver.
    """

    __tablename__ = "outbox"
    __table_args__ = (
        Index("ix_outbox_status_id", "status", "id"),
        # « 2 » in a private conversation answers the retention digest sent to that person.
        Index("ix_outbox_target_topic", "target_user", "topic"),
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    action: str = Field(max_length=16)
    room_id: str | None = Field(default=None, max_length=255)
    target_user: str | None = Field(default=None, max_length=255)
    event_type: str | None = Field(default=None, max_length=64)
    content: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    cause_event_id: str | None = Field(default=None, max_length=255)
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_error: str | None = Field(default=None, max_length=500)
    sent_event_id: str | None = Field(default=None, max_length=255, index=True)
    topic: str | None = Field(default=None, max_length=128)
    sent_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class DirectRoom(SQLModel, table=True):
    """The one-to-one room the bot uses with each person."""

    __tablename__ = "direct_room"

    user_id: str = Field(primary_key=True, max_length=255)
    room_id: str = Field(max_length=255, index=True)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class PersonIdentity(SQLModel, table=True):
    """A person's cryptographic identity (their Matrix master key), pinned at first sight.

    When the server shows another key, `changed_from` keeps the pinned one until the person
    confirms the change from a device signed by the new identity: meanwhile their visas and
    signatures are refused, so a stolen password that reset the identity cannot sign.
    `told_devices` lists the devices already told that they are not verified (told once).
    """

    __tablename__ = "person_identity"

    user_id: str = Field(primary_key=True, max_length=255)
    master_key: str | None = Field(default=None, max_length=64)
    pinned_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    changed_from: str | None = Field(default=None, max_length=64)
    changed_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    told_devices: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))


class AuditEntry(SQLModel, table=True):
    """Who did what, when, because of which event. Appended to, never updated.

    Entries form a hash chain (`storage.audit_chain`): each carries its place `seq`, the hash
    of the one before and its own hash over all its fields, with the SHA-256 of the document
    it concerns. Editing, deleting or inserting a row breaks the chain where it happened.
    """

    __tablename__ = "audit"
    __table_args__ = (Index("ix_audit_seq", "seq", unique=True),)

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    actor: str = Field(max_length=255)
    action: str = Field(max_length=64)
    subject: str | None = Field(default=None, max_length=255, index=True)
    event_id: str | None = Field(default=None, max_length=255)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    seq: int | None = None
    document_sha256: str | None = Field(default=None, max_length=64)
    prev_hash: str = Field(default="", max_length=64)
    hash: str = Field(default="", max_length=64)


class AuditHead(SQLModel, table=True):
    """The end of the audit chain: its last place and hash. One row, locked by every append
    so two transactions never chain onto the same entry (and a deleted last entry shows)."""

    __tablename__ = "audit_head"

    id: int = Field(default=1, primary_key=True)
    seq: int = 0
    hash: str = Field(default="", max_length=64)


class Dialogue(SQLModel, table=True):
    """An open conversation with one person about one thing (a document being filed...).

    `key` (room, person, thread) is unique: one open dialogue per person per room or thread,
    so two agents filing in one room never share one. The row is written in the transaction of
    the event that moved it, and deleted when the dialogue ends (the audit keeps the story).
    `version` guards against the scheduler (reminders, expiry) and a worker changing the same
    row at once.
    """

    __tablename__ = "dialogue"

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(unique=True, max_length=600)
    kind: str = Field(max_length=32)
    room_id: str = Field(max_length=255)
    user_id: str = Field(max_length=255)
    thread_root: str | None = Field(default=None, max_length=255)
    step: str = Field(max_length=64)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    version: int = 1
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    remind_at: dt.datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), index=True)
    )
    expires_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))


class Document(SQLModel, table=True):
    """A filed document: its file (by SHA-256 in the blob store), what it is, how long it lives.

    `source_sha256` is the hash of the bytes the agent sent (for photos, of their hashes in
    order); it is unique, so the same file can never be filed twice, whatever the races.
    The name and the retention are computed once at filing and stored, never recomputed
    silently: a retention changes when an agent tells the event it waited for, or when the
    tableau's rules change (and then the référent is told).
    """

    __tablename__ = "document"
    __table_args__ = (
        # Searches filter by type and date ("arrêtés de 2023", "factures de mars 2024") and
        # list the most recent first; the date alone serves « mars 2024 » without a type.
        Index("ix_document_type_date", "type_id", "document_date"),
        Index("ix_document_date", "document_date"),
        # The daily retention scan: what is still here, not frozen, and due by a date. Partial
        # (only the documents kept), with the columns the scan sums riding along, so it reads
        # this index alone.
        Index(
            "ix_document_due",
            # Grouped as the scan groups: it reads the index in order and sums as it goes,
            # with no sort (three times faster than dua_end first when half the archive is due).
            "service_id",
            "sort",
            "row_id",
            "dua_end",
            "size",
            "document_date",
            # Constant within the index, but SQLite reads the table for any column the query
            # names that the index lacks.
            "disposal",
            "hold",
            sqlite_where=text("disposal = '' AND hold = 0"),
            postgresql_where=text("disposal = '' AND hold = false"),
        ),
        # The documents whose retention waits for an event, by service (the monthly question
        # « est-ce clos ? »): few, so a partial index.
        Index(
            "ix_document_awaiting",
            "service_id",
            "awaiting_event",
            sqlite_where=text("awaiting_event IS NOT NULL"),
            postgresql_where=text("awaiting_event IS NOT NULL"),
        ),
    )

    id: int | None = Field(default=None, primary_key=True)
    ref: str = Field(unique=True, max_length=32)
    name: str = Field(unique=True, max_length=255)
    title: str = Field(max_length=300)
    type_id: str = Field(max_length=100, index=True)
    type_label: str = Field(max_length=200)
    class_code: str = Field(max_length=32, index=True)
    row_id: str = Field(max_length=100)
    fields: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    document_date: dt.date
    sort: str = Field(max_length=1)
    dua_years: int | None = None
    dua_start: dt.date
    """The day the DUA counts from; while `awaiting_event` is set, the document's own date
    (nothing counts from it then: `dua_end` stays empty, so the document is never due)."""
    dua_end: dt.date | None = Field(default=None, index=True)
    awaiting_event: str | None = Field(default=None, max_length=32)
    """The start event (`referentiel.model.StartEvent`) the retention waits for, until an
    agent tells its date."""
    sensitive: str | None = Field(default=None, max_length=32)
    """The kind of personal data it holds (« personnel », « sante »…): seen only by its
    service, the roles allowed sensitive documents, its filer and its circuits' actors."""
    dossier: str | None = Field(default=None, max_length=200, index=True)
    """The dossier the document belongs to, folded (« 2025 0012 » for marché 2025-0012):
    closing it starts the retention of its documents that wait."""
    a_valider: bool = False
    sha256: str = Field(max_length=64, index=True)
    source_sha256: str = Field(unique=True, max_length=64)
    size: int
    pages: int
    mimetype: str = Field(max_length=100)
    original_name: str = Field(max_length=255)
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    ocr: bool = False
    warnings: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    service_id: str | None = Field(default=None, max_length=64, index=True)
    room_id: str = Field(max_length=255)
    filed_by: str = Field(max_length=255, index=True)
    filed_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    event_id: str | None = Field(default=None, max_length=255)
    disposal: str = Field(default="", max_length=16)
    """"" while the collectivité keeps it; "proposed" while a bordereau (elimination or
    transfer) carries it; "eliminated" or "transferred" once that is done."""
    hold: bool = False
    """Frozen by a legal hold (litige, contrôle): never proposed, never destroyed."""


class TypeTokenCount(SQLModel, table=True):
    """The type suggestion's memory: how many confirmed documents of a type hold a word."""

    __tablename__ = "type_token_count"

    type_id: str = Field(primary_key=True, max_length=100)
    token: str = Field(primary_key=True, max_length=64, index=True)
    count: int = 0


class Counter(SQLModel, table=True):
    """Named sequences (document references per year), incremented inside transactions."""

    __tablename__ = "counter"

    name: str = Field(primary_key=True, max_length=64)
    value: int = 0


class SearchTerm(SQLModel, table=True):
    """The search vocabulary: every indexed word and how many documents hold it.

    The spelling corrector is built from this table, and a word whose count falls to zero (its
    last document deleted) is removed, so it is never suggested again.
    """

    __tablename__ = "search_term"

    term: str = Field(primary_key=True, max_length=64)
    documents: int = 0


class SearchPosting(SQLModel, table=True):
    """Which document holds which word: the word index, the same on SQLite and PostgreSQL.

    A query corrects each typed word against the vocabulary, then asks for the documents that
    hold, for every word, one of its spellings (an exact AND over this table).
    """

    __tablename__ = "search_posting"
    __table_args__ = (Index("ix_search_posting_document", "document_id"),)

    term: str = Field(primary_key=True, max_length=64)
    document_id: int = Field(primary_key=True, foreign_key="document.id")


class RoomMember(SQLModel, table=True):
    """Who is in which room the bot is in, as the homeserver last told it.

    Access to documents follows it: the people of a service are the members of its rooms, and
    a search answered in a room shows only what every member may see. Rows are rewritten from
    each sync's room state (in the transaction that stores the sync's events), so someone who
    leaves a service's room loses access before their next message is handled.
    """

    __tablename__ = "room_member"

    room_id: str = Field(primary_key=True, max_length=255)
    user_id: str = Field(primary_key=True, max_length=255, index=True)
    membership: str = Field(max_length=16)  # join | invite


class Circuit(SQLModel, table=True):
    """A signature circuit on one filed document: its steps live in `circuit_task`.

    `current_sha256` is the PDF as it stands (the signature page added at the start, then one
    incremental update per signature), so each signature is laid on top of the previous ones.
    `token` names the circuit in the QR code of its stamps, without revealing the reference
    sequence. Parallel signers are serialised by locking the row (`Circuits.lock`): each lays
    its signature on the PDF the other left.
    """

    __tablename__ = "circuit"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    name: str = Field(max_length=200)
    model_id: str | None = Field(default=None, max_length=64)
    requester: str = Field(max_length=255, index=True)
    room_id: str = Field(max_length=255)
    status: str = Field(default="running", max_length=16, index=True)
    token: str = Field(unique=True, max_length=64)
    original_sha256: str = Field(max_length=64)
    current_sha256: str = Field(max_length=64, index=True)
    evidence_pdf_sha256: str | None = Field(default=None, max_length=64)
    evidence_json_sha256: str | None = Field(default=None, max_length=64)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    finished_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    cancel_reason: str | None = Field(default=None, max_length=500)


class CircuitTask(SQLModel, table=True):
    """One actor's part in one step of a circuit: a visa or a signature to give.

    Actors of the same `step` act in parallel (all must act); steps follow each other. A task
    is `waiting` until its step opens, then `open` (the actor was told), then `approved` or
    `rejected`; `cancelled` when the circuit stops before it. The row is the evidence: who
    acted (the delegate, when by delegation), through which channel and event, the PDF's
    SHA-256 before and after. Reminder state is here too, so a restart neither loses a
    reminder nor sends one twice.
    """

    __tablename__ = "circuit_task"
    __table_args__ = (Index("ix_circuit_task_actor_status", "actor", "status"),)

    id: int | None = Field(default=None, primary_key=True)
    circuit_id: int = Field(foreign_key="circuit.id", index=True)
    step: int
    kind: str = Field(max_length=16)  # visa | signature
    actor: str = Field(max_length=255)
    actor_name: str = Field(max_length=200)
    qualite: str = Field(max_length=200)
    field: str | None = Field(default=None, max_length=64)
    status: str = Field(default="waiting", max_length=16)
    opened_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    acted_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    acted_by: str | None = Field(default=None, max_length=255)
    acted_by_name: str | None = Field(default=None, max_length=200)
    acted_by_qualite: str | None = Field(default=None, max_length=200)
    delegation_id: int | None = None
    on_behalf: str | None = Field(default=None, max_length=300)
    channel: str | None = Field(default=None, max_length=16)  # reaction | message
    event_id: str | None = Field(default=None, max_length=255)
    # The Matrix device the decision came from, and whether its owner had cross-signed it
    # (None: an unencrypted room, where events carry no device).
    device_id: str | None = Field(default=None, max_length=255)
    device_verified: bool | None = None
    reason: str | None = Field(default=None, max_length=1000)
    sha256_before: str | None = Field(default=None, max_length=64)
    sha256_after: str | None = Field(default=None, max_length=64)
    awaiting_reason: bool = False
    next_reminder_at: dt.datetime | None = Field(
        default=None, sa_column=Column(UTCDateTime(), index=True)
    )
    reminders: int = 0
    escalated: bool = False


class Delegation(SQLModel, table=True):
    """« délégation à @x du 1er au 15 août »: `delegate` may act for `delegator` on those days
    (inclusive, Europe/Paris dates). From the configuration or a message; revoked, not deleted."""

    __tablename__ = "delegation"

    id: int | None = Field(default=None, primary_key=True)
    delegator: str = Field(max_length=255, index=True)
    delegate: str = Field(max_length=255, index=True)
    starts: dt.date
    ends: dt.date
    source: str = Field(max_length=16)  # config | message
    created_by: str = Field(max_length=255)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    event_id: str | None = Field(default=None, max_length=255)
    revoked_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class ReminderDigest(SQLModel, table=True):
    """When each person last received the daily digest of what waits for them: one a day."""

    __tablename__ = "reminder_digest"

    user_id: str = Field(primary_key=True, max_length=255)
    last_sent_on: dt.date


class RetentionAction(SQLModel, table=True):
    """What a référent decided for one document beyond its rule: an extension of its DUA or a
    legal hold (and its lifting). Kept for ever: `statut` shows it and it is the proof of why a
    document outlived its rule."""

    __tablename__ = "retention_action"

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    kind: str = Field(max_length=16)  # extension | hold
    reason: str = Field(max_length=1000)
    until: dt.date | None = None
    """An extension's new DUA end; a hold has none (it lasts until lifted)."""
    previous_dua_end: dt.date | None = None
    actor: str = Field(max_length=255)
    at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    ended_by: str | None = Field(default=None, max_length=255)
    ended_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class Slip(SQLModel, table=True):
    """A bordereau: of elimination (signed by the head of service and the maire, visa'd by the
    Archives départementales) or of transfer to the archives (a SEDA package). The slip's PDF
    is filed as a document of its own, kept for ever."""

    __tablename__ = "slip"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)  # elimination | transfer
    number: str = Field(unique=True, max_length=32)
    service_id: str | None = Field(default=None, max_length=64, index=True)
    requester: str = Field(max_length=255)
    room_id: str = Field(max_length=255)
    status: str = Field(max_length=16, index=True)
    """elimination: signing -> granted -> destroyed, or refused / cancelled;
    transfer: sent -> accepted, or refused / cancelled."""
    document_id: int | None = Field(default=None, foreign_key="document.id")
    circuit_id: int | None = Field(default=None, foreign_key="circuit.id", index=True)
    package_sha256: str | None = Field(default=None, max_length=64)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    decided_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    decided_by: str | None = Field(default=None, max_length=255)
    done_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    record_document_id: int | None = Field(default=None, foreign_key="document.id")
    """The procès-verbal of destruction, filed once the destruction is done."""


class SlipLine(SQLModel, table=True):
    """One line of a bordereau: one typologie (retention row) of one service."""

    __tablename__ = "slip_line"

    id: int | None = Field(default=None, primary_key=True)
    slip_id: int = Field(foreign_key="slip.id", index=True)
    number: int
    row_id: str = Field(max_length=100)
    typologie: str = Field(max_length=300)
    first: dt.date
    last: dt.date
    count: int
    size: int
    dua: str = Field(max_length=200)
    rule: str = Field(max_length=500)
    observations: str = Field(default="", max_length=1000)
    decision: str | None = Field(default=None, max_length=16)  # granted | refused
    decision_note: str | None = Field(default=None, max_length=1000)


class SlipItem(SQLModel, table=True):
    """A document on a bordereau line, and what became of it."""

    __tablename__ = "slip_item"

    slip_id: int = Field(foreign_key="slip.id", primary_key=True)
    document_id: int = Field(foreign_key="document.id", primary_key=True, index=True)
    line: int
    status: str = Field(default="pending", max_length=16)
    """pending | destroyed | transferred | kept (line refused) | withdrawn (held meanwhile)"""


class RetentionNotice(SQLModel, table=True):
    """When each service's référent last received the retention digest, and the month of the
    last storage report in it: one digest per period, one report per month. `service_id` is
    "" for documents filed outside any service (the admins hear of those)."""

    __tablename__ = "retention_notice"

    service_id: str = Field(primary_key=True, max_length=64)
    last_digest_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    last_report_month: str | None = Field(default=None, max_length=7)
    last_waiting_month: str | None = Field(default=None, max_length=7)
    """The month the référent was last asked about documents waiting long for their event."""
    choices: list[dict[str, str]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    """The numbered actions of the last digest, so « 2 » means what the référent read even if
    a colleague acted meanwhile."""
