"""Dates as agents type them and as documents print them."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from french.dates import MONTHS, find_dates, format_date_fr, parse_date

TODAY = dt.date(2025, 3, 20)


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("12/03/2025", dt.date(2025, 3, 12)),
        ("12/03/25", dt.date(2025, 3, 12)),
        ("1/3/2025", dt.date(2025, 3, 1)),
        ("12-03-2025", dt.date(2025, 3, 12)),
        ("12.03.2025", dt.date(2025, 3, 12)),
        ("12 / 03 / 2025", dt.date(2025, 3, 12)),
        ("2025-03-12", dt.date(2025, 3, 12)),
        ("12 03 2025", dt.date(2025, 3, 12)),
        ("12032025", dt.date(2025, 3, 12)),
        ("20250312", dt.date(2025, 3, 12)),
        ("12 mars 2025", dt.date(2025, 3, 12)),
        ("12 MARS 2025", dt.date(2025, 3, 12)),
        ("1er mars 2025", dt.date(2025, 3, 1)),
        ("1 er mars 2025", dt.date(2025, 3, 1)),
        ("premier mars 2025", dt.date(2025, 3, 1)),
        ("lundi 10 février 2025", dt.date(2025, 2, 10)),
        ("le 12 mars 2025", dt.date(2025, 3, 12)),
        ("c'est le 12/03/2025", dt.date(2025, 3, 12)),
        ("c’est bien le 3 août 2024 merci", dt.date(2024, 8, 3)),
        ("12 fevrier 2025", dt.date(2025, 2, 12)),
        ("12 févirer 2025", dt.date(2025, 2, 12)),
        ("3 aout 2024", dt.date(2024, 8, 3)),
        ("5 decembre 2024", dt.date(2024, 12, 5)),
        ("15 déc. 2024", dt.date(2024, 12, 15)),
        ("7 janv 2025", dt.date(2025, 1, 7)),
        ("14 juiller 2023", dt.date(2023, 7, 14)),
        ("9 setpembre 2024", dt.date(2024, 9, 9)),
        ("12 mars 25", dt.date(2025, 3, 12)),
        ("mars 2025", dt.date(2025, 3, 1)),
        ("Mars 2024", dt.date(2024, 3, 1)),
        ("l2/03/2025", dt.date(2025, 3, 12)),  # OCR: "l" for "1"
    ],
)
def test_written_forms(answer: str, expected: dt.date) -> None:
    assert parse_date(answer, TODAY) == expected


@pytest.mark.parametrize(
    ("answer", "offset"),
    [
        ("hier", -1),
        ("Hier", -1),
        ("avant-hier", -2),
        ("avant hier", -2),
        ("aujourd'hui", 0),
        ("aujourd’hui", 0),
        ("aujourdhui", 0),
        ("ce matin", 0),
        ("c'était hier soir", -1),
        ("demain", 1),
    ],
)
def test_relative_words(answer: str, offset: int) -> None:
    assert parse_date(answer, TODAY) == TODAY + dt.timedelta(days=offset)


def test_a_written_date_wins_over_a_relative_word() -> None:
    assert parse_date("hier, le 12 mars 2025", TODAY) == dt.date(2025, 3, 12)


@pytest.mark.parametrize(
    "answer",
    [
        "31/02/2025",
        "29/02/2025",  # 2025 is not a leap year
        "32/01/2025",
        "12/13/2025",
        "31 avril 2025",
        "mars",  # a month alone is too vague
        "2025",
        "",
        "   ",
        "je ne sais pas",
        "mais 2025",  # "mais" is one letter from "mars" and "mai": not a month
        "31/02/2025 ou peut-être le 01/03/2025",  # the first date is wrong: ask again
    ],
)
def test_no_such_date(answer: str) -> None:
    assert parse_date(answer, TODAY) is None


def test_leap_day() -> None:
    assert parse_date("29/02/2024", TODAY) == dt.date(2024, 2, 29)
    assert parse_date("29 février", TODAY) == dt.date(2024, 2, 29)


@pytest.mark.parametrize(
    ("answer", "today", "expected"),
    [
        ("05/07/48", dt.date(2025, 3, 20), dt.date(1948, 7, 5)),  # a birth date
        ("12/03/31", dt.date(2025, 3, 20), dt.date(2031, 3, 12)),
        ("12/03/35", dt.date(2025, 3, 20), dt.date(2035, 3, 12)),
        ("12/03/36", dt.date(2025, 3, 20), dt.date(1936, 3, 12)),
        ("12/03/36", dt.date(2030, 1, 1), dt.date(2036, 3, 12)),  # the window moves on
    ],
)
def test_two_digit_years_follow_today(answer: str, today: dt.date, expected: dt.date) -> None:
    assert parse_date(answer, today) == expected


@pytest.mark.parametrize(
    ("answer", "today", "expected"),
    [
        ("12 mars", dt.date(2025, 3, 20), dt.date(2025, 3, 12)),
        ("12/03", dt.date(2025, 3, 20), dt.date(2025, 3, 12)),
        ("25 mars", dt.date(2025, 3, 1), dt.date(2025, 3, 25)),  # a séance coming soon
        ("12 juin", dt.date(2025, 3, 1), dt.date(2024, 6, 12)),  # too far ahead: last year
        ("5 janvier", dt.date(2025, 12, 20), dt.date(2026, 1, 5)),
        ("20 décembre", dt.date(2026, 1, 10), dt.date(2025, 12, 20)),
    ],
)
def test_day_and_month_without_year(answer: str, today: dt.date, expected: dt.date) -> None:
    assert parse_date(answer, today) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_what_the_bot_writes_reads_back(day: dt.date) -> None:
    for written in (format_date_fr(day), day.strftime("%d/%m/%Y"), day.isoformat()):
        assert parse_date(written, TODAY) == day
        assert [found.date for found in find_dates(f"Fait le {written}.")] == [day]


def test_format_date_fr() -> None:
    assert format_date_fr(dt.date(2031, 1, 1)) == "1er janvier 2031"
    assert format_date_fr(dt.date(2025, 3, 12)) == "12 mars 2025"
    assert MONTHS[7] == "août"


DOCUMENT = """COMMUNE DE BEAULIEU
Arrêté n° 2025-117 du 3 février 2025
PC 075 056 25 B0001, téléphone 01.23.45.67.89, acte n° 12/2025
Montant : 12.50 € ; réf. 2025/03/45
Né le 03/07/1968 à Lyon, vu la délibération du 2024-11-28.
Période : mars 2025
Fait à Beaulieu, le 1er MARS 2025, après la réunion d'hier.
"""


def test_find_dates_in_a_document() -> None:
    found = find_dates(DOCUMENT)
    assert [f.date for f in found] == [
        dt.date(2025, 2, 3),
        dt.date(1968, 7, 3),
        dt.date(2024, 11, 28),
        dt.date(2025, 3, 1),
        dt.date(2025, 3, 1),
    ]
    assert [DOCUMENT[f.start : f.end] for f in found] == [
        "3 février 2025",
        "03/07/1968",
        "2024-11-28",
        "mars 2025",
        "1er MARS 2025",
    ]
    assert [f.day_known for f in found] == [True, True, True, False, True]


def test_find_dates_reads_ocr_slips_only_when_framed() -> None:
    assert [f.date for f in find_dates("né le 3 fevrler 1970")] == [dt.date(1970, 2, 3)]
    assert find_dates("il a mis mais 2025 personnes") == []
    assert find_dates("fevrler 1970") == []  # no day: the typo is not forgiven


def test_find_dates_skips_impossible_dates_and_keeps_offsets_with_accents() -> None:
    text = "Élément reçu le 31/02/2025, signé le 28/02/2025 à Besançon."
    (found,) = find_dates(text)
    assert found.date == dt.date(2025, 2, 28)
    assert text[found.start : found.end] == "28/02/2025"


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("le douze mars deux mille vingt-cinq", dt.date(2025, 3, 12)),
        ("le vingt et un avril deux mille vingt-quatre", dt.date(2024, 4, 21)),
        ("trente et un décembre deux mil dix-neuf", dt.date(2019, 12, 31)),
        ("le premier mai mil neuf cent quatre-vingt-quatre", dt.date(1984, 5, 1)),
        ("né le dix-sept juillet mil neuf cent soixante-dix-sept", dt.date(1977, 7, 17)),
        ("L'an deux mille vingt-cinq, le douze mars à dix-neuf heures", dt.date(2025, 3, 12)),
        ("L'an 2024, le 3 juin, le conseil", dt.date(2024, 6, 3)),
    ],
)
def test_dates_written_in_words(written: str, expected: dt.date) -> None:
    """Délibérations and actes d'état civil spell their dates out."""
    assert [found.date for found in find_dates(written)] == [expected]
    assert parse_date(written, TODAY) == expected


def test_number_words_that_are_not_dates() -> None:
    assert find_dates("trente et un février deux mille vingt") == []
    assert find_dates("les deux mars") == []  # no year in a document: not a date
    assert find_dates("sept 2025 personnes") == []  # "sept" is also seven
    assert parse_date("quatre-vingt-dix-neuf", TODAY) is None
