"""File names and titles of filed documents, from the jinja2 templates of the document types.

The templates come from data files that a collectivité may edit, so they are treated as
untrusted: a sandboxed environment (no attribute tricks such as ``''.__class__``), strict
undefined variables (a typo in a field name is an error, caught at start by `check_template`
rather than in a conversation), and every rendered name goes through `safe_filename`.

What the templates see: one value per field of the type (``datetime.date`` for dates,
``decimal.Decimal`` for amounts, ``str`` otherwise, ``""`` for an optional field left empty),
plus `EXTRA_VALUES` that the filing always supplies. Filters: ``format`` (on a date,
``strftime``: ``date|format('%Y-%m-%d')``; on anything else jinja's own ``format``),
``slug`` (``Jean Dupré`` -> ``jean-dupre``), and jinja's built-ins (``upper``, ``lower``...).

Decided here for every name:

- Spaces become ``_``, so a value keeps its word boundaries:
  ``{{ date|format('%Y-%m-%d') }}_PC_{{ numero }}_{{ petitionnaire|slug }}`` with the number
  ``PC 075 056 25 B0001`` gives ``2025-03-12_PC_PC_075_056_25_B0001_jean-dupond``.
- Names are flat: ``/``, ``\\``, ``:`` and the other characters Windows refuses become ``-``.
  Templates themselves may not write them (`check_template`), so only a value can bring one.
- An empty value never leaves a trace: runs of separators collapse (``a__b`` -> ``a_b``,
  ``a_-_b`` -> ``a_b``) and separators at either end go. Paperless-ngx had both bugs: an
  empty first field made an absolute path, empty fields left ``__`` behind.
- At most `MAX_NAME_CHARS` characters and `MAX_NAME_BYTES` bytes in UTF-8, so that a suffix
  (``_2``) and the extension still fit the 255 bytes most file systems allow.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from jinja2 import StrictUndefined, TemplateError
from jinja2.filters import do_format
from jinja2.sandbox import SandboxedEnvironment

from french.dates import MONTHS

if TYPE_CHECKING:
    from jinja2 import Template

    from referentiel.model import FieldSpec

MAX_NAME_CHARS = 150
MAX_NAME_BYTES = 200
MAX_TITLE_CHARS = 200
MAX_SLUG_CHARS = 60
MAX_SUFFIX = 10_000

EXTRA_VALUES = ("date", "type", "code")
"""Values the filing passes besides the fields: the document's date (when no field is named
``date``), the type's label and the class code. Templates may use them."""


class NamingError(Exception):
    """A template that cannot give a name, with a French sentence saying why."""


_LIGATURES = str.maketrans({"œ": "oe", "Œ": "Oe", "æ": "ae", "Æ": "Ae", "ß": "ss"})
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _ascii_fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slug(value: object) -> str:
    """ASCII words joined by ``-``, for names that read the same everywhere:
    « Société Cœur d'Île » -> ``societe-coeur-d-ile``."""
    folded = _ascii_fold(_text(value)).lower()
    cut = _NON_ALNUM.sub("-", folded).strip("-")[:MAX_SLUG_CHARS]
    return cut.rstrip("-")


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


_DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")


def _strftime_fr(day: dt.date, pattern: str) -> str:
    """`strftime` with French month and day names (%B, %b, %A, %a), whatever the locale."""
    month = MONTHS[day.month - 1]
    weekday = _DAYS[day.weekday()]
    pattern = (
        pattern.replace("%B", month)
        .replace("%b", month[:4].rstrip("."))
        .replace("%A", weekday)
        .replace("%a", weekday[:3])
    )
    return day.strftime(pattern)


def _format(value: object, *args: Any, **kwargs: Any) -> str:
    """``strftime`` on a date, jinja's ``format`` otherwise; an empty value stays empty, so an
    optional date left blank does not break the name."""
    if value is None or value == "":
        return ""
    if isinstance(value, dt.date) and len(args) == 1 and not kwargs:
        return _strftime_fr(value, str(args[0]))
    return str(do_format(_text(value), *args, **kwargs))


def _environment() -> SandboxedEnvironment:
    env = SandboxedEnvironment(
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
    )
    env.filters["format"] = _format
    env.filters["slug"] = slug
    return env


_ENV = _environment()


@lru_cache(maxsize=512)
def _compile(template: str) -> Template:
    try:
        return _ENV.from_string(template)
    except TemplateError as error:
        raise NamingError(f"le modèle « {template} » est mal écrit : {_why(error)}") from error


def _why(error: Exception) -> str:
    message = str(error) or type(error).__name__
    if "is undefined" in message:
        name = message.split("'")[1] if message.count("'") >= 2 else message
        return f"la valeur « {name} » n'existe pas pour ce type de document"
    if "unsafe" in message:
        return "opération interdite dans un modèle"
    return message


def _render(template: str, values: Mapping[str, object]) -> str:
    compiled = _compile(template)
    try:
        return compiled.render(dict(values))
    except (TemplateError, TypeError, ValueError, ArithmeticError) as error:
        raise NamingError(f"le modèle « {template} » ne s'applique pas : {_why(error)}") from error


