"""Sizes in French, as file managers show them: « 850 Ko », « 1,2 Mo », « 3,4 Go »."""

from __future__ import annotations


def human_size(n: int) -> str:
    """Decimal units (1 Mo = 10⁶ octets), one decimal below 100, a comma for the decimal."""
    for unit, size in (("Go", 10**9), ("Mo", 10**6), ("Ko", 10**3)):
        if n >= size:
            value = n / size
            text = f"{value:.1f}" if value < 100 else f"{value:.0f}"
            return f"{text.replace('.', ',').removesuffix(',0')} {unit}"
    return f"{n} octets"
