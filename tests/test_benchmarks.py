"""Every benchmark runs, at a tiny size, so none rots between the times someone measures.

The figures at this size mean nothing (a few documents, one message); what is checked is that
each benchmark still starts, drives the product through its current code paths, and ends with
its `figure:` lines. Speed itself is measured by `scripts/bench NAME` at full size, never here.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.pg import find_bindir

REPO = Path(__file__).resolve().parents[1]

TINY = {
    "classify": [],
    # Its OCR part is intake_ocr's.
    "intake": ["--runs", "1", "--ocr-runs", "0", "--bytes", "100000", "--learned", "5"],
    "intake_ocr": ["--runs", "1", "--ocr-runs", "1", "--bytes", "100000"],
    "sign": ["--signatures", "2"],
    "search": ["--sizes", "300", "--queries", "5", "--databases", "sqlite,postgresql"],
    "retention": ["--documents", "300", "--runs", "1", "--backend", "both"],
    "echo": ["--messages", "2"],
    "load": ["--agents", "1", "--documents", "50", "--rounds", "1"],
}
MARKS = {
    "intake_ocr": [pytest.mark.ocr],
    "sign": [pytest.mark.pkcs11],
    "search": [pytest.mark.postgres],
    "retention": [pytest.mark.postgres],
    "echo": [pytest.mark.integration],
    "load": [pytest.mark.integration],
}


def needs(name: str, request: pytest.FixtureRequest) -> None:
    """Skipped on a machine without the tool, failed where everything is required (CI)."""
    if name == "intake_ocr":
        request.getfixturevalue("tesseract_fra")
    if name in ("search", "retention"):
        require_tool("PostgreSQL", find_bindir() is not None)


def figure_lines(output: str) -> list[str]:
    return [line for line in output.splitlines() if line.startswith("figure: ")]


@pytest.mark.parametrize(
    "name", [pytest.param(name, marks=MARKS.get(name, [])) for name in TINY], ids=list(TINY)
)
def test_the_benchmark_runs_at_a_tiny_size(
    name: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    needs(name, request)
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    ran = subprocess.run(
        [sys.executable, "-m", f"bench.{name}", *TINY[name]],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = ran.stdout + ran.stderr
    assert ran.returncode == 0, output[-4000:]
    figures = figure_lines(ran.stdout)
    assert figures, output[-4000:]
    # A figure line is "figure: name = value unit [(target …) ok|short]": a number, always.
    for line in figures:
        value = line.split(" = ", 1)[1].split()[0]
        float(value)
