"""The allocator's knobs (bot/memory.py): freed memory really goes back to the system."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from bot.memory import Memory
from tests.conftest import require_tool


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.fixture
def memory() -> Memory:
    memory = Memory()
    require_tool("glibc (malloc_trim)", memory.available)  # Debian, hence CI, has it
    return memory


def test_a_trim_returns_what_a_thread_freed_among_what_it_kept(memory: Memory) -> None:
    """100 MB of file-sized buffers read in a worker thread, one in sixteen kept: glibc keeps
    the freed ones between the kept ones until the trim gives their pages back."""
    kept: list[bytearray] = []

    def read_files() -> None:
        buffers = [bytearray(64 * 1024) for _ in range(1600)]
        kept.extend(buffers[::16])
        buffers.clear()

    thread = threading.Thread(target=read_files)
    thread.start()
    thread.join()
    before = resident_mb()
    assert memory.trim(force=True)
    after = resident_mb()
    assert before - after > 50, (before, after)
    assert len(kept) == 100


def test_trims_are_spaced(memory: Memory) -> None:
    assert memory.trim(force=True)
    assert not memory.trim()  # within TRIM_EVERY of the last one
    assert memory.trim(force=True)
