"""The content-addressed store: whole files only, named by the hash of their exact bytes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from storage.blobs import BlobError, BlobStore


async def test_put_get_dedupe(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    data = b"%PDF-1.7 permis de construire" * 100
    ref = await store.put(data)
    assert ref.sha256 == hashlib.sha256(data).hexdigest()
    assert ref.size == len(data)
    assert store.path_for(ref.sha256).read_bytes() == data
    again = await store.put(data)
    assert again == ref
    files = [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()]
    assert files == [store.path_for(ref.sha256)]
    assert await store.get(ref.sha256) == data
    assert await store.delete(ref.sha256) is True
    assert await store.delete(ref.sha256) is False
    assert not store.exists(ref.sha256)


def test_put_file_streams(tmp_path: Path) -> None:
    source = tmp_path / "big.bin"
    source.write_bytes(b"x" * (3 * 1024 * 1024 + 17))
    store = BlobStore(tmp_path / "blobs")
    ref = store.put_file(source)
    assert ref.size == source.stat().st_size
    assert store.read_bytes(ref.sha256) == source.read_bytes()


def test_interrupted_write_leaves_no_blob(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")

    def chunks():  # type: ignore[no-untyped-def]
        yield b"first half"
        raise OSError("disk unplugged")

    with pytest.raises(OSError, match="unplugged"):
        store.put_chunks(chunks())
    assert [p for p in (tmp_path / "blobs").rglob("*") if p.is_file()] == []


def test_corruption_is_detected_and_names_are_checked(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    ref = store.put_bytes(b"original")
    store.path_for(ref.sha256).write_bytes(b"tampered")
    with pytest.raises(BlobError, match="corrupt"):
        store.read_bytes(ref.sha256)
    with pytest.raises(BlobError, match="not a SHA-256"):
        store.path_for("../../etc/passwd")


def test_leftover_temporaries_are_cleaned(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    (store.tmp / "abc.part").write_bytes(b"half")
    assert store.clean_temporary() == 1
    assert list(store.tmp.iterdir()) == []
