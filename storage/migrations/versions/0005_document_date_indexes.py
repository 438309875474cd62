"""document date indexes: searches filtered by type and date, most recent first

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-22 06:59:53.512846
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.create_index("ix_document_date", ["document_date"], unique=False)
        batch_op.create_index("ix_document_type_date", ["type_id", "document_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_index("ix_document_type_date")
        batch_op.drop_index("ix_document_date")
