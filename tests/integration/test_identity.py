"""The bot's own cryptographic identity on a real Synapse: created and checked at first start,
kept across a lost session, and every way it can go wrong told in one French line while the
bot goes on working in unencrypted rooms."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import web

from bot import identity
from bot.cross_signing import CrossSigningKeys
from bot.homeserver import Homeserver, free_port
from tests.integration.conftest import Bots, PersonFactory
from tests.integration.test_foundation import ask, bot_id_of, invite_and_greet
from tests.support.bot_process import BotProcess


def cli(bot: BotProcess, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "identity", *args, "-c", str(bot.config_path)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def identity_of(bot: BotProcess) -> dict[str, Any]:
    health = bot.health()
    assert health is not None
    return health["identity"]  # type: ignore[no-any-return]


async def until_identity_settles(bot: BotProcess, timeout: float = 30.0) -> dict[str, Any]:
    """The identity part of /healthz once the bot has tried to set it up."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        found = identity_of(bot)
        if found["cross_signed"] or "pas encore" not in (found["problem"] or ""):
            return found
        await asyncio.sleep(0.2)
    raise AssertionError(f"identity never settled: {identity_of(bot)}\n{bot.log_tail()}")


def identity_lines(bot: BotProcess) -> list[str]:
    return [line for line in bot.log_tail(400).splitlines() if "identité du bot :" in line]


async def still_answers_in_a_plain_room(bot: BotProcess, people: PersonFactory) -> None:
    agent = await people("agent")
    bot_user = bot_id_of(bot.config)
    room = await invite_and_greet(agent, bot_user, encrypted=False)
    assert "Voici ce que je sais faire" in (await ask(agent, room, bot_user, "aide")).body


async def test_the_bot_signs_its_device_and_signs_a_new_one_after_losing_its_session(
    matrix_bots: Bots,
) -> None:
    bot = matrix_bots.start()
    first = identity_of(bot)
    assert first["cross_signed"] is True and first["problem"] is None
    shown = cli(bot, "show")
    assert shown.returncode == 0, shown.stderr
    assert "signée par cette identité : oui" in shown.stdout
    assert "identiques à celles du serveur" in shown.stdout
    first_device = next(
        line for line in shown.stdout.splitlines() if line.startswith("Session du bot")
    )
    key_file = Path(bot.config["data_dir"]) / "matrix" / "cross_signing.json"
    assert key_file.stat().st_mode & 0o077 == 0
    bot.stop()
    (Path(bot.config["data_dir"]) / "matrix" / "session.json").unlink()
    bot.start()  # a new login, so a new device: signed from the kept keys
    again = identity_of(bot)
    assert again == first  # same identity, cross-signed
    shown = cli(bot, "show")
    assert shown.returncode == 0, shown.stderr
    new_device = next(
        line for line in shown.stdout.splitlines() if line.startswith("Session du bot")
    )
    assert new_device != first_device and "signée par cette identité : oui" in new_device


async def test_keys_that_differ_from_the_server_s_are_one_line_and_reset_mends_them(
    matrix_bots: Bots, people: PersonFactory
) -> None:
    bot = matrix_bots.start()
    bot.stop()
    refused = cli(bot, "reset")
    assert refused.returncode == 1
    assert "Attention" in refused.stderr and "--yes" in refused.stderr
    # The key file now holds keys the server never saw (a restore from another machine).
    data_dir = Path(bot.config["data_dir"])
    passphrase = (data_dir / "signing" / "passphrase").read_text().strip().encode()
    identity.save_keys(
        identity.key_path(data_dir),
        CrossSigningKeys.generate(),
        bot.config["bot"]["user_id"],
        passphrase,
    )
    bot.start(healthy=False)
    found = await until_identity_settles(bot)
    assert found["cross_signed"] is False
    assert "ne correspondent pas" in found["problem"]
    assert bot.health()["status"] == "degraded"  # type: ignore[index]
    assert len(identity_lines(bot)) == 1
    await still_answers_in_a_plain_room(bot, people)
    # The operator resets the identity while the bot runs: the bot notices and is healthy.
    mended = cli(bot, "reset", "--yes")
    assert mended.returncode == 0, mended.stderr
    assert "signée par cette identité : oui" in mended.stdout
    bot.wait_healthy(30)
    assert identity_of(bot)["cross_signed"] is True


async def test_a_wrong_password_is_one_line_and_the_bot_keeps_working(
    matrix_bots: Bots, people: PersonFactory, homeserver: Homeserver
) -> None:
    """The account already has an identity (made in Element, say) whose keys the bot lacks:
    replacing it needs the password, and the configured one is wrong."""
    config = matrix_bots.config()
    localpart = config["bot"]["user_id"][1:].split(":")[0]
    token = homeserver.login(localpart, config["bot"]["password"])
    api = identity.AiohttpApi(homeserver.url, lambda: token)
    try:
        await identity.publish(api, CrossSigningKeys.generate(), config["bot"]["user_id"], None)
    finally:
        await api.close()
    config["bot"] = {**config["bot"], "access_token": token, "password": "pas-le-bon"}
    bot = matrix_bots.start(config, healthy=False)
    found = await until_identity_settles(bot)
    assert "mot de passe du bot refusé" in found["problem"]
    assert "GREFFIER_BOT_PASSWORD" in found["problem"]
    assert len(identity_lines(bot)) == 1
    assert not identity.key_path(Path(config["data_dir"])).exists()
    await still_answers_in_a_plain_room(bot, people)


@pytest.fixture
async def refusing_proxy(homeserver: Homeserver) -> AsyncIterator[str]:
    """The homeserver behind a proxy that refuses cross-signing keys, as a server whose policy
    forbids them would: everything else goes through untouched."""
    session = aiohttp.ClientSession(auto_decompress=False)

    async def forward(request: web.Request) -> web.StreamResponse:
        if request.path.endswith("/keys/device_signing/upload"):
            return web.json_response(
                {"errcode": "M_FORBIDDEN", "error": "Cross-signing is disabled"}, status=403
            )
        async with session.request(
            request.method,
            f"{homeserver.url}{request.path_qs}",
            headers={k: v for k, v in request.headers.items() if k.lower() != "host"},
            data=await request.read(),
            allow_redirects=False,
        ) as upstream:
            body = await upstream.read()
            headers = {
                k: v
                for k, v in upstream.headers.items()
                if k.lower() not in ("content-length", "transfer-encoding", "connection")
            }
            return web.Response(status=upstream.status, body=body, headers=headers)

    app = web.Application(client_max_size=200 * 1024 * 1024)
    app.router.add_route("*", "/{tail:.*}", forward)
    runner = web.AppRunner(app)
    await runner.setup()
    port = free_port()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
        await session.close()


async def test_a_server_refusing_the_keys_is_one_line_and_nothing_half_kept(
    matrix_bots: Bots, people: PersonFactory, refusing_proxy: str
) -> None:
    config = matrix_bots.config(homeserver={"url": refusing_proxy})
    bot = await asyncio.to_thread(matrix_bots.start, config, healthy=False)
    found = await until_identity_settles(bot)
    assert "refusé les clés d'identité" in found["problem"]
    assert "M_FORBIDDEN" in found["problem"]
    assert len(identity_lines(bot)) == 1
    assert not identity.key_path(Path(config["data_dir"])).exists()
    await still_answers_in_a_plain_room(bot, people)
