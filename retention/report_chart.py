"""The storage report's picture: volume by service, and the growth of the last 12 months.

Drawn with matplotlib's object API on the Agg canvas (no pyplot, no global state: safe in the
worker thread the bot runs it in), imported only when a chart is drawn. Month names are
written here, not taken from the locale, so the picture reads the same on every server.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from french.sizes import human_size

MONTHS = (
    "janv.",
    "févr.",
    "mars",
    "avr.",
    "mai",
    "juin",
    "juil.",
    "août",
    "sept.",
    "oct.",
    "nov.",
    "déc.",
)


@dataclass(frozen=True)
class StorageFigures:
    by_service: tuple[tuple[str, int, int], ...]  # label, count, bytes
    by_month: tuple[tuple[dt.date, int, int], ...]  # first day of month, count, bytes added
    freeable_bytes: int
    total_bytes: int
    total_count: int


def chart_png(figures: StorageFigures) -> bytes:
    # Imported here: matplotlib weighs some 50 MB of memory, for a picture drawn once a month.
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(10, 6), dpi=100)
    FigureCanvasAgg(figure)
    figure.suptitle("Stockage des documents", fontsize=15, fontweight="bold")
    figure.text(
        0.5,
        0.905,
        f"{figures.total_count} documents, {human_size(figures.total_bytes)} ; "
        f"l'élimination des documents échus libérerait {human_size(figures.freeable_bytes)}",
        ha="center",
        fontsize=10,
    )
    left, right = figure.subplots(1, 2, gridspec_kw={"width_ratios": [1, 1.3]})
    if figures.by_service:
        labels = [label for label, _, _ in figures.by_service]
        sizes = [size / 1e6 for _, _, size in figures.by_service]
        left.barh(labels, sizes, color="#3b6ea5")
        left.invert_yaxis()
    else:
        left.text(0.5, 0.5, "Aucun document", ha="center", va="center")
    left.set_title("Volume par service (Mo)", fontsize=11)
    months = list(figures.by_month)
    if months and any(size for _, _, size in months):
        names = [MONTHS[day.month - 1] for day, _, _ in months]
        added = [size / 1e6 for _, _, size in months]
        right.bar(range(len(months)), added, color="#7aa974", label="ajouté dans le mois")
        total = 0.0
        cumulative = []
        for value in added:
            total += value
            cumulative.append(total)
        twin = right.twinx()
        twin.plot(range(len(months)), cumulative, color="#c0504d", marker="o", label="cumul")
        twin.set_ylabel("cumul (Mo)")
        right.set_xticks(range(len(months)), names, rotation=45, fontsize=8)
    else:
        right.text(0.5, 0.5, "Aucun document ces 12 derniers mois", ha="center", va="center")
    right.set_title("Croissance sur 12 mois (Mo)", fontsize=11)
    figure.subplots_adjust(left=0.16, right=0.93, top=0.82, bottom=0.14, wspace=0.35)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
