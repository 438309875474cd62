"""Working days in France, for the delays that agents count in "jours ouvrés".

A reminder that a visa or a signature waits goes out "after two working days": a document sent
on Friday is not late on Sunday, nor on the 1st of May. Days are counted in Paris local dates
whatever the server's clock says, and the local time of day is kept, so a request made at
10:00 is reminded at 10:00, also across a change to or from summer time.

The public holidays are the eleven of metropolitan France (Code du travail, L.3133-1). Alsace and
Moselle add Good Friday and the 26th of December; the overseas departments add the abolition of
slavery. None of them is counted here: a reminder one day early there does no harm, a rule per
territory would need a setting nobody has asked for yet.

Changes of summer time happen on Sunday nights, never on a working day, so the local times this
module produces always exist and are never ambiguous.
"""

from __future__ import annotations

import datetime as dt
import functools

from french.dates import PARIS

_SATURDAY = 5
_LONGEST_BREAK = 10
"""More consecutive non-working days than France ever has (three: a weekend with a holiday on
the Friday or the Monday): a bound for the searches below, so a bug cannot loop for ever."""


def easter_sunday(year: int) -> dt.date:
    """Easter by the anonymous Gregorian algorithm (Meeus/Jones/Butcher), valid for every
    Gregorian year: Easter Monday, Ascension and Whit Monday follow from it."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7  # "l" in the published algorithm
    m = (a + 11 * h + 22 * el) // 451
    month, day = divmod(h + el - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


@functools.lru_cache(maxsize=64)
def public_holidays(year: int) -> frozenset[dt.date]:
    """The eleven public holidays of metropolitan France in `year` (some fall on a weekend)."""
    easter = easter_sunday(year)
    return frozenset(
        {
            dt.date(year, 1, 1),  # Jour de l'an
            easter + dt.timedelta(days=1),  # Lundi de Pâques
            dt.date(year, 5, 1),  # Fête du travail
            dt.date(year, 5, 8),  # Victoire 1945
            easter + dt.timedelta(days=39),  # Ascension
            easter + dt.timedelta(days=50),  # Lundi de Pentecôte
            dt.date(year, 7, 14),  # Fête nationale
            dt.date(year, 8, 15),  # Assomption
            dt.date(year, 11, 1),  # Toussaint
            dt.date(year, 11, 11),  # Armistice 1918
            dt.date(year, 12, 25),  # Noël
        }
    )


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday, public holidays excepted (a town hall's office days)."""
    return day.weekday() < _SATURDAY and day not in public_holidays(day.year)


def _paris(moment: dt.datetime) -> dt.datetime:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError("Une échéance se calcule sur une date avec fuseau horaire.")
    return moment.astimezone(PARIS)


def _at_local(day: dt.date, time: dt.time) -> dt.datetime:
    """`time` on `day` in Paris, as UTC. On working days the local time always exists once."""
    return dt.datetime.combine(day, time, tzinfo=PARIS).astimezone(dt.UTC)


def add_working_days(moment: dt.datetime, days: int) -> dt.datetime:
    """The same Paris time of day, `days` working days later, in UTC.

    Only working days are counted, so a request made on a Saturday has its first day on Monday:
    Friday 10:00 and Saturday 10:00 plus two are both Tuesday 10:00. Zero days is the moment
    itself, even on a Sunday: a delay of 0 means "at once".
    """
    if days < 0:
        raise ValueError("Un délai en jours ouvrés ne peut pas être négatif.")
    local = _paris(moment)
    day = local.date()
    counted = 0
    while counted < days:
        day += dt.timedelta(days=1)
        if is_working_day(day):
            counted += 1
    if counted == 0:
        return local.astimezone(dt.UTC)
    return _at_local(day, local.time())


def next_at(moment: dt.datetime, hour: int, minute: int = 0) -> dt.datetime:
    """The first working day's `hour`:`minute`, Paris time, strictly after `moment`, in UTC.

    When the daily digest of reminders goes out next: the digest is a working-day message, so
    a Friday evening gives Monday morning (or Tuesday after Easter).
    """
    time = dt.time(hour, minute)  # refuses 24:00 and the like
    day = _paris(moment).date()
    for _ in range(_LONGEST_BREAK + 2):
        if is_working_day(day):
            candidate = _at_local(day, time)
            if candidate > moment:
                return candidate
        day += dt.timedelta(days=1)
    raise AssertionError("no working day found in two weeks")  # pragma: no cover
