"""The database: one engine, migrations at start, one transaction per unit of work.

SQLite (the embedded default) runs in WAL mode with `BEGIN IMMEDIATE`, so a transaction that
reads then writes never fails half-way with "database is locked"; PostgreSQL is reached by URL
through psycopg 3 (the same driver serves Alembic, which is synchronous, and the bot, which is
not).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import ConnectionPoolEntry

from storage.uow import UnitOfWork

SCHEMA_HEAD = "0010"
"""The newest migration (storage/migrations/versions); a test holds it to Alembic's head."""


class DatabaseError(RuntimeError):
    """A database that cannot be used as is (unknown URL, schema newer than the code)."""


def sqlite_url_for(data_dir: Path) -> str:
    return f"sqlite:///{(data_dir / 'greffier.db').resolve()}"


def _urls(url: str) -> tuple[URL, URL]:
    """The synchronous URL (Alembic) and the asynchronous one (the bot) for a user's URL."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return parsed.set(drivername="sqlite"), parsed.set(drivername="sqlite+aiosqlite")
    if backend in ("postgresql", "postgres"):
        pg = parsed.set(drivername="postgresql+psycopg")
        return pg, pg
    raise DatabaseError(f"base de données non prise en charge : {backend} (sqlite ou postgresql)")


def _sqlite_on_connect(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # Let SQLAlchemy's "begin" hook issue BEGIN itself (the pysqlite default defers it).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


ANALYSIS_LIMIT = 1000
"""Rows SQLite samples per index when analysing (its documented advice: a few hundred)."""


SQLITE_POOL = 2
"""Connections kept open to SQLite, and as many more at the busiest moments."""


class Database:
    """The bot's own database (never shared with nio's crypto store)."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = url
        self.sync_url, self.async_url = _urls(url)
        self.is_sqlite = self.sync_url.get_backend_name() == "sqlite"
        if self.is_sqlite:
            database = self.sync_url.database
            if database and database != ":memory:":
                Path(database).parent.mkdir(parents=True, exist_ok=True)
        # SQLite: every unit of work begins IMMEDIATE, so one transaction runs at a time and
        # more connections would only wait on the lock, each with its own page cache (2 MB)
        # and thread; a few cover the reads beside the writer (/healthz, the verifier).
        pool: dict[str, int] = (
            {"pool_size": SQLITE_POOL, "max_overflow": SQLITE_POOL, "pool_timeout": 120}
            if self.is_sqlite and self.sync_url.database not in (None, "", ":memory:")
            else {}
        )
        self._writer: asyncio.Lock | None = None
        self._writer_loop: asyncio.AbstractEventLoop | None = None
        self.engine: AsyncEngine = create_async_engine(
            self.async_url, echo=echo, pool_pre_ping=not self.is_sqlite, **pool
        )
        if self.is_sqlite:
            event.listen(self.engine.sync_engine, "connect", _sqlite_on_connect)
            event.listen(
                self.engine.sync_engine,
                "begin",
                lambda conn: conn.exec_driver_sql("BEGIN IMMEDIATE"),
            )

    @property
    def dialect(self) -> str:
        return "sqlite" if self.is_sqlite else "postgresql"

    async def migrate(self) -> None:
        """Bring the schema to the code's version; refuse a database newer than the code.

        A database already at `SCHEMA_HEAD` (every start but the first after an upgrade) is
        left alone without loading Alembic, its scripts, Mako and Pygments: about 12 MB the bot
        then kept.
        """
        if await self.revisions() == {SCHEMA_HEAD}:
            return
        from storage.migrate import upgrade_to_head

        await asyncio.to_thread(upgrade_to_head, self.sync_url)

    async def revisions(self) -> set[str]:
        """The Alembic revisions the database is stamped with (none when never migrated)."""
        try:
            async with self.engine.connect() as conn:
                found = await conn.exec_driver_sql("SELECT version_num FROM alembic_version")
                return {str(row[0]) for row in found.all()}
        except DBAPIError:
            return set()

    async def refresh_statistics(self) -> None:
        """Tell the query planner the shape of the tables (rows, how selective each index is).

        Without statistics SQLite assumes every indexed equality matches about ten rows, and
        may drive a search from "every invoice" (the type filter) instead of from the rare
        name typed, a thousand times more rows. SQLite's own advice is to analyse regularly
        with a sampling limit, which keeps it to a fraction of a second on a million
        documents; PostgreSQL's autovacuum does the same, this only makes it sure after a
        bulk load. Run at start and once a day.
        """
        async with self.engine.begin() as conn:
            if self.is_sqlite:
                await conn.exec_driver_sql(f"PRAGMA analysis_limit = {ANALYSIS_LIMIT}")
                await conn.exec_driver_sql("ANALYZE")
            else:
                for table in ("document", "search_posting", "search_term", "room_member"):
                    await conn.exec_driver_sql(f"ANALYZE {table}")

    @asynccontextmanager
    async def unit(self) -> AsyncIterator[UnitOfWork]:
        """One transaction: everything done inside commits together or not at all.

        On SQLite every transaction takes the write lock at BEGIN, so two of this process's
        transactions never run at once anyway; they queue here, each starting the moment the
        one before commits, instead of in SQLite's busy handler, which polls by sleeping (1, 2,
        5, 10 ms…) and added those sleeps to a reply whenever the sync, a handler and the
        sender met."""
        async with contextlib.AsyncExitStack() as stack:
            if self.is_sqlite:
                await stack.enter_async_context(self._writer_lock())
            session = await stack.enter_async_context(
                AsyncSession(self.engine, expire_on_commit=False)
            )
            await stack.enter_async_context(session.begin())
            yield UnitOfWork(session, self.dialect)

    def _writer_lock(self) -> asyncio.Lock:
        """One lock per event loop (a lock is bound to the loop that first waits on it)."""
        loop = asyncio.get_running_loop()
        if self._writer is None or self._writer_loop is not loop:
            self._writer, self._writer_loop = asyncio.Lock(), loop
        return self._writer

    async def ping(self) -> bool:
        try:
            async with self.engine.connect() as conn:
                await conn.execute(text("SELECT 1"))
        except Exception:
            return False
        return True

    async def dispose(self) -> None:
        await self.engine.dispose()
