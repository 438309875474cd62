"""room members: who is in which room, for access to documents

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 05:53:58.355597
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "room_member",
        sa.Column("room_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("membership", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.PrimaryKeyConstraint("room_id", "user_id"),
    )
    with op.batch_alter_table("room_member", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_room_member_user_id"), ["user_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("room_member", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_room_member_user_id"))

    op.drop_table("room_member")
