"""French working days: holidays from Easter, delays in working days, the next digest time."""

from __future__ import annotations

import datetime as dt

import pytest

from french.workdays import (
    PARIS,
    add_working_days,
    easter_sunday,
    is_working_day,
    next_at,
    public_holidays,
)


def paris(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=PARIS)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


# ---------------------------------------------------------------------------------------------
# public holidays


@pytest.mark.parametrize(
    ("year", "easter"),
    [
        (2024, dt.date(2024, 3, 31)),
        (2025, dt.date(2025, 4, 20)),
        (2026, dt.date(2026, 4, 5)),
        (2027, dt.date(2027, 3, 28)),
        (2038, dt.date(2038, 4, 25)),  # the latest possible date
        (2285, dt.date(2285, 3, 22)),  # the earliest possible date
    ],
)
def test_easter_sunday(year: int, easter: dt.date) -> None:
    assert easter_sunday(year) == easter


@pytest.mark.parametrize(
    ("year", "easter_monday", "ascension", "whit_monday"),
    [
        (2025, dt.date(2025, 4, 21), dt.date(2025, 5, 29), dt.date(2025, 6, 9)),
        (2026, dt.date(2026, 4, 6), dt.date(2026, 5, 14), dt.date(2026, 5, 25)),
        (2027, dt.date(2027, 3, 29), dt.date(2027, 5, 6), dt.date(2027, 5, 17)),
    ],
)
def test_public_holidays(
    year: int, easter_monday: dt.date, ascension: dt.date, whit_monday: dt.date
) -> None:
    fixed = {(1, 1), (5, 1), (5, 8), (7, 14), (8, 15), (11, 1), (11, 11), (12, 25)}
    expected = {dt.date(year, m, d) for m, d in fixed} | {easter_monday, ascension, whit_monday}
    assert public_holidays(year) == frozenset(expected)
    assert len(public_holidays(year)) == 11


def test_working_days() -> None:
    assert is_working_day(dt.date(2026, 4, 3))  # Friday (Good Friday is not a holiday here)
    assert not is_working_day(dt.date(2026, 4, 4))  # Saturday
    assert not is_working_day(dt.date(2026, 4, 5))  # Sunday
    assert not is_working_day(dt.date(2026, 4, 6))  # Easter Monday
    assert is_working_day(dt.date(2026, 4, 7))
    assert not is_working_day(dt.date(2026, 5, 14))  # Ascension, a Thursday
    assert is_working_day(dt.date(2026, 5, 15))  # the "pont" is worked, as far as we know
    assert not is_working_day(dt.date(2026, 12, 25))
    assert is_working_day(dt.date(2026, 12, 24))


# ---------------------------------------------------------------------------------------------
# add_working_days


def test_friday_plus_two_is_tuesday_same_time() -> None:
    assert add_working_days(paris(2026, 11, 20, 10), 2) == paris(2026, 11, 24, 10)


def test_a_weekend_start_counts_from_monday() -> None:
    assert add_working_days(paris(2026, 11, 21, 10), 2) == paris(2026, 11, 24, 10)  # Saturday
    assert add_working_days(paris(2026, 11, 22, 10), 2) == paris(2026, 11, 24, 10)  # Sunday
    assert add_working_days(paris(2026, 11, 22, 10), 1) == paris(2026, 11, 23, 10)


def test_the_result_is_utc() -> None:
    result = add_working_days(utc(2026, 11, 20, 9), 2)  # 10:00 in Paris (winter)
    assert result.utcoffset() == dt.timedelta(0)
    assert (result.year, result.month, result.day, result.hour) == (2026, 11, 24, 9)


def test_across_the_first_of_may() -> None:
    # Thursday 30 April 2026; Friday 1 May is a holiday, then a weekend.
    assert add_working_days(paris(2026, 4, 30, 15, 30), 1) == paris(2026, 5, 4, 15, 30)
    assert add_working_days(paris(2026, 4, 30, 15, 30), 2) == paris(2026, 5, 5, 15, 30)


