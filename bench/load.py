"""Load: many agents file and search at once, on one Synapse, against a bot holding a big archive.

    scripts/bench load [--agents 50] [--documents 100000] [--rounds 4]

One Synapse on loopback; Greffier (its own process) with `--documents` documents already
filed (the generated municipal corpus of `bench.corpus`, loaded before it starts); the barest
nio echo bot beside it. Each agent is a real nio client with an encrypted private room with
each bot. All agents act at once: each round, an agent uploads a PDF (the bot answers with its
first question), asks two searches, cancels the draft, and pings the echo bot. Measured: the
latency of every reply (message sent to answer received), the throughput (answers per second
over the whole run), the ratio of Greffier's search latency to the echo bot's round trip in
the same run, and the bot's resident memory at the end (VmRSS) and at its peak (VmHWM).
Ends with the `figure:` lines of GUIDE §2 (target: RSS <= 200 MB with 100k documents).
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.corpus import build_corpus, label_of, sqlite_load
from bench.figures import figure, median, percentile
from bot.cross_signing import CrossSigningKeys
from bot.homeserver import Homeserver, free_port
from bot.person import Person
from referentiel.model import load_referentiel
from storage.db import Database
from tests.fixtures import documents as fx
from tests.support.bot_process import BotProcess

TARGET_RSS_MB = 200.0
QUERIES = ("cherche permis dupond", "cherche facture eau 2024", "cherche arrêté stationnement")


def memory_mb(pid: int) -> dict[str, float]:
    """A process's memory from /proc/<pid>/status, in MB: VmRSS (resident), VmHWM (its peak),
    RssAnon (the heap: Python objects, caches) and RssFile (mapped files: libraries)."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines()
    )
    return {
        name: int(fields[name].split()[0]) / 1024
        for name in ("VmRSS", "VmHWM", "RssAnon", "RssFile")
    }


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident memory of a process, in MB."""
    memory = memory_mb(pid)
    return memory["VmRSS"], memory["VmHWM"]


def memory_line(stage: str, pid: int) -> str:
    m = memory_mb(pid)
    return (
        f"  bot memory {stage}: RSS {m['VmRSS']:.0f} MB (heap {m['RssAnon']:.0f}, "
        f"files {m['RssFile']:.0f}), peak {m['VmHWM']:.0f} MB"
    )


async def timed(person: Person, room: str, bot: str, send: object) -> float:
    mark = person.mark()
    started = time.perf_counter()
    if isinstance(send, str):
        await person.send(room, send)
    else:
        data, name = send  # type: ignore[misc]
        await person.send_file(room, data, name, "application/pdf")
    await person.reply_from(bot, room, mark, timeout=300)
    return (time.perf_counter() - started) * 1000


async def open_dm(person: Person, bot: str, *, greets: bool) -> str:
    mark = person.mark()
    room = await person.create_room("", [bot], encrypted=True, direct=True)
    await person.wait_member(room, bot, timeout=300)
    if greets:  # Greffier says hello; the echo bot only echoes
        await person.reply_from(bot, room, mark, timeout=300)
    return room


async def preload(data_dir: Path, documents: int, archive: Path | None = None) -> None:
    """The bot's database with `documents` generated documents; with `archive`, a copy of that
    file, made first if missing (the generation takes over a minute at 100k)."""
    if archive is not None:
        if not archive.exists():
            await preload(archive.parent / f"{archive.stem}-build", documents)
            shutil.move(archive.parent / f"{archive.stem}-build" / "greffier.db", archive)
        data_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(archive, data_dir / "greffier.db")
        return
    data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(f"sqlite:///{data_dir / 'greffier.db'}")
    await db.migrate()
    await db.dispose()
    if documents:
        referentiel = load_referentiel()
        corpus = build_corpus(documents, 20261122, referentiel)
        await asyncio.to_thread(sqlite_load, data_dir / "greffier.db", corpus, referentiel)


def start_bot(homeserver: Homeserver, bot_id: str, password: str, directory: Path) -> BotProcess:
    """Greffier on the prepared archive, reporting its memory once started."""
    bot = BotProcess(
        {
            "homeserver": {"url": homeserver.url},
            "bot": {"user_id": bot_id, "password": password},
            "data_dir": str(directory / "greffier"),
            "access": {"allowed_homeservers": [homeserver.server_name]},
            "web": {"port": free_port()},
            "log_level": "WARNING",
        },
        directory / "greffier-process",
    )
    bot.start(timeout=600)
    assert bot.process is not None
    print(memory_line("after start", bot.process.pid), flush=True)
    return bot


async def start_agents(homeserver: Homeserver, agents: int, directory: Path) -> list[Person]:
    """The agents, each on a current client: a session cross-signed, as the bot requires."""
    people = []
    for n in range(agents):
        password = secrets.token_hex(8)
        homeserver.register(f"agent{n}", password)
        person = Person(homeserver.url, homeserver.user_id(f"agent{n}"), password,
                        directory / f"agent{n}")  # fmt: skip
        await person.start()
        await person.cross_sign(CrossSigningKeys.generate())
        people.append(person)
    return people


async def run(
    agents: int, documents: int, rounds: int, directory: Path, archive: Path | None = None
) -> list[str]:
    homeserver = Homeserver(directory / "synapse", port=free_port())
    homeserver.start()
    echo: subprocess.Popen[bytes] | None = None
    bot: BotProcess | None = None
    people: list[Person] = []
    try:
        passwords = {"echo": secrets.token_hex(8), "greffier": secrets.token_hex(8)}
        for name, password in passwords.items():
            homeserver.register(name, password)
        echo_id, bot_id = homeserver.user_id("echo"), homeserver.user_id("greffier")
        echo = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("echo_bot.py")), homeserver.url,
             echo_id, passwords["echo"], str(directory / "echo-store")],
            stdout=subprocess.PIPE, stderr=(directory / "echo.log").open("wb"),
        )  # fmt: skip
        assert echo.stdout is not None
        echo.stdout.readline()
        started = time.perf_counter()
        await preload(directory / "greffier", documents, archive)
        print(f"  {label_of(documents) if documents else 0} documents loaded in "
              f"{time.perf_counter() - started:.0f} s", flush=True)  # fmt: skip
        bot = start_bot(homeserver, bot_id, passwords["greffier"], directory)
        people += await start_agents(homeserver, agents, directory)
        rooms = await asyncio.gather(
            *(
                asyncio.gather(open_dm(p, bot_id, greets=True), open_dm(p, echo_id, greets=False))
                for p in people
            )
        )
        print(f"  {agents} agents ready", flush=True)
        print(memory_line("with the agents' rooms", bot.process.pid), flush=True)
        uploads: list[float] = []
        searches: list[float] = []
        echoes: list[float] = []

        async def agent(n: int) -> None:
            person, (ours, bare) = people[n], rooms[n]
            for r in range(rounds):
                data = fx.permis_de_construire_pdf(numero=f"PC 075 056 26 L{n:03d}{r}")
                uploads.append(await timed(person, ours, bot_id, (data, f"permis-{n}-{r}.pdf")))
                for k in range(2):
                    searches.append(await timed(person, ours, bot_id, QUERIES[(n + r + k) % 3]))
                await timed(person, ours, bot_id, "annuler")
                echoes.append(await timed(person, bare, echo_id, "bonjour"))

        started = time.perf_counter()
        await asyncio.gather(*(agent(n) for n in range(agents)))
        elapsed = time.perf_counter() - started
        print(memory_line("at the end", bot.process.pid), flush=True)
        current, peak = rss_mb(bot.process.pid)
        answers = agents * rounds * 5
        print(
            f"  {answers} answers in {elapsed:.1f} s ({answers / elapsed:.1f}/s); upload first "
            f"question p50 {median(uploads):.0f} ms p95 {percentile(uploads, 0.95):.0f} ms; "
            f"search p50 {median(searches):.0f} ms p95 {percentile(searches, 0.95):.0f} ms; "
            f"echo p50 {median(echoes):.0f} ms p95 {percentile(echoes, 0.95):.0f} ms; "
            f"bot RSS {current:.0f} MB (peak {peak:.0f} MB)",
            flush=True,
        )
        return [
            figure("load_throughput_answers_per_s", answers / elapsed, "/s"),
            figure("load_upload_first_question_p95_ms", percentile(uploads, 0.95), "ms"),
            figure("load_search_p95_ms", percentile(searches, 0.95), "ms"),
            figure("load_echo_p95_ms", percentile(echoes, 0.95), "ms"),
            figure(
                "load_search_to_echo_ratio_p95",
                percentile(searches, 0.95) / percentile(echoes, 0.95),
                "x",
            ),
            figure("load_bot_rss_mb", current, "MB", f"<= {TARGET_RSS_MB:g}"),
            figure("load_bot_rss_peak_mb", peak, "MB", f"<= {TARGET_RSS_MB:g}"),
        ]
    finally:
        for person in people:
            await person.close()
        if bot is not None:
            bot.stop()
        if echo is not None:
            echo.terminate()
            echo.wait(timeout=20)
        homeserver.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agents", type=int, default=50)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument(
        "--archive", type=Path, help="a generated database to reuse (made there if missing)"
    )
    args = parser.parse_args()
    print(f"load: {args.agents} agents, {args.documents} documents, {args.rounds} rounds")
    with tempfile.TemporaryDirectory(prefix="greffier-load-") as directory:
        lines = asyncio.run(
            run(args.agents, args.documents, args.rounds, Path(directory), args.archive)
        )
    print("\n".join(lines))


if __name__ == "__main__":
    main()
