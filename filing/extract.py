"""Key facts of a document: values proposed from its text, and the agents' answers read back.

The bot asks one question per fact and proposes what it read ("C'est bien le 12 mars 2025 ?").
A wrong proposal costs the agent a "non" and some typing, and worse, a distracted "oui" files a
wrong value: so `propose` answers None whenever it is unsure, and every proposal says where it
comes from.

How a value is found, in this order:

1. after one of the field's `labels` ("Pétitionnaire :", "Séance du") standing at the start of a
   line or followed by ":" — the document's most explicit statement of the value — on the same
   line or, when the label ends its line, on the next one;
2. the field's `pattern` (group ``value``), matched on the text in lower case without accents: a
   known shape ("PC 075 056 25 B0001", "déposée le … par X") or place (an invoice's first line);
3. after a label in running text, taken only when its words are specific (two words or more,
   or a number sign) or the value it introduces has the right shape ("portant réglementation…").
   Labels are compared without accents or case, may wrap across lines, and long ones forgive an
   OCR slip (never in their short words: "du" does not read "de");
4. for the document's own date (a field named ``date`` or ``date_decision``) with no labelled
   hit: the signature date ("Fait à Lyon, le 12 mars 2025", "Lyon, le …"), else the date when the
   document has only one. Other dates (a birth date, a séance) have no fallback: another date of
   the document would be a wrong guess.
5. for an amount with no labelled hit: the largest amount on a line that says TTC, total, net à
   payer or montant.

Names keep the case they are written in; civilities (M., Mme, Monsieur, Madame, Mademoiselle,
« M. et Mme ») are dropped since they are not part of the name a file is searched by, while
professional titles (Maître, Docteur) are kept. A "Nom : X   Prénom : Y" form gives "Y X".
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rapidfuzz import fuzz

from french.dates import find_dates, fold_keep_offsets, format_date_fr, parse_date
from referentiel.model import FieldSpec

MAX_TEXT = 200
MAX_NAME = 80
MAX_NAME_WORDS = 8
FUZZY_LABEL_MIN = 10  # labels shorter than this must be found exactly
FUZZY_LABEL_CUTOFF = 90.0

_DOCUMENT_DATE_FIELDS = ("date", "date_decision")


@dataclass(frozen=True)
class Proposal:
    value: str  # canonical, JSON-safe: ISO date, amount "1234.56", else the text
    display: str  # as the bot shows it: "12 mars 2025", "1 234,56 €"
    reason: str  # French, short: "lu après « Pétitionnaire » dans le document"


@dataclass(frozen=True)
class Parsed:
    value: str
    display: str


@dataclass(frozen=True)
class Invalid:
    message: str  # French: what is expected, with an example


# ---------------------------------------------------------------------------- amounts

_AMOUNT = re.compile(
    r"(?:(?<![\w.,/])(?P<sign>-\s?)|(?<![\w.,/-]))"
    r"(?P<int>\d{1,3}(?:[ \u00a0\u202f.,']\d{3})+|\d+)"
    r"(?:(?P<sep>[,.])(?P<dec>\d{1,2}))?"
    r"(?![\d%/-]|[.,]\d|\s?%)"
    r"(?:\s?(?P<cur>€|eur\b|euros?\b))?"
)


def _amount_value(found: re.Match[str]) -> Decimal:
    digits = re.sub(r"[ \u00a0\u202f.']", "", found.group("int"))
    text = digits + ("." + found.group("dec") if found.group("dec") else "")
    value = Decimal(text)
    return -value if found.group("sign") else value


def _amounts(folded: str) -> Iterator[tuple[Decimal, re.Match[str]]]:
    """Amounts written in a text: "1 234,56 €", "1.234,56", "1234.56", "1 234 €".

    A separator followed by three digits groups thousands; a decimal part has one or two
    digits ("1,234" is 1234, "1234,5" is 1234.50).
    """
    for found in _AMOUNT.finditer(folded):
        try:
            yield _amount_value(found), found
        except InvalidOperation:  # pragma: no cover - the pattern only lets digits through
            continue


def format_amount(value: Decimal) -> str:
    """1 234,56 € (French grouping and decimal comma)."""
    quantized = value.quantize(Decimal("0.01"))
    whole, _, cents = f"{quantized:.2f}".partition(".")
    sign = "-" if whole.startswith("-") else ""
    whole = whole.lstrip("-")
    groups: list[str] = []
    while whole:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    return f"{sign}{' '.join(groups)},{cents} €"


def _canonical_amount(value: Decimal) -> str:
    return f"{value.quantize(Decimal('0.01')):.2f}"


# ---------------------------------------------------------------------------- labels


@dataclass(frozen=True)
class _LabelHit:
    label: str  # as written in the document
    start: int
    end: int
    strong: bool  # at the start of a line or followed by ":"
    specific: bool  # two words or more


_NUMBER_SIGN = re.compile(r"\bn\s*[°º]|\bno\b\.?|\bnumero\b")
_MONTH_YEAR = re.compile(r"(?<![\w/.-])(?P<m>0?[1-9]|1[0-2])[/.-](?P<y>(?:19|20)\d{2})(?![\w/.-])")


def _label_pattern(label: str) -> re.Pattern[str]:
    """A label as a pattern: words in order, any punctuation or spacing between them."""
    folded = fold_keep_offsets(label).strip()
    folded = _NUMBER_SIGN.sub(" NUM ", folded)
    parts = []
    for word in re.findall(r"[^\W_]+|NUM", folded):
        if word == "NUM":
            parts.append(r"(?:n\s?[°º.o]|no\b|num(?:e|é)ro)")
        else:
            parts.append(re.escape(word))
    body = r"[^\w]{0,4}".join(parts)  # "se tiendra\nle 12 mars": a label may wrap
    tail = r"[°º]?" if label.rstrip().endswith(("°", "º")) else r"\b"
    if label.rstrip().endswith(":"):
        tail += r"[^\S\n]*:"
    return re.compile(r"(?<![\w])" + body + tail)


_SEPARATOR = re.compile(r"^[\s:=.\-–—>|]*")
_QUALIFIER = re.compile(r"^[\s(]*[^\W\dA-Z][^\d:]*$")  # "d'usage", "(s)", "de l'enfant"


def _line_bounds(text: str, position: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, (len(text) if end < 0 else end)


def _hit(text: str, folded: str, start: int, end: int) -> _LabelHit:
    line_start, _ = _line_bounds(text, start)
    before = folded[line_start:start]
    after = folded[end : end + 3].lstrip(" \t")
    strong = not re.sub(r"[\W_]", "", before) or after.startswith(":")
    specific = len(re.findall(r"[^\W_]+", folded[start:end])) >= 2 or bool(
        _NUMBER_SIGN.search(folded[start:end])
    )
    return _LabelHit(text[start:end].strip(), start, end, strong, specific)


def _label_hits(text: str, folded: str, label: str) -> list[_LabelHit]:
    hits = [_hit(text, folded, m.start(), m.end()) for m in _label_pattern(label).finditer(folded)]
    if hits or len(label) < FUZZY_LABEL_MIN:
        return hits
    target = fold_keep_offsets(label).strip()
    short_words = [w for w in target.split() if len(w) <= 3]  # "du" must not read "de"
    position = 0
    for line in folded.split("\n"):
        if len(line) >= len(target) - 2:
            aligned = fuzz.partial_ratio_alignment(target, line, score_cutoff=FUZZY_LABEL_CUTOFF)
            if aligned is not None:
                start, end = _whole_words(
                    folded, position + aligned.dest_start, position + aligned.dest_end
                )
                found = folded[start:end]
                if all(w in found.split() for w in short_words) and (
                    fuzz.ratio(target, found) >= FUZZY_LABEL_CUTOFF
                ):
                    hits.append(_hit(text, folded, start, end))
        position += len(line) + 1
    return hits


def _whole_words(folded: str, start: int, end: int) -> tuple[int, int]:
    """An alignment widened to whole words: an OCR slip ("rn" for "m") shifts its end."""
    while start > 0 and folded[start - 1].isalnum():
        start -= 1
    while end < len(folded) and folded[end].isalnum():
        end += 1
    return start, end


def _after(text: str, hit: _LabelHit) -> tuple[str, str]:
    """What follows a label on its line, and the next non-empty line."""
    _, line_end = _line_bounds(text, hit.end)
    rest = text[hit.end : line_end]
    separator = _SEPARATOR.match(rest)
    had_colon = separator is not None and ":" in separator.group()
    rest = rest[separator.end() :] if separator is not None else rest
    colon = rest.find(":")
    if not had_colon and 0 <= colon <= 25 and _QUALIFIER.match(rest[:colon]):
        rest = rest[colon + 1 :]  # "Nom d'usage : X", "Nom et prénom de l'agent : X"
    following = ""
    for line in text[line_end + 1 :].split("\n"):
        if line.strip():
            following = line
            break
    return rest.strip(), following.strip()


# ---------------------------------------------------------------------------- value shapes

_CIVILITY = re.compile(
    r"^(?:(?:m\.|mr\.?|mme\.?|mlle\.?|melle|monsieur|madame|mademoiselle|m)"
    r"(?:\s+(?:et|ou|&)\s+(?:m\.|mr\.?|mme\.?|monsieur|madame))?)\s+",
)
_NAME_STOP = re.compile(
    r",|;|\(|\s[-–—]\s|\s{3,}|\t|\s(?:demeurant|domicili|ne\s+le|nee?\s+le|ne\(e\)|sis\b|situe|"
    r"siege|represent|pour\s+le\s+compte|tel\b|tel\.|telephone|adresse|e-?mail|courriel|"
    r"siret|prenoms?\b|date\b|agissant)"
)
_FIRST_NAME = re.compile(
    r"pr[eé]noms?(?:\(s\))?\s*(?:usuel)?\s*[:=]?\s*(?P<first>[^\W\d_][\w'\- ]{1,40})"
)
_STOPWORDS_START = re.compile(
    r"^(?:de|du|des|la|le|les|l'|d'|un|une|que|qui|a|au|aux|en|et|est|sont|sur|pour|par)\b"
)


def _clean_name(raw: str) -> str | None:
    value = " ".join(raw.split())
    folded = fold_keep_offsets(value)
    for _ in range(2):
        found = _CIVILITY.match(folded)
        if found is None:
            break
        value, folded = value[found.end() :], folded[found.end() :]
    stop = _NAME_STOP.search(folded)
    if stop is not None:
        value = value[: stop.start()]
    value = value.strip(" .:-–—'\"«»")
    words = value.split()
    if not words or len(value) > MAX_NAME or len(words) > MAX_NAME_WORDS:
        return None
    if not words[0][0].isupper() or sum(c.isalpha() for c in value) < 2:
        return None
    return value


_NEW_ITEM = re.compile(r"^(?:[-–—•*·]|\d+[.)]|[a-z][.)]\s|article\b|vu\b|considerant\b)")
WRAPPED_LINE = 40
"""A line at least this long, cut without punctuation, may go on in the next one."""
WRAPPED_TAIL = 40


_ENDS_UNFINISHED = re.compile(
    r"(?:\b(?:du|de|des|et|la|le|les|d'|d’|&|l'|l’)|-)\s*$", re.IGNORECASE
)
"""A name cut at a line's end: « Toitures et Charpentes du » goes on on the next line."""


