"""The referential loader: shipped data, overrides, checks at load, and the « autre » search."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from referentiel import naming
from referentiel.model import (
    DEFAULT_DATA_DIR,
    PLAN_FILE,
    ROWS_FILE,
    TYPES_FILE,
    Referentiel,
    ReferentielError,
    load_referentiel,
)

PLAN = """\
plan:
  - code: "1"
    title: Administration générale
  - code: "1.2"
    title: Actes réglementaires
    parent: "1"
  - code: "4"
    title: Urbanisme
  - code: "4.2"
    title: Autorisations d'urbanisme
    parent: "4"
"""

ROWS = """\
rows:
  - id: admin-registre-arretes
    class_code: "1.2"
    typologie: Arrêtés permanents (registre des arrêtés)
    dua_years: 1
    sort: C
    source: essai
    grade: SEC-AD
    keywords: [arrêté, police]
  - id: urba-pc-accorde
    class_code: "4.2"
    typologie: Permis de construire accordés
    sort: C
    source: essai
    grade: SEC-AD
  - id: urba-cu
    class_code: "4.2"
    typologie: Certificats d'urbanisme
    dua_years: 5
    start: decision
    start_label: date de délivrance du certificat
    sort: D
    source: essai
    grade: SEC-?
    a_valider: true
"""

TYPES = """\
types:
  - id: permis_construire
    label: Permis de construire
    row: urba-pc-accorde
    match:
      any: [permis de construire]
      regex: ['PC\\s?\\d{3}']
    fields:
      - name: numero
        label: le numéro du permis
        question: Quel est le numéro du permis ?
        kind: reference
        pattern: '(?P<value>PC[ 0-9A-Z]+)'
        example: PC 075 056 25 B0001
      - name: petitionnaire
        label: le pétitionnaire
        question: Qui est le pétitionnaire ?
        kind: name
      - name: date_decision
        label: la date de la décision
        question: Quelle est la date de la décision ?
        kind: date
      - name: adresse
        label: l'adresse des travaux
        question: Quelle est l'adresse des travaux ?
        optional: true
    date_field: date_decision
    naming: "{{ date_decision|format('%Y-%m-%d') }}_PC_{{ numero }}_{{ petitionnaire|slug }}"
    title: "Permis de construire {{ numero }} ({{ petitionnaire }})"
"""


def write_dir(root: Path, *, plan: str = PLAN, rows: str = ROWS, types: str = TYPES) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    (root / PLAN_FILE).write_text(plan, encoding="utf-8")
    (root / ROWS_FILE).write_text(rows, encoding="utf-8")
    (root / TYPES_FILE).write_text(types, encoding="utf-8")
    return root


def changed(text: str, old: str, new: str) -> str:
    """`text` with `old` replaced, failing loudly if `old` is not there (a test that changes
    nothing would pass for the wrong reason)."""
    assert old in text, old
    return text.replace(old, new, 1)


@pytest.fixture
def ref(tmp_path: Path) -> Referentiel:
    return load_referentiel(write_dir(tmp_path / "data"))


# --- Loading and reading --------------------------------------------------------------------


def test_loads_and_answers(ref: Referentiel) -> None:
    assert set(ref.plan) == {"1", "1.2", "4", "4.2"}
    assert set(ref.rows) == {"admin-registre-arretes", "urba-pc-accorde", "urba-cu"}
    permis = ref.type("permis_construire")
    assert permis.label == "Permis de construire"
    assert ref.row_of(permis).id == "urba-pc-accorde"
    assert [c.code for c in ref.class_path("4.2")] == ["4", "4.2"]
    assert ref.class_label("4.2") == "4.2 Autorisations d'urbanisme (4 Urbanisme)"
    assert ref.class_label("4") == "4 Urbanisme"
    with pytest.raises(KeyError):
        ref.type("inconnu")
    with pytest.raises(KeyError):
        ref.type("row:inconnue")
    with pytest.raises(KeyError):
        ref.class_path("9")


def test_mappings_cannot_be_changed_in_place(ref: Referentiel) -> None:
    with pytest.raises(TypeError):
        ref.rows["x"] = ref.rows["urba-cu"]  # type: ignore[index]


def test_generic_type_of_a_row(ref: Referentiel) -> None:
    row = ref.rows["admin-registre-arretes"]
    generic = ref.type("row:admin-registre-arretes")
    assert generic == ref.generic_type(row)
    assert generic.id == "row:admin-registre-arretes"
    assert generic.label == row.typologie
    assert ref.row_of(generic) is row
    assert [f.name for f in generic.fields] == ["objet", "date"]
    assert [f.kind for f in generic.fields] == ["text", "date"]
    assert generic.fields[0].question == "Quel est l'objet du document, en quelques mots ?"
    assert generic.fields[1].question == "Quelle est la date du document ?"
    assert generic.date_field == "date"
    naming.check_template(generic.naming, generic.fields)
    naming.check_template(generic.title, generic.fields, title=True)
    values = {"objet": "Stationnement rue des Lilas", "date": dt.date(2025, 3, 12)}
    assert naming.render_name(generic.naming, values) == "2025-03-12_stationnement-rue-des-lilas"
    assert naming.render_title(generic.title, values) == "Stationnement rue des Lilas"


def test_generic_type_asks_for_the_date_the_retention_counts_from(ref: Referentiel) -> None:
    generic = ref.type("row:urba-cu")
    assert "date de délivrance du certificat" in generic.fields[1].question


def test_overrides_replace_and_add(tmp_path: Path) -> None:
    data = write_dir(tmp_path / "data")
    overrides = tmp_path / "commune.yaml"
    overrides.write_text(
        """\
