"""The bot's clock: the real one, or one the integration tests move.

Retention is about years: a test cannot wait for a DUA to end. With GREFFIER_CLOCK_FILE set,
the file holds an offset in seconds that is added to the real time; the tests write it to
jump ahead. It is read again whenever the file changes, so the bot needs no restart. Without
the variable (always, in production) this is the system clock.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from workflows.ports import Clock, SystemClock

CLOCK_FILE_VARIABLE = "GREFFIER_CLOCK_FILE"


class OffsetClock:
    """Real time plus the offset written in a file (tests only)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._stamp: float | None = None
        self._offset = dt.timedelta()

    def now(self) -> dt.datetime:
        try:
            stamp = self.path.stat().st_mtime_ns
        except FileNotFoundError:
            stamp = None
        if stamp != self._stamp:
            self._stamp = stamp
            try:
                seconds = float(self.path.read_text(encoding="utf-8").strip() or 0)
            except (FileNotFoundError, ValueError):
                seconds = 0.0
            self._offset = dt.timedelta(seconds=seconds)
        return dt.datetime.now(dt.UTC) + self._offset


def clock_from_environment() -> Clock:
    path = os.environ.get(CLOCK_FILE_VARIABLE)
    return OffsetClock(Path(path)) if path else SystemClock()