def _continues(value: str, following: str) -> bool:
    """Does `following` carry on the sentence of `value` ("… école élémentaire Jules\nFerry")?"""
    if not following or not value or value.endswith((".", ";", ":", "!", "?")):
        return False
    if len(value) + len(following) >= MAX_TEXT:
        return False
    if following[:1].islower():
        return True
    head = fold_keep_offsets(following)
    return (  # the short end of a sentence cut at a line's end, not a new sentence
        len(value) >= WRAPPED_LINE
        and len(following) <= WRAPPED_TAIL
        and following.rstrip().endswith((".", ";"))
        and ":" not in head
        and _NEW_ITEM.match(head) is None
        and _sentence_case(following) == following  # a line in capitals is a heading
    )


def _clean_text(raw: str, following: str = "") -> str | None:
    value = " ".join(raw.split())
    if _continues(value, following):
        value = f"{value} {' '.join(following.split())}"  # "… de\nl'école"
    value = value.strip(" :-–—;,'’\"")
    if value.endswith(".") and not value.endswith(".."):
        value = value[:-1]
    if sum(c.isalpha() for c in value) < 3:
        return None
    if len(value) > MAX_TEXT:
        cut = value[:MAX_TEXT].rsplit(" ", 1)[0]
        value = cut.rstrip(" ,;:")
    return value


