"""Background tasks that are never garbage-collected mid-flight and never fail silently."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

log = logging.getLogger("greffier.tasks")
_running: set[asyncio.Task[Any]] = set()


def spawn(coro: Coroutine[Any, Any, Any], name: str) -> asyncio.Task[Any]:
    """asyncio keeps only weak references to tasks: keep a strong one, log any crash."""
    task = asyncio.create_task(coro, name=name)
    _running.add(task)

    def _done(t: asyncio.Task[Any]) -> None:
        _running.discard(t)
        if not t.cancelled() and t.exception() is not None:
            log.error("task %s crashed", name, exc_info=t.exception())

    task.add_done_callback(_done)
    return task
