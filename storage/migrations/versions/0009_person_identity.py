"""person identities and the device of each decision

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07 11:20:00

Each person's Matrix identity (master key) is pinned at first sight; a circuit task records
the device its decision came from and whether that device was cross-signed by its owner.
"""

from __future__ import annotations

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_identity",
        sa.Column("user_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("master_key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("pinned_at", storage.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("changed_from", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True),
        sa.Column("changed_at", storage.models.UTCDateTime(timezone=True), nullable=True),
        sa.Column("told_devices", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("user_id"),
    )
    with op.batch_alter_table("circuit_task", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("device_id", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=True)
        )
        batch_op.add_column(sa.Column("device_verified", sa.Boolean(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("circuit_task", schema=None) as batch_op:
        batch_op.drop_column("device_verified")
        batch_op.drop_column("device_id")
    op.drop_table("person_identity")