_REF_TOKEN = re.compile(r"[\w/._°-]*\d[\w/._-]*|[A-Z]{1,5}|[A-Z]{1,5}[-_/]")


def _clean_reference(raw: str) -> str | None:
    """The reference at the start of `raw`: "2025-042 du 12 mars" -> "2025-042".

    Tokens are kept while they hold a digit or are short capitals (PC, DEL, B0001); a word
    of the sentence ends the reference.
    """
    kept: list[str] = []
    for token in raw.split():
        cleaned = token.strip("'’\"«»()")  # stray OCR marks, quotes and brackets
        closed = cleaned.endswith((",", ";"))
        cleaned = cleaned.rstrip(",;:")
        if cleaned.endswith(".") and not re.search(r"\d\.\d", cleaned):
            cleaned = cleaned.rstrip(".")
        if not cleaned or not _REF_TOKEN.fullmatch(cleaned):
            break
        kept.append(cleaned)
        if closed:
            break  # "n° 2025-042, portant…"
    while kept and not any(c.isdigit() for c in kept[-1]):
        kept.pop()
    if not kept or not any(c.isdigit() for c in "".join(kept)):
        return None
    return " ".join(kept)


def _clean_number(raw: str) -> str | None:
    found = re.search(r"\d[\d \u00a0]*", raw)
    return None if found is None else str(int(re.sub(r"\D", "", found.group())))


