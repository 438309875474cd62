"""Fixtures shared by every test: databases (SQLite and a real PostgreSQL) and the harness.

Two kinds of database fixtures:

- `database` is parametrised: a test using it runs twice, on SQLite and on PostgreSQL, in every
  run. The storage contract and the workflows that lean on SQL use it.
- `run_db` / `fresh_database_url` (and the integration bots) use *the run's* database:
  SQLite by default, PostgreSQL when `GREFFIER_TEST_DATABASE=postgresql`. These tests are
  marked `run_database`, and `scripts/test` runs them a second time on PostgreSQL, so the whole
  suite, the real bot processes included, is shown on both databases without running the
  parametrised tests twice more.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from filing import pdf
from storage.db import Database
from storage.migrate import upgrade_to_head
from tests.pg import TempPostgres

RUN_DATABASE = os.environ.get("GREFFIER_TEST_DATABASE", "sqlite")
"""The database of the run's `run_database` tests: "sqlite" or "postgresql"."""
if RUN_DATABASE not in {"sqlite", "postgresql"}:
    raise pytest.UsageError(f"GREFFIER_TEST_DATABASE={RUN_DATABASE!r}: sqlite ou postgresql")

RUN_DATABASE_FIXTURES = frozenset(
    {"run_db", "fresh_database_url", "run_databases", "run_pg_server"}
)
"""A test asking for one of these runs on the run's database (see the module notes)."""


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if RUN_DATABASE_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.run_database)


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


def fresh_pg_database(server_url: str, template: str | None = None) -> str:
    """A new database on the server, so each test starts clean: empty, or a copy of
    `template` (PostgreSQL copies a database file by file, far faster than migrating)."""
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = make_url(server_url).set(drivername="postgresql")
    copy = f' TEMPLATE "{template}"' if template else ""
    with psycopg.connect(admin.render_as_string(hide_password=False), autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"{copy}')
    return admin.set(database=name).render_as_string(hide_password=False)


class MigratedDatabases:
    """Fresh migrated databases, copied from one migrated once per session and kind."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._pg_templates: dict[str, str] = {}

    @staticmethod
    def _migrate(url: str) -> None:
        upgrade_to_head(Database(url).sync_url)

    def sqlite(self, directory: Path) -> str:
        """A migrated SQLite file in `directory` (greffier.db, or a new name if taken)."""
        template = self._root / "template.db"
        if not template.exists():
            self._migrate(f"sqlite:///{template}")
        directory.mkdir(parents=True, exist_ok=True)
        path = directory / "greffier.db"
        if path.exists():
            path = directory / f"greffier-{uuid.uuid4().hex[:8]}.db"
        shutil.copyfile(template, path)
        return f"sqlite:///{path}"

    def postgresql(self, server_url: str) -> str:
        """A migrated PostgreSQL database of its own on the server."""
        template = self._pg_templates.get(server_url)
        if template is None:
            url = fresh_pg_database(server_url)
            self._migrate(url)
            template = self._pg_templates[server_url] = str(make_url(url).database)
        return fresh_pg_database(server_url, template)


@pytest.fixture(scope="session")
def migrated(tmp_path_factory: pytest.TempPathFactory) -> MigratedDatabases:
    return MigratedDatabases(tmp_path_factory.mktemp("migrated"))


def fresh_url(request: pytest.FixtureRequest, kind: str, directory: Path) -> str:
    """A migrated database of `kind`; the PostgreSQL server starts only when a test needs it."""
    migrated: MigratedDatabases = request.getfixturevalue("migrated")
    if kind == "sqlite":
        return migrated.sqlite(directory)
    return migrated.postgresql(request.getfixturevalue("postgres_server"))


@pytest.fixture(scope="session")
def run_databases(request: pytest.FixtureRequest) -> Callable[[Path], str]:
    """Makes migrated databases of the run's kind, for tests that need many (one per example)."""
    migrated: MigratedDatabases = request.getfixturevalue("migrated")
    if RUN_DATABASE == "sqlite":
        return migrated.sqlite
    server = request.getfixturevalue("postgres_server")
    return lambda _directory: migrated.postgresql(server)


@pytest.fixture
def fresh_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A migrated database on the run's kind (see the module notes)."""
    return fresh_url(request, RUN_DATABASE, tmp_path)


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
async def database(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[Database]:
    """A migrated database, once on SQLite and once on PostgreSQL."""
    db = Database(fresh_url(request, request.param, tmp_path))
    yield db
    await db.dispose()


@pytest.fixture
async def run_db(fresh_database_url: str) -> AsyncIterator[Database]:
    """A migrated database of the run's kind (see the module notes)."""
    db = Database(fresh_database_url)
    yield db
    await db.dispose()


@pytest.fixture
async def sqlite_db(tmp_path: Path) -> AsyncIterator[Database]:
    """SQLite itself, for what only SQLite has (its journal mode)."""
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