def test_across_easter_and_a_week_of_holidays() -> None:
    # Wednesday 6 May 2026: Friday 8 May is off, and Thursday 14 May (Ascension).
    assert add_working_days(paris(2026, 5, 6, 9), 1) == paris(2026, 5, 7, 9)
    assert add_working_days(paris(2026, 5, 6, 9), 2) == paris(2026, 5, 11, 9)
    assert add_working_days(paris(2026, 5, 6, 9), 5) == paris(2026, 5, 15, 9)
    assert add_working_days(paris(2026, 4, 3, 9), 1) == paris(2026, 4, 7, 9)  # Easter Monday


@pytest.mark.parametrize(
    ("start", "before", "after"),
    [
        # Summer time begins on Sunday 29 March 2026: 10:00 is 09:00 UTC, then 08:00 UTC.
        (paris(2026, 3, 27, 10), dt.timedelta(hours=1), dt.timedelta(hours=2)),
        # Winter time comes back on Sunday 25 October 2026.
        (paris(2026, 10, 23, 10), dt.timedelta(hours=2), dt.timedelta(hours=1)),
    ],
)
def test_across_a_change_of_summer_time_the_local_hour_is_kept(
    start: dt.datetime, before: dt.timedelta, after: dt.timedelta
) -> None:
    assert start.utcoffset() == before
    result = add_working_days(start, 2)
    local = result.astimezone(PARIS)
    assert (local.weekday(), local.hour, local.minute) == (1, 10, 0)  # Tuesday 10:00
    assert local.utcoffset() == after
    assert result - start == dt.timedelta(days=4) - (after - before)


def test_zero_days_is_now_and_negative_is_refused() -> None:
    sunday = paris(2026, 11, 22, 10)
    assert add_working_days(sunday, 0) == sunday
    with pytest.raises(ValueError, match="négatif"):
        add_working_days(sunday, -1)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="fuseau"):
        add_working_days(dt.datetime(2026, 11, 20, 10), 2)  # noqa: DTZ001
    with pytest.raises(ValueError, match="fuseau"):
        next_at(dt.datetime(2026, 11, 20, 10), 9)  # noqa: DTZ001


# ---------------------------------------------------------------------------------------------
# next_at


def test_next_at_before_and_after_the_hour() -> None:
    assert next_at(paris(2026, 11, 24, 8, 59), 9) == paris(2026, 11, 24, 9)
    assert next_at(paris(2026, 11, 24, 9), 9) == paris(2026, 11, 25, 9)  # strictly after
    assert next_at(paris(2026, 11, 24, 9, 1), 9) == paris(2026, 11, 25, 9)
    assert next_at(paris(2026, 11, 24, 7), 8, 30) == paris(2026, 11, 24, 8, 30)


def test_next_at_on_friday_evening_is_monday() -> None:
    assert next_at(paris(2026, 11, 20, 18), 9) == paris(2026, 11, 23, 9)
    assert next_at(paris(2026, 11, 21, 8), 9) == paris(2026, 11, 23, 9)  # Saturday morning


def test_next_at_skips_holidays() -> None:
    # Thursday 24 December 2026 after nine: Friday is Christmas, then a weekend.
    assert next_at(paris(2026, 12, 24, 10), 9) == paris(2026, 12, 28, 9)
    # Friday 3 April 2026 after nine: the weekend, then Easter Monday.
    assert next_at(paris(2026, 4, 3, 10), 9) == paris(2026, 4, 7, 9)


def test_next_at_reads_the_paris_day_not_the_utc_day() -> None:
    # 23:30 UTC on Monday is already Tuesday 00:30 in Paris: Tuesday 09:00, not Monday's.
    assert next_at(utc(2026, 11, 23, 23, 30), 9) == paris(2026, 11, 24, 9)
    # In summer 07:30 UTC is 09:30 in Paris: the 9 o'clock digest is past.
    assert next_at(utc(2026, 6, 2, 7, 30), 9) == paris(2026, 6, 3, 9)


def test_next_at_refuses_impossible_times() -> None:
    with pytest.raises(ValueError):
        next_at(paris(2026, 11, 24, 8), 24)
