"""The bot's own cryptographic identity: cross-signing keys kept encrypted in `data_dir`,
published once, and the bot's device signed with them.

Element and Tchap clients in "exclude insecure devices" mode neither send room keys to a device
its owner has not cross-signed nor show what it sends: without this the bot is deaf and mute in
encrypted rooms. At every start `ensure` makes the server show what the key file holds: a first
start creates and publishes the keys (Synapse accepts a first upload without re-authentication,
MSC3967; otherwise the bot's password answers the challenge), a new device (a lost session) is
signed again from the kept keys, and every signature made is read back from the server and
checked before the bot calls itself healthy.

The private keys are PKCS#8, encrypted with the same passphrase as the signing keys
(`signatures.passphrase` / GREFFIER_SIGNING_PASSPHRASE, else the random one kept in
`data_dir/signing/passphrase`). What goes wrong is an `IdentityError` carrying one French line:
the bot then keeps running, unencrypted rooms work, and /healthz says what is missing.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import quote

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import (
    BestAvailableEncryption,
    Encoding,
    PrivateFormat,
    load_pem_private_key,
)

from bot.cross_signing import CrossSigningKeys, SigningKey, UserKeys, fingerprint, read_user_keys

log = logging.getLogger("greffier.identity")

KEY_FILE = "cross_signing.json"
PASSWORD_HINT = "bot.password ou GREFFIER_BOT_PASSWORD"  # noqa: S105 - where, not what


class IdentityError(Exception):
    """The identity cannot be set up; the message is one French line for the operator."""


class IdentityNotReadyError(IdentityError):
    """Worth trying again soon: the server does not list the device's keys yet."""


