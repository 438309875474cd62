"""Periods the way a maire writes them: « délégation à @x du 1er au 15 août ».

Each date of a period is read by `french.dates.parse_date`, so a period accepts what a single date
accepts (typos in month names, "premier", "15/08", "demain"); this module only cuts the text
into a start and an end, and decides the years, which a period needs differently:

- french.dates puts a date written without a year in the past (filed documents are mostly past); a
  delegation is about to come. A period without any year is the coming one: its end is today or
  later ("du 1er au 15 août" written on the 20th of August is next year's).
- Where only one end carries a year, the other takes it, and the period may cross the year's
  end only when its months say so: "du 28 décembre au 3 janvier 2027" starts in 2026, but
  "du 15 au 1er août" is refused rather than read as a year long delegation.
- The start may give only a day ("du 1er au 15 août", "du 1 au 15/08"): it takes the end's
  month. A weekday ("jusqu'à vendredi") is the next such day, today included.
- "jusqu'au 15 août" starts today. A month with its year ("jusqu'en mars 2027") ends on its last
  day. A start without an end ("à partir du 1er août", "du 1er août") is not a period: refused,
  because a delegation without an end date is what a town hall must not grant by accident.
- Without any of the words of a period, one date is a one day period ("le 3 août").

A date written with a year is kept even when past: whether a past period makes sense is the
caller's question (a delegation refuses it, with its own words).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from french.dates import MONTHS, find_dates, fold_keep_offsets, format_date_fr, parse_date

ONE_DAY = dt.timedelta(days=1)
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


@dataclass(frozen=True)
class Period:
    """Whole days in Paris, both ends included (a delegation "jusqu'au 15" covers the 15th)."""

    start: dt.date
    end: dt.date  # inclusive

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("Une période ne peut pas finir avant de commencer.")


def format_period_fr(period: Period) -> str:
    """ "du 1er au 15 août 2026", "du 28 décembre 2026 au 3 janvier 2027", "le 3 août 2026":
    what the bot says back, so the reader checks the year the bot chose."""
    start, end = period.start, period.end
    if start == end:
        return f"le {format_date_fr(start)}"
    if start.year != end.year:
        return f"du {format_date_fr(start)} au {format_date_fr(end)}"
    first = "1er" if start.day == 1 else str(start.day)
    if start.month != end.month:
        first = f"{first} {MONTHS[start.month - 1]}"
    return f"du {first} au {format_date_fr(end)}"


# --- what one side of a period says ----------------------------------------------------------


@dataclass(frozen=True)
class _Dated:
    """A date whose year is known: written, or relative to today ("demain")."""

    date: dt.date


@dataclass(frozen=True)
class _Yearless:
    month: int
    day: int


@dataclass(frozen=True)
class _Month:
    """A month and its year without a day ("mars 2027"): its first or its last day."""

    year: int
    month: int


@dataclass(frozen=True)
class _Day:
    """A day number alone ("1er"), whose month is the other end's."""

    day: int


@dataclass(frozen=True)
class _Weekday:
    weekday: int  # Monday is 0, as in datetime


_Side = _Dated | _Yearless | _Month | _Day | _Weekday

_WEEKDAY_WORDS = "|".join(WEEKDAYS)
_BARE_DAY = re.compile(
    rf"(?:le\s+)?(?:(?:{_WEEKDAY_WORDS})\s+)?(?P<day>\d{{1,2}}|premier)"
    r"\s*(?:er|ier|ere|eme|e|°)?(?:\s+(?:inclus|compris))?"
)
_BARE_WEEKDAY = re.compile(
    rf"(?:le\s+|ce\s+)?(?P<weekday>{_WEEKDAY_WORDS})(?:\s+(?:prochain|inclus|compris))*"
)
_CLAUSE_END = re.compile(
    r"[,;:!?()\n]|\.(?=\s*$|\s+[a-z])|\s(?:et|puis|mais|sauf|car|pour|a|avec)\s|\s@"
)