plan:
  - code: "4"
    title: Urbanisme et foncier
  - code: "4.3"
    title: Droit de préemption
    parent: "4"
rows:
  - id: urba-cu
    class_code: "4.2"
    typologie: Certificats d'urbanisme
    dua_years: 2
    sort: D
    source: visa des Archives départementales du 4 avril 2026
    grade: SEC-AD
  - id: urba-dia
    class_code: "4.3"
    typologie: Déclarations d'intention d'aliéner
    dua_years: 10
    sort: D
    source: visa des Archives départementales du 4 avril 2026
    grade: SEC-AD
types:
  - id: dia
    label: Déclaration d'intention d'aliéner
    row: urba-dia
    fields:
      - name: recue_le
        label: la date de réception
        question: Quand la déclaration est-elle arrivée ?
        kind: date
    date_field: recue_le
    naming: "{{ recue_le|format('%Y-%m-%d') }}_DIA"
    title: "DIA reçue le {{ recue_le }}"
""",
        encoding="utf-8",
    )
    ref = load_referentiel(data, overrides)
    assert ref.plan["4"].title == "Urbanisme et foncier"
    assert ref.class_label("4.3") == "4.3 Droit de préemption (4 Urbanisme et foncier)"
    cu = ref.rows["urba-cu"]
    assert cu.dua_years == 2 and not cu.a_valider  # replaced entirely, not merged
    assert cu.start == "cloture" and cu.start_label == ""
    assert ref.row_of(ref.type("dia")).id == "urba-dia"
    assert "permis_construire" in ref.types  # the shipped ones are still there


def test_overrides_may_be_empty(tmp_path: Path) -> None:
    overrides = tmp_path / "commune.yaml"
    overrides.write_text("# rien pour l'instant\n", encoding="utf-8")
    ref = load_referentiel(write_dir(tmp_path / "data"), overrides)
    assert set(ref.rows) == {"admin-registre-arretes", "urba-pc-accorde", "urba-cu"}


# --- Errors at load -------------------------------------------------------------------------

ErrorCase = tuple[str, str, str, str, tuple[str, ...]]

ERRORS: list[ErrorCase] = [
    # (file, old, new, expected file in the message, other expected words)
    ("plan", "title: Urbanisme\n", 'title: "Urbanisme\n', PLAN_FILE, ("YAML", "ligne")),
    ("plan", '    parent: "4"\n', '    parent: "8"\n', PLAN_FILE, ("4.2", "« 8 »")),
    ("plan", '  - code: "1"\n', '  - code: "1"\n    parent: "1.2"\n', PLAN_FILE, ("rond",)),
    ("plan", "title: Urbanisme\n", "title: Urbanisme\n    titre: Urba\n", PLAN_FILE, ("titre",)),
    (
        "rows",
        "    dua_years: 1\n",
        "    dua_years: 1\n    duree: 3\n",
        ROWS_FILE,
        ("admin-registre-arretes", "duree", "inconnu"),
    ),
    (
        "rows",
        "    sort: C\n    source: essai\n    grade: SEC-AD\n    keywords",
        "    sort: C\n    grade: SEC-AD\n    keywords",
        ROWS_FILE,
        ("admin-registre-arretes", "source", "absent"),
    ),
    ("rows", "    sort: D\n", "    sort: X\n", ROWS_FILE, ("urba-cu", "sort", "'C'")),
    ("rows", "    dua_years: 5\n", "    dua_years: cinq\n", ROWS_FILE, ("urba-cu", "entier")),
    ("rows", "  - id: urba-cu\n", "  - id: urba-pc-accorde\n", ROWS_FILE, ("double", "ligne 10")),
    ("rows", 'class_code: "4.2"', 'class_code: "9.9"', ROWS_FILE, ("urba-pc-accorde", "9.9")),
    ("rows", "rows:\n", "lignes:\n", ROWS_FILE, ("lignes",)),
    (
        "types",
        "row: urba-pc-accorde",
        "row: urba-pc",
        TYPES_FILE,
        ("permis_construire", "urba-pc"),
    ),
    ("types", "  - id: permis_construire", "  - id: Permis", TYPES_FILE, ("Permis", "minuscules")),
    (
        "types",
        "date_field: date_decision",
        "date_field: numero",
        TYPES_FILE,
        ("permis_construire", "numero", "date"),
    ),
    (
        "types",
        "date_field: date_decision",
        "date_field: date_depot",
        TYPES_FILE,
        ("permis_construire", "date_depot"),
    ),
    (
        "types",
        "      - name: adresse\n",
        "      - name: numero\n",
        TYPES_FILE,
        ("permis_construire", "numero", "deux fois"),
    ),
    (
        "types",
        "pattern: '(?P<value>PC[ 0-9A-Z]+)'",
        "pattern: 'PC[ 0-9A-Z]+'",
        TYPES_FILE,
        ("permis_construire", "numero", "value"),
    ),
    (
        "types",
        "pattern: '(?P<value>PC[ 0-9A-Z]+)'",
        "pattern: '(?P<value>PC[0-9'",
        TYPES_FILE,
        ("permis_construire", "motif", "numero"),
    ),
    (
        "types",
        "regex: ['PC\\s?\\d{3}']",
        "regex: ['PC(\\d{3}']",
        TYPES_FILE,
        ("permis_construire", "PC("),
    ),
    (
        "types",
        '{{ petitionnaire|slug }}"',
        '{{ petitionaire|slug }}"',
        TYPES_FILE,
        ("permis_construire", "naming", "petitionaire"),
    ),
    (
        "types",
        'title: "Permis de construire {{ numero }}',
        "title: \"{{ ''.__class__ }} {{ numero }}",
        TYPES_FILE,
        ("permis_construire", "title", "interdite"),
    ),
    (
        "types",
        'naming: "{{ date_decision',
        'naming: "{{ adresse }}"\n    x: "{{ date_decision',
        TYPES_FILE,
        ("permis_construire", "x"),
    ),
    (
        "types",
        "naming: \"{{ date_decision|format('%Y-%m-%d') }}_PC_{{ numero }}_{{ "
        'petitionnaire|slug }}"',
        'naming: "{{ adresse }}"',
        TYPES_FILE,
        ("permis_construire", "naming", "vide"),
    ),
]


@pytest.mark.parametrize(
    ("which", "old", "new", "file_name", "words"),
    ERRORS,
    ids=[f"{case[0]}-{i}" for i, case in enumerate(ERRORS)],
)
def test_mistakes_are_one_french_line_naming_file_and_entry(  # noqa: PLR0917
    tmp_path: Path, which: str, old: str, new: str, file_name: str, words: tuple[str, ...]
) -> None:
    texts = {"plan": PLAN, "rows": ROWS, "types": TYPES}
    texts[which] = changed(texts[which], old, new)
    data = write_dir(tmp_path / "data", **texts)
    with pytest.raises(ReferentielError) as raised:
        load_referentiel(data)
    message = str(raised.value)
    assert "\n" not in message
    assert str(data / file_name) in message
    for word in words:
        assert word in message, (word, message)


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    data = write_dir(tmp_path / "data")
    (data / TYPES_FILE).unlink()
    with pytest.raises(ReferentielError, match=r"types\.yaml : fichier introuvable"):
        load_referentiel(data)


def test_an_empty_shipped_list_is_refused(tmp_path: Path) -> None:
    data = write_dir(tmp_path / "data", types="types: []\n")
    with pytest.raises(ReferentielError, match="absente ou vide"):
        load_referentiel(data)


def test_a_mistake_in_the_overrides_names_the_overrides_file(tmp_path: Path) -> None:
    data = write_dir(tmp_path / "data")
    overrides = tmp_path / "commune.yaml"
    overrides.write_text(
        "rows:\n"
        "  - id: urba-cu\n"
        '    class_code: "7.1"\n'
        "    typologie: Certificats d'urbanisme\n"
        "    sort: D\n"
        "    source: AD\n"
        "    grade: SEC-AD\n",
        encoding="utf-8",
    )
    with pytest.raises(ReferentielError) as raised:
        load_referentiel(data, overrides)
    assert str(overrides) in str(raised.value)
    assert "(ligne 2)" in str(raised.value)
    assert "urba-cu" in str(raised.value) and "7.1" in str(raised.value)


def test_overrides_with_an_unknown_list_are_refused(tmp_path: Path) -> None:
    overrides = tmp_path / "commune.yaml"
    overrides.write_text("lignes: []\n", encoding="utf-8")
    with pytest.raises(ReferentielError, match="lignes"):
        load_referentiel(write_dir(tmp_path / "data"), overrides)


def test_an_override_cannot_make_parents_loop(tmp_path: Path) -> None:
    overrides = tmp_path / "commune.yaml"
    overrides.write_text(
        'plan:\n  - code: "4"\n    title: Urbanisme\n    parent: "4.2"\n', encoding="utf-8"
    )
    with pytest.raises(ReferentielError, match="rond"):
        load_referentiel(write_dir(tmp_path / "data"), overrides)


# --- The « autre » search, on the shipped plan and tableau ----------------------------------

SEARCH_TYPES = """\
types:
  - id: facture
    label: Facture
    row: fin-pieces-justificatives
    match:
      any: [facture, montant TTC, net à payer]
    fields:
      - name: fournisseur
        label: le fournisseur
        question: Qui a envoyé la facture ?
        kind: name
      - name: date_facture
        label: la date de la facture
        question: Quelle est la date de la facture ?
        kind: date
    date_field: date_facture
    naming: "{{ date_facture|format('%Y-%m-%d') }}_facture_{{ fournisseur|slug }}"
    title: "Facture {{ fournisseur }}"
  - id: permis_construire
    label: Permis de construire
    row: urba-pc-accorde
    match:
      any: [permis de construire]
    fields:
      - name: numero
        label: le numéro du permis
        question: Quel est le numéro du permis ?
        kind: reference
      - name: date_decision
        label: la date de la décision
        question: Quelle est la date de la décision ?
        kind: date
    date_field: date_decision
    naming: "{{ date_decision|format('%Y-%m-%d') }}_PC_{{ numero }}"
    title: "Permis de construire {{ numero }}"
