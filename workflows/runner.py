"""One unit of work, run the same way for an event, a scheduled job and the tests.

Every change Greffier makes goes through `Runner.run`: open a transaction, hand the workflow a
`Context` whose chat writes into that transaction, commit; on a concurrent change
(`StaleError`) run the whole work again from a fresh transaction; once committed, let the
corrector learn the new words, hand the replies to whoever sends them, and delete the files
nothing holds any more. A work that raises leaves nothing: no row, no reply; the files it
staged are released all the same. So "nothing lost, nothing twice" is true of every path by
construction, not by each caller remembering the steps.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from storage import sweeper
from storage.blobs import BlobStore
from storage.db import Database
from storage.errors import StaleError
from storage.uow import UnitOfWork
from workflows.context import Context
from workflows.ports import Chat

log = logging.getLogger("greffier.runner")

T = TypeVar("T")
ATTEMPTS = 3  # a work that meets a concurrent change three times in a row gives up


@dataclass
class Runner:
    db: Database
    blobs: BlobStore | None
    # The chat a transaction's replies go through (`cause`: the event that caused them).
    open_chat: Callable[[UnitOfWork, str | None], Chat]
    # The context a workflow sees, around that transaction and chat.
    context: Callable[[UnitOfWork, Chat], Context]
    # Called after the commit with that chat: the bot hands its outbox rows to the sender.
    committed: Callable[[Chat], None] = lambda chat: None

    async def run(
        self,
        work: Callable[[Context], Awaitable[T]],
        *,
        cause: str | None = None,
        staged: Iterable[str] = (),
    ) -> T:
        """`staged`: files written before the transaction (a PDF read, a photo), released
        afterwards whether the work kept them or not (a kept file is held by its row)."""
        released = set(staged)
        try:
            for attempt in range(ATTEMPTS):
                try:
                    async with self.db.unit() as uow:
                        chat = self.open_chat(uow, cause)
                        ctx = self.context(uow, chat)
                        result = await work(ctx)
                    break
                except StaleError:
                    if attempt == ATTEMPTS - 1:
                        raise
                    log.info("%s: state changed meanwhile, trying again", cause or "job")
            ctx.apply_words()
            self.committed(chat)
            released |= ctx.released
            return result
        finally:
            await self._release(released, cause)

    async def _release(self, files: set[str], cause: str | None) -> None:
        if not files or self.blobs is None:
            return
        try:
            await sweeper.release(self.db, self.blobs, files)
        except Exception:  # the files stay; the sweep at start removes them
            log.exception("%s: could not remove released files", cause or "job")
