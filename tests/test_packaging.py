"""Greffier installed as an operator installs it: the wheel, not this checkout.

A wheel that leaves out the referential, the templates or the migrations works here (the
checkout is on the path) and fails on the collectivité's server. The wheel is built, installed
alone into a fresh virtual environment (the libraries it needs are borrowed from this one, the
checkout is not on its path), then run from an empty directory: `check-config` on the example
configuration, and the demo until its bot says it is healthy.
"""

from __future__ import annotations

import json
import os
import signal
import site
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The bin directory of a fresh venv holding the wheel of this checkout."""
    root = tmp_path_factory.mktemp("packaging")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "-w", str(root / "dist"), str(REPO)],
        check=True,
    )  # fmt: skip
    (wheel,) = (root / "dist").glob("greffier-*.whl")
    venv = root / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    (fresh_site,) = venv.glob("lib/python*/site-packages")
    # The dependencies come from this environment's site-packages, added as a plain path: its
    # own .pth files (the editable install's pointer to this checkout among them) are not read.
    (fresh_site / "borrowed.pth").write_text(
        "\n".join(p for p in site.getsitepackages() if "site-packages" in p) + "\n"
    )
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-compile",
         "--target", str(fresh_site), str(wheel)],
        check=True,
    )  # fmt: skip
    # The console script, as pip writes it from the wheel's entry point.
    (entry_points,) = fresh_site.glob("greffier-*.dist-info/entry_points.txt")
    scripts = dict(
        line.replace(" ", "").split("=", 1)
        for line in entry_points.read_text().splitlines()
        if "=" in line
    )
    module, function = scripts["greffier"].split(":")
    bin_dir = venv / "bin"
    (bin_dir / "greffier").write_text(
        f"#!{bin_dir / 'python'}\nimport sys\nfrom {module} import {function}\n"
        f"sys.exit({function}())\n"
    )
    (bin_dir / "greffier").chmod(0o755)
    yield bin_dir


def run_installed(bin_dir: Path, cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GREFFIER_CONFIG")}
    env["GREFFIER_BOT_PASSWORD"] = "un-secret"
    return subprocess.run(
        [str(bin_dir / "greffier"), *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_the_wheel_holds_what_the_bot_reads_at_run_time(installed: Path, tmp_path: Path) -> None:
    where = run_installed(
        installed, tmp_path, "--help"
    )  # argparse answers before any configuration is read
    assert where.returncode == 0, where.stderr
    probe = subprocess.run(
        [str(installed / "python"), "-c",
         "import bot, referentiel.model as m; print(bot.__file__); print(m.DEFAULT_DATA_DIR)"],
        cwd=tmp_path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    module_file, data_dir = probe.stdout.split()
    assert not module_file.startswith(str(REPO)), "the checkout, not the wheel, was imported"
    for name in ("plan_de_classement.yaml", "tableau_de_gestion.yaml", "types.yaml"):
        assert (Path(data_dir) / name).is_file()
    checked = run_installed(
        installed, tmp_path, "check-config", "-c", str(REPO / "config.example.yaml")
    )
    assert checked.returncode == 0, checked.stderr
    assert "configuration valide" in checked.stdout


def test_the_installed_demo_starts_and_is_healthy(installed: Path, tmp_path: Path) -> None:
    directory = tmp_path / "demo"
    log = (tmp_path / "demo.log").open("wb")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "GREFFIER_CONFIG")}
    process = subprocess.Popen(
        [str(installed / "greffier"), "demo", "--dir", str(directory)],
        cwd=tmp_path,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        health = None
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and process.poll() is None:
            state = directory / "demo.json"
            if state.exists():
                port = json.loads(state.read_text())["web_port"]
                try:
                    with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz") as answer:
                        health = json.loads(answer.read())
                        break
                except (OSError, ValueError):
                    pass  # not listening yet, or the answer cut short
            time.sleep(0.5)
        assert health is not None and health["status"] == "ok", (
            tmp_path / "demo.log"
        ).read_text()[-3000:]
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
