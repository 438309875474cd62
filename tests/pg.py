"""A throwaway PostgreSQL server for the tests (Debian's postgresql, installed by scripts/test).

`GREFFIER_TEST_PG_URL` points the tests at an existing server instead. Without either, the
PostgreSQL tests are reported as skipped; CI installs the server, so nothing is skipped there.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from bot.homeserver import free_port


def find_bindir() -> Path | None:
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin"), reverse=True)
    for candidate in candidates:
        if (candidate / "initdb").exists():
            return candidate
    initdb = shutil.which("initdb")
    return Path(initdb).parent if initdb else None


class TempPostgres:
    def __init__(self) -> None:
        bindir = find_bindir()
        if bindir is None:
            raise FileNotFoundError("PostgreSQL server binaries not found")
        self.bindir = bindir
        self.dir = Path(tempfile.mkdtemp(prefix="greffier-pg-"))
        self.port = free_port()
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.dir, "postgres", "postgres")

    def _run(self, *args: str) -> None:
        command = [str(self.bindir / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, capture_output=True)

    def start(self) -> str:
        data = self.dir / "data"
        self._run(
            "initdb",
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "greffier",
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
        )
        options = (
            f"-c port={self.port} -c listen_addresses=127.0.0.1 "
            f"-c unix_socket_directories={self.dir} -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off -c max_connections=200"
        )
        self._run(
            "pg_ctl", "-D", str(data), "-o", options, "-l", str(self.dir / "log"), "-w", "start"
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if (self.dir / f".s.PGSQL.{self.port}").exists():
                break
            time.sleep(0.1)
        return f"postgresql://greffier@127.0.0.1:{self.port}/postgres"

    def stop(self) -> None:
        with contextlib.suppress(subprocess.CalledProcessError):
            self._run("pg_ctl", "-D", str(self.dir / "data"), "-m", "immediate", "stop")
        shutil.rmtree(self.dir, ignore_errors=True)
