"""Delegation periods as a maire writes them, and the years the bot chooses for them."""

from __future__ import annotations

import datetime as dt

import pytest

from french.periods import Period, format_period_fr, parse_period

TODAY = dt.date(2026, 6, 10)  # a Wednesday


def period(start: tuple[int, int, int], end: tuple[int, int, int]) -> Period:
    return Period(dt.date(*start), dt.date(*end))


AUGUST = period((2026, 8, 1), (2026, 8, 15))


@pytest.mark.parametrize(
    "text",
    [
        "du 1er au 15 août",
        "délégation à @adjoint:mairie.fr du 1er au 15 août",
        "délégation de @maire:mairie.fr à @adjoint:mairie.fr du 1er au 15 août, merci",
        "du 1er août au 15 août 2026",
        "du 1er août 2026 au 15 août 2026",
        "du 01/08/2026 au 15/08/2026",
        "du 1/8/26 au 15/8/26",
        "du 1 au 15/08",
        "du 1er au 15 aout",
        "DU 1ER AU 15 AOÛT",
        "Du Premier au 15 Août",
        "du premier au quinze août",
        "du 1er au 15 aoüt",
        "du 1er au 15 août inclus.",
        "à partir du 1er août jusqu'au 15 août",
        "a partir du 1er aout jusqu’au 15 aout",
        "du 1er jusqu'au 15 août",
        "entre le 1er et le 15 août",
        "du samedi 1er août au samedi 15 août",
    ],
)
def test_forms_of_the_same_period(text: str) -> None:
    assert parse_period(text, TODAY) == AUGUST


def test_month_names_with_a_typo() -> None:
    assert parse_period("du 1er au 15 setpembre", TODAY) == period((2026, 9, 1), (2026, 9, 15))
    assert parse_period("du 3 au 14 juiller", TODAY) == period((2026, 7, 3), (2026, 7, 14))


@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.date(2026, 6, 10), AUGUST),  # before: this year
        (dt.date(2026, 8, 10), AUGUST),  # during: this year, already started
        (dt.date(2026, 8, 15), AUGUST),  # its last day
        (dt.date(2026, 8, 16), period((2027, 8, 1), (2027, 8, 15))),  # past: the coming one
        (dt.date(2026, 11, 3), period((2027, 8, 1), (2027, 8, 15))),
    ],
)
def test_a_period_without_a_year_is_the_coming_one(today: dt.date, expected: Period) -> None:
    assert parse_period("du 1er au 15 août", today) == expected


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("du 28 décembre au 3 janvier", TODAY, period((2026, 12, 28), (2027, 1, 3))),
        ("du 28 décembre au 3 janvier", dt.date(2027, 1, 2), period((2026, 12, 28), (2027, 1, 3))),
        ("du 28 décembre au 3 janvier", dt.date(2027, 1, 4), period((2027, 12, 28), (2028, 1, 3))),
        ("du 28 décembre au 3 janvier 2027", TODAY, period((2026, 12, 28), (2027, 1, 3))),
        ("du 28 décembre 2026 au 3 janvier", TODAY, period((2026, 12, 28), (2027, 1, 3))),
        ("du 28/12 au 03/01", TODAY, period((2026, 12, 28), (2027, 1, 3))),
        ("du 28 au 3 janvier", TODAY, None),  # the 28th takes January: after the 3rd
    ],
)
def test_a_period_across_the_end_of_the_year(
    text: str, today: dt.date, expected: Period | None
) -> None:
    assert parse_period(text, today) == expected


def test_a_written_year_is_kept_even_when_past() -> None:
    past = parse_period("du 1er au 15 août 2025", TODAY)
    assert past == period((2025, 8, 1), (2025, 8, 15))
    assert parse_period("du 1er août 2025 au 15 août", TODAY) == past


