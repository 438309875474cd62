"""The audit log is a hash chain: any edit, deletion or insertion is found, and named."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import yaml
from sqlalchemy import text

from bot.__main__ import main
from storage.db import Database

SHA = "ab" * 32


async def write(db: Database, count: int) -> None:
    for n in range(count):
        async with db.unit() as uow:
            await uow.audit.append(
                f"@agent{n}:mairie.fr",
                "document.filed",
                subject=f"2026-{n:04d}",
                details={"sha256": SHA, "nom": "Délibération n° 3 — été", "n": n},
            )


async def verdict(db: Database) -> object:
    async with db.unit() as uow:
        return await uow.audit.verify()


async def test_an_untouched_log_verifies(database: Database) -> None:
    await write(database, 5)
    async with database.unit() as uow:
        result = await uow.audit.verify()
        entries = await uow.audit.entries()
    assert result.intact and result.checked == 5
    assert [e.seq for e in entries] == [1, 2, 3, 4, 5]
    assert entries[0].document_sha256 == SHA
    assert all(b.prev_hash == a.hash for a, b in itertools.pairwise(entries))


async def test_an_edited_row_is_named(database: Database) -> None:
    await write(database, 5)
    async with database.unit() as uow:
        await uow.session.execute(text("UPDATE audit SET actor = '@pirate:x.fr' WHERE seq = 3"))
    async with database.unit() as uow:
        result = await uow.audit.verify()
    assert not result.intact and result.broken_seq == 3 and result.checked == 2
    assert result.reason == "contenu modifié"


async def test_a_deleted_row_or_a_deleted_tail_is_found(database: Database) -> None:
    await write(database, 5)
    async with database.unit() as uow:
        await uow.session.execute(text("DELETE FROM audit WHERE seq = 2"))
    async with database.unit() as uow:
        middle = await uow.audit.verify()
    assert middle.broken_seq == 3 and "manquante" in (middle.reason or "")
    async with database.unit() as uow:
        await uow.session.execute(text("DELETE FROM audit WHERE seq >= 2"))
    async with database.unit() as uow:
        tail = await uow.audit.verify()
    assert not tail.intact and tail.broken_seq is None and "fin du journal" in (tail.reason or "")


async def test_a_rewritten_link_is_found(database: Database) -> None:
    await write(database, 4)
    async with database.unit() as uow:
        await uow.session.execute(text("UPDATE audit SET prev_hash = hash WHERE seq = 4"))
    async with database.unit() as uow:
        result = await uow.audit.verify()
    assert result.broken_seq == 4 and "lien" in (result.reason or "")


async def test_concurrent_appends_make_one_line(database: Database) -> None:
    async def one(n: int) -> None:
        async with database.unit() as uow:
            await uow.audit.append("@a:b.fr", "x", subject=str(n))
            await asyncio.sleep(0.01)  # hold the transaction while others want to append

    await asyncio.gather(*(one(n) for n in range(12)))
    async with database.unit() as uow:
        result = await uow.audit.verify()
        entries = await uow.audit.entries()
    assert result.intact and result.checked == 12
    assert sorted(e.subject or "" for e in entries) == sorted(str(n) for n in range(12))


def test_the_command_names_the_broken_entry(tmp_path: Path, capsys: object) -> None:
    data = tmp_path / "data"
    config = {
        "homeserver": {"url": "http://127.0.0.1:1"},
        "bot": {"user_id": "@greffier:mairie.fr", "password": "x"},
        "data_dir": str(data),
    }
    path = tmp_path / "config.yaml"
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    data.mkdir()
    db = Database(f"sqlite:///{data / 'greffier.db'}")

    async def prepare() -> None:
        await db.migrate()
        await write(db, 3)
        await db.dispose()

    asyncio.run(prepare())
    assert main(["audit", "verify", "-c", str(path)]) == 0
    db = Database(f"sqlite:///{data / 'greffier.db'}")

    async def tamper() -> None:
        async with db.unit() as uow:
            await uow.session.execute(text("UPDATE audit SET details = '{}' WHERE seq = 2"))
        await db.dispose()

    asyncio.run(tamper())
    assert main(["audit", "verify", "-c", str(path)]) == 1
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "ROMPU à l'entrée n° 2" in err


def test_an_upgraded_installation_gets_its_old_entries_chained(tmp_path: Path) -> None:
    from alembic import command

    from storage.migrate import alembic_config

    url = f"sqlite:///{tmp_path / 'old.db'}"
    config = alembic_config(url)
    command.upgrade(config, "0007")
    import sqlite3

    with sqlite3.connect(tmp_path / "old.db") as conn:
        for n in range(3):
            conn.execute(
                "INSERT INTO audit (at, actor, action, subject, event_id, details) "
                "VALUES (?, '@a:b.fr', 'document.filed', ?, NULL, ?)",
                (f"2026-0{n + 1}-02 10:00:00.000000", f"2026-000{n}", f'{{"sha256": "{SHA}"}}'),
            )
    command.upgrade(config, "head")
    db = Database(url)

    async def check() -> None:
        async with db.unit() as uow:
            result = await uow.audit.verify()
            await uow.audit.append("@a:b.fr", "after.upgrade")
        async with db.unit() as uow:
            after = await uow.audit.verify()
        await db.dispose()
        assert result.intact and result.checked == 3
        assert after.intact and after.checked == 4

    asyncio.run(check())
