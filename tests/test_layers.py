"""Imports run one way, towards the small core.

A package may import the ones below it, never one above: the language helpers know nothing of
the rest, the database knows no workflow, a capability knows the core and the capabilities it
builds on, and only `bot` knows Matrix. A wrong-way import is how a house stops showing its
plan, one convenient shortcut at a time; this test names each one.
"""

from __future__ import annotations

import ast
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# From the bottom up. A package may import itself and any package before it in this list.
LAYERS = (
    "french",  # words, dates, periods, working days, sizes: imports nothing of Greffier
    "storage",  # the database: engine, migrations, models, repositories, blobs, audit chain
    "referentiel",  # plan de classement, tableau de gestion, types, naming
    "workflows",  # the core: ports, context, access, answers, decisions, drafts, identities
    "filing",
    "circuits",
    "retention",  # builds on circuits (the bordereau's visa) and filing (the bordereau filed)
    "search",
    "commands",  # the words people type, and which capability answers them
    "bot",  # Matrix, the web endpoints, the scheduler, the demo
)
# Matrix is bot's alone.
MATRIX = ("nio", "vodozemac")


def imports_of(source: str) -> list[tuple[int, str]]:
    """(line, module) of every absolute import, including those inside functions."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
    return found


def wrong_way(package: str, source: str) -> list[str]:
    rank = {name: i for i, name in enumerate(LAYERS)}
    problems = []
    for line, module in imports_of(source):
        top = module.split(".")[0]
        if top in rank and rank[top] > rank[package]:
            problems.append(f"{line}: {package} imports {module}, a layer above it")
        if top in MATRIX and package != "bot":
            problems.append(f"{line}: {package} imports {module}; only bot knows Matrix")
    return problems


def test_every_package_imports_only_the_layers_below_it() -> None:
    problems = []
    for package in LAYERS:
        for path in sorted((REPO / package).rglob("*.py")):
            for problem in wrong_way(package, path.read_text(encoding="utf-8")):
                problems.append(f"{path.relative_to(REPO)}:{problem}")
    assert problems == []


def test_the_layers_are_every_package_shipped() -> None:
    """A new package joins the list, so the rule covers it."""
    shipped = {p.parent.name for p in REPO.glob("*/__init__.py")} - {"tests", "bench", "scripts"}
    assert shipped == set(LAYERS)


def test_a_wrong_way_import_is_named() -> None:
    source = "import french.fold\nfrom storage import models\n\ndef f():\n    import bot.app\n"
    assert wrong_way("storage", source) == ["5: storage imports bot.app, a layer above it"]
    assert wrong_way("search", "from nio import AsyncClient\n") == [
        "1: search imports nio; only bot knows Matrix"
    ]
    assert wrong_way("bot", "from nio import AsyncClient\nimport search.find\n") == []
