"""documents waiting for their retention's start event, their dossier, their sensitivity

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 18:40:00

A document whose tableau row counts from a later event (a marché's final payment, a file's
closing) records which event it waits for, and the dossier that event will close; each
service's notice remembers the month its référent was last asked about long waits. A
document holding personal data (a payslip, a health form) records its kind of sensitivity. The bot
recomputes existing documents' retention at its next start (`retention.rules`), because the
rules live in the collectivité's tableau, not in the schema.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("awaiting_event", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True)
        )
        batch_op.add_column(
            sa.Column("dossier", sqlmodel.sql.sqltypes.AutoString(length=200), nullable=True)
        )
        batch_op.add_column(
            sa.Column("sensitive", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=True)
        )
    with op.batch_alter_table("retention_notice", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "last_waiting_month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=True
            )
        )
    op.create_index("ix_document_dossier", "document", ["dossier"], unique=False)
    op.create_index(
        "ix_document_awaiting",
        "document",
        ["service_id", "awaiting_event"],
        unique=False,
        sqlite_where=sa.text("awaiting_event IS NOT NULL"),
        postgresql_where=sa.text("awaiting_event IS NOT NULL"),
    )


def downgrade() -> None:
    with op.batch_alter_table("retention_notice", schema=None) as batch_op:
        batch_op.drop_column("last_waiting_month")
    op.drop_index("ix_document_awaiting", table_name="document")
    op.drop_index("ix_document_dossier", table_name="document")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("sensitive")
        batch_op.drop_column("dossier")
        batch_op.drop_column("awaiting_event")