class HomeserverApi(Protocol):
    """The few client-server calls the identity needs: JSON in, (status, JSON) out."""

    async def request(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> tuple[int, dict[str, Any]]: ...


# --- the key file ---------------------------------------------------------------------------


def key_path(data_dir: Path) -> Path:
    return data_dir / "matrix" / KEY_FILE


def save_keys(path: Path, keys: CrossSigningKeys, user_id: str, passphrase: bytes) -> None:
    """Written whole (temporary name, fsync, rename), readable by the bot's account only."""
    encryption = BestAvailableEncryption(passphrase)
    data = {
        "user_id": user_id,
        "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "keys": {
            name: {
                "public": key.public,
                "private": key.private.private_bytes(
                    Encoding.PEM, PrivateFormat.PKCS8, encryption
                ).decode(),
            }
            for name, key in zip(
                _NAMES, (keys.master, keys.self_signing, keys.user_signing), strict=True
            )
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    tmp = path.with_suffix(".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle, indent=1)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)


def load_keys(path: Path, user_id: str, passphrase: bytes) -> CrossSigningKeys | None:
    """The kept keys, or None when there is no file yet."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        raise IdentityError(f"fichier des clés d'identité illisible ({path}) : {exc}") from None
    if data.get("user_id") != user_id:
        raise IdentityError(
            f"le fichier {path} contient les clés d'identité de {data.get('user_id')}, "
            f"pas de {user_id}"
        )
    try:
        keys = [_load_one(data["keys"][name], name, passphrase) for name in _NAMES]
    except (KeyError, TypeError) as exc:
        raise IdentityError(f"fichier des clés d'identité incomplet ({path}) : {exc}") from None
    except ValueError as exc:
        # cryptography says "Bad decrypt" for a wrong passphrase.
        raise IdentityError(
            f"clés d'identité impossibles à déchiffrer ({path}) : phrase de passe "
            f"incorrecte (signatures.passphrase ou GREFFIER_SIGNING_PASSPHRASE) ou fichier "
            f"abîmé ({exc})"
        ) from None
    return CrossSigningKeys(*keys)


_NAMES = ("master", "self_signing", "user_signing")


def _load_one(entry: dict[str, str], name: str, passphrase: bytes) -> SigningKey:
    private = load_pem_private_key(entry["private"].encode(), passphrase)
    if not isinstance(private, Ed25519PrivateKey):
        raise ValueError(f"{name} n'est pas une clé ed25519")  # noqa: TRY004 - bad file
    key = SigningKey(private)
    if key.public != entry["public"]:
        raise ValueError(f"la clé {name} ne correspond pas à sa clé publique")
    return key


def stored_session(data_dir: Path) -> dict[str, str] | None:
    """The bot's kept login (`bot/client.py` writes it): user, device and access token."""
    try:
        data = json.loads((data_dir / "matrix" / "session.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or not data.get("device_id"):
        return None
    return {k: str(v) for k, v in data.items()}


def describe(status: IdentityStatus, key_file: Path) -> str:
    """The identity in a few French lines, for the operator."""
    if status.local_master is None:
        kept = "aucune"
    elif status.local_master == status.server_master:
        kept = "oui, identiques à celles du serveur"
    else:
        kept = "OUI MAIS DIFFÉRENTES de celles du serveur"
    lines = [
        f"Compte : {status.user_id}",
        "Identité publiée (clé maîtresse) : "
        + (fingerprint(status.server_master) if status.server_master else "aucune"),
        f"Session du bot : {status.device_id}, signée par cette identité : "
        f"{'oui' if status.device_signed else 'NON'}",
        f"Clés privées gardées dans {key_file} : {kept}",
    ]
    problem = status.problem()
    lines.append("État : en ordre." if problem is None else f"État : à corriger : {problem}.")
    return "\n".join(lines)


# --- the server ------------------------------------------------------------------------------


@dataclass(frozen=True)
class IdentityStatus:
    """The bot's identity as the key file and the server show it."""

    user_id: str
    device_id: str
    local_master: str | None  # in data_dir
    server_master: str | None  # published
    device_signed: bool  # the server shows this device signed under the published identity

    @property
    def ok(self) -> bool:
        return (
            self.local_master is not None
            and self.local_master == self.server_master
            and self.device_signed
        )

    @property
    def fingerprint(self) -> str | None:
        master = self.server_master or self.local_master
        return fingerprint(master) if master else None

    def problem(self) -> str | None:
        """What is wrong, in one French line (None when all is well)."""
        if self.ok:
            return None
        if self.local_master is None:
            return "aucune clé d'identité dans data_dir"
        if self.server_master is None:
            return "le serveur ne connaît pas l'identité du bot"
        if self.server_master != self.local_master:
            return (
                "les clés d'identité gardées dans data_dir ne correspondent pas à celles du "
                "serveur : « greffier identity reset » en publie de nouvelles"
            )
        return f"l'appareil {self.device_id} du bot n'est pas signé par son identité"


async def query_keys(api: HomeserverApi, user_id: str) -> dict[str, Any]:
    status, body = await api.request(
        "POST", "/_matrix/client/v3/keys/query", {"device_keys": {user_id: []}}
    )
    if status != 200:
        raise IdentityError(f"le serveur refuse de donner les clés ({_error(status, body)})")
    return body


async def read_status(
    api: HomeserverApi, user_id: str, device_id: str, local: CrossSigningKeys | None
) -> IdentityStatus:
    server = read_user_keys(await query_keys(api, user_id), user_id)
    return _status(server, user_id, device_id, local)


def _status(
    server: UserKeys, user_id: str, device_id: str, local: CrossSigningKeys | None
) -> IdentityStatus:
    device = server.devices.get(device_id)
    return IdentityStatus(
        user_id=user_id,
        device_id=device_id,
        local_master=local.master.public if local else None,
        server_master=server.master,
        device_signed=device is not None and device.cross_signed,
    )


def _error(status: int, body: dict[str, Any]) -> str:
    code = body.get("errcode") or f"HTTP {status}"
    message = body.get("error")
    return f"{code} : {message}" if message else str(code)


async def publish(
    api: HomeserverApi, keys: CrossSigningKeys, user_id: str, password: str | None
) -> None:
    """Upload the three keys, answering the server's password challenge when it asks."""
    body: dict[str, Any] = keys.published(user_id)
    path = "/_matrix/client/v3/keys/device_signing/upload"
    status, answer = await api.request("POST", path, body)
    if status == 401 and "flows" in answer:
        if password is None:
            raise IdentityError(
                "le serveur demande le mot de passe du bot pour publier ses clés d'identité : "
                f"renseignez {PASSWORD_HINT}"
            )
        flows = answer.get("flows") or []
        if not any("m.login.password" in (f.get("stages") or []) for f in flows):
            raise IdentityError(
                "le serveur n'accepte pas le mot de passe pour publier les clés d'identité "
                "(authentification unique ou SSO) : publiez-les depuis Element, puis "
                "relancez le bot"
            )
        body["auth"] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": user_id},
            "password": password,
            "session": answer.get("session"),
        }
        status, answer = await api.request("POST", path, body)
        if status == 401:
            raise IdentityError(
                f"mot de passe du bot refusé par le serveur ({PASSWORD_HINT}) : les clés "
                "d'identité ne sont pas publiées"
            )
    if status != 200:
        raise IdentityError(
            f"le serveur a refusé les clés d'identité du bot ({_error(status, answer)})"
        )


async def sign_device(
    api: HomeserverApi, keys: CrossSigningKeys, user_id: str, device_id: str
) -> None:
    """Sign the device keys exactly as the server holds them, and upload the signature."""
    response = await query_keys(api, user_id)
    device_keys = (response.get("device_keys") or {}).get(user_id, {}).get(device_id)
    if not isinstance(device_keys, dict):
        raise IdentityNotReadyError(
            f"le serveur ne connaît pas encore les clés de l'appareil {device_id} du bot"
        )
    signed = keys.sign_device(device_keys, user_id)
    signed.pop("unsigned", None)
    status, answer = await api.request(
        "POST", "/_matrix/client/v3/keys/signatures/upload", {user_id: {device_id: signed}}
    )
    failures = answer.get("failures") or {}
    if status != 200 or failures:
        detail = json.dumps(failures, ensure_ascii=False)[:200] if failures else ""
        raise IdentityError(
            f"le serveur a refusé la signature de l'appareil {device_id} "
            f"({_error(status, answer)}{' ' + detail if detail else ''})"
        )


@dataclass(frozen=True)
class BotAccount:
    """The bot's account as the identity sees it: where to talk, which device, which keys."""

    api: HomeserverApi
    key_file: Path
    user_id: str
    device_id: str
    passphrase: bytes
    password: str | None


async def ensure(account: BotAccount) -> IdentityStatus:
    """Make the server show the kept identity and this device signed by it; check it back."""
    api, user_id, device_id = account.api, account.user_id, account.device_id
    local = load_keys(account.key_file, user_id, account.passphrase)
    status = await read_status(api, user_id, device_id, local)
    if status.ok:
        return status
    if local is None:
        if status.server_master is not None and account.password is None:
            raise IdentityError(
                "le compte du bot a déjà une identité sur le serveur, dont les clés ne sont "
                f"pas dans data_dir : renseignez {PASSWORD_HINT} pour la remplacer, ou "
                "lancez « greffier identity reset »"
            )
        local = CrossSigningKeys.generate()
        await _publish_new(account, local)
        if status.server_master is not None:
            log.warning(
                "l'identité que le serveur avait pour %s (clés absentes de data_dir) est "
                "remplacée par une nouvelle",
                user_id,
            )
    elif status.server_master is None:
        await publish(api, local, user_id, account.password)
    elif status.server_master != local.master.public:
        raise IdentityError(status.problem() or "identité différente sur le serveur")
    await sign_device(api, local, user_id, device_id)
    checked = await read_status(api, user_id, device_id, local)
    if not checked.ok:
        raise IdentityError(
            f"signature publiée mais non retrouvée sur le serveur : {checked.problem()}"
        )
    log.info("identity: device %s cross-signed (master %s)", device_id, checked.fingerprint or "?")
    return checked


async def _publish_new(account: BotAccount, keys: CrossSigningKeys) -> None:
    """New keys are written beside the old file first, published, then put in its place: a
    stop in between leaves either the old identity or the new one, never keys nobody has."""
    pending = account.key_file.with_name(account.key_file.name + ".new")
    save_keys(pending, keys, account.user_id, account.passphrase)
    try:
        await publish(account.api, keys, account.user_id, account.password)
    except BaseException:
        pending.unlink(missing_ok=True)
        raise
    pending.replace(account.key_file)


async def reset(account: BotAccount) -> IdentityStatus:
    """A brand-new identity: new keys published (the server asks for the password), this
    device signed with them, checked back."""
    keys = CrossSigningKeys.generate()
    await _publish_new(account, keys)
    await sign_device(account.api, keys, account.user_id, account.device_id)
    checked = await read_status(account.api, account.user_id, account.device_id, keys)
    if not checked.ok:
        raise IdentityError(f"nouvelle identité publiée mais incomplète : {checked.problem()}")
    return checked


class AiohttpApi:
    """`HomeserverApi` over aiohttp with the bot's access token (the command line uses it
    beside a running bot without touching the bot's encryption store)."""

    def __init__(self, base_url: str, token: Callable[[], str | None]) -> None:
        self._base = base_url.rstrip("/")
        self._token = token
        self._session: Any = None

    async def request(
        self, method: str, path: str, body: dict[str, Any] | None = None
    ) -> tuple[int, dict[str, Any]]:
        import aiohttp

        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60))
        headers = {"Authorization": f"Bearer {self._token() or ''}"}
        async with self._session.request(
            method, f"{self._base}{quote(path, safe='/_:')}", json=body, headers=headers
        ) as response:
            try:
                data = await response.json(content_type=None)
            except ValueError:
                data = {}
            return response.status, data if isinstance(data, dict) else {}

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