_FORBIDDEN = re.compile(r'[/\\:<>"|?*]')
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_SPACES = re.compile(r"\s+")
_DOTS = re.compile(r"\.{2,}")
_SEPARATOR_RUN = re.compile(r"[_\-]{2,}")
_EDGE = "._- "


def _collapse(run: re.Match[str]) -> str:
    return "_" if "_" in run.group() else "-"


def _tidy(name: str) -> str:
    name = _SEPARATOR_RUN.sub(_collapse, name)
    name = re.sub(r"[_\-]*\.[_\-]*", ".", name)  # "a_.pdf" or "a-.-b": separators around a dot
    return name.strip(_EDGE)


def safe_filename(name: str) -> str:
    """A name safe on every file system and in a URL path segment, or NamingError if nothing
    is left of it."""
    cleaned = unicodedata.normalize("NFC", name)
    cleaned = _CONTROL.sub(" ", cleaned)
    cleaned = _FORBIDDEN.sub("-", cleaned)
    cleaned = _SPACES.sub("_", cleaned.strip())
    cleaned = _DOTS.sub(".", cleaned)
    cleaned = _tidy(cleaned)
    cleaned = cleaned[:MAX_NAME_CHARS]
    while len(cleaned.encode("utf-8")) > MAX_NAME_BYTES:
        cleaned = cleaned[:-1]
    cleaned = _tidy(cleaned)
    if not cleaned:
        raise NamingError("le nom du document serait vide : il faut au moins une valeur remplie")
    return cleaned


def render_name(template: str, values: Mapping[str, object]) -> str:
    """The file name (without extension) a document gets."""
    return safe_filename(_render(template, values))


_EMPTY_BRACKETS = re.compile(r"\(\s*\)|\[\s*\]|«\s*»")
_DANGLING = " -–—,;:_/"


def render_title(template: str, values: Mapping[str, object]) -> str:
    """The title people read: accents and spaces kept, one line, no empty « () » left by an
    optional field, cut at a word near `MAX_TITLE_CHARS`."""
    text = unicodedata.normalize("NFC", _render(template, values))
    text = _CONTROL.sub(" ", text)
    text = _EMPTY_BRACKETS.sub(" ", text)
    text = _SPACES.sub(" ", text).strip().strip(_DANGLING).strip()
    text = re.sub(r"\s+([,.)])", r"\1", text)
    if len(text) > MAX_TITLE_CHARS:
        cut = text[: MAX_TITLE_CHARS - 1]
        if " " in cut[MAX_TITLE_CHARS // 2 :]:
            cut = cut.rsplit(" ", 1)[0]
        text = cut.rstrip(_DANGLING) + "…"
    if not text:
        raise NamingError("le titre du document serait vide : il faut au moins une valeur remplie")
    return text


def unique_name(base: str, ext: str, taken: Callable[[str], bool]) -> str:
    """``base.pdf``, else ``base_2.pdf``, ``base_3.pdf``…: the first name not taken.

    `ext` may be given with or without its dot.
    """
    suffix = ext if not ext or ext.startswith(".") else f".{ext}"
    candidate = f"{base}{suffix}"
    if not taken(candidate):
        return candidate
    for number in range(2, MAX_SUFFIX):
        candidate = f"{base}_{number}{suffix}"
        if not taken(candidate):
            return candidate
    raise NamingError(f"trop de documents portent déjà le nom « {base} »")


_SAMPLE_DATE = dt.date(2025, 3, 12)


def _sample(spec: FieldSpec) -> object:
    if spec.kind == "date":
        return _SAMPLE_DATE
    if spec.kind == "amount":
        return Decimal("1234.50")
    if spec.example:
        # An example may be written "2025/042": a slash from a value is the value's business.
        return _FORBIDDEN.sub("-", spec.example).replace("..", ".")
    return {
        "name": "Jeanne Dupré",
        "number": "42",
        "reference": "REF 2025-001",
    }.get(spec.kind, "Exemple de texte")


def check_template(template: str, fields: Sequence[FieldSpec], *, title: bool = False) -> None:
    """Render against sample values, once filled and once with the optional fields empty, so
    a template that names an unknown value, escapes the sandbox or gives an empty result is
    refused when the referential loads.

    A name template may not write ``/``, ``\\`` or ``..`` itself (documents are stored flat;
    a directory written in a template would be silently flattened); a title may.
    """
    filled: dict[str, object] = {"date": _SAMPLE_DATE, "type": "Type de document", "code": "1.2"}
    for spec in fields:
        filled[spec.name] = _sample(spec)
    sparse = dict(filled)
    for spec in fields:
        if spec.optional:
            sparse[spec.name] = ""
    for values in (filled, sparse):
        if title:
            render_title(template, values)
            continue
        raw = _render(template, values)
        if "/" in raw or "\\" in raw or ".." in raw:
            raise NamingError(
                f"le modèle de nom « {template} » crée des dossiers (« / » ou « .. ») : "
                "les documents sont rangés à plat, utilisez « _ » ou « - »"
            )
        safe_filename(raw)
