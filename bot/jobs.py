"""What Greffier does on its own, by the clock: each job is units of work for the runner.

A job that walks many items (dialogues to remind, bordereaux to complete) lists them in one
transaction, then handles each in a transaction of its own, so one failing item neither blocks
the others nor undoes them. A job that sends digests (circuit reminders, retention) is one
transaction: the digests and the marks that say they were sent commit together.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from functools import partial
from typing import Any

from bot.config import Config
from circuits import reminders
from commands import dialogues
from retention import digest as retention_digest
from retention import elimination, rules, waiting
from storage.db import Database
from workflows.context import Context
from workflows.runner import Runner

log = logging.getLogger("greffier.jobs")


async def send_reminders(runner: Runner) -> None:
    """Daily digests of waiting visas and signatures."""
    people = await runner.run(reminders.sweep)
    if people:
        log.info("reminders: %d digest(s)", people)


async def scan_retention(runner: Runner) -> None:
    """Digests to the référents whose documents' retention period ends."""
    told = await runner.run(retention_digest.scan)
    if told:
        log.info("retention: %d digest(s)", told)
    asked = await runner.run(waiting.ask)
    if asked:
        log.info("retention: %d service(s) asked about documents waiting for their event", asked)


async def apply_retention_rules(runner: Runner) -> rules.Moved:
    """At start: documents of the rows whose start event changed follow the new rule (one
    transaction per page, then the référents told and the rules remembered together)."""
    moved = rules.Moved()
    rows = await runner.run(rules.changed_rows)
    if not rows:
        return moved
    after: int | None = 0
    while after is not None:
        after = await runner.run(
            partial(rules.recompute_page, rows=rows, after_id=after, moved=moved)
        )

    async def finish(ctx: Context) -> None:
        if moved:
            await rules.tell(ctx, moved)
        await rules.remember(ctx)

    await runner.run(finish)
    if moved:
        log.info("retention rules: %s", dict(moved))
    return moved


async def complete_eliminations(runner: Runner) -> int:
    """Destroy what a visa allowed: run again after a restart until it has committed; the
    files go once it has. Returns how many documents went."""
    total = 0
    for slip_id in await runner.run(elimination.granted):
        try:
            destroyed = await runner.run(partial(elimination.complete_granted, slip_id=slip_id))
        except Exception:
            log.exception("elimination of slip %s failed", slip_id)
            continue
        log.info("elimination slip=%s destroyed=%d", slip_id, destroyed)
        total += destroyed
    return total


async def sweep_dialogues(runner: Runner) -> list[str]:
    """Reminders and expiry of questions left unanswered. Returns what each one did."""
    outcomes = []
    for dialogue_id in await runner.run(dialogues.due):
        try:
            outcome = await runner.run(
                partial(dialogues.remind_or_expire_due, dialogue_id=dialogue_id)
            )
        except Exception:
            log.exception("dialogue %s: reminder failed", dialogue_id)
            continue
        log.info("dialogue=%s outcome=%s", dialogue_id, outcome)
        outcomes.append(outcome)
    return outcomes


def _guarded(name: str, job: Callable[[], Awaitable[object]]) -> Callable[[], Awaitable[None]]:
    """A job that fails is logged and runs again at its next time; it never stops the bot."""

    async def run() -> None:
        try:
            await job()
        except Exception:
            log.exception("%s failed", name)

    return run


def start(config: Config, runner: Runner, db: Database) -> Any:
    """The scheduler, started: returned so the caller shuts it down."""
    from apscheduler.schedulers.asyncio import AsyncIOScheduler

    now = dt.datetime.now(dt.UTC)
    sweep = config.filing.sweep_every.total_seconds()
    scheduler = AsyncIOScheduler(timezone="UTC")
    every = {"trigger": "interval", "max_instances": 1, "coalesce": True}
    scheduler.add_job(
        _guarded("dialogue sweep", partial(sweep_dialogues, runner)), seconds=sweep, **every
    )
    scheduler.add_job(
        _guarded("reminder sweep", partial(send_reminders, runner)), seconds=sweep, **every
    )
    scheduler.add_job(
        _guarded("retention scan", partial(scan_retention, runner)),
        seconds=config.retention.scan_every.total_seconds(),
        next_run_time=now + dt.timedelta(seconds=5),
        **every,
    )
    scheduler.add_job(
        _guarded("elimination sweep", partial(complete_eliminations, runner)),
        seconds=sweep,
        # At start too: a destruction a stop interrupted completes before anything else.
        next_run_time=now + dt.timedelta(seconds=3),
        **every,
    )
    scheduler.add_job(
        # At night: the planner's statistics follow the growth of the archive.
        _guarded("statistics refresh", db.refresh_statistics),
        "cron",
        hour=3,
        minute=17,
        max_instances=1,
        coalesce=True,
    )
    scheduler.start()
    return scheduler
