"""The repositories behave the same on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import asyncio
import datetime as dt
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlmodel import SQLModel

from storage.db import SCHEMA_HEAD, Database
from storage.migrate import SchemaTooNewError, alembic_config, upgrade_to_head
from storage.models import utcnow
from tests.conftest import fresh_pg_database


def row(event_id: str, key: str = "!r|u:@a", status: str = "new") -> dict[str, object]:
    return {
        "event_id": event_id,
        "room_id": "!r",
        "sender": "@a:x",
        "conversation_key": key,
        "kind": "text",
        "payload": {"event_id": event_id, "text": "aide"},
        "status": status,
    }


async def test_inbox_insert_is_idempotent(database: Database) -> None:
    async with database.unit() as uow:
        assert await uow.events.add([row("$1"), row("$2")]) == ["$1", "$2"]
    async with database.unit() as uow:
        assert await uow.events.add([row("$2"), row("$3")]) == ["$3"]
        assert await uow.events.count() == 3
        stored = await uow.events.get("$1")
        assert stored is not None and stored.payload["text"] == "aide"


async def test_claim_succeeds_once(database: Database) -> None:
    async with database.unit() as uow:
        await uow.events.add([row("$1")])
    async with database.unit() as uow:
        assert await uow.events.claim("$1") is True
    async with database.unit() as uow:
        assert await uow.events.claim("$1") is False
        assert await uow.events.claim("$unknown") is False


async def test_claim_rolled_back_is_claimable_again(database: Database) -> None:
    async with database.unit() as uow:
        await uow.events.add([row("$1")])
    with pytest.raises(RuntimeError):
        async with database.unit() as uow:
            assert await uow.events.claim("$1")
            await uow.outbox.add("send", room_id="!r", content={"body": "x"})
            raise RuntimeError("crash before commit")
    async with database.unit() as uow:
        assert await uow.events.count("new") == 1
        assert await uow.outbox.all() == []
        assert await uow.events.claim("$1") is True


async def test_concurrent_claims_let_one_through(database: Database) -> None:
    async with database.unit() as uow:
        await uow.events.add([row("$1")])

    async def claim() -> bool:
        async with database.unit() as uow:
            won = await uow.events.claim("$1")
            await asyncio.sleep(0.05)  # hold the transaction open
            return won

    results = await asyncio.gather(*(claim() for _ in range(5)))
    assert sorted(results) == [False, False, False, False, True]


async def test_waiting_event_released_then_claimed(database: Database) -> None:
    async with database.unit() as uow:
        await uow.events.add([row("$1", status="waiting_keys")])
    async with database.unit() as uow:
        assert await uow.events.claim("$1") is False  # not claimable while waiting
        await uow.events.release("$1", {"event_id": "$1", "text": "ok"}, "text")
    async with database.unit() as uow:
        assert [r.event_id for r in await uow.events.with_status("new")] == ["$1"]
        assert await uow.events.claim("$1") is True


async def test_failed_event_keeps_error_class_only(database: Database) -> None:
    async with database.unit() as uow:
        await uow.events.add([row("$1")])
    async with database.unit() as uow:
        await uow.events.mark_failed("$1", "ValueError")
    async with database.unit() as uow:
        stored = await uow.events.get("$1")
        assert stored is not None
        assert (stored.status, stored.error, stored.attempts) == ("failed", "ValueError", 1)


async def test_outbox_lifecycle(database: Database) -> None:
    async with database.unit() as uow:
        first = await uow.outbox.add(
            "send", room_id="!r", event_type="m.room.message", content={"body": "un"}
        )
        second = await uow.outbox.add(
            "send", target_user="@a:x", event_type="m.room.message", content={"body": "deux"}
        )
        with pytest.raises(ValueError, match="room or to a person"):
            await uow.outbox.add("send", room_id="!r", target_user="@a:x")
    assert first.id is not None and second.id is not None
    now = utcnow()
    async with database.unit() as uow:
        assert [i.id for i in await uow.outbox.due(now)] == [first.id, second.id]
        await uow.outbox.mark_sent(first.id, "$sent")
        await uow.outbox.mark_retry(second.id, "rate limited", now + dt.timedelta(seconds=30))
    async with database.unit() as uow:
        assert await uow.outbox.due(now) == []
        assert [i.id for i in await uow.outbox.due(now + dt.timedelta(seconds=31))] == [second.id]
        assert await uow.outbox.is_ours("$sent") is True
        assert await uow.outbox.is_ours("$other") is False
        await uow.outbox.mark_failed(second.id, "M_FORBIDDEN")
    async with database.unit() as uow:
        items = {i.id: i for i in await uow.outbox.all()}
        assert items[second.id].status == "failed"
        assert items[second.id].attempts == 2
        assert items[first.id].sent_at is not None and items[first.id].sent_at.tzinfo is not None


async def test_state_direct_rooms_and_audit(database: Database) -> None:
    async with database.unit() as uow:
        assert await uow.state.get("sync_token") is None
        await uow.state.set("sync_token", "s1")
        await uow.state.set("sync_token", "s2")
        await uow.direct_rooms.set("@a:x", "!dm1")
        await uow.audit.append("@a:x", "invite.accepted", subject="!r", details={"n": 1})
    async with database.unit() as uow:
        assert await uow.state.get("sync_token") == "s2"
        assert await uow.direct_rooms.get("@a:x") == "!dm1"
        assert await uow.direct_rooms.is_direct("!dm1") is True
        assert await uow.direct_rooms.is_direct("!r") is False
        entries = await uow.audit.entries()
        assert [(e.actor, e.action, e.details) for e in entries] == [
            ("@a:x", "invite.accepted", {"n": 1})
        ]


def test_migrations_match_the_models(database: Database) -> None:
    engine = create_engine(database.sync_url)
    try:
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == []


async def test_database_newer_than_code_is_refused(database: Database) -> None:
    engine = create_engine(database.sync_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    finally:
        engine.dispose()
    with pytest.raises(SchemaTooNewError, match="plus récente"):
        upgrade_to_head(database.sync_url)
    with pytest.raises(SchemaTooNewError, match="plus récente"):
        await database.migrate()  # the start's fast path does not skip the check


async def test_the_fast_path_knows_the_newest_migration(database: Database) -> None:
    """Database.migrate skips Alembic for a database at SCHEMA_HEAD: that must be the head of
    the migration scripts, or a new migration would never run."""
    script = ScriptDirectory.from_config(alembic_config(database.sync_url))
    assert script.get_heads() == [SCHEMA_HEAD]
    assert await database.revisions() == {SCHEMA_HEAD}
    async with database.engine.begin() as conn:
        await conn.exec_driver_sql("DROP TABLE alembic_version")
    assert await database.revisions() == set()


async def test_sqlite_runs_in_wal_mode(sqlite_db: Database) -> None:
    async with sqlite_db.engine.connect() as conn:
        mode = (await conn.execute(text("PRAGMA journal_mode"))).scalar_one()
    assert mode == "wal"
    assert await sqlite_db.ping() is True


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.db'}"
    return fresh_pg_database(request.getfixturevalue("postgres_server"))


def test_every_earlier_revision_upgrades_to_the_models(empty_url: str) -> None:
    """An installation left at any earlier version reaches today's schema; and the way back
    to an empty database works from there (one database walked up and down each time)."""
    from alembic import command
    from alembic.script import ScriptDirectory

    from storage.migrate import alembic_config

    config = alembic_config(empty_url)
    revisions = [r.revision for r in ScriptDirectory.from_config(config).walk_revisions()][::-1]
    assert len(revisions) >= 8
    sync_url = Database(empty_url).sync_url
    for revision in revisions:
        command.upgrade(config, revision)
        command.upgrade(config, "head")
        engine = create_engine(sync_url)
        try:
            with engine.connect() as conn:
                diff = compare_metadata(MigrationContext.configure(conn), SQLModel.metadata)
        finally:
            engine.dispose()
        assert diff == [], revision
        command.downgrade(config, "base")
