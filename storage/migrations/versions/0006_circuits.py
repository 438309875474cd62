"""circuits

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-22 08:32:31.927001
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delegation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("delegator", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("delegate", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("starts", sa.Date(), nullable=False),
        sa.Column("ends", sa.Date(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("created_by", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("event_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("revoked_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_delegation_delegate"), ["delegate"], unique=False)
        batch_op.create_index(batch_op.f("ix_delegation_delegator"), ["delegator"], unique=False)

    op.create_table(
        "reminder_digest",
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("last_sent_on", sa.Date(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    op.create_table(
        "circuit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("model_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("requester", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("room_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("token", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("original_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("current_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column(
            "evidence_pdf_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True
        ),
        sa.Column(
            "evidence_json_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True
        ),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("finished_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("cancel_reason", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("token"),
    )
    with op.batch_alter_table("circuit", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_circuit_current_sha256"), ["current_sha256"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_circuit_document_id"), ["document_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_circuit_requester"), ["requester"], unique=False)
        batch_op.create_index(batch_op.f("ix_circuit_status"), ["status"], unique=False)

    op.create_table(
        "circuit_task",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("circuit_id", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("actor_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("qualite", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("field", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("opened_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("acted_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("acted_by", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("acted_by_name", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("acted_by_qualite", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True),
        sa.Column("delegation_id", sa.Integer(), nullable=True),
        sa.Column("on_behalf", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=True),
        sa.Column("channel", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("event_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.Column("sha256_before", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("sha256_after", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("awaiting_reason", sa.Boolean(), nullable=False),
        sa.Column("next_reminder_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("reminders", sa.Integer(), nullable=False),
        sa.Column("escalated", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["circuit_id"],
            ["circuit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("circuit_task", schema=None) as batch_op:
        batch_op.create_index("ix_circuit_task_actor_status", ["actor", "status"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_circuit_task_circuit_id"), ["circuit_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_circuit_task_next_reminder_at"), ["next_reminder_at"], unique=False
        )

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("topic", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_column("topic")

    with op.batch_alter_table("circuit_task", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circuit_task_next_reminder_at"))
        batch_op.drop_index(batch_op.f("ix_circuit_task_circuit_id"))
        batch_op.drop_index("ix_circuit_task_actor_status")

    op.drop_table("circuit_task")
    with op.batch_alter_table("circuit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_circuit_status"))
        batch_op.drop_index(batch_op.f("ix_circuit_requester"))
        batch_op.drop_index(batch_op.f("ix_circuit_document_id"))
        batch_op.drop_index(batch_op.f("ix_circuit_current_sha256"))

    op.drop_table("circuit")
    op.drop_table("reminder_digest")
    with op.batch_alter_table("delegation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_delegation_delegator"))
        batch_op.drop_index(batch_op.f("ix_delegation_delegate"))

    op.drop_table("delegation")
