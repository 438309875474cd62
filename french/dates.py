"""Dates the way French agents write and read them.

`format_date_fr` is what the bot says ("1er janvier 2031"); parsing the common French forms
("12/03/25", "12 mars 2025", "hier") lives here too, so every question about a date accepts the
same answers, and the dates proposed from a document are read by the same rules.

Two readers share one scanner:

- `parse_date` reads an agent's *answer*: lenient (two-digit years, "12 mars" without a year,
  "12032025", month names with a typo next to a number, "hier"), and it takes the first date
  written. When that first date does not exist (31/02/2025) the answer is refused rather than
  replaced by another date of the message.
- `find_dates` reads a *document*: strict, so a reference number or an amount is never taken for
  a date. A date there needs a year; month names may carry an OCR slip only when framed by a day
  and a four-digit year ("12 fevrler 2025").

Rules decided here, applied everywhere:

- Two-digit years: the year ending in those digits that falls in the hundred years ending ten
  years after today ("05/07/48" is 1948 in 2025, "12/03/31" is 2031). Birth dates of agents and
  acts of the coming years both come out right, without a fixed pivot that expires.
- A day and month without a year ("12 mars", "12/03"): the latest such date at most
  `AHEAD_DAYS` after today. Filed documents are mostly past, but a convocation or an arrêté
  temporaire is often filed a few weeks before its date.
- A month and year without a day ("mars 2025"): the first of that month (a payslip's month, or
  a period); the day does not matter for the retention time, which counts in years. A month
  alone ("mars") is refused: too vague for a date.
- Dates spelt out, as délibérations and actes d'état civil write them, are read too: "le douze
  mars deux mille vingt-cinq", "L'an deux mille vingt-cinq, le douze mars" (the year before the
  day), "le premier mai mil neuf cent quatre-vingt-quatre".
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

from rapidfuzz.distance import OSA

MONTHS = (
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
)

AHEAD_DAYS = 60
"""How far ahead of today a date written without a year may fall (see the module docstring)."""

PARIS = ZoneInfo("Europe/Paris")
MIN_YEAR = 1850
MAX_YEAR = 2200


def format_date_fr(day: dt.date) -> str:
    """12 mars 2025, 1er janvier 2031 (the ordinal is the French usage for the first)."""
    number = "1er" if day.day == 1 else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {day.year}"


def format_moment_fr(moment: dt.datetime) -> str:
    """ "22 novembre 2026 à 14 h 05", in Paris time: how a moment reads in the messages, the
    stamps, the bordereaux and the verification page alike. `moment` must be aware."""
    local = moment.astimezone(PARIS)
    return f"{format_date_fr(local.date())} à {local.hour} h {local.minute:02d}"


@lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    base = "".join(c for c in decomposed if not unicodedata.combining(c)).lower()
    if len(base) == 1:
        return base
    lowered = char.lower()
    return lowered if len(lowered) == 1 else char


def fold_keep_offsets(text: str) -> str:
    """Lower case without accents, one character for one, punctuation kept.

    Unlike `french.fold.fold`, a position in the result is the same position in the
    original text, so what is found in the folded text can be quoted or cut from the original.
    """
    return "".join(map(_fold_char, text))


_MONTH_WORDS: dict[str, int] = {}
for _number, _name in enumerate(MONTHS, start=1):
    _MONTH_WORDS[fold_keep_offsets(_name)] = _number
_MONTH_WORDS.update(
    {
        "janv": 1,
        "jan": 1,
        "fev": 2,
        "fevr": 2,
        "avr": 4,
        "juil": 7,
        "juill": 7,
        "sept": 9,
        "sep": 9,
        "oct": 10,
        "nov": 11,
        "dec": 12,
    }
)
_FULL_NAMES = {fold_keep_offsets(name): number for number, name in enumerate(MONTHS, start=1)}


def _month_number(word: str, *, fuzzy: bool, full_only: bool = False) -> int | None:
    """The month a word names; with `fuzzy`, one slip (two in long names) is forgiven.

    Fuzzy reading is only asked for words framed by numbers, since ordinary words sit one
    letter away from a month ("mais" / "mars").
    """
    names = _FULL_NAMES if full_only else _MONTH_WORDS
    if word in names:
        return names[word]
    if not fuzzy or len(word) < 4:
        return None
    limit = 1 if len(word) < 7 else 2
    distances = sorted((OSA.distance(word, name), number) for name, number in _FULL_NAMES.items())
    best, runner_up = distances[0], distances[1]
    if best[0] > limit or runner_up[0] == best[0]:
        return None
    return best[1]


def _expand_year(digits: str, today: dt.date | None) -> int:
    if len(digits) == 4:
        return int(digits)
    short = int(digits)
    if today is None:
        return (2000 if short < 70 else 1900) + short
    latest = today.year + 10
    return latest - (latest - short) % 100


def _ocr_digits(raw: str) -> str:
    return raw.replace("o", "0").replace("i", "1").replace("l", "1")


def _build(year: int, month: int, day: int) -> dt.date | None:
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _without_year(month: int, day: int, today: dt.date) -> dt.date | None:
    """The latest date with that day and month at most AHEAD_DAYS after today."""
    horizon = today + dt.timedelta(days=AHEAD_DAYS)
    for year in range(horizon.year, horizon.year - 9, -1):
        candidate = _build(year, month, day)
        if candidate is not None and candidate <= horizon:
            return candidate
    return None


@dataclass(frozen=True)
class FoundDate:
    """A date written in a text, with where it is (offsets in the original text).

    `day_known` is False for a month and year alone ("mars 2025", read as the 1st): a
    proposal prefers a full date when there is one.
    """

    date: dt.date
    start: int
    end: int
    day_known: bool = True


@dataclass(frozen=True)
class _Candidate:
    start: int
    end: int
    date: dt.date | None  # None: written like a date but no such day (31/02/2025)
    day_known: bool = True


_D = r"[0-9oil]"
_NUMERIC = re.compile(
    rf"(?<![\w./-])(?P<d>{_D}{{1,2}})[ ]?(?P<s>[/.-])[ ]?(?P<m>{_D}{{1,2}})[ ]?(?P=s)[ ]?"
    rf"(?P<y>{_D}{{4}}|{_D}{{2}})(?![\w]|[./-]\d)"
)
_ISO = re.compile(
    r"(?<![\w./-])(?P<y>\d{4})(?P<s>[-/.])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?![\w]|[./-]\d)"
)
_SPACED = re.compile(r"(?<![\w./-])(?P<d>\d{1,2}) (?P<m>\d{1,2}) (?P<y>\d{4}|\d{2})(?![\w.,/-])")
_PACKED = re.compile(r"(?<![\w./-])(?P<n>\d{8})(?![\w./-])")
_NO_YEAR = re.compile(r"(?<![\w./-])(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?![\w]|[./-]\d)")
_WORD = re.compile(r"[a-z]+")
_DAY_BEFORE = re.compile(
    r"(?P<day>\d[0-9oil]?|[il]\d|premier)[ ]?(?:er|ier|ere|eme|e|°)?\.?[ ,-]*$"
)
_YEAR_AFTER_STRICT = re.compile(r"\.?[ ,-]*(?P<year>\d{4})(?![\w])")
_YEAR_AFTER_LENIENT = re.compile(r"\.?[ ,-]*(?P<year>\d{4}|\d{2})(?![\w])")


def _numeric(folded: str, today: dt.date | None) -> Iterator[_Candidate]:
    for found in _NUMERIC.finditer(folded):
        raw = found.group("d") + found.group("m") + found.group("y")
        if sum(c.isdigit() for c in raw) < len(raw) - 1 or sum(c.isdigit() for c in raw) < 3:
            continue  # one OCR slip at most: "l2/03/2025", not "il/lo/oo"
        day, month = int(_ocr_digits(found.group("d"))), int(_ocr_digits(found.group("m")))
        year = _expand_year(_ocr_digits(found.group("y")), today)
        yield _Candidate(found.start(), found.end(), _build(year, month, day))
    for found in _ISO.finditer(folded):
        day, month, year = int(found.group("d")), int(found.group("m")), int(found.group("y"))
        yield _Candidate(found.start(), found.end(), _build(year, month, day))


_NUMBER_WORDS = {
    "un": 1, "une": 1, "premier": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6,
    "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13,
    "quatorze": 14, "quinze": 15, "seize": 16, "vingt": 20, "vingts": 20, "trente": 30,
    "quarante": 40, "cinquante": 50, "soixante": 60,
}  # fmt: skip
_NUMBER_VOCABULARY = {*_NUMBER_WORDS, "et", "cent", "cents", "mille", "mil"}
_LETTER_RUN_BEFORE = re.compile(r"(?:(?<=[^a-z])|^)((?:[a-z]+[ -]+){1,5})$")
_LETTER_WORD = re.compile(r"[a-z]+")
_AN_BEFORE = re.compile(r"\bl\W?an\s+(?P<year>\d{4}|[a-z -]+?)[ ,]*(?:et\s+)?(?:le\s*)?$")


def _number_from_words(words: list[str]) -> int | None:
    """A number written in French words: "vingt et un", "deux mille vingt-cinq",
    "mil neuf cent quatre-vingt-quatre". None when the words are not one number."""
    if not words or words[0] == "et" or words[-1] == "et":
        return None
    total = current = 0
    for word in words:
        if word == "et":
            continue
        if word in ("mille", "mil"):
            total += max(current, 1) * 1000
            current = 0
        elif word in ("cent", "cents"):
            current = max(current, 1) * 100
        elif word in ("vingt", "vingts") and current % 100 == 4:
            current += 76  # quatre-vingt: 4 becomes 80
        elif word in _NUMBER_WORDS:
            current += _NUMBER_WORDS[word]
        else:
            return None
    return total + current


def _letter_day(folded: str, month_start: int) -> tuple[int, int] | None:
    """ "le vingt et un mars": (21, where "vingt" starts)."""
    window_start = max(0, month_start - 40)
    run = _LETTER_RUN_BEFORE.search(folded[window_start:month_start])
    if run is None:
        return None
    words = [
        (w.group(), window_start + run.start(1) + w.start())
        for w in _LETTER_WORD.finditer(run.group(1))
    ]
    for first in range(len(words)):
        value = _number_from_words([w for w, _ in words[first:]])
        if value is not None and 1 <= value <= 31:
            return value, words[first][1]
    return None


def _letter_year_after(folded: str, month_end: int) -> tuple[int, int] | None:
    """ "mars deux mille vingt-cinq": (2025, where the year ends)."""
    words: list[str] = []
    end = position = month_end
    for found in _LETTER_WORD.finditer(folded, month_end, min(len(folded), month_end + 60)):
        gap = folded[position : found.start()]
        if (words and not re.fullmatch(r"[ -]+", gap)) or (not words and gap.strip(" ,")):
            break
        if found.group() not in _NUMBER_VOCABULARY:
            break
        words.append(found.group())
        end = position = found.end()
    value = _number_from_words(words)
    return (value, end) if value is not None and value >= 1000 else None


def _year_of_an(folded: str, day_start: int) -> int | None:
    """ "L'an deux mille vingt-cinq, le douze mars": the year written before the day."""
    found = _AN_BEFORE.search(folded[max(0, day_start - 80) : day_start])
    if found is None:
        return None
    raw = found.group("year")
    if raw.isdigit():
        return int(raw)
    value = _number_from_words(re.split(r"[ -]+", raw.strip(" -")))
    return value if value is not None and value >= 1000 else None


def _digit_day(folded: str, month_start: int) -> tuple[int, int] | None:
    """ "12 mars", "1er mars", "l2 mars" (OCR): (the day, where it starts)."""
    window_start = max(0, month_start - 14)
    found = _DAY_BEFORE.search(folded[window_start:month_start])
    if found is None:
        return None
    start = window_start + found.start()
    if start > 0 and (folded[start - 1].isalnum() or folded[start - 1] in "/.-"):
        return None  # part of a longer number or reference
    raw = found.group("day")
    return (1 if raw == "premier" else int(_ocr_digits(raw))), start


def _textual(folded: str, today: dt.date | None, *, lenient: bool) -> Iterator[_Candidate]:
    year_after = _YEAR_AFTER_LENIENT if lenient else _YEAR_AFTER_STRICT
    for found in _WORD.finditer(folded):
        word = found.group()
        if len(word) < 3 or len(word) > 11:
            continue
        exact = _month_number(word, fuzzy=False)
        if exact is None and len(word) < 4:
            continue
        if found.start() > 0 and folded[found.start() - 1].isalnum():
            continue  # inside a word mixing digits and letters (B0001mai)
        if found.end() < len(folded) and folded[found.end()].isalnum():
            continue
        digit_day = _digit_day(folded, found.start())
        year_match = year_after.match(folded, found.end())
        day, start = digit_day if digit_day is not None else (None, found.start())
        year = None if year_match is None else _expand_year(year_match.group("year"), today)
        end = found.end() if year_match is None else year_match.end()
        if exact is None:
            framed = day is not None and year is not None
            fuzzy = framed if not lenient else (day is not None or year is not None)
            month = _month_number(word, fuzzy=fuzzy, full_only=day is None)
            if month is None:
                continue
        else:
            month = exact
            if day is None and (lettered := _letter_day(folded, found.start())) is not None:
                day, start = lettered
            if year is None and (after := _letter_year_after(folded, found.end())) is not None:
                year, end = after
            if year is None and day is not None:
                year = _year_of_an(folded, start)
            if day is None and word not in _FULL_NAMES:
                continue  # "sept 2025", "dec 2025": abbreviations need a day
        if day is None:
            if year is None:
                continue  # a month alone is not a date
            yield _Candidate(start, end, _build(year, month, 1), day_known=False)
        elif year is not None:
            yield _Candidate(start, end, _build(year, month, day))
        elif lenient and today is not None:
            yield _Candidate(start, end, _without_year(month, day, today))


def _lenient_numeric(folded: str, today: dt.date) -> Iterator[_Candidate]:
    for found in _SPACED.finditer(folded):
        year = _expand_year(found.group("y"), today)
        yield _Candidate(
            found.start(),
            found.end(),
            _build(year, int(found.group("m")), int(found.group("d"))),
        )
    for found in _PACKED.finditer(folded):
        digits = found.group("n")
        as_dmy = _build(int(digits[4:]), int(digits[2:4]), int(digits[:2]))
        as_ymd = _build(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
        yield _Candidate(found.start(), found.end(), as_dmy or as_ymd)
    for found in _NO_YEAR.finditer(folded):
        month, day = int(found.group("m")), int(found.group("d"))
        valid = 1 <= month <= 12 and _build(2000, month, day) is not None  # 2000: a leap year
        yield _Candidate(
            found.start(), found.end(), _without_year(month, day, today) if valid else None
        )


def _without_overlaps(candidates: list[_Candidate]) -> list[_Candidate]:
    """Earliest first; of two overlapping readings the longer one (it read more of the text)."""
    ordered = sorted(candidates, key=lambda c: (c.start, -(c.end - c.start)))
    kept: list[_Candidate] = []
    for candidate in ordered:
        if kept and candidate.start < kept[-1].end:
            continue
        kept.append(candidate)
    return kept


def find_dates(text: str, today: dt.date | None = None) -> list[FoundDate]:
    """Every date written in a document, in reading order ("hier" and the like are not read).

    `today` only serves two-digit years; without it they read 00-69 as 20xx, 70-99 as 19xx.
    """
    folded = fold_keep_offsets(text)
    candidates = [*_numeric(folded, today), *_textual(folded, today, lenient=False)]
    return [
        FoundDate(c.date, c.start, c.end, c.day_known)
        for c in _without_overlaps(candidates)
        if c.date is not None
    ]


_RELATIVE: tuple[tuple[re.Pattern[str], int], ...] = (
    (re.compile(r"\bapres\W{0,2}demain\b"), 2),
    (re.compile(r"\bavant\W{0,2}hier\b"), -2),
    (re.compile(r"\bhier\b"), -1),
    (re.compile(r"\bdemain\b"), 1),
    (
        re.compile(
            r"\baujourd\W{0,2}hui\b|\bauj\b|\bce\s+(?:matin|soir|midi|jour)\b"
            r"|\bcet\s+apres\W{0,2}midi\b|\bmaintenant\b"
        ),
        0,
    ),
)


def parse_date(text: str, today: dt.date) -> dt.date | None:
    """The date an agent means in an answer, or None when there is none or it does not exist.

    A written date wins over a relative word ("hier, le 12 mars" is the 12th).
    """
    folded = fold_keep_offsets(text).replace("’", "'")
    candidates = [
        *_numeric(folded, today),
        *_textual(folded, today, lenient=True),
        *_lenient_numeric(folded, today),
    ]
    kept = _without_overlaps(candidates)
    if kept:
        return kept[0].date
    for pattern, offset in _RELATIVE:
        if pattern.search(folded):
            return today + dt.timedelta(days=offset)
    return None
