"""Fixtures shared by every test: databases (SQLite and a real PostgreSQL) and the harness."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from storage.db import Database
from tests.pg import TempPostgres


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """URL of a PostgreSQL server: GREFFIER_TEST_PG_URL, or one started for the session."""
    url = os.environ.get("GREFFIER_TEST_PG_URL")
    if url:
        yield url
        return
    try:
        server = TempPostgres()
    except FileNotFoundError:
        if os.environ.get("GREFFIER_TESTS_REQUIRE_ALL"):
            pytest.fail("PostgreSQL is required here (scripts/test installs it)")
        pytest.skip("PostgreSQL non installé (scripts/test l'installe)")
    try:
        yield server.start()
    finally:
        server.stop()


def fresh_pg_database(server_url: str) -> str:
    """A new empty database on the server, so each test starts clean."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_url(server_url).set(drivername="postgresql")
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return admin.set(database=name).render_as_string(hide_password=False)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated database, once on SQLite and once on PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'greffier.db'}"
    else:
        url = fresh_pg_database(request.getfixturevalue("postgres_server"))
    db = Database(url)
    await db.migrate()
    yield db
    await db.dispose()


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'greffier.db'}")
    await db.migrate()
    yield db
    await db.dispose()
