"""The storage chart and French sizes."""

from __future__ import annotations

import datetime as dt
import io

from PIL import Image

from french.sizes import human_size
from retention.report_chart import StorageFigures, chart_png


def test_sizes_read_as_in_a_file_manager() -> None:
    assert human_size(512) == "512 octets"
    assert human_size(850_000) == "850 Ko"
    assert human_size(1_234_567) == "1,2 Mo"
    assert human_size(3_000_000) == "3 Mo"
    assert human_size(3_400_000_000) == "3,4 Go"
    assert human_size(250_000_000_000) == "250 Go"


def test_the_chart_is_a_picture_of_the_expected_size() -> None:
    months = tuple((dt.date(2026, m, 1), m, m * 1_000_000) for m in range(1, 13))
    figures = StorageFigures(
        by_service=(("Urbanisme", 120, 80_000_000), ("Finances", 300, 20_000_000)),
        by_month=months,
        freeable_bytes=5_000_000,
        total_bytes=100_000_000,
        total_count=420,
    )
    with Image.open(io.BytesIO(chart_png(figures))) as image:
        assert image.format == "PNG" and image.size == (1000, 600)
        colours = image.convert("RGB").getcolors(maxcolors=1_000_000) or []
    assert len(colours) > 50, "a blank picture"


def test_an_empty_archive_still_draws() -> None:
    empty = StorageFigures((), (), 0, 0, 0)
    with Image.open(io.BytesIO(chart_png(empty))) as image:
        assert image.size == (1000, 600)
