"""Short answers: numbers, oui/non, control words, reactions."""

from __future__ import annotations

import pytest

from workflows import answers

OPTIONS = ["Permis de construire", "Déclaration préalable", "Arrêté", "autre : chercher"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1", 1),
        (" 2. ", 2),
        ("n°3", 3),
        ("le deuxième", 2),
        ("premier", 1),
        ("choix 4", 4),
        ("5", None),  # out of range
        ("0", None),
        ("permis de construire", 1),
        ("permis de construir", 1),  # typo
        ("declaration prealable", 2),  # no accents
        ("arete", 3),
        ("autre", 4),
        ("bonjour tout le monde", None),
        ("", None),
    ],
)
def test_choice(text: str, expected: int | None) -> None:
    assert answers.choice(text, OPTIONS) == expected


def test_ambiguous_words_are_not_guessed() -> None:
    assert answers.choice("facture", ["Facture eau", "Facture électricité"]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("oui", True),
        ("Oui !", True),
        ("ok", True),
        ("c'est ça", True),
        ("oui c'est bien ça", True),
        ("non", False),
        ("Non, c'est faux", False),
        ("peut-être", None),
        ("12/03/2025", None),
    ],
)
def test_yes_no(text: str, expected: bool | None) -> None:
    assert answers.yes_no(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("annuler", "cancel"),
        ("Annule", "cancel"),
        ("STOP", "cancel"),
        ("retour", "back"),
        ("question précédente", "back"),
        ("aide", "help"),
        ("passer", "skip"),
        ("c'est tout", "finish"),
        ("fini", "finish"),
        ("annulation de la délibération 2024-12", None),  # an answer, not a command
        ("retour sur la voirie", None),
    ],
)
def test_control_words_only_as_whole_message(text: str, expected: str | None) -> None:
    assert answers.control(text) == expected


def test_reactions() -> None:
    assert answers.reaction_choice("1️⃣") == 1
    assert answers.reaction_choice("3️⃣") == 3
    assert answers.reaction_choice("👍") == 1
    assert answers.reaction_choice("👎") == 2
    assert answers.reaction_choice("🎉") is None
