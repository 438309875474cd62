"""How long a filed document is kept, and what becomes of it, in words a référent reads.

The DUA (durée d'utilité administrative) is counted in whole years from the *year* of its
start, and ends on 1 January: a document of 2020 with a 10-year DUA becomes eliminable on
1 January 2031. That is how archivists count (the tableaux say the DUA runs "à compter de la
clôture du dossier", and a dossier closes with its year), it lets documents of one year be
handled together in one bordereau, and it never ends a DUA early: whatever the day of the
start, the end falls after the full number of years. It also spares leap-day arithmetic.

The start event comes from the retention row (`RetentionRow.start`): the closing of the file
by default, the date of the act for an arrêté temporaire, the agent's date of birth for a
dossier individuel (80 years), the final payment for a marché, the notification for the offers
not retained. The caller passes the date of that event; the row's `start_label` says in words
which date it is.

Nothing here destroys anything: "éliminable" means a bordereau may be sent to the Archives
départementales, whose visa is required (Code du patrimoine R212-14).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from french.dates import format_date_fr
from referentiel.model import RetentionRow, SortFinal

_SORT_LABELS: dict[SortFinal, str] = {
    "C": "conservation définitive",
    "D": "destruction",
    "T": "tri",
}

_AD = "Archives départementales"


@dataclass(frozen=True)
class Retention:
    """The retention of one document: what the row says, applied to its start date."""

    row_id: str
    sort: SortFinal
    dua_years: int | None
    start: dt.date
    dua_end: dt.date | None
    a_valider: bool
    phrase: str


def sort_label(sort: SortFinal) -> str:
    return _SORT_LABELS[sort]


def dua_end(start: dt.date, dua_years: int | None) -> dt.date | None:
    """1 January after `dua_years` full years counted from the start's year (module docstring)."""
    if dua_years is None:
        return None
    return dt.date(start.year + dua_years + 1, 1, 1)


def phrase(sort: SortFinal, end: dt.date | None, a_valider: bool) -> str:
    when = format_date_fr(end) if end is not None else None
    if sort == "D":
        text = (
            f"éliminable à partir du {when}, avec le visa des {_AD}"
            if when
            else f"éliminable seulement avec le visa des {_AD}"
        )
    elif sort == "C":
        text = "à conserver définitivement"
        if when:
            text += f" (à verser aux Archives à partir du {when})"
    else:
        text = (
            f"à trier à partir du {when} : une partie sera gardée, selon l'avis des {_AD}"
            if when
            else f"à trier : une partie sera gardée, selon l'avis des {_AD}"
        )
    if a_valider:
        what = "durée à confirmer" if when else "règle à confirmer"
        text += f" — {what} avec les {_AD}"
    return text


def compute(row: RetentionRow, start: dt.date) -> Retention:
    """The retention of a document whose start event (the row's `start`) fell on `start`."""
    day = dt.date(start.year, start.month, start.day)  # a datetime would leak its time
    end = dua_end(day, row.dua_years)
    return Retention(
        row_id=row.id,
        sort=row.sort,
        dua_years=row.dua_years,
        start=day,
        dua_end=end,
        a_valider=row.a_valider,
        phrase=phrase(row.sort, end, row.a_valider),
    )