def _quote(label: str) -> str:
    return f"« {' '.join(label.split())} »"


_LABEL_START = re.compile(r"^\s*[^\W\d][\w'’ ()./-]{0,40}?\s*:")
_LONE_LABELS = frozenset(
    {
        "signature",
        "cachet",
        "date",
        "nom",
        "prenom",
        "adresse",
        "objet",
        "telephone",
        "tel",
        "courriel",
        "email",
        "fait a",
        "fait le",
        "le maire",
        "visa",
    }
)


def _is_a_label(region: str) -> bool:
    """What follows a label is another label: the form's box was left empty (« Nom :
    Prénom : », « Expéditeur : Signature »), so there is no value to offer."""
    start = _LABEL_START.match(region)
    if start is not None:
        head = start.group().rstrip(":").strip()
        words = head.split()
        # « CHEVALIER   Prénom : Chantal » is a value, then the next box's label.
        if (
            words
            and len(words) <= 4
            and not re.search(r"\s{2,}|\t", head)
            and not (len(words[0]) > 1 and words[0].isupper())
        ):
            return True
    first_line = region.strip().split("\n", 1)[0]
    return " ".join(fold_keep_offsets(first_line).replace(".", " ").split()) in _LONE_LABELS


def _value_after(
    field: FieldSpec, text: str, folded: str, hit: _LabelHit
) -> tuple[str, str] | None:
    rest, following = _after(text, hit)
    region = rest if rest else following
    if field.kind in ("name", "text") and _is_a_label(region):
        return None
    if field.kind == "date":
        # From the label on: in "L'an deux mille…, le douze mars" the label is part of the date.
        _, line_end = _line_bounds(text, hit.end)
        below = _date_below(text, hit)  # a table: labels on a line, their dates under them
        day = below or _first_date(text[hit.start : line_end] if rest else following)
        if day is None and rest and not re.search(r"\d", rest):
            day = _opening_date(following)  # "…à la séance du conseil\nle 3 mai 2025 à 19 h"
        return None if day is None else (day.isoformat(), format_date_fr(day))
    if field.kind == "amount":
        for candidate in (rest, following) if rest else (following,):
            for value, _found in _amounts(fold_keep_offsets(candidate)):
                if value > 0:
                    return _canonical_amount(value), format_amount(value)
        return None
    if field.kind == "name":
        if rest and _ENDS_UNFINISHED.search(rest) and following and not _is_a_label(following):
            region = f"{rest.rstrip()} {following.strip()}"  # « Charpentes du\nCentre SAS »
        name = _clean_name(region)
        if name is None:
            return None
        label_words = fold_keep_offsets(hit.label).split()
        if label_words[:1] == ["nom"] and "prenom" not in " ".join(label_words):
            first = _first_name_near(text, hit)
            if first:
                name = f"{first} {name}"
        return name, name
    if field.kind == "reference":
        reference = _clean_reference(region)
        return None if reference is None else (reference, reference)
    if field.kind == "number":
        number = _clean_number(region)
        return None if number is None else (number, number)
    cleaned = _clean_text(region, following if rest else "")
    cleaned = None if cleaned is None else _sentence_case(cleaned)
    if cleaned is None or (not hit.strong and _STOPWORDS_START.match(fold_keep_offsets(cleaned))):
        return None
    return cleaned, cleaned


