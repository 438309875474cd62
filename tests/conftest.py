"""Fixtures shared by every test: databases (SQLite and a real PostgreSQL) and the harness."""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from storage import pdf
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


def require_tool(tool: str, ok: bool) -> None:
    """Skip without the tool on a developer's machine; fail where everything is required
    (scripts/test sets GREFFIER_TESTS_REQUIRE_ALL and installs the Debian packages)."""
    if ok:
        return
    if os.environ.get("GREFFIER_TESTS_REQUIRE_ALL"):
        pytest.fail(f"{tool} is required here (scripts/test installs it)")
    pytest.skip(f"{tool} non installé (scripts/test l'installe)")


@pytest.fixture(scope="session")
def tesseract_fra() -> None:
    tesseract = shutil.which("tesseract")
    languages = ""
    if tesseract:
        languages = subprocess.run(
            [tesseract, "--list-langs"], capture_output=True, text=True, check=False
        ).stdout
    ok = bool(tesseract) and "fra" in languages.split() and bool(shutil.which("gs"))
    require_tool("tesseract-ocr-fra + ghostscript", ok)


@pytest.fixture(scope="session")
def soffice() -> None:
    require_tool("LibreOffice (soffice)", pdf.office_available())
