"""How long a filed document is kept, and what becomes of it, in words a référent reads.

The DUA (durée d'utilité administrative) is counted in whole years from the *year* of its
start, and ends on 1 January: a document of 2020 with a 10-year DUA becomes eliminable on
1 January 2031. That is how archivists count (the tableaux say the DUA runs "à compter de la
clôture du dossier", and a dossier closes with its year), it lets documents of one year be
handled together in one bordereau, and it never ends a DUA early: whatever the day of the
start, the end falls after the full number of years. It also spares leap-day arithmetic.

The start event comes from the retention row (`RetentionRow.start`), and `start_of` finds its
date. Some follow from the document itself: its year (a register, an exercice, a year of
pay), its date (an arrêté temporaire, a decision), the school year or the council's mandate it
falls in, the agent's date of birth. Others come later, often years later: the final payment of
a marché, the closing of a file, the notification of the marché an offer lost. Until an agent
tells the date (at filing, or later by message or by closing the dossier) the retention has
not begun: the document is « en attente », never due, and nothing guesses the date for it.

Nothing here destroys anything: "éliminable" means a bordereau may be sent to the Archives
départementales, whose visa is required (Code du patrimoine R212-14).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from french.dates import format_date_fr
from french.fold import fold
from referentiel.model import AWAITED_EVENTS, DocType, RetentionRow, SortFinal, StartEvent

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
    start: dt.date | None  # None while the start event is awaited
    dua_end: dt.date | None
    a_valider: bool
    phrase: str
    awaiting: StartEvent | None = None


FIRST_GENERAL_ELECTION = 2020
"""A year of general municipal elections (March, every six years): 2020, 2026, 2032…"""
MANDATE_YEARS = 6
SCHOOL_YEAR_FIRST_MONTH = 8  # a document from August on belongs to the school year starting


def mandate_end(day: dt.date) -> dt.date:
    """The end of the municipal mandate `day` falls in: the next general elections (held in
    March; the mandate is counted as ending on 31 March of their year)."""
    elections_after = -(-(day.year - FIRST_GENERAL_ELECTION) // MANDATE_YEARS)  # ceiling
    year = FIRST_GENERAL_ELECTION + MANDATE_YEARS * elections_after
    end = dt.date(year, 3, 31)
    return end if end > day else dt.date(year + MANDATE_YEARS, 3, 31)


def school_year_end(day: dt.date) -> dt.date:
    """The end of the school year `day` falls in (6 July as a round summer date)."""
    year = day.year + (1 if day.month >= SCHOOL_YEAR_FIRST_MONTH else 0)
    return dt.date(year, 7, 6)


_OTHER_YEAR: frozenset[StartEvent] = frozenset({"fin_mandat", "fin_annee_scolaire"})
"""Start events derived from the document's date that may fall in a later year."""


def counts_from_document_year(row: RetentionRow) -> bool:
    """The row's DUA runs from the document's own year, as every row's did before start
    events were read: its own date, its year's closing, the end of its exercice."""
    return row.start not in AWAITED_EVENTS and row.start not in _OTHER_YEAR


def start_of(
    row: RetentionRow, kind: DocType, values: Mapping[str, object], document_date: dt.date
) -> dt.date | None:
    """The date the DUA counts from, or None while the row's start event has not happened.

    An awaited event's date comes only from its own question (`DocType.start_field`), never
    from the document's date: a marché's pieces counted from their notification would be
    proposed for destruction years before the ten years after the final payment have run."""
    if kind.start_field is not None:
        told = values.get(kind.start_field)
        if isinstance(told, dt.date):
            return told
    if row.start in AWAITED_EVENTS:
        return None
    if row.start == "fin_mandat":
        return mandate_end(document_date)
    if row.start == "fin_annee_scolaire":
        return school_year_end(document_date)
    if row.start == "fin_exercice":
        return dt.date(document_date.year, 12, 31)
    return document_date


def sort_label(sort: SortFinal) -> str:
    return _SORT_LABELS[sort]


def dua_end(start: dt.date, dua_years: int | None) -> dt.date | None:
    """1 January after `dua_years` full years counted from the start's year (module docstring)."""
    if dua_years is None:
        return None
    return dt.date(start.year + dua_years + 1, 1, 1)


def phrase(
    sort: SortFinal, end: dt.date | None, a_valider: bool, awaiting: str | None = None
) -> str:
    """`awaiting`: the start event still to come, in words (« date du paiement du solde »)."""
    if awaiting is not None:
        text = f"{sort_label(sort)} ; durée en attente de : {awaiting}"
        if a_valider:
            text += f" — règle à confirmer avec les {_AD}"
        return text
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


def event_label(row: RetentionRow) -> str:
    return row.start_label or "l'événement de départ de la conservation"


def compute(row: RetentionRow, start: dt.date | None) -> Retention:
    """The retention of a document whose start event (the row's `start`) fell on `start`
    (None: it has not happened yet)."""
    if start is None:
        return Retention(
            row_id=row.id,
            sort=row.sort,
            dua_years=row.dua_years,
            start=None,
            dua_end=None,
            a_valider=row.a_valider,
            phrase=phrase(row.sort, None, row.a_valider, event_label(row)),
            awaiting=row.start,
        )
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


EVENT_VERBS: dict[str, str] = {
    "paiement_solde": "soldé",
    "notification": "notifié",
    "cloture_dossier": "clos",
    "fin_validite": "clos",
}
"""How an agent says an awaited event happened (« dossier 2025-0012 soldé le 12/03/2027 »)."""


def event_example(event: str, dossier: str) -> str:
    verb = EVENT_VERBS.get(event, "clos")
    return f"dossier {dossier} {verb} le JJ/MM/AAAA"


def dossier_key(name: str) -> str:
    """How a dossier's name is kept and looked up: folded, so « Marché 2025-0012 » and
    « 2025 0012 » meet."""
    return fold(name)[:200]
