"""The `figure:` lines every benchmark ends with (GUIDE §2), and small statistics helpers."""

from __future__ import annotations

import statistics


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile (p95 of 100 values is the 95th smallest)."""
    ordered = sorted(values)
    rank = max(1, round(fraction * len(ordered) + 0.5 - 1e-9))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: list[float]) -> float:
    return statistics.median(values)


def figure(name: str, value: float, unit: str, target: str | None = None) -> str:
    """`figure: name = 12.3 ms (target <= 20) ok` — the target is "<= N" or ">= N"."""
    line = (
        f"figure: {name} = {value:.3g} {unit}"
        if value < 10
        else f"figure: {name} = {value:.1f} {unit}"
    )
    if target is None:
        return line
    op, bound = target.split()
    met = value <= float(bound) if op == "<=" else value >= float(bound)
    return f"{line} (target {target}) {'ok' if met else 'short'}"
