"""Giving freed memory back to the system (glibc's allocator), so the bot's footprint follows
what it holds rather than its busiest moment.

Python's small objects live in its own arenas, returned when empty; everything larger (a
file's bytes, a page's image, a PDF being parsed, nio's buffers) comes from glibc's malloc.
Each thread that allocates gets an arena of its own, up to eight per core, and glibc keeps
what is freed inside an arena for reuse instead of giving it back. The bot reads files in
worker threads (`asyncio.to_thread`), so after a burst of uploads it kept tens of megabytes it
no longer used (measured by `bench/load.py`). Two settings fix that without a dependency:

- at most `ARENAS` arenas, whatever the threads (what `MALLOC_ARENA_MAX` sets from outside);
- `malloc_trim(0)` after work that handled files, at most once every `TRIM_EVERY` seconds:
  it returns every wholly free page of every arena (a few milliseconds).

On a system without glibc (musl, macOS) both are skipped and nothing else changes.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import time

log = logging.getLogger("greffier.memory")

ARENAS = 2
TRIM_EVERY = 2.0
_M_ARENA_MAX = -8  # glibc's mallopt parameter number (malloc.h)


def _libc() -> ctypes.CDLL | None:
    name = ctypes.util.find_library("c")
    if name is None:
        return None
    try:
        libc = ctypes.CDLL(name)
        libc.malloc_trim  # noqa: B018 - glibc only: AttributeError elsewhere
        libc.mallopt  # noqa: B018
    except (OSError, AttributeError):
        return None
    return libc


class Memory:
    """The allocator's knobs, set once at start; `trim` after file work."""

    def __init__(self) -> None:
        self._libc = _libc()
        self._last = 0.0
        if self._libc is not None:
            self._libc.mallopt(ctypes.c_int(_M_ARENA_MAX), ctypes.c_int(ARENAS))

    @property
    def available(self) -> bool:
        return self._libc is not None

    def trim(self, *, force: bool = False) -> bool:
        """Give free pages back, unless done less than `TRIM_EVERY` seconds ago. Returns
        whether it ran."""
        if self._libc is None:
            return False
        now = time.monotonic()
        if not force and now - self._last < TRIM_EVERY:
            return False
        self._last = now
        self._libc.malloc_trim(ctypes.c_size_t(0))
        return True
