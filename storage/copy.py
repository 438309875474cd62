"""Moving an installation from SQLite to PostgreSQL: every row, as it is, in one go.

The target is migrated to the code's schema first and must hold no data. Tables are copied in
the order of their foreign keys, in batches, through the models' own column types (times stay
aware and in UTC, JSON stays JSON), so every value reads back identical: the audit chain's
hashes still verify after the move. PostgreSQL's id sequences are then moved past the copied
ids. The files (`data_dir/blobs`) and the Matrix session do not move: only `database.url`
changes in the configuration.

Run with the bot stopped: `greffier copy-database --to postgresql://… -c config.yaml`.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Table, create_engine, delete, func, select
from sqlalchemy.engine import URL
from sqlmodel import SQLModel

from storage.migrate import upgrade_to_head
from storage.models import AuditHead  # importing the models registers every table

BATCH = 2000


class CopyError(Exception):
    """The copy cannot be made (French message)."""


@dataclass(frozen=True)
class Copied:
    tables: int
    rows: int


def copy_database(source: URL, target: URL) -> Copied:
    """Copy every row of `source` into the empty, freshly migrated `target`."""
    upgrade_to_head(target)
    tables = list(SQLModel.metadata.sorted_tables)
    source_engine, target_engine = create_engine(source), create_engine(target)
    rows = 0
    try:
        with target_engine.connect() as conn:
            filled = [
                t.name
                for t in tables
                if t.name != AuditHead.__tablename__
                and conn.execute(select(func.count()).select_from(t)).scalar()
            ]
        if filled:
            raise CopyError(
                "la base de destination contient déjà des données "
                f"({', '.join(filled)}) : copiez vers une base vide."
            )
        with source_engine.connect() as reader, target_engine.begin() as writer:
            # The migration started an empty chain; the copied head replaces it.
            writer.execute(delete(AuditHead))
            for table in tables:
                result = reader.execution_options(yield_per=BATCH).execute(select(table))
                for part in result.mappings().partitions(BATCH):
                    writer.execute(table.insert(), [dict(row) for row in part])
                    rows += len(part)
            if target.get_backend_name() == "postgresql":
                for table in tables:
                    _move_sequence(writer, table)
    finally:
        source_engine.dispose()
        target_engine.dispose()
    return Copied(len(tables), rows)


def _move_sequence(writer: Connection, table: Table) -> None:
    """Past the copied ids, so the next row PostgreSQL numbers does not collide."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    key = keys[0]
    sequence = writer.execute(select(func.pg_get_serial_sequence(table.name, key.name))).scalar()
    if sequence is None:
        return
    highest = writer.execute(select(func.max(key))).scalar()
    writer.execute(select(func.setval(sequence, highest or 1, highest is not None)))
