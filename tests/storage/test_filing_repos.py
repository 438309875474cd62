"""Repositories of filing, on SQLite and on a real PostgreSQL."""

from __future__ import annotations

import datetime as dt

import pytest

from storage.db import Database
from storage.errors import StaleError
from storage.models import Dialogue, Document, utcnow


def dialogue(key: str = "!r|@a|") -> Dialogue:
    now = utcnow()
    return Dialogue(
        key=key,
        kind="filing",
        room_id="!r",
        user_id="@a",
        step="type",
        data={"blobs": ["ab" * 32]},
        created_at=now,
        updated_at=now,
        remind_at=now + dt.timedelta(hours=4),
        expires_at=now + dt.timedelta(days=7),
    )


def document(name: str, source: str, ref: str) -> Document:
    return Document(
        ref=ref,
        name=name,
        title="t",
        type_id="facture",
        type_label="Facture",
        class_code="3.2",
        row_id="fin-pieces-justificatives",
        document_date=dt.date(2025, 2, 14),
        sort="D",
        dua_years=10,
        dua_start=dt.date(2025, 2, 14),
        dua_end=dt.date(2036, 1, 1),
        sha256="cd" * 32,
        source_sha256=source,
        size=10,
        pages=1,
        mimetype="application/pdf",
        original_name="f.pdf",
        room_id="!r",
        filed_by="@a",
        filed_at=utcnow(),
    )


async def test_dialogue_optimistic_lock(database: Database) -> None:
    async with database.unit() as uow:
        await uow.dialogues.add(dialogue())
    async with database.unit() as uow:
        first = await uow.dialogues.get("!r|@a|")
        assert first is not None
        first.step = "describe"
        await uow.dialogues.save(first, first.version)
        assert first.version == 2
    async with database.unit() as uow:
        again = await uow.dialogues.get("!r|@a|")
        assert again is not None and again.step == "describe" and again.version == 2
        again.step = "pick"
        with pytest.raises(StaleError):
            await uow.dialogues.save(again, 1)  # someone else's version


async def test_due_and_blob_references(database: Database) -> None:
    async with database.unit() as uow:
        await uow.dialogues.add(dialogue())
    async with database.unit() as uow:
        assert await uow.dialogues.due(utcnow()) == []
        assert len(await uow.dialogues.due(utcnow() + dt.timedelta(hours=5))) == 1
        assert await uow.dialogues.held_blobs() == {"ab" * 32}


async def test_counters_names_and_type_stats(database: Database) -> None:
    async with database.unit() as uow:
        assert [await uow.counters.next("ref-2026") for _ in range(3)] == [1, 2, 3]
        assert await uow.counters.next("ref-2027") == 1
        await uow.documents.add(document("2025_facture_a.pdf", "01" * 32, "2026-0001"))
        await uow.documents.add(document("2025Xfacture_b.pdf", "02" * 32, "2026-0002"))
    async with database.unit() as uow:
        # "_" is a LIKE wildcard: it must be matched literally
        assert await uow.documents.names_starting("2025_facture") == {"2025_facture_a.pdf"}
        assert (await uow.documents.by_source("01" * 32)) is not None
        assert await uow.documents.per_type() == {"facture": 2}
        assert await uow.documents.holding(["cd" * 32, "ef" * 32]) == {"cd" * 32}
        await uow.type_stats.learn("facture", ["montant", "ttc", "montant"])
        await uow.type_stats.learn("facture", ["montant"])
        await uow.type_stats.learn("arrete", ["maire"])
    async with database.unit() as uow:
        counts = await uow.type_stats.counts(["montant", "ttc", "maire", "absent"])
        assert counts == {"facture": {"montant": 2, "ttc": 1}, "arrete": {"maire": 1}}
        assert await uow.type_stats.vocabulary() == 3


async def test_release_deletes_only_what_nothing_holds(
    database: Database, tmp_path: object
) -> None:
    from pathlib import Path

    from storage import sweeper
    from storage.blobs import BlobStore

    assert isinstance(tmp_path, Path)
    blobs = BlobStore(tmp_path / "blobs")
    kept_by_document = blobs.put_bytes(b"filed")
    kept_by_draft = blobs.put_bytes(b"drafted")
    free = blobs.put_bytes(b"let go")
    async with database.unit() as uow:
        draft = dialogue()
        draft.data = {"blobs": [kept_by_draft.sha256]}
        await uow.dialogues.add(draft)
        filed = document("a.pdf", "03" * 32, "2026-0009")
        filed.sha256 = kept_by_document.sha256
        await uow.documents.add(filed)
    shas = [kept_by_document.sha256, kept_by_draft.sha256, free.sha256]
    assert await sweeper.release(database, blobs, shas) == 1
    assert blobs.exists(kept_by_document.sha256) and blobs.exists(kept_by_draft.sha256)
    assert not blobs.exists(free.sha256)
