"""Round trip of a trivial command: Greffier against the barest nio echo bot, same Synapse.

    .venv/bin/python -m bench.echo [--messages 100]

One Synapse on loopback, two bots (each its own process), one tester (a real nio client).
For each bot, one plain and one encrypted DM; the tester sends a message and waits for the
answer. Bots are measured alternately, message by message, so drift of the machine hits both
alike. Prints median and p95 for each bot and room kind, the ratio, and the `figure:` lines.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.figures import figure, median, percentile
from bot.cross_signing import CrossSigningKeys
from bot.homeserver import Homeserver, free_port
from bot.person import Person
from tests.support.bot_process import BotProcess

TARGET_RATIO = 1.15
WARMUP = 5


async def round_trip(person: Person, room: str, bot: str, text: str) -> float:
    mark = person.mark()
    started = time.perf_counter()
    await person.send(room, text)
    await person.reply_from(bot, room, mark, timeout=60)
    return (time.perf_counter() - started) * 1000


async def open_dm(person: Person, bot: str, encrypted: bool) -> str:
    mark = person.mark()
    room = await person.create_room("", [bot], encrypted=encrypted, direct=True)
    await person.wait_member(room, bot, timeout=60)
    if bot.startswith("@greffier"):
        await person.reply_from(bot, room, mark, timeout=60)  # its hello
    return room


async def run(messages: int, directory: Path) -> list[str]:
    homeserver = Homeserver(directory / "synapse", port=free_port())
    homeserver.start()
    echo_process: subprocess.Popen[bytes] | None = None
    greffier: BotProcess | None = None
    tester: Person | None = None
    try:
        passwords = {name: secrets.token_hex(8) for name in ("tester", "echo", "greffier")}
        for name, password in passwords.items():
            homeserver.register(name, password)
        echo_id, greffier_id = homeserver.user_id("echo"), homeserver.user_id("greffier")
        echo_process = subprocess.Popen(
            [
                sys.executable,
                str(Path(__file__).with_name("echo_bot.py")),
                homeserver.url,
                echo_id,
                passwords["echo"],
                str(directory / "echo-store"),
            ],
            stdout=subprocess.PIPE,
            stderr=(directory / "echo.log").open("wb"),
        )
        assert echo_process.stdout is not None
        echo_process.stdout.readline()  # "ready"
        greffier = BotProcess(
            {
                "homeserver": {"url": homeserver.url},
                "bot": {"user_id": greffier_id, "password": passwords["greffier"]},
                "data_dir": str(directory / "greffier"),
                "access": {"allowed_homeservers": [homeserver.server_name]},
                "web": {"port": free_port()},
                "log_level": "WARNING",
            },
            directory / "greffier-process",
        )
        greffier.start()
        tester = Person(
            homeserver.url, homeserver.user_id("tester"), passwords["tester"], directory / "tester"
        )
        await tester.start()
        # A current client: its session cross-signed, as the bot (like Element) requires.
        await tester.cross_sign(CrossSigningKeys.generate())
        results: dict[tuple[str, str], list[float]] = {}
        for kind, encrypted in (("plain", False), ("encrypted", True)):
            rooms = {
                "bare": (await open_dm(tester, echo_id, encrypted), echo_id),
                "greffier": (await open_dm(tester, greffier_id, encrypted), greffier_id),
            }
            for who, (room, bot) in rooms.items():
                for _ in range(WARMUP):
                    await round_trip(tester, room, bot, "bonjour")
                results[(who, kind)] = []
            for _ in range(messages):
                for who, (room, bot) in rooms.items():
                    results[(who, kind)].append(await round_trip(tester, room, bot, "bonjour"))
        lines = []
        for kind in ("plain", "encrypted"):
            bare, ours = results[("bare", kind)], results[("greffier", kind)]
            print(
                f"{kind:>9}: bare echo p50 {median(bare):6.1f} ms"
                f"  p95 {percentile(bare, 0.95):6.1f} ms"
                f" | greffier p50 {median(ours):6.1f} ms  p95 {percentile(ours, 0.95):6.1f} ms"
                f" | ratio p50 {median(ours) / median(bare):.2f}",
                flush=True,
            )
            lines += [
                figure(f"echo_rtt_p50_{kind}_bare", median(bare), "ms"),
                figure(f"echo_rtt_p95_{kind}_bare", percentile(bare, 0.95), "ms"),
                figure(f"echo_rtt_p50_{kind}_greffier", median(ours), "ms"),
                figure(f"echo_rtt_p95_{kind}_greffier", percentile(ours, 0.95), "ms"),
                figure(
                    f"echo_ratio_p50_{kind}",
                    median(ours) / median(bare),
                    "x",
                    f"<= {TARGET_RATIO}",
                ),
                figure(
                    f"echo_ratio_p95_{kind}",
                    percentile(ours, 0.95) / percentile(bare, 0.95),
                    "x",
                    f"<= {TARGET_RATIO}",
                ),
            ]
        return lines
    finally:
        if tester is not None:
            await tester.close()
        if greffier is not None:
            greffier.stop()
        if echo_process is not None:
            echo_process.terminate()
            echo_process.wait(timeout=20)
        homeserver.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--messages", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="greffier-bench-") as directory:
        lines = asyncio.run(run(args.messages, Path(directory)))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
