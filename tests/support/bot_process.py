"""Run the bot as a child process, as an operator would: for integration tests (restarts,
kill -9) and benchmarks. The child is `python -m bot run -c <config>`."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import yaml


class BotProcess:
    def __init__(self, config: dict[str, Any], directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self.config = config
        self.config_path = directory / "config.yaml"
        self.config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
        self.port = int(config["web"]["port"])
        self.log_path = directory / "bot.log"
        self.process: subprocess.Popen[bytes] | None = None
        self.starts = 0

    def start(self, timeout: float = 60.0, *, healthy: bool = True) -> None:
        """Start the bot and wait until it says it is healthy (or, with `healthy=False`,
        until its web server answers at all: a bot that runs degraded)."""
        self.starts += 1
        with self.log_path.open("ab") as log:
            log.write(f"\n===== start {self.starts} =====\n".encode())
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot", "run", "-c", str(self.config_path)],
            stdout=self.log_path.open("ab"),
            stderr=subprocess.STDOUT,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
        )
        self.wait_healthy(timeout, require_ok=healthy)

    def health(self) -> dict[str, Any] | None:
        url = f"http://127.0.0.1:{self.port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                return json.loads(response.read())  # type: ignore[no-any-return]
        except urllib.error.HTTPError as exc:
            return json.loads(exc.read())  # type: ignore[no-any-return]
        except OSError:
            return None

    def metrics(self) -> str:
        url = f"http://127.0.0.1:{self.port}/metrics"
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode())

    def wait_healthy(self, timeout: float = 60.0, *, require_ok: bool = True) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(f"the bot exited at start:\n{self.log_tail()}")
            health = self.health()
            if health is not None and (health.get("status") == "ok" or not require_ok):
                return
            time.sleep(0.1)
        raise RuntimeError(f"the bot is not healthy after {timeout:.0f} s:\n{self.log_tail()}")

    def stop(self, timeout: float = 30.0) -> int | None:
        """SIGTERM, as a supervisor would; the bot finishes what it started."""
        if self.process is None:
            return None
        self.process.send_signal(signal.SIGTERM)
        try:
            code = self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            code = self.process.wait()
        self.process = None
        return code

    def kill(self) -> None:
        """SIGKILL: no chance to finish anything."""
        if self.process is None:
            return
        self.process.kill()
        self.process.wait()
        self.process = None

    def log_tail(self, lines: int = 60) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except FileNotFoundError:
            return "(no log)"
