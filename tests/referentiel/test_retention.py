"""Retention of a filed document: the end of its DUA and the sentence the référent reads."""

from __future__ import annotations

import datetime as dt

import pytest

from referentiel.model import RetentionRow, SortFinal
from referentiel.retention import compute, sort_label

CONFIRM = "durée à confirmer avec les Archives départementales"


def row(
    sort: SortFinal,
    dua_years: int | None,
    *,
    a_valider: bool = False,
    start: str = "cloture",
    row_id: str = "test-row",
) -> RetentionRow:
    return RetentionRow.model_validate(
        {
            "id": row_id,
            "class_code": "1.1",
            "typologie": "Documents d'essai",
            "dua_years": dua_years,
            "start": start,
            "sort": sort,
            "source": "essai",
            "grade": "SEC-AD",
            "a_valider": a_valider,
        }
    )


def test_destruction_after_the_dua_counted_from_the_start_year() -> None:
    kept = compute(row("D", 10), dt.date(2020, 6, 15))
    assert kept.dua_end == dt.date(2031, 1, 1)
    assert kept.sort == "D" and kept.dua_years == 10 and kept.row_id == "test-row"
    assert kept.start == dt.date(2020, 6, 15)
    assert kept.phrase == (
        "éliminable à partir du 1er janvier 2031, avec le visa des Archives départementales"
    )
    assert not kept.a_valider


def test_the_last_day_of_a_year_counts_for_the_whole_year() -> None:
    assert compute(row("D", 10), dt.date(2020, 12, 31)).dua_end == dt.date(2031, 1, 1)
    assert compute(row("D", 10), dt.date(2021, 1, 1)).dua_end == dt.date(2032, 1, 1)


def test_conservation_with_a_dua_says_when_to_transfer() -> None:
    kept = compute(row("C", 1), dt.date(2025, 3, 12))
    assert kept.dua_end == dt.date(2027, 1, 1)
    assert kept.phrase == (
        "à conserver définitivement (à verser aux Archives à partir du 1er janvier 2027)"
    )


def test_conservation_without_a_dua() -> None:
    kept = compute(row("C", None), dt.date(2025, 3, 12))
    assert kept.dua_end is None and kept.dua_years is None
    assert kept.phrase == "à conserver définitivement"


def test_tri_says_the_archives_decide() -> None:
    kept = compute(row("T", 20), dt.date(2020, 1, 1))
    assert kept.dua_end == dt.date(2041, 1, 1)
    assert kept.phrase == (
        "à trier à partir du 1er janvier 2041 : une partie sera gardée, "
        "selon l'avis des Archives départementales"
    )


def test_tri_without_a_dua() -> None:
    kept = compute(row("T", None), dt.date(2020, 1, 1))
    assert kept.dua_end is None
    assert kept.phrase.startswith("à trier : une partie sera gardée")


def test_a_row_to_validate_says_so() -> None:
    kept = compute(row("D", 5, a_valider=True), dt.date(2024, 9, 1))
    assert kept.a_valider
    assert kept.phrase.startswith("éliminable à partir du 1er janvier 2030")
    assert kept.phrase.endswith(f" — {CONFIRM}")
    unsure_c = compute(row("C", None, a_valider=True), dt.date(2024, 9, 1))
    assert unsure_c.phrase == (
        "à conserver définitivement — règle à confirmer avec les Archives départementales"
    )


def test_a_dua_of_zero_ends_with_the_year() -> None:
    kept = compute(row("D", 0), dt.date(2025, 11, 30))
    assert kept.dua_end == dt.date(2026, 1, 1)
    assert "1er janvier 2026" in kept.phrase


def test_a_leap_day_start_is_no_trouble() -> None:
    kept = compute(row("D", 5), dt.date(2024, 2, 29))
    assert kept.dua_end == dt.date(2030, 1, 1)
    assert compute(row("D", 4), dt.date(2024, 2, 29)).dua_end == dt.date(2029, 1, 1)


def test_dossier_individuel_runs_80_years_from_the_birth_of_the_agent() -> None:
    dossier = row("T", 80, start="naissance", row_id="rh-dossier-individuel")
    kept = compute(dossier, dt.date(1975, 5, 2))
    assert kept.start == dt.date(1975, 5, 2)
    assert kept.dua_end == dt.date(2056, 1, 1)
    assert kept.phrase.startswith("à trier à partir du 1er janvier 2056")


def test_a_datetime_start_is_kept_as_a_date() -> None:
    kept = compute(row("D", 1), dt.datetime(2025, 3, 12, 18, 45, tzinfo=dt.UTC))
    assert type(kept.start) is dt.date
    assert kept.start.isoformat() == "2025-03-12"


@pytest.mark.parametrize(
    ("sort", "label"),
    [("C", "conservation définitive"), ("D", "destruction"), ("T", "tri")],
)
def test_sort_labels(sort: SortFinal, label: str) -> None:
    assert sort_label(sort) == label
