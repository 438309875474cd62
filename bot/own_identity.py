"""Keeping the bot's own cross-signing identity right while it runs.

After each sync the keeper checks that the server shows this device signed by the bot's
identity, and (re)publishes or re-signs in the background when it does not: at the first start,
after a new login, or after `greffier identity reset`. What is wrong is said once in the log and
kept in /healthz until mended; the bot answers meanwhile (Element's « exclude insecure
devices » then hides its messages, which is why /healthz reports it degraded).
"""

from __future__ import annotations

import asyncio
import logging

from aiohttp import ClientConnectionError

from bot import identity as bot_identity
from bot.client import MatrixConnection
from bot.config import Config
from bot.metrics import Health
from bot.tasks import spawn
from circuits.signing.service import key_passphrase

log = logging.getLogger("greffier")

RETRY_S = (5.0, 300.0)  # first and longest wait between tries to publish the identity


class IdentityKeeper:
    def __init__(self, config: Config, matrix: MatrixConnection, health: Health) -> None:
        self.config = config
        self.matrix = matrix
        self.health = health
        self._task: asyncio.Task[None] | None = None
        self._device: str | None = None  # the device the identity last checked
        self._seen = 0  # DeviceTrust.own_keys_read when it was last checked

    def check(self) -> None:
        """After a sync (the device's own keys are up): make sure the server shows this device
        signed by the bot's identity; again when the device changed (a new login), and when
        the server's keys for the bot changed while something was wrong (`greffier identity
        reset` mended it) or stopped showing the device signed."""
        device = self.matrix.client.device_id
        running = self._task is not None and not self._task.done()
        if running or device is None:
            return
        trust = self.matrix.trust
        changed = trust.own_keys_read != self._seen
        unsigned = trust.own_device_signed(device) is False
        if (
            device != self._device
            or (changed and self.health.identity_problem is not None)
            or (unsigned and self.health.identity_problem is None)
        ):
            self._device = device
            self._seen = trust.own_keys_read
            self._task = spawn(self._ensure(device), name="identity")

    async def _ensure(self, device_id: str) -> None:
        config = self.config
        passphrase = await asyncio.to_thread(
            key_passphrase,
            config.data_dir / "signing",
            (
                config.signatures.passphrase.get_secret_value().encode()
                if config.signatures.passphrase
                else None
            ),
        )
        api = bot_identity.AiohttpApi(
            config.homeserver.url, lambda: self.matrix.client.access_token
        )
        account = bot_identity.BotAccount(
            api=api,
            key_file=bot_identity.key_path(config.data_dir),
            user_id=config.bot.user_id,
            device_id=device_id,
            passphrase=passphrase,
            password=config.bot.password.get_secret_value() if config.bot.password else None,
        )
        wait, longest = RETRY_S
        try:
            while True:
                try:
                    status = await bot_identity.ensure(account)
                except bot_identity.IdentityNotReadyError as exc:
                    self.health.identity_problem = str(exc)
                except bot_identity.IdentityError as exc:
                    if str(exc) != self.health.identity_problem:  # said once, not at each check
                        log.error("identité du bot : %s", exc)  # noqa: TRY400 - one line
                    self.health.identity_problem = str(exc)
                    return
                except (ClientConnectionError, TimeoutError, OSError) as exc:
                    self.health.identity_problem = f"serveur injoignable ({type(exc).__name__})"
                else:
                    self.health.identity_verified(status.fingerprint)
                    return
                await asyncio.sleep(wait)
                wait = min(wait * 2, longest)
        finally:
            await api.close()
