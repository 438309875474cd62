"""The collectivité's referential: plan de classement, tableau de gestion, document types.

Shipped as YAML in `referentiel/data/` (every retention row with its source and how sure that
source is), overridable per collectivité by a file of the same shape: an entry with a known id
replaces the shipped one, a new id adds one. Everything is validated at start, naming templates
included, so a mistake in the data is a one-line French error at start, never a failure in a
conversation.

Files, in `referentiel/data/` (`DEFAULT_DATA_DIR`): ``plan_de_classement.yaml`` (a ``plan:``
list of `PlanClass`), ``tableau_de_gestion.yaml`` (a ``rows:`` list of `RetentionRow`) and
``types.yaml`` (a ``types:`` list of `DocType`). The collectivité's own file (`overrides`)
may hold any of the three lists. An entry whose code or id is already known replaces the
shipped one *entirely* (repeat every field you keep); a new one is added. Nothing can be
removed: a class or a row others point to must stay. For example, once the Archives
départementales have validated a row and the commune adds a class of its own::

    rows:
      - id: periscolaire-inscriptions
        class_code: "11.1"
        typologie: Inscriptions scolaires et périscolaires
        dua_years: 3
        start: cloture
        sort: D
        source: Visa des Archives départementales du 4 avril 2026
        grade: SEC-AD
        a_valider: false
    plan:
      - code: "11.3"
        title: Transports scolaires
        parent: "11"

Checked at load, after the overrides are laid over: YAML syntax, unknown or missing fields,
an id twice in one file, parents and classes that exist (and no loop of parents), a type's
row, its date field (a question of kind date), unique question names, patterns that compile
with a group ``value``, match expressions that compile, and naming and title templates that
render on sample values (`referentiel.naming.check_template`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rapidfuzz.distance import OSA

from french.fold import fold
from referentiel import naming

SortFinal = Literal["C", "D", "T"]
"""C: conserver définitivement; D: détruire (with the archives' visa) once the DUA ends;
T: trier (part kept, part destroyed, as the archives decide)."""

Grade = Literal["OFF", "SEC-AD", "SEC-?"]
"""How sure a row is: official text; secondary source from an archives service (AD, CDG)
quoting the official text; anonymous compilation (a hint only, to validate with the AD)."""

StartEvent = Literal[
    "cloture",  # clôture du dossier / fin de l'année du document (the default rule)
    "date_acte",  # date of the act itself (arrêté temporaire)
    "decision",  # date of the decision (refused authorisations)
    "notification",  # notification of a marché
    "infructuosite",  # declaration that a marché is infructueux
    "paiement_solde",  # last payment of a marché (fin d'exécution financière)
    "fin_exercice",  # end of the budget year of a piece
    "naissance",  # birth of the agent (dossier individuel: 80 years)
    "fin_validite",  # end of validity (certificat d'urbanisme, liste électorale)
    "cloture_dossier",  # closing of the file the document belongs to (told by an agent)
    "fin_mandat",  # end of the council's mandate (the next general municipal elections)
    "fin_annee_scolaire",  # end of the school year the document belongs to
]

FieldKind = Literal["text", "name", "date", "number", "reference", "amount"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class PlanClass(_Strict):
    """One class of the plan de classement, e.g. ``4.2`` « Autorisations d'urbanisme »."""

    code: str
    title: str
    parent: str | None = None


class RetentionRow(_Strict):
    """One row of the tableau de gestion.

    `dua_years` None means no DUA applies in the service (kept there, e.g. registres d'état
    civil): the sort final still says what happens. `a_valider` marks a row whose only source is
    a secondary compilation: the bot says the duration must be confirmed with the AD.
    """

    id: str
    class_code: str
    typologie: str
    dua_years: int | None = Field(default=None, ge=0, le=200)
    start: StartEvent = "cloture"
    start_label: str = ""  # the start event in the words of the text, e.g. "date de naissance"
    sort: SortFinal
    observations: str = ""
    source: str
    grade: Grade
    a_valider: bool = False
    keywords: tuple[str, ...] = ()  # extra words for the « autre » search
    # Its documents hold personal data of a kind (« personnel », « sante »…): filed under the
    # service that owns that kind, seen only by it and the roles allowed.
    sensitive: str | None = None


class MatchRule(_Strict):
    """How a document type is recognised in a text, in the spirit of Paperless-ngx's matching.

    `any`: each word or phrase found counts; `all`: every word must be present (one hit then);
    `regex`: Python regular expressions, case-insensitive; `fuzzy`: phrases matched with a
    tolerance for OCR slips and typos. Text and words are compared accent- and case-folded.
    """

    any: tuple[str, ...] = ()
    all: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    fuzzy: tuple[str, ...] = ()
    weight: float = 1.0


class FieldSpec(_Strict):
    """One key fact asked about a document (one question each).

    `labels` are the words that precede the value in the document ("Pétitionnaire :",
    "Date de la décision"), used to propose a value; `pattern` a regular expression with a
    group named ``value`` for values with a known shape (a permit number).
    """

    name: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str  # in a sentence: "le numéro du permis"
    question: str  # "Quel est le numéro du permis ?"
    kind: FieldKind = "text"
    labels: tuple[str, ...] = ()
    pattern: str | None = None
    example: str = ""  # shown when an answer does not fit: "PC 075 056 25 B0001"
    optional: bool = False


class DocType(_Strict):
    """A kind of document agents file, with its questions, naming rule and retention row."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    label: str  # "Permis de construire"
    row: str  # id of its RetentionRow
    match: MatchRule = MatchRule()
    fields: tuple[FieldSpec, ...] = ()
    date_field: str  # the field giving the document's date
    # The field giving the date of the row's start event when it is not the document's own
    # (a marché's final payment): optional, answered « pas encore » until it happens.
    start_field: str | None = None
    # The field naming the dossier the document belongs to (a marché's number): closing the
    # dossier starts the retention of all its documents waiting for that event.
    dossier_field: str | None = None
    # jinja2, e.g. "{{ date|format('%Y-%m-%d') }}_PC_{{ numero }}_{{ petitionnaire|slug }}"
    naming: str
    title: str  # jinja2, e.g. "Permis de construire {{ numero }} ({{ petitionnaire }})"
    aliases: tuple[str, ...] = ()  # what people type in a search: "pc", "délib"
    # Sensitive by nature (a payslip: « personnel »); see `RetentionRow.sensitive`.
    sensitive: str | None = None
    # Markers this type normally carries that make no other document sensitive (a supplier's
    # IBAN on an invoice: "iban").
    expected: tuple[Literal["nir", "iban", "sante"], ...] = ()


# --- Loading --------------------------------------------------------------------------------

DEFAULT_DATA_DIR: Path = Path(__file__).resolve().parent / "data"

PLAN_FILE = "plan_de_classement.yaml"
ROWS_FILE = "tableau_de_gestion.yaml"
TYPES_FILE = "types.yaml"

GENERIC_PREFIX = "row:"
"""Ids of the generic types made from a row (`Referentiel.generic_type`). The colon keeps them
out of the id pattern of shipped types, so the two can never collide."""

GENERIC_NAMING = "{{ date|format('%Y-%m-%d') }}_{{ objet|slug }}"
GENERIC_TITLE = "{{ objet }}"

# Start events whose date follows from the document's own date (its year, school year, or the
# council's mandate it falls in).
_DOCUMENT_DATED: frozenset[StartEvent] = frozenset(
    {"cloture", "date_acte", "fin_exercice", "fin_mandat", "fin_annee_scolaire"}
)

AWAITED_EVENTS: frozenset[StartEvent] = frozenset(
    {"cloture_dossier", "paiement_solde", "notification", "fin_validite"}
)
"""Start events that come after the document, often years after: until one is told, the
document's retention has not begun and it is never due."""

START_FIELD = "date_depart"
"""The generic types' question for an awaited start event."""


class ReferentielError(Exception):
    """One French line naming the file and the entry at fault."""


_Kind = Literal["plan", "rows", "types"]
_KINDS: tuple[_Kind, ...] = ("plan", "rows", "types")
_MODELS: dict[_Kind, type[BaseModel]] = {"plan": PlanClass, "rows": RetentionRow, "types": DocType}
_KEYS: dict[_Kind, str] = {"plan": "code", "rows": "id", "types": "id"}
_WHAT: dict[_Kind, str] = {"plan": "classe", "rows": "ligne du tableau", "types": "type"}
_SHIPPED: tuple[tuple[_Kind, str], ...] = (
    ("plan", PLAN_FILE),
    ("rows", ROWS_FILE),
    ("types", TYPES_FILE),
)


@dataclass(frozen=True)
class _Origin:
    path: Path
    line: int | None

    def at(self, what: str) -> str:
        where = f"{self.path} (ligne {self.line})" if self.line else str(self.path)
        return f"{where}, {what}"


@dataclass
class _Loaded:
    """Entries by id, each with where it was read (an override replaces the origin too)."""

    entries: dict[_Kind, dict[str, tuple[Any, _Origin]]] = field(
        default_factory=lambda: {kind: {} for kind in _KINDS}
    )


def _fail(origin: _Origin, what: str, problem: str) -> ReferentielError:
    return ReferentielError(f"{origin.at(what)} : {problem}")


def _read_yaml(
    path: Path, allowed: tuple[_Kind, ...]
) -> dict[_Kind, list[tuple[Any, int | None]]]:
    """The lists of a file, each entry with its line, after checking the file's shape."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ReferentielError(f"{path} : fichier introuvable") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ReferentielError(f"{path} : fichier illisible ({error})") from error
    try:
        data = yaml.safe_load(text)
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f"{path} (ligne {mark.line + 1})" if mark is not None else str(path)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        raise ReferentielError(f"{where} : YAML mal écrit ({problem})") from error
    if data is None:
        data = {}
    keys = ", ".join(f"« {key}: »" for key in allowed)
    if not isinstance(data, dict):
        raise ReferentielError(f"{path} : le fichier doit commencer par {keys}")
    unknown = [str(key) for key in data if key not in allowed]
    if unknown:
        raise ReferentielError(f"{path} : clé « {unknown[0]} » inconnue (attendu : {keys})")
    lines = _item_lines(node)
    found: dict[_Kind, list[tuple[Any, int | None]]] = {}
    for kind in allowed:
        items = data.get(kind)
        if items is None:
            continue
        if not isinstance(items, list):
            raise ReferentielError(f"{path} : « {kind}: » doit être une liste d'entrées « - »")
        kind_lines = lines.get(kind, [])
        found[kind] = [
            (item, kind_lines[i] if i < len(kind_lines) else None) for i, item in enumerate(items)
        ]
    return found


def _item_lines(node: yaml.Node | None) -> dict[str, list[int]]:
    """The first line of each list item under each top key, for the error messages."""
    lines: dict[str, list[int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return lines
    for key_node, value_node in node.value:
        if isinstance(key_node, yaml.ScalarNode) and isinstance(value_node, yaml.SequenceNode):
            lines[str(key_node.value)] = [item.start_mark.line + 1 for item in value_node.value]
    return lines


_PYDANTIC_FR = {
    "extra_forbidden": "champ inconnu",
    "missing": "champ obligatoire absent",
    "string_type": 'un texte est attendu (entre guillemets pour un code : "4.2")',
    "int_type": "un nombre entier est attendu",
    "int_parsing": "un nombre entier est attendu",
    "int_from_float": "un nombre entier est attendu",
    "bool_type": "« true » ou « false » est attendu",
    "bool_parsing": "« true » ou « false » est attendu",
    "greater_than_equal": "valeur trop petite",
    "less_than_equal": "valeur trop grande",
    "tuple_type": "une liste est attendue",
    "list_type": "une liste est attendue",
    "model_type": "une liste de champs « nom: valeur » est attendue",
    "model_attributes_type": "une liste de champs « nom: valeur » est attendue",
    "float_type": "un nombre est attendu",
    "float_parsing": "un nombre est attendu",
    "string_pattern_mismatch": (
        "minuscules sans accents, chiffres et « _ » seulement, en commençant par une lettre"
    ),
}


def _pydantic_problem(error: ValidationError) -> str:
    first = error.errors()[0]
    where = ".".join(str(part) for part in first["loc"])
    if first["type"] == "literal_error":
        expected = str(first.get("ctx", {}).get("expected", "")).replace(" or ", " ou ")
        text = f"valeur non permise (attendu : {expected})"
    else:
        text = _PYDANTIC_FR.get(first["type"], first["msg"])
    more = error.error_count() - 1
    suffix = f" (et {more} autre{'s' if more > 1 else ''} erreur{'s' if more > 1 else ''})"
    return (f"champ « {where} » : {text}" if where else text) + (suffix if more else "")


def _entry_name(kind: _Kind, raw: Any, index: int) -> str:
    key = raw.get(_KEYS[kind]) if isinstance(raw, dict) else None
    if key is None:
        return f"{_WHAT[kind]} n° {index + 1}"
    return f"{_WHAT[kind]} « {key} »"


def _parse_file(path: Path, allowed: tuple[_Kind, ...], into: _Loaded) -> None:
    """Validate each entry of one file and lay it over what was loaded before."""
    for kind, items in _read_yaml(path, allowed).items():
        model = _MODELS[kind]
        seen: dict[str, int | None] = {}
        for index, (raw, line) in enumerate(items):
            origin = _Origin(path, line)
            name = _entry_name(kind, raw, index)
            try:
                entry = model.model_validate(raw)
            except ValidationError as error:
                raise _fail(origin, name, _pydantic_problem(error)) from None
            key = str(getattr(entry, _KEYS[kind]))
            if key in seen:
                first = f" (déjà à la ligne {seen[key]})" if seen[key] else ""
                raise _fail(origin, name, f"identifiant en double dans ce fichier{first}")
            seen[key] = line
            into.entries[kind][key] = (entry, origin)


def _check_plan(plan: dict[str, tuple[Any, _Origin]]) -> None:
    for code, (entry, origin) in plan.items():
        what = f"classe « {code} »"
        if entry.parent is None:
            continue
        if entry.parent not in plan:
            raise _fail(origin, what, f"la classe parente « {entry.parent} » n'existe pas")
        seen = {code}
        current = entry
        while current.parent is not None:
            if current.parent in seen:
                raise _fail(origin, what, "les classes parentes tournent en rond")
            seen.add(current.parent)
            current = plan[current.parent][0]


def _check_rows(rows: dict[str, tuple[Any, _Origin]], plan: Mapping[str, Any]) -> None:
    for row_id, (row, origin) in rows.items():
        if row.class_code not in plan:
            raise _fail(
                origin,
                f"ligne du tableau « {row_id} »",
                f"la classe « {row.class_code} » n'existe pas dans le plan de classement",
            )


def _check_type(doc_type: DocType, origin: _Origin, rows: Mapping[str, Any]) -> None:
    what = f"type « {doc_type.id} »"
    if doc_type.row not in rows:
        raise _fail(origin, what, f"la ligne du tableau « {doc_type.row} » n'existe pas")
    names: set[str] = set()
    for spec in doc_type.fields:
        if spec.name in names:
            raise _fail(origin, what, f"la question « {spec.name} » apparaît deux fois")
        names.add(spec.name)
        if spec.pattern is not None:
            try:
                compiled = re.compile(spec.pattern, re.IGNORECASE)
            except re.error as error:
                raise _fail(
                    origin, what, f"motif de « {spec.name} » mal écrit ({error})"
                ) from None
            if "value" not in compiled.groupindex:
                raise _fail(
                    origin,
                    what,
                    f"le motif de « {spec.name} » doit avoir un groupe (?P<value>…)",
                )
    date_spec = next((s for s in doc_type.fields if s.name == doc_type.date_field), None)
    if date_spec is None or date_spec.kind != "date":
        raise _fail(
            origin,
            what,
            f"date_field « {doc_type.date_field} » doit être une question de type date",
        )
    if doc_type.start_field is not None:
        start_spec = next((s for s in doc_type.fields if s.name == doc_type.start_field), None)
        if start_spec is None or start_spec.kind != "date" or not start_spec.optional:
            raise _fail(
                origin,
                what,
                f"start_field « {doc_type.start_field} » doit être une question de type date, "
                "facultative (on y répond « pas encore »)",
            )
    if doc_type.dossier_field is not None and doc_type.dossier_field not in names:
        raise _fail(
            origin, what, f"dossier_field « {doc_type.dossier_field} » n'est pas une question"
        )
    for expression in doc_type.match.regex:
        try:
            re.compile(expression, re.IGNORECASE)
        except re.error as error:
            raise _fail(
                origin, what, f"expression « {expression} » mal écrite ({error})"
            ) from None
    for template, is_title, label in (
        (doc_type.naming, False, "naming"),
        (doc_type.title, True, "title"),
    ):
        try:
            naming.check_template(template, doc_type.fields, title=is_title)
        except naming.NamingError as error:
            raise _fail(origin, what, f"{label} : {error}") from None


def load_referentiel(
    data_dir: Path = DEFAULT_DATA_DIR, overrides: Path | None = None
) -> Referentiel:
    """The shipped referential, with the collectivité's overrides laid over it, all checked.

    Raises ReferentielError on the first problem found, naming its file and entry.
    """
    loaded = _Loaded()
    for kind, name in _SHIPPED:
        path = data_dir / name
        _parse_file(path, (kind,), loaded)
        if not loaded.entries[kind]:
            raise ReferentielError(f"{path} : la liste « {kind}: » est absente ou vide")
    if overrides is not None:
        _parse_file(overrides, _KINDS, loaded)
    plan, rows, types = (loaded.entries[kind] for kind in _KINDS)
    _check_plan(plan)
    _check_rows(rows, plan)
    for doc_type, origin in types.values():
        _check_type(doc_type, origin, rows)
    return Referentiel(
        plan=MappingProxyType({code: entry for code, (entry, _) in plan.items()}),
        rows=MappingProxyType({key: entry for key, (entry, _) in rows.items()}),
        types=MappingProxyType({key: entry for key, (entry, _) in types.items()}),
    )


# --- The referential ------------------------------------------------------------------------

SEARCH_CUTOFF = 50.0
"""Below this score an entry is noise: about one word in two of the description recognised."""

_STOPWORDS = frozenset(
    {
        *("a", "au", "aux", "avec", "ce", "ces", "d", "dans", "de", "des", "du", "en", "et"),
        *("l", "la", "le", "les", "ma", "mes", "mon", "ou", "par", "pour", "sa", "sans"),
        *("ses", "son", "sur", "un", "une"),
    }
)
_WEIGHT_NAME = 1.0  # the type's label, the row's typologie
_WEIGHT_WORDS = 0.95  # the type's match words, the row's keywords
_WEIGHT_ROW_OF_TYPE = 0.9  # the typologie and keywords of the row a type files into
_WEIGHT_CLASS = 0.8  # the title of the class (shared by several rows, so it tells less)
SEARCH_GAP = 30.0
"""Entries more than this below the best are left out: they only share a word with it."""


def _search_words(text: str) -> list[str]:
    """Folded words without the little ones; a final "s" dropped, so plurals meet."""
    found = []
    for word in fold(text).split():
        if len(word) < 2 or word in _STOPWORDS:
            continue
        if word.isdigit():
            continue  # a year or a number tells nothing of the kind of document
        found.append(word[:-1] if len(word) > 3 and word.endswith("s") else word)
    return found


def _word_score(typed: str, known: str) -> float:
    """0..100. Short words must be exact (« pc », « eau »); longer ones forgive one slip (two
    from seven letters on), the first letter excepted: people rarely mistype it, and without
    that rule « courrier » would find « fourrière »."""
    if typed == known:
        return 100.0
    if len(typed) < 4 or len(known) < 4 or typed[0] != known[0]:
        return 0.0
    if len(typed) >= 5 and known.startswith(typed):
        return 95.0  # the start of a word: « factur », « inscri »
    allowed = 1 if min(len(typed), len(known)) < 7 else 2
    distance = OSA.distance(typed, known, score_cutoff=allowed)
    return 100.0 - 8.0 * distance if distance <= allowed else 0.0


def _add_words(vocabulary: dict[str, float], texts: Iterable[str], weight: float) -> None:
    for text in texts:
        for word in _search_words(text):
            vocabulary[word] = max(vocabulary.get(word, 0.0), weight)


@dataclass(frozen=True)
class _Searchable:
    doc_type: DocType
    generic: bool
    vocabulary: Mapping[str, float]


@dataclass(frozen=True, eq=False)
class Referentiel:
    """The plan, the rows and the document types, checked together at load.

    Compared and hashed by identity (``eq=False``): field-wise, the read-only mappings would
    make the hash raise, and two loads are never compared.
    """

    plan: Mapping[str, PlanClass]
    rows: Mapping[str, RetentionRow]
    types: Mapping[str, DocType]

    def type(self, type_id: str) -> DocType:
        """A shipped type, or the generic type of a row (``row:<row id>``); KeyError if none."""
        if type_id.startswith(GENERIC_PREFIX):
            return self.generic_type(self.rows[type_id[len(GENERIC_PREFIX) :]])
        return self.types[type_id]

    def row_of(self, doc_type: DocType) -> RetentionRow:
        return self.rows[doc_type.row]

    def class_path(self, code: str) -> list[PlanClass]:
        """From the root class down to `code`; KeyError if a code is unknown."""
        path = [self.plan[code]]
        while path[-1].parent is not None:
            if len(path) > len(self.plan):
                raise ValueError(f"classes parentes en boucle autour de « {code} »")
            path.append(self.plan[path[-1].parent])
        path.reverse()
        return path

    def class_label(self, code: str) -> str:
        """« 10.1 Permis de construire (10 Urbanisme) »: the class and where it sits."""
        *above, leaf = self.class_path(code)
        label = f"{leaf.code} {leaf.title}"
        if above:
            label += " (" + " › ".join(f"{c.code} {c.title}" for c in above) + ")"
        return label

    def generic_type(self, row: RetentionRow) -> DocType:
        """A type for any row of the tableau, for documents no shipped type describes.

        Two questions: what the document is about, and the date the retention runs from
        (its own date, unless the row counts from another event, e.g. the agent's birth). When
        that event comes later (a file closed, a marché paid off), the document's date, then
        the event's, which may be answered « pas encore ».
        `model_construct` because the id ``row:…`` is deliberately outside the id pattern.
        """
        awaited = row.start in AWAITED_EVENTS
        if awaited or row.start in _DOCUMENT_DATED or not row.start_label:
            date_label, date_question = "la date du document", "Quelle est la date du document ?"
        else:
            date_label = f"la date de départ de la conservation ({row.start_label})"
            date_question = (
                f"La durée de conservation compte à partir de : {row.start_label}. "
                "Quelle est cette date ?"
            )
        fields: tuple[FieldSpec, ...] = (
            FieldSpec(
                name="objet",
                label="l'objet du document",
                question="Quel est l'objet du document, en quelques mots ?",
                kind="text",
                example="stationnement rue des Lilas pour un déménagement",
            ),
            FieldSpec(
                name="date",
                label=date_label,
                question=date_question,
                kind="date",
                example="12/03/2025",
            ),
        )
        if awaited:
            event = row.start_label or "l'événement de départ"
            fields += (
                FieldSpec(
                    name=START_FIELD,
                    label=f"la date de départ de la conservation ({event})",
                    question=(
                        f"La durée de conservation compte à partir de : {event}. Quelle est "
                        "cette date ? Si ce n'est pas encore arrivé, répondez « pas encore »."
                    ),
                    kind="date",
                    example="12/03/2025",
                    optional=True,
                ),
            )
        return DocType.model_construct(
            id=f"{GENERIC_PREFIX}{row.id}",
            label=row.typologie,
            row=row.id,
            match=MatchRule(),
            fields=fields,
            date_field="date",
            start_field=START_FIELD if awaited else None,
            dossier_field=None,
            naming=GENERIC_NAMING,
            title=GENERIC_TITLE,
        )

    @cached_property
    def _searchables(self) -> tuple[_Searchable, ...]:
        covered: set[str] = set()
        found: list[_Searchable] = []
        for doc_type in self.types.values():
            covered.add(doc_type.row)
            row = self.rows[doc_type.row]
            vocabulary: dict[str, float] = {}
            _add_words(vocabulary, [row.typologie, *row.keywords], _WEIGHT_ROW_OF_TYPE)
            _add_words(vocabulary, [self.plan[row.class_code].title], _WEIGHT_CLASS)
            match = doc_type.match
            _add_words(vocabulary, [*match.any, *match.all, *match.fuzzy], _WEIGHT_WORDS)
            _add_words(vocabulary, [doc_type.label], _WEIGHT_NAME)
            found.append(_Searchable(doc_type, False, vocabulary))
        for row in self.rows.values():
            if row.id in covered:
                continue
            vocabulary = {}
            _add_words(vocabulary, [self.plan[row.class_code].title], _WEIGHT_CLASS)
            _add_words(vocabulary, row.keywords, _WEIGHT_WORDS)
            _add_words(vocabulary, [row.typologie], _WEIGHT_NAME)
            found.append(_Searchable(self.generic_type(row), True, vocabulary))
        return tuple(found)

    def search(self, words: str, limit: int = 5) -> list[tuple[DocType, float]]:
        """The types a few words describe ("facture eau", "arrete stationnement"), best first.

        Each typed word counts for its best match among an entry's words (exact, its start,
        or one or two letters off), weighted by where the entry holds it (its name counts more
        than the title of its class). A typed word found nowhere counts half against the
        score, so one extra word does not hide a good match, while a description sharing
        nothing scores 0. Entries far below the best (`SEARCH_GAP`) are dropped: they share
        a word with the description, not its meaning. A row that a shipped type files into is
        found through that type.
        """
        typed = _search_words(words)
        if not typed:
            return []
        scored: list[tuple[float, bool, str, DocType]] = []
        for entry in self._searchables:
            total, matched = 0.0, 0
            for word in typed:
                best = max(
                    (
                        _word_score(word, known) * weight
                        for known, weight in entry.vocabulary.items()
                    ),
                    default=0.0,
                )
                if best > 0:
                    total += best
                    matched += 1
            score = total / (matched + 0.5 * (len(typed) - matched))
            if score >= SEARCH_CUTOFF:
                scored.append((score, entry.generic, entry.doc_type.label, entry.doc_type))
        if not scored:
            return []
        scored.sort(key=lambda item: (-item[0], item[1], item[2]))
        floor = scored[0][0] - SEARCH_GAP
        return [
            (doc_type, round(score, 1))
            for score, _, _, doc_type in scored[:limit]
            if score >= floor
        ]
