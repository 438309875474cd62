"""A real Synapse on loopback, for the demo, the integration tests and the benchmarks.

Synapse comes from PyPI (the `demo` extra). Its config is generated inside its own directory
(the generated logging config writes `homeserver.log` where the generation ran), then adjusted:
loopback listener, SQLite, shared-secret registration, no federation, rate limits raised.
These helpers are synchronous (plain urllib): they run before the event loop matters, or
through `asyncio.to_thread`.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

RATE_LIMIT_KEYS = (
    "rc_message",
    "rc_registration",
    "rc_login",
    "rc_admin_redaction",
    "rc_joins",
    "rc_joins_per_room",
    "rc_invites",
    "rc_3pid_validation",
    "rc_key_requests",
    "rc_presence",
    "rc_room_creation",
    "rc_reports",
    "rc_delayed_event_mgmt",
    "rc_media_create",
    "rc_federation",
    "rc_third_party_invite",
)
_GENEROUS = {"per_second": 10000, "burst_count": 10000}


class HomeserverError(RuntimeError):
    pass


def free_port(preferred: int | None = None) -> int:
    """`preferred` if nothing listens there, else any free loopback port."""
    if preferred:
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            try:
                probe.bind(("127.0.0.1", preferred))
            except OSError:
                pass
            else:
                return preferred
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _rate_limits() -> dict[str, Any]:
    limits: dict[str, Any] = {key: dict(_GENEROUS) for key in RATE_LIMIT_KEYS}
    limits["rc_login"] = {k: dict(_GENEROUS) for k in ("address", "account", "failed_attempts")}
    limits["rc_joins"] = {"local": dict(_GENEROUS), "remote": dict(_GENEROUS)}
    limits["rc_invites"] = {k: dict(_GENEROUS) for k in ("per_room", "per_user", "per_issuer")}
    limits["rc_federation"] = {
        "window_size": 1000,
        "sleep_limit": 10000,
        "sleep_delay": 1,
        "reject_limit": 10000,
        "concurrent": 1000,
    }
    return limits


@dataclass
class Homeserver:
    directory: Path
    port: int
    server_name: str = "localhost"
    shared_secret: str = field(default_factory=lambda: secrets.token_hex(16))
    process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def config_path(self) -> Path:
        return self.directory / "homeserver.yaml"

    def user_id(self, localpart: str) -> str:
        return f"@{localpart}:{self.server_name}"

    # --- lifecycle ---------------------------------------------------------------------------

    def configure(self, *, max_upload_mb: int = 200) -> None:
        """Generate the config once, then (re)apply our settings to it."""
        self.directory.mkdir(parents=True, exist_ok=True)
        if not self.config_path.exists():
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "synapse.app.homeserver",
                    "--server-name",
                    self.server_name,
                    "--config-path",
                    str(self.config_path),
                    "--generate-config",
                    "--report-stats=no",
                ],
                cwd=self.directory,
                check=True,
                capture_output=True,
            )
        config = yaml.safe_load(self.config_path.read_text(encoding="utf-8"))
        config.update(_rate_limits())
        config.update(
            {
                "listeners": [
                    {
                        "port": self.port,
                        "bind_addresses": ["127.0.0.1"],
                        "type": "http",
                        "tls": False,
                        "x_forwarded": False,
                        "resources": [{"names": ["client"], "compress": False}],
                    }
                ],
                "database": {
                    "name": "sqlite3",
                    "args": {"database": str(self.directory / "homeserver.db")},
                },
                "media_store_path": str(self.directory / "media_store"),
                "registration_shared_secret": self.shared_secret,
                "enable_registration": False,
                "trusted_key_servers": [],
                "suppress_key_server_warning": True,
                "federation_domain_whitelist": [],
                "report_stats": False,
                "presence": {"enabled": False},
                "url_preview_enabled": False,
                "max_upload_size": f"{max_upload_mb}M",
                "enable_metrics": False,
            }
        )
        self.config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
        log_config = self.directory / f"{self.server_name}.log.config"
        if log_config.exists():
            text = log_config.read_text(encoding="utf-8")
            log_config.write_text(text.replace("level: INFO", "level: WARNING"), encoding="utf-8")

    def start(self, timeout: float = 90.0) -> None:
        self.configure()
        log = (self.directory / "stdout.log").open("ab")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "synapse.app.homeserver", "-c", str(self.config_path)],
            cwd=self.directory,
            stdout=log,
            stderr=subprocess.STDOUT,
            env={**os.environ, "SYNAPSE_ASYNC_IO_REACTOR": "0"},
        )
        self.wait_ready(timeout)

    def wait_ready(self, timeout: float = 90.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise HomeserverError(
                    f"Synapse stopped at start (see {self.directory / 'stdout.log'})"
                )
            if self.is_up():
                return
            time.sleep(0.2)
        raise HomeserverError(f"Synapse not ready after {timeout:.0f} s")

    def is_up(self) -> bool:
        try:
            with urllib.request.urlopen(f"{self.url}/_matrix/client/versions", timeout=2) as r:  # noqa: S310
                return bool(r.status == 200)
        except (urllib.error.URLError, OSError):
            return False

    def stop(self) -> None:
        if self.process is None:
            return
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.process = None

    # --- accounts and rooms (client-server API, plain HTTP) -----------------------------------

    def _call(self, method: str, path: str, body: Any = None, token: str | None = None) -> Any:
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(f"{self.url}{path}", data=data, method=method)  # noqa: S310
        request.add_header("Content-Type", "application/json")
        if token:
            request.add_header("Authorization", f"Bearer {token}")
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                return json.loads(response.read() or b"{}")
        except urllib.error.HTTPError as exc:
            payload = exc.read()
            with contextlib.suppress(ValueError):
                error = json.loads(payload)
                raise HomeserverError(f"{error.get('errcode')}: {error.get('error')}") from None
            raise HomeserverError(f"HTTP {exc.code} on {path}") from None

    def register(
        self,
        localpart: str,
        password: str,
        *,
        admin: bool = False,
        display_name: str | None = None,
    ) -> str:
        """Create an account with the shared secret (no-op if it exists). Returns the user id."""
        nonce = self._call("GET", "/_synapse/admin/v1/register")["nonce"]
        mac = hmac.new(self.shared_secret.encode(), digestmod=hashlib.sha1)
        mac.update(
            b"\x00".join(
                [
                    nonce.encode(),
                    localpart.encode(),
                    password.encode(),
                    b"admin" if admin else b"notadmin",
                ]
            )
        )
        body = {
            "nonce": nonce,
            "username": localpart,
            "password": password,
            "admin": admin,
            "mac": mac.hexdigest(),
        }
        if display_name:
            body["displayname"] = display_name
        try:
            self._call("POST", "/_synapse/admin/v1/register", body)
        except HomeserverError as exc:
            if "M_USER_IN_USE" not in str(exc):
                raise
        return self.user_id(localpart)

    def login(self, localpart: str, password: str, device_id: str | None = None) -> str:
        body: dict[str, Any] = {
            "type": "m.login.password",
            "identifier": {"type": "m.id.user", "user": localpart},
            "password": password,
        }
        if device_id:
            body["device_id"] = device_id
        return str(self._call("POST", "/_matrix/client/v3/login", body)["access_token"])

    def create_room(
        self, token: str, name: str, invite: list[str], *, encrypted: bool = True
    ) -> str:
        body: dict[str, Any] = {"name": name, "preset": "private_chat", "invite": invite}
        if encrypted:
            body["initial_state"] = [
                {
                    "type": "m.room.encryption",
                    "state_key": "",
                    "content": {"algorithm": "m.megolm.v1.aes-sha2"},
                }
            ]
        return str(self._call("POST", "/_matrix/client/v3/createRoom", body, token)["room_id"])

    def invite(self, token: str, room_id: str, user_id: str) -> None:
        self._call(
            "POST", f"/_matrix/client/v3/rooms/{room_id}/invite", {"user_id": user_id}, token
        )

    def membership(self, token: str, room_id: str, user_id: str) -> str | None:
        try:
            state = self._call(
                "GET",
                f"/_matrix/client/v3/rooms/{room_id}/state/m.room.member/{user_id}",
                token=token,
            )
        except HomeserverError:
            return None
        membership = state.get("membership")
        return membership if isinstance(membership, str) else None