def _date_below(text: str, hit: _LabelHit) -> dt.date | None:
    """« Date de dépôt     Date de décision » over « 02/03/2025     12/03/2025 »: when the
    label's line holds no date and the next line holds several, the one under the label."""
    line_start, line_end = _line_bounds(text, hit.start)
    if find_dates(text[line_start:line_end]):
        return None
    following_start = line_end + 1
    while following_start < len(text):
        _, following_end = _line_bounds(text, following_start)
        below = text[following_start:following_end]
        if below.strip():
            dates = find_dates(below)
            if len(dates) < 2:
                return None
            column = hit.start - line_start
            return min(dates, key=lambda d: abs(d.start - column)).date
        following_start = following_end + 1
    return None


def _first_date(region: str) -> dt.date | None:
    """The first date of a labelled region; there, "04/2025" is a month too (payslips)."""
    dates = find_dates(region)
    month = _MONTH_YEAR.search(region)
    if month is not None and (not dates or month.start() < dates[0].start):
        return dt.date(int(month.group("y")), int(month.group("m")), 1)
    return dates[0].date if dates else None


_OPENING = re.compile(r"^(?:le|du|au|en\s+date\s+du)?[\s:]*")


def _opening_date(line: str) -> dt.date | None:
    """The date a line opens with ("le 3 mai 2025 à 19 h"), as a sentence wrapped there."""
    dates = find_dates(line)
    opening = _OPENING.match(fold_keep_offsets(line))
    if dates and opening is not None and dates[0].start == opening.end():
        return dates[0].date
    return None


def _first_name_near(text: str, hit: _LabelHit) -> str | None:
    """ "Nom : LAURENT   Prénom : Sophie" (same line or one of the next two): the first name."""
    window_end = hit.end
    for _ in range(3):
        window_end = text.find("\n", window_end + 1)
        if window_end < 0:
            window_end = len(text)
            break
    window = text[hit.end : window_end]
    found = _FIRST_NAME.search(fold_keep_offsets(window))
    if found is None:
        return None
    first = window[found.start("first") : found.end("first")]
    first = re.split(r"\s{2,}|\t|,|;", first)[0].strip()
    return first if first[:1].isupper() else None


