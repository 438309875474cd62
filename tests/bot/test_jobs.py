"""The scheduler's jobs: each one scheduled, each one running through the bot's runner."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from bot import jobs
from bot.config import load_config
from storage.db import Database
from tests.harness import Harness

ROOT = Path(__file__).resolve().parents[2]


async def test_every_job_has_a_next_run(database: Database, tmp_path: Path) -> None:
    """A job added without a next run time is paused for ever: nothing would ever remind."""
    config = load_config(ROOT / "config.example.yaml", env={"GREFFIER_BOT_PASSWORD": "x"})
    h = Harness(database, blob_dir=tmp_path / "blobs")
    scheduler = jobs.start(config, h.runner, database)
    try:
        scheduled = scheduler.get_jobs()
        assert len(scheduled) == 5
        for job in scheduled:
            assert job.next_run_time is not None, job
            # None runs late: every job is due within a day of the start.
            assert job.next_run_time - dt.datetime.now(dt.UTC) < dt.timedelta(days=1)
    finally:
        scheduler.shutdown(wait=False)


async def test_a_failing_job_is_logged_and_the_bot_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async def broken() -> None:
        raise RuntimeError("la base ne répond pas")

    await jobs._guarded("test job", broken)()  # does not raise
    (record,) = [r for r in caplog.records if r.name == "greffier.jobs"]
    assert record.getMessage() == "test job failed"
    assert record.exc_info is not None