def test_an_end_given_as_a_day_takes_the_start_month() -> None:
    assert parse_period("du 3 août au 14", TODAY) == period((2026, 8, 3), (2026, 8, 14))
    assert parse_period("du 28 août au 3", TODAY) == period((2026, 8, 28), (2026, 9, 3))
    assert parse_period("du 28 décembre 2026 au 3", TODAY) == period((2026, 12, 28), (2027, 1, 3))


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("jusqu'au 15 août", dt.date(2026, 8, 15)),
        ("délégation à @adjoint:mairie.fr jusqu’au 15 août", dt.date(2026, 8, 15)),
        ("délégation du maire à @adjoint jusqu'au 15 août, merci", dt.date(2026, 8, 15)),
        ("JUSQU'AU 15/08/2026", dt.date(2026, 8, 15)),
        ("jusquau 15 aout", dt.date(2026, 8, 15)),
        ("jusqu'à demain", dt.date(2026, 6, 11)),
        ("jusqu'à aujourd'hui", TODAY),
        ("jusqu'à vendredi", dt.date(2026, 6, 12)),
        ("jusqu'à vendredi prochain inclus", dt.date(2026, 6, 12)),
        ("jusqu'à mercredi", TODAY),  # today is a Wednesday
        ("jusqu'en mars 2027", dt.date(2027, 3, 31)),  # a month: its last day
        ("jusqu'au 3 janvier", dt.date(2027, 1, 3)),  # January comes after June
    ],
)
def test_until_starts_today(text: str, end: dt.date) -> None:
    assert parse_period(text, TODAY) == Period(TODAY, end)


def test_weekdays_as_both_ends() -> None:
    # Wednesday 10 June: the coming Monday, then the Friday after it.
    assert parse_period("du lundi au vendredi", TODAY) == period((2026, 6, 15), (2026, 6, 19))
    assert parse_period("du lundi à vendredi", TODAY) == period((2026, 6, 15), (2026, 6, 19))
    assert parse_period("du 1er août au vendredi", TODAY) == period((2026, 8, 1), (2026, 8, 7))


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("le 3 août", dt.date(2026, 8, 3)),
        ("pour le 3 août", dt.date(2026, 8, 3)),
        ("délégation à @adjoint:mairie.fr pour le 3 août", dt.date(2026, 8, 3)),
        ("le premier août", dt.date(2026, 8, 1)),
        ("le 3 août 2027", dt.date(2027, 8, 3)),
        ("le 3 mars", dt.date(2027, 3, 3)),  # a day without a year is the coming one
        ("le 10 juin", TODAY),
        ("demain", dt.date(2026, 6, 11)),
        ("demain peut-être", dt.date(2026, 6, 11)),  # parse_date reads "demain"
    ],
)
def test_one_day(text: str, day: dt.date) -> None:
    assert parse_period(text, TODAY) == Period(day, day)


def test_a_month_and_its_year_is_the_whole_month() -> None:
    assert parse_period("en février 2028", TODAY) == period((2028, 2, 1), (2028, 2, 29))
    assert parse_period("du mars 2027 au mai 2027", TODAY) == period((2027, 3, 1), (2027, 5, 31))


@pytest.mark.parametrize(
    "text",
    [
        "du 15 au 1er août",  # the end comes before the start: refused, not moved a year
        "du 15 août au 1er août",
        "du 15 août 2026 au 1er août",
        "du 15/08/2026 au 01/08/2026",
        "jusqu'au 3 juin",  # already past this month: not next year's
        "jusqu'à hier",
        "du 30 au 31 février",
        "du 1 au 15",  # no month anywhere
        "à partir du 1er août",  # no end: a delegation without end is not granted by accident
        "du 1er août",  # the same: a start alone is not a day
        "délégation à @adjoint:mairie.fr du 3 août",
        "dès demain",
        "jusqu'à son retour",
        "délégation à @adjoint:mairie.fr",
        "n'importe quoi",
        "",
        "du au",
        "mars",
    ],
)
def test_refused(text: str) -> None:
    assert parse_period(text, TODAY) is None


def test_a_period_never_ends_before_it_starts() -> None:
    with pytest.raises(ValueError, match="finir avant"):
        Period(dt.date(2026, 8, 15), dt.date(2026, 8, 1))


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (period((2026, 8, 1), (2026, 8, 15)), "du 1er au 15 août 2026"),
        (period((2026, 7, 28), (2026, 8, 3)), "du 28 juillet au 3 août 2026"),
        (period((2026, 12, 28), (2027, 1, 1)), "du 28 décembre 2026 au 1er janvier 2027"),
        (period((2026, 8, 3), (2026, 8, 3)), "le 3 août 2026"),
    ],
)
def test_format_period_fr(value: Period, words: str) -> None:
    assert format_period_fr(value) == words


def test_what_is_said_back_reads_the_same() -> None:
    for text in ("du 28 décembre au 3 janvier", "du 1er au 15 août", "jusqu'à vendredi"):
        found = parse_period(text, TODAY)
        assert found is not None
        assert parse_period(format_period_fr(found), TODAY) == found