def _by_labels(field: FieldSpec, text: str, folded: str, *, strong: bool) -> Proposal | None:
    """Values after labels: those at a line's start or before ":" (`strong`), or the others."""
    hits: list[tuple[int, int, _LabelHit]] = []
    for order, label in enumerate(field.labels):
        for hit in _label_hits(text, folded, label):
            if hit.strong != strong:
                continue
            rank = 0 if hit.strong else (1 if hit.specific else 2)
            hits.append((rank, order, hit))
    hits.sort(key=lambda item: (item[0], item[1], item[2].start))
    for rank, _order, hit in hits:
        if rank == 2 and field.kind in ("name", "reference", "number"):
            continue  # "l'agent est nommé…": a lone word mid-sentence does not introduce a name
        found = _value_after(field, text, folded, hit)
        if found is not None:
            value, display = found
            return Proposal(value, display, f"lu après {_quote(hit.label)} dans le document")
    return None


def _by_pattern(field: FieldSpec, text: str, folded: str) -> Proposal | None:
    if not field.pattern:
        return None
    try:
        pattern = re.compile(field.pattern, re.IGNORECASE | re.MULTILINE)
    except re.error:
        return None
    for found in pattern.finditer(folded):
        if "value" not in pattern.groupindex or found.group("value") is None:
            continue
        raw = text[found.start("value") : found.end("value")]
        parsed = _shape(field, raw)
        if parsed is not None:
            value, display = parsed
            return Proposal(value, display, "lu dans le document")
    return None


def _shape(field: FieldSpec, raw: str) -> tuple[str, str] | None:
    """A raw piece of document cut by a pattern, put in canonical form."""
    if field.kind == "date":
        dates = find_dates(raw)
        return None if not dates else (dates[0].date.isoformat(), format_date_fr(dates[0].date))
    if field.kind == "amount":
        for amount, _found in _amounts(fold_keep_offsets(raw)):
            if amount > 0:
                return _canonical_amount(amount), format_amount(amount)
        return None
    if field.kind == "number":
        number = _clean_number(raw)
        return None if number is None else (number, number)
    if field.kind == "name":
        name = _clean_name(raw)
        return None if name is None else (name, name)
    value = " ".join(raw.split()).strip(" .,;:")
    if field.kind == "text":
        value = _sentence_case(value)
    return (value, value) if value else None


def _sentence_case(value: str) -> str:
    """ "ACTE DE NAISSANCE" -> "Acte de naissance": capitals of a heading are not the value's."""
    letters = [c for c in value if c.isalpha()]
    if len(letters) < 4 or any(c.islower() for c in letters):
        return value
    lowered = value.lower()
    return lowered[:1].upper() + lowered[1:]


_SIGNED = re.compile(
    r"^\s*(?:fait\s+(?:a|en)\s+[^\W\d_][\w'’ \-]{1,40},?|[^\W\d_][\w'’ \-]{1,40},|fait)"
    r"\s*le[\s:]*$"
)
_LINE_START = re.compile(r"^\s*le[\s:]*$")


def _document_date(text: str) -> Proposal | None:
    dates = find_dates(text)
    full = [d for d in dates if d.day_known]
    signed = dated = None
    for found in full:
        line_start, _ = _line_bounds(text, found.start)
        before = fold_keep_offsets(text[line_start : found.start])
        if _SIGNED.match(before):
            signed = found  # the last one: the signature closes the act
        elif _LINE_START.match(before):
            dated = found  # "Le 12 mars 2025" opening a line, the last one
    if signed is not None or dated is not None:
        day = (signed or dated or full[0]).date
        return Proposal(day.isoformat(), format_date_fr(day), "date de signature du document")
    distinct = {d.date for d in full}
    if len(distinct) == 1:
        day = distinct.pop()
        return Proposal(day.isoformat(), format_date_fr(day), "seule date du document")
    return None


_TOTAL_LINE = re.compile(r"\bttc\b|\btotal\b|net\s+a\s+payer|\bmontant\b")


