"""Moving a SQLite installation to PostgreSQL: everything arrives, the chain still holds, the
bot goes on writing there."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
import yaml

from bot.__main__ import main
from storage.db import Database
from tests.conftest import fresh_pg_database
from tests.fixtures import library

pytestmark = pytest.mark.postgres


async def _fill(db: Database) -> list[str]:
    refs = []
    async with db.unit() as uow:
        for n in range(25):
            document, _ = await library.store(
                uow, title=f"Permis Dupond {n}", service_id="urbanisme", text="dupond lilas"
            )
            refs.append(document.ref)
            await uow.audit.append(
                "@agent:mairie.fr", "document.filed", subject=document.ref,
                details={"sha256": document.sha256},
            )  # fmt: skip
    return refs


def test_copy_database_moves_an_installation(
    tmp_path: Path, postgres_server: str, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    path = tmp_path / "config.yaml"
    path.write_text(
        yaml.safe_dump(
            {
                "homeserver": {"url": "http://127.0.0.1:1"},
                "bot": {"user_id": "@greffier:mairie.fr", "password": "x"},
                "data_dir": str(data),
            }
        ),
        encoding="utf-8",
    )
    target = fresh_pg_database(postgres_server)

    async def prepare() -> list[str]:
        db = Database(f"sqlite:///{data / 'greffier.db'}")
        await db.migrate()
        refs = await _fill(db)
        await db.dispose()
        return refs

    refs = asyncio.run(prepare())
    assert main(["copy-database", "--to", target, "-c", str(path)]) == 0
    assert "lignes copiées" in capsys.readouterr().out

    async def check() -> None:
        db = Database(target)
        try:
            async with db.unit() as uow:
                assert await uow.documents.count() == 25
                assert (await uow.audit.verify()).intact
                found = await uow.search.matching([["dupond"]])
                assert len(found) == 25
                # new rows get new ids and extend the chain
                document, _ = await library.store(uow, title="Après le déménagement")
                await uow.audit.append("@agent:mairie.fr", "document.filed", subject="x")
            assert document.id == 26
            async with db.unit() as uow:
                assert (await uow.audit.verify()).checked == 26
                assert {d.ref for d in await uow.documents.all()} >= set(refs)
        finally:
            await db.dispose()

    asyncio.run(check())
    # a second copy onto the same (now full) database is refused, in French
    assert main(["copy-database", "--to", target, "-c", str(path)]) == 1
    assert "contient déjà des données" in capsys.readouterr().err
