"""One worker per conversation: events of a conversation in order, conversations in parallel.

A conversation is a thread, or a person in a room (`Incoming.conversation_key`). Workers exist
only while they have work; the inbox table, not this memory, is the source of truth, so after a
restart the bot feeds every event still "new" back in here.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Awaitable, Callable, Iterable

from bot.tasks import spawn

log = logging.getLogger("greffier.dispatcher")

Handler = Callable[[str], Awaitable[None]]


class Dispatcher:
    def __init__(self, handle: Handler) -> None:
        self._handle = handle
        self._queues: dict[str, deque[str]] = {}
        self._queued: set[str] = set()
        self._workers: dict[str, asyncio.Task[None]] = {}
        self._idle = asyncio.Event()
        self._idle.set()

    def feed(self, items: Iterable[tuple[str, str]]) -> None:
        """Queue (event_id, conversation_key) pairs, in the order given."""
        for event_id, key in items:
            if event_id in self._queued:
                continue
            self._queued.add(event_id)
            self._queues.setdefault(key, deque()).append(event_id)
            if key not in self._workers:
                self._idle.clear()
                self._workers[key] = spawn(self._work(key), name=f"conversation {key}")

    async def _work(self, key: str) -> None:
        queue = self._queues[key]
        try:
            while queue:
                event_id = queue[0]
                try:
                    await self._handle(event_id)
                except asyncio.CancelledError:
                    raise
                except Exception:
                    # The handler records failures itself; this is the last net.
                    log.exception("event %s: unhandled error in worker", event_id)
                queue.popleft()
                self._queued.discard(event_id)
        finally:
            if not queue:
                self._queues.pop(key, None)
            self._workers.pop(key, None)
            if not self._workers:
                self._idle.set()

    @property
    def busy(self) -> int:
        return len(self._workers)

    async def wait_idle(self) -> None:
        await self._idle.wait()

    async def stop(self) -> None:
        workers = list(self._workers.values())
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
