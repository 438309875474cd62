"""Reading search messages."""

from __future__ import annotations

import pytest

from referentiel.model import load_referentiel
from search.query import Query, parse
from workflows.access import Service

REFERENTIEL = load_referentiel()
SERVICES = (Service("urbanisme", "Urbanisme"), Service("rh", "Ressources humaines"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "permis dupond 2025",
            Query(words=("dupond",), type_ids=frozenset({"permis_construire"}), year=2025),
        ),
        (
            "délib cantine septembre",
            Query(words=("cantine",), type_ids=frozenset({"deliberation"}), month=9),
        ),
        (
            "arrete circulation rue des lilas",
            Query(words=("rue", "lilas"), type_ids=frozenset({"arrete_temporaire"})),
        ),
        ("PC Martin", Query(words=("martin",), type_ids=frozenset({"permis_construire"}))),
        (
            # "arrêté" alone is every kind of arrêté; "arrêté de circulation" only one.
            "arrêté voirie",
            Query(words=("voirie",), type_ids=frozenset({"arrete", "arrete_temporaire"})),
        ),
        (
            "delibration mars 2024",
            Query(type_ids=frozenset({"deliberation"}), month=3, year=2024),
        ),
        ("mes documents", Query(mine=True)),
        (
            "mes factures 2023 ressources humaines",
            Query(type_ids=frozenset({"facture"}), year=2023, service_id="rh", mine=True),
        ),
        ("Dupond", Query(words=("dupond",))),
        # A school or budget year, and a range: both years, not the last one alone.
        (
            "conseil d école 2024-2025",
            Query(words=("conseil", "ecole"), year=2024, last_year=2025),
        ),
        (
            "délib de 2019 à 2021",
            Query(type_ids=frozenset({"deliberation"}), year=2019, last_year=2021),
        ),
        ("facture 2025 2023", Query(type_ids=frozenset({"facture"}), year=2023)),
        ("lilas entre 2019 et 2021", Query(words=("lilas",), year=2019, last_year=2021)),
        ("entre 2019 lilas", Query(words=("entre", "lilas"), year=2019)),
        ("lilas", Query(words=("lilas",))),
    ],
)
def test_filters_and_words(text: str, expected: Query) -> None:
    assert parse(text, REFERENTIEL, SERVICES) == expected


def test_a_range_of_years_is_said_as_read() -> None:
    from search.lookup import describe_query

    assert describe_query(parse("budget 2024-2025", REFERENTIEL)) == ["de 2024 à 2025"]
    assert describe_query(parse("budget 2025", REFERENTIEL)) == ["année 2025"]


def test_nothing_to_search() -> None:
    assert parse("  ?! ", REFERENTIEL, SERVICES).empty
    assert not parse("2025", REFERENTIEL, SERVICES).empty


def test_type_names_holding_small_words_are_phrases_not_services() -> None:
    urba = parse("certificat d'urbanisme revaez", REFERENTIEL, SERVICES)
    assert urba.type_ids == frozenset({"certificat_urbanisme"})
    assert urba.service_id is None and urba.words == ("revaez",)
    assert parse("permis de construire dupond", REFERENTIEL, SERVICES).words == ("dupond",)
