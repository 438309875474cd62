"""Removing files nobody holds any more: a cancelled draft's file, a crash's leftovers.

Files are written to the blob store *before* the transaction that records them commits
(a commit must never point at a missing file). The price: a transaction that rolls back, or a
draft that is cancelled, leaves a file behind. `release` deletes the files an event let go of,
right after its commit; `sweep_orphans` catches the rest at start. A file is deleted only when
no document, no open draft, no circuit, no transfer package and no message still to send
refers to it, checked in a transaction of its own.
"""

from __future__ import annotations

import datetime as dt
import logging
import time
from collections.abc import Iterable

from storage.blobs import BlobStore
from storage.db import Database

log = logging.getLogger("greffier.sweeper")


async def release(db: Database, blobs: BlobStore, candidates: Iterable[str]) -> int:
    """Delete the candidate files that nothing refers to any more. Returns how many went."""
    wanted = set(candidates)
    if not wanted:
        return 0
    async with db.unit() as uow:
        held = (
            await uow.documents.holding(wanted)
            | await uow.dialogues.held_blobs()
            | await uow.circuits.held_blobs(wanted)
            | await uow.retention.held_blobs(wanted)
            | await uow.outbox.held_blobs()
        )
    free = sorted(wanted - held)
    removed = 0
    for sha in free:
        if await blobs.delete(sha):
            removed += 1
    return removed


async def sweep_orphans(
    db: Database, blobs: BlobStore, older_than: dt.timedelta = dt.timedelta(hours=1)
) -> int:
    """Files older than `older_than` that nothing holds. At start, before any event is
    handled, the bot sweeps them all (`older_than` zero)."""
    blobs.clean_temporary()
    limit = time.time() - older_than.total_seconds()
    old = [sha for sha, mtime in blobs.list_with_mtime() if mtime < limit]
    removed = await release(db, blobs, old)
    if removed:
        log.info("removed %d orphan file(s)", removed)
    return removed
