"""Database tables. The schema itself is owned by Alembic (`storage/migrations`).

Times are stored in UTC; `UTCDateTime` gives them back timezone-aware on SQLite too, so code
never compares a naive datetime with an aware one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, Text, TypeDecorator
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

    `action` is send, react, join or leave. A message to a person (`target_user`) goes to
    their one-to-one room, which the sender opens on first use. The row id is the Matrix
    transaction id, so a resend after a crash is deduplicated by the homeserver.
    """

    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_status_id", "status", "id"),)

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
    sent_at: dt.datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class DirectRoom(SQLModel, table=True):
    """The one-to-one room the bot uses with each person."""

    __tablename__ = "direct_room"

    user_id: str = Field(primary_key=True, max_length=255)
    room_id: str = Field(max_length=255, index=True)
    created_at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class AuditEntry(SQLModel, table=True):
    """Who did what, when, because of which event. Appended to, never updated."""

    __tablename__ = "audit"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(sa_column=Column(UTCDateTime(), nullable=False, index=True))
    actor: str = Field(max_length=255)
    action: str = Field(max_length=64)
    subject: str | None = Field(default=None, max_length=255)
    event_id: str | None = Field(default=None, max_length=255)
    details: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
