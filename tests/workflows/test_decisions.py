"""An élu's one-word answer: read with a thumb's slip forgiven, never read into a chat line."""

from __future__ import annotations

import pytest

from workflows.decisions import Decision, read_decision, read_reaction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oui", Decision(approve=True)),
        ("Oui !", Decision(approve=True)),
        ("oiu", Decision(approve=True)),
        ("ouii", Decision(approve=True)),
        ("je signe", Decision(approve=True)),
        ("signé", Decision(approve=True)),
        ("Vu, merci", Decision(approve=True)),
        ("d'accord", Decision(approve=True)),
        ("ok pour moi", Decision(approve=True)),
        ("oui 2", Decision(approve=True, number=2)),
        ("non", Decision(approve=False)),
        ("nonn", Decision(approve=False)),
        ("c'est non", Decision(approve=False)),
        ("Non, l'adresse est fausse", Decision(approve=False, reason="l'adresse est fausse")),
        ("refsue : trop cher", Decision(approve=False, reason="trop cher")),
        ("non 2 mauvais montant !", Decision(approve=False, number=2, reason="mauvais montant")),
    ],
)
def test_decisions(text: str, expected: Decision) -> None:
    assert read_decision(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "bonjour",
        "bon courage",  # « bon » is one letter from « non »: a word, not a refusal
        "qui a demandé ça ?",  # « qui » is one letter from « oui »
        "nom du fichier ?",
        "oui mais pas l'article 2",  # not a clear approval: asked again
        "ok sauf le montant",
        "annuler",
        "",
    ],
)
def test_not_decisions(text: str) -> None:
    assert read_decision(text) is None


def test_reactions() -> None:
    assert read_reaction("✅") is True and read_reaction("👍") is True
    assert read_reaction("❌") is False and read_reaction("👎") is False
    assert read_reaction("🎉") is None


def test_an_unclear_approval_still_looks_like_a_decision() -> None:
    from workflows.decisions import starts_like_one

    assert starts_like_one("oui mais pas l'article 2")
    assert starts_like_one("je signe")
    assert not starts_like_one("bon courage")
    assert not starts_like_one("cherche permis")