def _build(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _read(text: str, today: dt.date, *, bare: bool) -> _Side | None:
    """What one side says. `bare` allows a day or a weekday alone, which only make sense as a
    side of a period, and cuts the side at the end of its clause ("15 août, merci")."""
    if bare:
        text = _CLAUSE_END.split(text, maxsplit=1)[0].strip()
        if (found := _BARE_DAY.fullmatch(text)) is not None:
            raw = found.group("day")
            day = 1 if raw == "premier" else int(raw)
            return _Day(day) if 1 <= day <= 31 else None
        if (found := _BARE_WEEKDAY.fullmatch(text)) is not None:
            return _Weekday(WEEKDAYS.index(found.group("weekday")))
    date = parse_date(text, today)
    if date is None:
        return None
    # parse_date does not say which year it was told; asking again tells. A relative word moves
    # with today, a written year does not, and only a date written with its year is found by
    # the strict reader of documents.
    if parse_date(text, today + ONE_DAY) == date + ONE_DAY:
        return _Dated(date)
    for written in find_dates(text, today):
        if written.date == date:
            return _Dated(date) if written.day_known else _Month(date.year, date.month)
    return _Yearless(date.month, date.day)


# --- years -----------------------------------------------------------------------------------


def _on_or_after(day: dt.date, weekday: int) -> dt.date:
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _coming(side: _Yearless, today: dt.date) -> dt.date | None:
    """The first such day today or later (29 February waits for a leap year)."""
    for year in range(today.year, today.year + 9):
        date = _build(year, side.month, side.day)
        if date is not None and date >= today:
            return date
    return None


def _in_year_of(side: _Yearless, anchor: dt.date, *, after: bool) -> dt.date | None:
    """The day in `anchor`'s year; moved to the next (or previous) year only when the months
    cross the year's end, never to mend a start written after its end."""
    date = _build(anchor.year, side.month, side.day)
    if after and date is not None and date < anchor and side.month < anchor.month:
        return _build(anchor.year + 1, side.month, side.day)
    if not after and date is not None and date > anchor and side.month > anchor.month:
        return _build(anchor.year - 1, side.month, side.day)
    return date


def _with_months(start: _Side, end: _Side, today: dt.date) -> tuple[_Side, _Side] | None:
    """Gives each side what it borrows from the other: a bare day its month, a weekday its
    date, a month its first or last day."""
    if isinstance(start, _Month):
        start = _Dated(dt.date(start.year, start.month, 1))
    if isinstance(end, _Month):
        last = calendar.monthrange(end.year, end.month)[1]
        end = _Dated(dt.date(end.year, end.month, last))
    if isinstance(start, _Weekday):
        start = _Dated(_on_or_after(today, start.weekday))
    if isinstance(end, _Day):
        if isinstance(start, _Dated):
            month = start.date.month if end.day >= start.date.day else start.date.month % 12 + 1
            year = start.date.year + (1 if month < start.date.month else 0)
            built = _build(year, month, end.day)
            if built is None:
                return None
            end = _Dated(built)
        elif isinstance(start, _Yearless):
            month = start.month if end.day >= start.day else start.month % 12 + 1
            end = _Yearless(month, end.day)
        else:
            return None  # "du 1 au 15": no month anywhere
    if isinstance(end, _Weekday):
        if isinstance(start, _Yearless):
            coming = _coming(start, today)
            if coming is None:
                return None
            start = _Dated(coming)
        anchor = start.date if isinstance(start, _Dated) else today
        end = _Dated(_on_or_after(anchor, end.weekday))
    if isinstance(start, _Day):
        if isinstance(end, _Dated):
            built = _build(end.date.year, end.date.month, start.day)
            if built is None:
                return None
            start = _Dated(built)
        elif isinstance(end, _Yearless):
            start = _Yearless(end.month, start.day)
    return start, end


def _resolve(start: _Side, end: _Side, today: dt.date) -> Period | None:
    sides = _with_months(start, end, today)
    if sides is None:
        return None
    start, end = sides
    first: dt.date | None = None
    last: dt.date | None = None
    if isinstance(end, _Dated):
        last = end.date
    elif isinstance(end, _Yearless) and isinstance(start, _Dated):
        last = _in_year_of(end, start.date, after=True)
    elif isinstance(end, _Yearless) and isinstance(start, _Yearless):
        last = _coming(end, today)
    if isinstance(start, _Dated):
        first = start.date
    elif isinstance(start, _Yearless) and last is not None:
        first = _in_year_of(start, last, after=False)
    if first is None or last is None or last < first:
        return None
    return Period(first, last)


def _single(side: _Side, today: dt.date) -> Period | None:
    if isinstance(side, _Dated):
        return Period(side.date, side.date)
    if isinstance(side, _Month):
        return _resolve(side, side, today)
    if isinstance(side, _Yearless):
        coming = _coming(side, today)
        return None if coming is None else Period(coming, coming)
    return None  # not read without the words of a period


# --- the text --------------------------------------------------------------------------------

_FROM = r"(?:\ba\s+(?:partir|compter|dater)\s+(?:du\s+|de\s+|d')|\bdepuis\s+le\s+|\bdu\s+)"
_UNTIL = r"jusqu\W{0,2}\s*(?:au|a\s+la|a|en)"
_RANGE = re.compile(
    rf"{_FROM}(?P<start>.{{1,40}}?)\s+(?:{_UNTIL}|au|a)\s+(?P<end>.+)"
    r"|\bentre\s+(?:le\s+)?(?P<start2>.{1,40}?)\s+et\s+(?:le\s+)?(?P<end2>.+)"
)
_UNTIL_ONLY = re.compile(rf"\b{_UNTIL}\s+(?P<end>.+)")
_OPEN_START = re.compile(
    r"\ba\s+(?:partir|compter|dater)\s+d|\bdepuis\b|\bdes\s+(?:le|demain|aujourd)"
    rf"|\bdu\s+(?:\d|premier\b|(?:{_WEEKDAY_WORDS})\b)"
)


def parse_period(text: str, today: dt.date) -> Period | None:
    """The period a message gives, or None when it gives none that holds together.

    The first "du … au …" whose two sides are dates decides; then "jusqu'au …" (from today);
    then, if the message has no word of a period, a single date. A period whose end comes before
    its start is refused, never repaired.
    """
    folded = fold_keep_offsets(text).replace("’", "'")
    position = 0
    while (found := _RANGE.search(folded, position)) is not None:
        start_text = found.group("start") or found.group("start2")
        end_text = found.group("end") or found.group("end2")
        start = _read(start_text, today, bare=True)
        end = _read(end_text, today, bare=True)
        if start is not None and end is not None:
            return _resolve(start, end, today)
        position = found.start() + 1
    until = [_read(m.group("end"), today, bare=True) for m in _UNTIL_ONLY.finditer(folded)]
    if until:
        end = next((side for side in until if side is not None), None)
        return None if end is None else _resolve(_Dated(today), end, today)
    if _OPEN_START.search(folded):
        return None
    single = _read(folded, today, bare=False)
    return None if single is None else _single(single, today)
