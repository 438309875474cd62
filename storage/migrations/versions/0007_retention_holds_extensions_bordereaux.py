"""retention: holds, extensions, bordereaux

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-22 11:40:35.460271
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "retention_notice",
        sa.Column("service_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("last_digest_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("last_report_month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=True),
        sa.Column("choices", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("service_id"),
    )
    op.create_table(
        "retention_action",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("until", sa.Date(), nullable=True),
        sa.Column("previous_dua_end", sa.Date(), nullable=True),
        sa.Column("actor", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("ended_by", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("ended_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("retention_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_retention_action_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "slip",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("number", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("service_id", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("requester", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("room_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("circuit_id", sa.Integer(), nullable=True),
        sa.Column("package_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("created_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("decided_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True),
        sa.Column("done_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("record_document_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["circuit_id"],
            ["circuit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.ForeignKeyConstraint(
            ["record_document_id"],
            ["document.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("number"),
    )
    with op.batch_alter_table("slip", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slip_circuit_id"), ["circuit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_slip_service_id"), ["service_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_slip_status"), ["status"], unique=False)

    op.create_table(
        "slip_item",
        sa.Column("slip_id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("line", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
        ),
        sa.ForeignKeyConstraint(
            ["slip_id"],
            ["slip.id"],
        ),
        sa.PrimaryKeyConstraint("slip_id", "document_id"),
    )
    with op.batch_alter_table("slip_item", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_slip_item_document_id"), ["document_id"], unique=False
        )

    op.create_table(
        "slip_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("slip_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("row_id", sqlmodel.sql.sqltypes.AutoString(length=100), nullable=False),
        sa.Column("typologie", sqlmodel.sql.sqltypes.AutoString(length=300), nullable=False),
        sa.Column("first", sa.Date(), nullable=False),
        sa.Column("last", sa.Date(), nullable=False),
        sa.Column("count", sa.Integer(), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("dua", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=False),
        sa.Column("rule", sqlmodel.sql.sqltypes.AutoString(length=500), nullable=False),
        sa.Column("observations", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=False),
        sa.Column("decision", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=True),
        sa.Column("decision_note", sqlmodel.sql.sqltypes.AutoString(length=1000), nullable=True),
        sa.ForeignKeyConstraint(
            ["slip_id"],
            ["slip.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("slip_line", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slip_line_slip_id"), ["slip_id"], unique=False)

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.create_index("ix_outbox_target_topic", ["target_user", "topic"], unique=False)

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "disposal",
                sqlmodel.sql.sqltypes.AutoString(length=16),
                nullable=False,
                server_default="",
            )
        )
        batch_op.add_column(
            sa.Column("hold", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.create_index(
            "ix_document_due",
            [
                "service_id",
                "sort",
                "row_id",
                "dua_end",
                "size",
                "document_date",
                "disposal",
                "hold",
            ],
            unique=False,
            sqlite_where=sa.text("disposal = '' AND hold = 0"),
            postgresql_where=sa.text("disposal = '' AND hold = false"),
        )


def downgrade() -> None:
    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_target_topic")

    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_due")
        batch_op.drop_column("hold")
        batch_op.drop_column("disposal")

    with op.batch_alter_table("slip_line", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slip_line_slip_id"))

    op.drop_table("slip_line")
    with op.batch_alter_table("slip_item", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slip_item_document_id"))

    op.drop_table("slip_item")
    with op.batch_alter_table("slip", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slip_status"))
        batch_op.drop_index(batch_op.f("ix_slip_service_id"))
        batch_op.drop_index(batch_op.f("ix_slip_circuit_id"))

    op.drop_table("slip")
    with op.batch_alter_table("retention_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_retention_action_document_id"))

    op.drop_table("retention_action")
    op.drop_table("retention_notice")
