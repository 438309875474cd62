"""Content-addressed file store: a file's name is the SHA-256 of its exact bytes.

A file is written to a temporary name, flushed and fsynced, then renamed into place (and the
directory fsynced), so a crash leaves either nothing or a whole file under its real name —
never half a file. The same bytes stored twice are one file. The hash is computed on the bytes
that are stored, never on some other copy (a duplicate check that hashes other bytes than the
ones kept lets duplicates in).
"""

from __future__ import annotations

import asyncio
import hashlib
import os
import re
import secrets
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

_SHA256 = re.compile(r"^[0-9a-f]{64}$")
CHUNK = 1024 * 1024


class BlobError(Exception):
    pass


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path_for(self, sha256: str) -> Path:
        if not _SHA256.match(sha256):
            raise BlobError(f"not a SHA-256: {sha256!r}")
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def exists(self, sha256: str) -> bool:
        return self.path_for(sha256).exists()

    # Synchronous core (callers on the event loop use the async wrappers below).

    def put_bytes(self, data: bytes) -> BlobRef:
        return self.put_chunks(iter((data,)))

    def put_file(self, source: Path) -> BlobRef:
        def chunks() -> Iterator[bytes]:
            with source.open("rb") as handle:
                while chunk := handle.read(CHUNK):
                    yield chunk

        return self.put_chunks(chunks())

    def put_chunks(self, chunks: Iterator[bytes]) -> BlobRef:
        digest = hashlib.sha256()
        size = 0
        temporary = self.tmp / f"{secrets.token_hex(8)}.part"
        try:
            with temporary.open("wb") as handle:
                for chunk in chunks:
                    digest.update(chunk)
                    size += len(chunk)
                    handle.write(chunk)
                handle.flush()
                os.fsync(handle.fileno())
            sha256 = digest.hexdigest()
            final = self.path_for(sha256)
            if final.exists():
                temporary.unlink()
            else:
                final.parent.mkdir(parents=True, exist_ok=True)
                temporary.replace(final)
                _fsync_dir(final.parent)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
        return BlobRef(sha256, size)

    def read_bytes(self, sha256: str, *, verify: bool = True) -> bytes:
        data = self.path_for(sha256).read_bytes()
        if verify and hashlib.sha256(data).hexdigest() != sha256:
            raise BlobError(f"blob {sha256} is corrupt")
        return data

    def delete_sync(self, sha256: str) -> bool:
        path = self.path_for(sha256)
        try:
            path.unlink()
        except FileNotFoundError:
            return False
        _fsync_dir(path.parent)
        return True

    def list_with_mtime(self) -> list[tuple[str, float]]:
        """Every stored blob and its modification time (for the orphan sweep)."""
        found = []
        for path in self.root.glob("??/??/*"):
            if _SHA256.match(path.name):
                found.append((path.name, path.stat().st_mtime))
        return found

    def clean_temporary(self) -> int:
        """Remove leftovers of writes a crash interrupted (never a real blob)."""
        removed = 0
        for leftover in self.tmp.glob("*.part"):
            leftover.unlink(missing_ok=True)
            removed += 1
        return removed

    # Async wrappers: hashing and fsync never run on the event loop.

    async def put(self, data: bytes) -> BlobRef:
        return await asyncio.to_thread(self.put_bytes, data)

    async def get(self, sha256: str) -> bytes:
        return await asyncio.to_thread(self.read_bytes, sha256)

    async def delete(self, sha256: str) -> bool:
        return await asyncio.to_thread(self.delete_sync, sha256)
