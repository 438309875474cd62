"""File names and titles from templates: the shapes promised, and the traps of untrusted ones."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from referentiel.model import FieldSpec
from referentiel.naming import (
    MAX_NAME_BYTES,
    MAX_NAME_CHARS,
    MAX_SLUG_CHARS,
    MAX_TITLE_CHARS,
    NamingError,
    check_template,
    render_name,
    render_title,
    safe_filename,
    slug,
    unique_name,
)

PC_NAMING = "{{ date|format('%Y-%m-%d') }}_PC_{{ numero }}_{{ petitionnaire|slug }}"
PC_VALUES: dict[str, object] = {
    "date": dt.date(2025, 3, 12),
    "numero": "PC 075 056 25 B0001",
    "petitionnaire": "Jean Dupond",
}


def spec(name: str, kind: str = "text", *, optional: bool = False, example: str = "") -> FieldSpec:
    return FieldSpec.model_validate(
        {
            "name": name,
            "label": f"le {name}",
            "question": f"Quel est le {name} ?",
            "kind": kind,
            "optional": optional,
            "example": example,
        }
    )


def test_the_permis_example_of_the_issue() -> None:
    assert render_name(PC_NAMING, PC_VALUES) == "2025-03-12_PC_PC_075_056_25_B0001_jean-dupond"


def test_format_is_strftime_on_dates_and_jinja_format_otherwise() -> None:
    values = {"date": dt.datetime(2025, 3, 12, 9, 30, tzinfo=dt.UTC), "n": 7}
    assert render_name("{{ date|format('%d-%m-%Y') }}", values) == "12-03-2025"
    assert render_name("{{ '%03d'|format(n) }}", values) == "007"
    assert render_name(
        "r{{ date|format('%Y') }}{{ vide|format('%Y') }}", values | {"vide": ""}
    ) == ("r2025")


def test_accents_are_kept_in_names_and_folded_in_slugs() -> None:
    values = {"objet": "Réfection de l'école Émile-Zola", "who": "Société Cœur d'Île"}
    assert render_name("{{ objet }}", values) == "Réfection_de_l'école_Émile-Zola"
    assert render_name("{{ who|slug }}", values) == "societe-coeur-d-ile"
    assert render_name("{{ who|upper }}", values) == "SOCIÉTÉ_CŒUR_D'ÎLE"


def test_decomposed_accents_become_composed() -> None:
    decomposed = "E\u0301cole"  # É written as E + combining accent, as macOS file names do
    assert safe_filename(decomposed) == "\u00c9cole"


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"a": "", "b": "x", "c": "y"}, "x_y"),  # empty first field: no leading separator
        ({"a": "w", "b": "", "c": "y"}, "w_y"),  # empty middle field: no "__"
        ({"a": "w", "b": "x", "c": ""}, "w_x"),  # empty last field: no trailing separator
        ({"a": "", "b": "", "c": "y"}, "y"),
    ],
)
def test_an_empty_optional_field_leaves_no_trace(values: dict[str, object], expected: str) -> None:
    assert render_name("{{ a }}_{{ b }}_{{ c }}", values) == expected


def test_separators_collapse_but_words_stay_apart() -> None:
    assert safe_filename("a_-_b--c  d__e") == "a_b-c_d_e"
    assert safe_filename("rapport_.pdf") == "rapport.pdf"


def test_a_name_made_only_of_empty_values_is_refused() -> None:
    with pytest.raises(NamingError, match="vide"):
        render_name("{{ a }}_{{ b }}", {"a": "", "b": " "})


@pytest.mark.parametrize(
    "value",
    ["../../etc/passwd", "/etc/passwd", "..\\..\\windows", "C:\\boot.ini", ".bashrc", "-rf"],
)
def test_path_tricks_in_values_stay_inside_one_flat_name(value: str) -> None:
    name = render_name("{{ v }}", {"v": value})
    assert "/" not in name and "\\" not in name and ":" not in name and ".." not in name
    assert not name.startswith((".", "-", "_"))
    assert name  # something is left


def test_control_characters_and_newlines_are_removed() -> None:
    assert safe_filename("ligne\nsuivante\x00fin\t!") == "ligne_suivante_fin_!"


@pytest.mark.parametrize(
    "template",
    [
        "{{ ''.__class__ }}",
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ date.__class__.__init__.__globals__ }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
    ],
)
def test_sandbox_escapes_are_refused(template: str) -> None:
    with pytest.raises(NamingError):
        render_name(template, {"date": dt.date(2025, 1, 1)})


def test_unknown_variable_is_an_error_not_an_empty_string() -> None:
    with pytest.raises(NamingError, match="petitionaire"):
        render_name("{{ petitionaire }}", {"petitionnaire": "Jean"})


def test_a_broken_template_is_a_naming_error() -> None:
    with pytest.raises(NamingError, match="mal écrit"):
        render_name("{{ date|format('%Y') ", {"date": dt.date(2025, 1, 1)})


def test_very_long_values_are_cut_within_the_limits() -> None:
    long_value = "é" * 400
    name = render_name(
        "{{ date|format('%Y') }}_{{ v }}", {"date": dt.date(2025, 1, 1), "v": long_value}
    )
    assert name.startswith("2025_é")
    assert len(name) <= MAX_NAME_CHARS
    assert len(name.encode("utf-8")) <= MAX_NAME_BYTES
    assert len(slug("mot " * 100)) <= MAX_SLUG_CHARS
    assert not slug("mot " * 100).endswith("-")


def test_a_cut_never_ends_on_a_separator() -> None:
    value = "a" * (MAX_NAME_CHARS - 1) + "_bcd"
    name = safe_filename(value)
    assert not name.endswith("_")
    assert name == "a" * (MAX_NAME_CHARS - 1)


def test_title_keeps_spaces_and_accents_and_drops_empty_brackets() -> None:
    template = "Permis de construire {{ numero }} ({{ petitionnaire }})"
    assert render_title(template, PC_VALUES) == (
        "Permis de construire PC 075 056 25 B0001 (Jean Dupond)"
    )
    assert render_title(template, PC_VALUES | {"petitionnaire": ""}) == (
        "Permis de construire PC 075 056 25 B0001"
    )


def test_title_is_one_line_and_cut_at_a_word() -> None:
    title = render_title("{{ t }}", {"t": "Objet\nsur deux lignes " + "mot " * 100})
    assert "\n" not in title
    assert title.startswith("Objet sur deux lignes")
    assert len(title) <= MAX_TITLE_CHARS
    assert title.endswith("mot…")


def test_title_may_hold_a_slash() -> None:
    assert render_title("Facture n° {{ n }}", {"n": "2025/12"}) == "Facture n° 2025/12"


def test_amounts_render_as_written() -> None:
    values = {"montant": Decimal("200.50")}
    assert render_name("facture_{{ montant }}", values) == "facture_200.50"


def test_unique_name_adds_the_first_free_number() -> None:
    taken = {"2025_pc.pdf", "2025_pc_2.pdf", "2025_pc_3.pdf"}
    assert unique_name("2025_pc", ".pdf", taken.__contains__) == "2025_pc_4.pdf"
    assert unique_name("2025_pc", "pdf", taken.__contains__) == "2025_pc_4.pdf"
    assert unique_name("2025_dp", ".pdf", taken.__contains__) == "2025_dp.pdf"


def test_unique_name_gives_up_rather_than_loop_for_ever() -> None:
    with pytest.raises(NamingError):
        unique_name("x", ".pdf", lambda _name: True)


def test_check_template_accepts_the_permis_template() -> None:
    fields = [
        spec("numero", "reference", example="PC 075 056 25 B0001"),
        spec("petitionnaire", "name"),
    ]
    check_template(PC_NAMING, fields)
    check_template(
        "Permis {{ numero }} ({{ petitionnaire }}) {{ type }} {{ code }}", fields, title=True
    )


@pytest.mark.parametrize(
    ("template", "why"),
    [
        ("{{ numro }}", "numro"),  # a typo in a field name
        ("{{ ''.__class__ }}", "interdite"),
        ("{{ service }}/{{ numero }}", "dossiers"),  # directories written in the template
        ("../{{ numero }}", "dossiers"),
        ("{{ note }}", "vide"),  # only an optional field: empty when it is left blank
        ("{% if numero %}", "mal écrit"),
    ],
)
def test_check_template_refuses(template: str, why: str) -> None:
    fields = [spec("numero", "reference"), spec("service"), spec("note", optional=True)]
    with pytest.raises(NamingError, match=why):
        check_template(template, fields)


def test_check_template_uses_dates_and_amounts_of_the_right_kind() -> None:
    fields = [spec("signe_le", "date"), spec("montant", "amount")]
    check_template("{{ signe_le|format('%Y') }}_{{ montant * 2 }}", fields)
    with pytest.raises(NamingError):
        check_template("{{ montant|format('%Y-%m') }}", fields)


def test_month_names_are_french_whatever_the_locale() -> None:
    from referentiel.naming import render_title

    values = {"date": dt.date(2025, 8, 4)}
    assert render_title("Séance du {{ date|format('%A %d %B %Y') }}", values) == (
        "Séance du lundi 04 août 2025"
    )