def _largest_total(text: str) -> Proposal | None:
    best: Decimal | None = None
    for line in fold_keep_offsets(text).split("\n"):
        if not _TOTAL_LINE.search(line):
            continue
        for value, found in _amounts(line):
            has_cents = found.group("dec") is not None or found.group("cur") is not None
            if value > 0 and has_cents and (best is None or value > best):
                best = value
    if best is None:
        return None
    return Proposal(
        _canonical_amount(best),
        format_amount(best),
        "plus grand montant sur une ligne « total » ou « TTC »",
    )


def propose(text: str, field: FieldSpec) -> Proposal | None:
    """A value for the field read in the document, or None when nothing is sure enough."""
    if not text.strip():
        return None
    folded = fold_keep_offsets(text)
    found = (
        _by_labels(field, text, folded, strong=True)
        or _by_pattern(field, text, folded)
        or _by_labels(field, text, folded, strong=False)
    )
    if found is not None:
        return found
    if field.kind == "date" and field.name in _DOCUMENT_DATE_FIELDS:
        return _document_date(text)
    if field.kind == "amount":
        return _largest_total(text)
    return None


# ---------------------------------------------------------------------------- answers


def _example(field: FieldSpec, default: str) -> str:
    return field.example or default


def parse_answer(field: FieldSpec, answer: str, today: dt.date) -> Parsed | Invalid:
    """An agent's answer to the field's question, in canonical form, or why it does not fit.

    What the agent typed is kept as typed (spaces tidied): a name they give is the name they
    want, civility included.
    """
    text = " ".join(answer.split())
    if field.kind == "date":
        day = parse_date(text, today)
        if day is None:
            example = _example(field, "12/03/2025")
            return Invalid(
                f"Je n'ai pas compris cette date. Écrivez-la par exemple « {example} » "
                "ou « 12 mars 2025 »."
            )
        return Parsed(day.isoformat(), format_date_fr(day))
    if field.kind == "amount":
        return _parse_amount(field, text)
    if field.kind == "number":
        number = _clean_number(text) if re.fullmatch(r"(?:n\s?°\s?)?[\d \u00a0]+", text) else None
        if number is None:
            example = _example(field, "12")
            return Invalid(f"J'attends un nombre, par exemple « {example} ».")
        return Parsed(number, number)
    if not text or sum(c.isalnum() for c in text) == 0:
        example = _example(field, "…")
        return Invalid(
            f"Je n'ai pas lu de réponse. Écrivez {field.label}, par exemple « {example} »."
        )
    if field.kind == "reference":
        if len(text) > MAX_NAME:
            return Invalid(
                f"Ce numéro est trop long. Par exemple : « {_example(field, '2025-042')} »."
            )
        return Parsed(text, text)
    if len(text) > MAX_TEXT:
        return Invalid(
            f"C'est trop long ({len(text)} caractères) : {MAX_TEXT} au plus, en quelques mots."
        )
    return Parsed(text, text)


def _parse_amount(field: FieldSpec, text: str) -> Parsed | Invalid:
    example = _example(field, "1 234,56 €")
    folded = fold_keep_offsets(text)
    candidates = [value for value, _found in _amounts(folded)]
    if not candidates or len(candidates) > 1:
        return Invalid(f"J'attends un montant en euros, par exemple « {example} ».")
    value = candidates[0]
    if value <= 0:
        return Invalid(f"Le montant doit être plus grand que zéro, par exemple « {example} ».")
    return Parsed(_canonical_amount(value), format_amount(value))


def template_value(field: FieldSpec, value: str) -> object:
    """The value as naming templates use it: a date for `format`, a number for sums."""
    if field.kind == "date":
        return dt.date.fromisoformat(value)
    if field.kind == "amount":
        return Decimal(value)
    return value


def display_value(field: FieldSpec, value: str) -> str:
    """How the bot writes a stored value; a value stored by an older version is shown as is."""
    try:
        if field.kind == "date":
            return format_date_fr(dt.date.fromisoformat(value))
        if field.kind == "amount":
            return format_amount(Decimal(value))
    except (ValueError, InvalidOperation):
        return value
    return value
