"""The allocator's knobs (bot/memory.py): freed memory really goes back to the system."""

from __future__ import annotations

import subprocess
import sys
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


def test_the_bot_starts_without_the_libraries_of_rarer_work() -> None:
    """Photos (Pillow's filters, img2pdf, pikepdf), signing and its checks (pyHanko),
    bordereaux (reportlab), SEDA (lxml) and migrations (Alembic, Mako, Pygments) are loaded by
    their first use: about 48 MB a bot that files and searches never needs. A module-level
    import of any of them in the bot's start path shows here."""
    rarer = [
        "img2pdf",
        "pikepdf",
        "reportlab",
        "lxml",
        "filing.photos",
        "circuits.signing.pades",
        "circuits.evidence_pdf",
        "retention.disposal_layout",
        "retention.seda",
        "matplotlib",
        "pyhanko",
        "circuits.signing.signers",
        "alembic",
        "mako",
        "pygments",
    ]
    code = (
        "import sys, bot.__main__, bot.app, bot.web, bot.verifier, storage.migrate, storage.db\n"
        f"print(' '.join(m for m in {rarer!r} if m in sys.modules))"
    )
    loaded = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout.split()
    assert loaded == []
