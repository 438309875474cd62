"""The daily retention scan over a million documents, on SQLite and on PostgreSQL.

    scripts/bench retention [--documents 1000000] [--backend sqlite|postgresql|both]
                            [--runs 20] [--seed 1] [--keep]

What is timed is the one query the daily scan makes, `uow.retention.due_groups(horizon)`
(`storage.retention_repos`): every document still kept and not frozen whose DUA ends by the
horizon, grouped by service and retention row. The target is 0.5 s at 1M documents. The
horizon is the bench's "today" (22 November 2026) plus 60 days, so the DUAs ending on
1 January 2027 are in it.

The documents are generated (fixed seed), filed from 1 January 2011 to today: the shipped
document types in the proportions of a town's filing (`bench.corpus.TYPES`), each with its
retention row of the shipped referential (its sort and DUA, the DUA end computed by
`referentiel.retention.dua_end` from the document's date), the services of `bench.corpus`
(a few documents in none), 50 KB to 5 MB, about 3 % already eliminated, transferred or proposed
and 0.5 % under a legal hold. Every column filing writes is filled.

The schema is made by the Alembic migrations (the real indexes, `ix_document_due` among them).
The indexes of `document` other than the unique keys are dropped during the load and created
again from their own definitions after it; SQLite loads with executemany in batches, in one
transaction and `synchronous=OFF`, PostgreSQL with COPY. Then the statistics: SQLite as the bot
makes them (`Database.refresh_statistics`), PostgreSQL with VACUUM ANALYZE, as autovacuum would
after such an import (the visibility map lets an index-only scan skip the table). The load time
covers all of that.

Each run is a fresh unit of work (`Database.unit`, as the bot's scan), after one warm-up run:
warm figures, the pages are in the OS cache. The plan of the query (EXPLAIN QUERY PLAN on SQLite,
EXPLAIN ANALYZE on PostgreSQL, of the very SQL the repository sends) is printed once, with
whether `ix_document_due` serves it alone (covering, no table read).

PostgreSQL is a throwaway server (`tests.pg.TempPostgres`: Debian's binaries, fsync off, default
memory settings). Without `--keep` everything is written under /tmp and removed at the end; with
`--keep` the databases are kept under bench/results/ (one per backend, size, seed and state of
the migrations) and a later run with the same size, seed and migrations reuses them instead of
loading again (delete them after changing the generator).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import hashlib
import math
import os
import random
import shutil
import sqlite3
import subprocess
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event

from bench.corpus import SERVICES, TYPES, label_of, migrate, pg_size, sqlite_size
from bench.figures import figure, median, percentile
from referentiel import retention
from referentiel.model import Referentiel, load_referentiel
from storage.db import Database, sqlite_url_for
from storage.models import Document
from tests.pg import TempPostgres

TODAY = dt.date(2026, 11, 22)
HORIZON = TODAY + dt.timedelta(days=60)
FIRST_DAY = dt.date(2011, 1, 1)
TARGET_MS = 500.0
INDEX = "ix_document_due"
RESULTS = Path(__file__).resolve().parent / "results"
MIGRATIONS = Path(__file__).resolve().parent.parent / "storage" / "migrations" / "versions"
BATCH = 20_000

NO_SERVICE = 0.04
"""Share of documents filed in a room of no service."""
DISPOSALS = (("eliminated", 0.015), ("proposed", 0.01), ("transferred", 0.005))
HOLD = 0.005
MIN_SIZE, MAX_SIZE = 50_000, 5_000_000
AGENTS = 6
"""Agents filing per service."""


# --- the documents ------------------------------------------------------------------------------


def documents(count: int, seed: int, referentiel: Referentiel) -> Iterator[dict[str, Any]]:
    """The `document` rows, the same for a given count and seed (Python values, as the ORM's)."""
    rng = random.Random(seed)
    type_ids = list(TYPES)
    weights = [TYPES[t][0] for t in type_ids]
    days = (TODAY - FIRST_DAY).days
    log_min, log_max = math.log(MIN_SIZE), math.log(MAX_SIZE)
    for doc_id in range(1, count + 1):
        type_id = rng.choices(type_ids, weights)[0]
        kind = referentiel.type(type_id)
        row = referentiel.row_of(kind)
        owner = TYPES[type_id][1]
        service: str | None = owner or rng.choice(SERVICES).id
        if rng.random() < NO_SERVICE:
            service = None
        date = FIRST_DAY + dt.timedelta(days=rng.randrange(days + 1))
        filed = min(TODAY, date + dt.timedelta(days=rng.randrange(30)))
        filed_at = dt.datetime(
            filed.year, filed.month, filed.day, 7 + rng.randrange(11), rng.randrange(60),
            tzinfo=dt.UTC,
        )  # fmt: skip
        draw = rng.random()
        disposal = ""
        for value, share in DISPOSALS:
            if draw < share:
                disposal = value
                break
            draw -= share
        start = retention.start_of(row, kind, {}, date)
        digest = hashlib.sha256(f"greffier-bench-retention-{seed}-{doc_id}".encode()).hexdigest()
        where = service or "accueil-general"
        yield {
            "id": doc_id,
            "ref": f"{date.year}-{doc_id:07d}",
            "name": f"{date.isoformat()}_{type_id}_{doc_id:07d}.pdf",
            "title": f"{kind.label} n° {doc_id}",
            "type_id": type_id,
            "type_label": kind.label,
            "class_code": row.class_code,
            "row_id": row.id,
            "fields": {},
            "document_date": date,
            "sort": row.sort,
            "dua_years": row.dua_years,
            "dua_start": start or date,
            "dua_end": retention.dua_end(start, row.dua_years) if start else None,
            # A marché's pieces wait for its final payment, as filing leaves them.
            "awaiting_event": None if start else row.start,
            "dossier": None,
            "sensitive": None,
            "a_valider": row.a_valider,
            "sha256": digest,
            "source_sha256": hashlib.sha256(digest.encode()).hexdigest(),
            "size": int(math.exp(rng.uniform(log_min, log_max))),
            "pages": 1 + rng.randrange(40),
            "mimetype": "application/pdf",
            "original_name": f"scan_{doc_id:07d}.pdf",
            "text": "",
            "ocr": False,
            "warnings": [],
            "service_id": service,
            "room_id": f"!{where}:mairie-exemple.fr",
            "filed_by": f"@agent{rng.randrange(AGENTS)}.{where}:mairie-exemple.fr",
            "filed_at": filed_at,
            "event_id": f"$bench-{digest[:40]}",
            "disposal": disposal,
            "hold": rng.random() < HOLD,
        }


def _batches(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def _sqlite_load(path: Path, count: int, seed: int, referentiel: Referentiel) -> None:
    """Through SQLAlchemy Core (its JSON, date and UTC types, as the ORM writes them), in one
    transaction, the secondary indexes made again after."""
    con = sqlite3.connect(path)
    try:
        indexes = con.execute(
            "SELECT name, sql FROM sqlite_master "
            "WHERE type = 'index' AND tbl_name = 'document' AND sql IS NOT NULL"
        ).fetchall()  # sql is NULL for the automatic indexes of the UNIQUE constraints
        for name, _ in indexes:
            con.execute(f'DROP INDEX "{name}"')
        con.commit()
    finally:
        con.close()
    engine = create_engine(f"sqlite:///{path}")

    def pragmas(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA synchronous=OFF")
        dbapi_connection.execute("PRAGMA cache_size=-1000000")

    event.listen(engine, "connect", pragmas)
    table = Document.__table__  # type: ignore[attr-defined]
    with engine.begin() as conn:
        for batch in _batches(documents(count, seed, referentiel)):
            conn.execute(table.insert(), batch)
        for _, ddl in indexes:
            conn.exec_driver_sql(ddl)
    engine.dispose()


def _pg_load(url: str, count: int, seed: int, referentiel: Referentiel) -> None:
    """COPY, the secondary indexes made again after, then VACUUM ANALYZE."""
    import psycopg
    from psycopg.types.json import Json

    columns = [c.name for c in Document.__table__.columns]  # type: ignore[attr-defined]
    with psycopg.connect(url) as con:
        cur = con.cursor()
        cur.execute("SET maintenance_work_mem = '1GB'")
        cur.execute(
            "SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'document' "
            "AND indexname NOT IN (SELECT conname FROM pg_constraint)"
        )
        indexes = cur.fetchall()
        for name, _ in indexes:
            cur.execute(f'DROP INDEX "{name}"')
        with cur.copy(f"COPY document ({', '.join(columns)}) FROM STDIN") as copy:
            for row in documents(count, seed, referentiel):
                row["fields"] = Json(row["fields"])
                row["warnings"] = Json(row["warnings"])
                copy.write_row([row[c] for c in columns])
        for _, definition in indexes:
            cur.execute(definition)
        cur.execute(
            "SELECT setval(pg_get_serial_sequence('document', 'id'), "
            "(SELECT max(id) FROM document))"
        )
        con.commit()
    with psycopg.connect(url, autocommit=True) as con:
        con.execute("VACUUM ANALYZE document")


class KeptPostgres(TempPostgres):
    """`tests.pg.TempPostgres` living in `home` (under bench/results) and kept when stopped: it
    starts again on the data already there (no initdb)."""

    def __init__(self, home: Path) -> None:
        super().__init__()
        shutil.rmtree(self.dir, ignore_errors=True)
        home.mkdir(parents=True, exist_ok=True)
        if self.as_root:
            shutil.chown(home, "postgres", "postgres")
        self.dir = home

    def _run(self, *args: str) -> None:
        if args[0] == "initdb" and (self.dir / "data" / "PG_VERSION").exists():
            return
        super()._run(*args)

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "fast", "stop")


# --- measuring ----------------------------------------------------------------------------------


@dataclass
class Outcome:
    backend: str
    load_s: float | None = None
    """None when a kept database was reused."""
    db_mb: float = 0.0
    documents: int = 0
    timings: list[float] = field(default_factory=list)
    groups: int = 0
    due: int = 0
    due_mb: float = 0.0
    plan: list[str] = field(default_factory=list)
    covering: bool = False


async def _plan(db: Database) -> tuple[list[str], bool]:
    """The plan of the very SQL `due_groups` sends (caught on its way to the driver)."""
    sent: list[tuple[str, Any]] = []

    def catch(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
    ) -> None:
        sent.append((statement, parameters))

    sync_engine = db.engine.sync_engine
    event.listen(sync_engine, "before_cursor_execute", catch)
    try:
        async with db.unit() as uow:
            await uow.retention.due_groups(HORIZON)
    finally:
        event.remove(sync_engine, "before_cursor_execute", catch)
    statement, parameters = next((s, p) for s, p in sent if "GROUP BY" in s)
    prefix = "EXPLAIN QUERY PLAN " if db.is_sqlite else "EXPLAIN (ANALYZE, BUFFERS) "
    async with db.engine.connect() as conn:
        rows = (await conn.exec_driver_sql(prefix + statement, parameters)).all()
    lines = [str(row[-1]) for row in rows]  # SQLite's "detail" column; PostgreSQL's only one
    mark = f"COVERING INDEX {INDEX}" if db.is_sqlite else f"Index Only Scan using {INDEX}"
    covering = any(mark in line for line in lines)
    return [" ".join(statement.split()), *lines], covering


async def measure(url: str, runs: int, out: Outcome) -> None:
    db = Database(url)
    try:
        async with db.unit() as uow:
            found = await uow.retention.due_groups(HORIZON)  # warm-up
        for _ in range(runs):
            async with db.unit() as uow:
                started = time.perf_counter()
                found = await uow.retention.due_groups(HORIZON)
                out.timings.append((time.perf_counter() - started) * 1000)
        out.groups = len(found)
        out.due = sum(g.count for g in found)
        out.due_mb = sum(g.size for g in found) / 1e6
        out.plan, out.covering = await _plan(db)
    finally:
        await db.dispose()


def _sqlite_count(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        (count,) = con.execute("SELECT count(*) FROM document").fetchone()
    finally:
        con.close()
    return int(count)


def _pg_count(url: str) -> int:
    import psycopg

    with psycopg.connect(url) as con:
        row = con.execute("SELECT count(*) FROM document").fetchone()
    assert row is not None
    return int(row[0])


# --- the run ------------------------------------------------------------------------------------


def _cache_name(backend: str, count: int, seed: int) -> str:
    """Named after the size, the seed and the migrations: a migration edited in place (the
    index of the scan changed) makes a new database, since a kept one would not run it again."""
    digest = hashlib.sha256()
    for path in sorted(MIGRATIONS.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return f"retention-{backend}-{label_of(count)}-seed{seed}-{digest.hexdigest()[:8]}"


def _publish(built: Path, final: Path) -> None:
    """A database built to be kept becomes the kept one, by a rename: a run never reuses one
    half-built, nor one that another run is building. If another run kept one first, ours goes."""
    try:
        built.rename(final)
    except OSError:
        shutil.rmtree(built, ignore_errors=True)


def run_sqlite(
    count: int, seed: int, runs: int, referentiel: Referentiel, *, root: Path, keep: bool
) -> Outcome:
    out = Outcome("sqlite")
    final = RESULTS / _cache_name("sqlite", count, seed)
    reuse = keep and final.exists()
    data_dir = final if reuse else root / f"{final.name}.building-{os.getpid()}"
    path = data_dir / "greffier.db"
    url = sqlite_url_for(data_dir)
    if reuse:
        print(f"  sqlite: reusing {path}", flush=True)
        asyncio.run(migrate(url))
    else:
        data_dir.mkdir(parents=True)
        asyncio.run(migrate(url))
        started = time.perf_counter()
        _sqlite_load(path, count, seed, referentiel)
        asyncio.run(_refresh(Database(url)))
        out.load_s = time.perf_counter() - started
    out.db_mb = sqlite_size(path)
    out.documents = _sqlite_count(path)
    _report_load(out)
    try:
        asyncio.run(measure(url, runs, out))
    finally:
        if keep and not reuse:
            _publish(data_dir, final)
    return out


async def _refresh(db: Database) -> None:
    try:
        await db.refresh_statistics()
    finally:
        await db.dispose()


def run_postgresql(
    count: int, seed: int, runs: int, referentiel: Referentiel, keep: bool
) -> Outcome:
    out = Outcome("postgresql")
    final = RESULTS / _cache_name("postgresql", count, seed)
    reuse = keep and final.exists()
    home = final if reuse else RESULTS / f"{final.name}.building-{os.getpid()}"
    server = KeptPostgres(home) if keep else TempPostgres()
    try:
        url = server.start()
        asyncio.run(migrate(url))
        if reuse:
            print(f"  postgresql: reusing {home}", flush=True)
        else:
            started = time.perf_counter()
            _pg_load(url, count, seed, referentiel)
            out.load_s = time.perf_counter() - started
        out.db_mb = pg_size(url)
        out.documents = _pg_count(url)
        _report_load(out)
        asyncio.run(measure(url, runs, out))
    finally:
        server.stop()
        if keep and not reuse:
            _publish(home, final)
    return out


def _report_load(out: Outcome) -> None:
    how = "kept database" if out.load_s is None else f"loaded in {out.load_s:.1f} s"
    print(f"  {out.backend}: {out.documents} documents, {how}, {out.db_mb:.0f} MB", flush=True)


def report(out: Outcome) -> None:
    p50, p95 = median(out.timings), percentile(out.timings, 0.95)
    print(
        f"  {out.backend}: due_groups({HORIZON.isoformat()}) over {len(out.timings)} runs: "
        f"median {p50:.1f} ms, p95 {p95:.1f} ms, max {max(out.timings):.1f} ms; "
        f"{out.groups} groups, {out.due} documents due ({out.due_mb / 1000:.1f} GB)"
    )
    verdict = "covering: the index alone" if out.covering else "NOT covering"
    print(f"  plan ({INDEX} {verdict}):")
    for line in out.plan:
        print(f"    {line}")
    if p50 > TARGET_MS:
        print(f"  {out.backend}: target MISSED, median {p50:.0f} ms > {TARGET_MS:.0f} ms")
    print(flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--documents", type=int, default=1_000_000)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the databases under bench/results/ and reuse them (same size and seed)",
    )
    args = parser.parse_args()
    referentiel = load_referentiel()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    print(
        f"{args.documents} documents filed {FIRST_DAY.isoformat()}..{TODAY.isoformat()}, "
        f"seed {args.seed}; horizon {HORIZON.isoformat()}",
        flush=True,
    )
    outcomes: list[Outcome] = []
    with tempfile.TemporaryDirectory(prefix="greffier-bench-retention-") as tmp:
        for backend in backends:
            if backend == "sqlite":
                root = RESULTS if args.keep else Path(tmp)  # where a new database is built
                out = run_sqlite(
                    args.documents, args.seed, args.runs, referentiel, root=root, keep=args.keep
                )
            else:
                out = run_postgresql(args.documents, args.seed, args.runs, referentiel, args.keep)
            report(out)
            outcomes.append(out)
    label = label_of(args.documents)
    for out in outcomes:
        if out.load_s is not None:
            print(figure(f"retention_load_{label}_{out.backend}", out.load_s, "s"))
        print(figure(f"retention_scan_{out.backend}_p95_ms", percentile(out.timings, 0.95), "ms"))
    for out in outcomes:
        print(
            figure(
                f"retention_scan_{out.backend}_ms", median(out.timings), "ms", f"<= {TARGET_MS:g}"
            )
        )


if __name__ == "__main__":
    main()