"""


@pytest.fixture(scope="module")
def shipped(tmp_path_factory: pytest.TempPathFactory) -> Referentiel:
    """The real plan and tableau, with two small types (types.yaml is not ours to test)."""
    data = tmp_path_factory.mktemp("data")
    shutil.copy(DEFAULT_DATA_DIR / PLAN_FILE, data / PLAN_FILE)
    shutil.copy(DEFAULT_DATA_DIR / ROWS_FILE, data / ROWS_FILE)
    (data / TYPES_FILE).write_text(SEARCH_TYPES, encoding="utf-8")
    return load_referentiel(data)


def top(ref: Referentiel, words: str) -> str:
    found = ref.search(words)
    assert found, f"nothing found for {words!r}"
    return found[0][0].id


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("facture eau", "facture"),  # a row covered by a type: the type comes back
        ("factur fournisseur", "facture"),  # typo
        ("FACTURES", "facture"),
        ("arrete stationnement", "row:admin-arretes-temporaires"),  # accents missing
        ("arrêté de stationement", "row:admin-arretes-temporaires"),  # one letter missing
        ("inscription cantine", "row:periscolaire-inscriptions"),
        ("inscriptoin cantine", "row:periscolaire-inscriptions"),  # letters swapped
        ("facture cantine", "row:periscolaire-facturation"),
        ("bulletin de paie", "row:rh-bulletins-paie-doubles"),
        ("dossier agent", "row:rh-dossier-individuel"),
        ("offre non retenue", "row:marches-offres-non-retenues"),
        ("marche infructueux", "row:marches-infructueux"),
        ("liste electorale", "row:elections-listes"),
        ("PV de séance", "row:admin-pv-seance"),
        ("certificat d'urbanisme", "row:urba-cu"),
        ("refus de permis", "row:urba-autorisation-refusee"),
        ("permis de construire", "permis_construire"),
        ("budget primitif 2025", "row:fin-budgets-comptes"),
        ("acte de naissance", "row:etat-civil-registres"),
    ],
)
def test_search_finds_what_agents_type(shipped: Referentiel, words: str, expected: str) -> None:
    assert top(shipped, words) == expected


def test_a_covered_row_is_never_offered_as_a_generic_type(shipped: Referentiel) -> None:
    ids = [t.id for t, _ in shipped.search("facture mandat titre de recette", limit=10)]
    assert "facture" in ids
    assert "row:fin-pieces-justificatives" not in ids


@pytest.mark.parametrize("words", ["zzzqqq", "le chat noir", "on déjeune à midi ?", "", "de la"])
def test_search_finds_nothing_in_nonsense(shipped: Referentiel, words: str) -> None:
    assert shipped.search(words) == []


def test_courrier_does_not_find_fourriere(shipped: Referentiel) -> None:
    ids = [t.id for t, _ in shipped.search("courrier", limit=10)]
    assert "row:courrier-correspondance" in ids
    assert "row:police-rapports" not in ids


def test_search_scores_are_sorted_limited_and_within_0_100(shipped: Referentiel) -> None:
    found = shipped.search("arrete", limit=2)
    assert len(found) == 2
    many = shipped.search("deliberation conseil seance", limit=10)
    scores = [score for _, score in many]
    assert scores == sorted(scores, reverse=True)
    assert all(0 < score <= 100 for score in scores)
    assert shipped.type(many[0][0].id) == many[0][0]  # what search returns, type() resolves


# --- The shipped data -----------------------------------------------------------------------

REQUIRED_ROWS = {
    "admin-registre-deliberations": ("C", 1),
    "admin-registre-arretes": ("C", 1),
    "admin-arretes-temporaires": ("D", 5),
    "admin-pv-seance": ("C", None),
    "admin-dossiers-seance-preparatoires": ("D", 1),
    "admin-decisions-maire": ("C", 1),
    "courrier-correspondance": ("T", 1),
    "courrier-registre": ("C", None),
    "rh-dossier-individuel": ("T", 80),
    "rh-bulletins-paie-doubles": ("D", 5),
    "rh-livres-paie": ("C", None),
    "fin-pieces-justificatives": ("D", 10),
    "fin-budgets-comptes": ("C", 5),
    "marches-execution": ("T", 10),
    "marches-offres-non-retenues": ("D", 5),
    "marches-infructueux": ("D", 5),
    "urba-pc-accorde": ("C", None),
    "urba-dp": ("C", None),
    "urba-autorisation-refusee": ("D", 1),
    "urba-cu": ("D", 5),
    "etat-civil-registres": ("C", None),
    "periscolaire-inscriptions": ("D", 5),
    "periscolaire-facturation": ("D", 10),
    "elections-listes": ("T", 3),
}


def test_shipped_tableau_has_the_rows_the_types_need(shipped: Referentiel) -> None:
    for row_id, (sort, dua) in REQUIRED_ROWS.items():
        row = shipped.rows[row_id]
        assert (row.sort, row.dua_years) == (sort, dua), row_id
    starts = {row_id: shipped.rows[row_id].start for row_id in REQUIRED_ROWS}
    assert starts["rh-dossier-individuel"] == "naissance"
    assert starts["admin-arretes-temporaires"] == "date_acte"
    assert starts["marches-execution"] == "paiement_solde"
    assert starts["marches-offres-non-retenues"] == "notification"
    assert starts["marches-infructueux"] == "infructuosite"
    assert starts["fin-pieces-justificatives"] == "fin_exercice"
    assert starts["urba-autorisation-refusee"] == "decision"


def test_shipped_tableau_flags_every_unsure_row(shipped: Referentiel) -> None:
    for row in shipped.rows.values():
        assert row.source.strip(), row.id
        if row.grade == "SEC-?":
            assert row.a_valider, row.id
    for row_id in (
        "admin-dossiers-seance-preparatoires",
        "courrier-correspondance",
        "rh-bulletins-paie-doubles",
        "urba-autorisation-refusee",
        "urba-cu",
        "periscolaire-inscriptions",
        "periscolaire-facturation",
        "fin-pieces-justificatives",  # the facts say: exact wording not read, verify
    ):
        assert shipped.rows[row_id].a_valider, row_id


def test_shipped_plan_files_rows_into_leaves_and_every_leaf_has_a_row(
    shipped: Referentiel,
) -> None:
    parents = {c.parent for c in shipped.plan.values() if c.parent is not None}
    leaves = set(shipped.plan) - parents
    used = {row.class_code for row in shipped.rows.values()}
    assert used <= leaves
    assert leaves <= used, leaves - used
    for code in shipped.plan:
        assert len(shipped.class_path(code)) <= 2


def test_shipped_data_loads() -> None:
    """The real data directory, types.yaml included (written by the types' author): every
    type points at a row of the tableau and its templates pass the checks."""
    ref = load_referentiel()
    assert ref.types
    for doc_type in ref.types.values():
        row = ref.row_of(doc_type)
        assert ref.class_label(row.class_code)
    assert set(REQUIRED_ROWS) <= set(ref.rows)
