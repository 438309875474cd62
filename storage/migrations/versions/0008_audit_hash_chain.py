"""audit hash chain

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-22 12:39:01.550991

Existing entries are chained in the order they were written (by id), so an installation
upgraded from an earlier version gets a verifiable log from its first entry on.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.models
from storage import audit_chain

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "audit_head",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("hash", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.add_column(sa.Column("seq", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column(
                "document_sha256", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=True
            )
        )
        batch_op.add_column(
            sa.Column("prev_hash", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column(
                "hash",
                sqlmodel.sql.sqltypes.AutoString(length=64),
                nullable=False,
                server_default="",
            )
        )
    _chain_existing()
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.create_index("ix_audit_seq", ["seq"], unique=True)
        # A circuit's bordereau lists the entries about its document.
        batch_op.create_index(batch_op.f("ix_audit_subject"), ["subject"], unique=False)


def _chain_existing() -> None:
    bind = op.get_bind()
    audit = sa.table(
        "audit",
        sa.column("id", sa.Integer()),
        sa.column("at", storage.models.UTCDateTime()),
        sa.column("actor", sa.String()),
        sa.column("action", sa.String()),
        sa.column("subject", sa.String()),
        sa.column("event_id", sa.String()),
        sa.column("details", sa.JSON()),
        sa.column("seq", sa.Integer()),
        sa.column("document_sha256", sa.String()),
        sa.column("prev_hash", sa.String()),
        sa.column("hash", sa.String()),
    )
    previous, seq = audit_chain.GENESIS, 0
    rows = bind.execute(sa.select(audit).order_by(audit.c.id)).mappings().all()
    for row in rows:
        seq += 1
        details: dict[str, Any] = row["details"] or {}
        document = audit_chain.document_of(details)
        digest = audit_chain.entry_hash(
            seq=seq,
            at=row["at"],
            actor=row["actor"],
            action=row["action"],
            subject=row["subject"],
            event_id=row["event_id"],
            details=details,
            document_sha256=document,
            prev_hash=previous,
        )
        bind.execute(
            audit.update()
            .where(audit.c.id == row["id"])
            .values(seq=seq, document_sha256=document, prev_hash=previous, hash=digest)
        )
        previous = digest
    head = sa.table(
        "audit_head", sa.column("id", sa.Integer()), sa.column("seq", sa.Integer()),
        sa.column("hash", sa.String()),
    )  # fmt: skip
    bind.execute(head.insert().values(id=1, seq=seq, hash=previous))


def downgrade() -> None:
    with op.batch_alter_table("audit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_audit_subject"))
        batch_op.drop_index("ix_audit_seq")
        batch_op.drop_column("hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("document_sha256")
        batch_op.drop_column("seq")
    op.drop_table("audit_head")
