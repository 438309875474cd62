"""Finding documents from a typed query, on SQLite and on PostgreSQL (same answers)."""

from __future__ import annotations

import datetime as dt

from storage.db import Database
from storage.referentiel import load_referentiel
from tests.storage.test_filing_repos import document
from workflows.query import parse
from workflows.search import Found, document_terms, find
from workflows.spelling import Vocabulary

REFERENTIEL = load_referentiel()
DOCS = [
    # name, type, title, date, filed_by, fields
    ("pc-dupond", "permis_construire", "Permis de construire PC 1 (Jean Dupond)",
     dt.date(2025, 3, 12), "@agnes",
     {"petitionnaire": "Jean Dupond", "adresse": "12 rue des Lilas"}),
    ("pc-dupont", "permis_construire", "Permis de construire PC 2 (Marie Dupont)",
     dt.date(2024, 6, 1), "@karim", {"petitionnaire": "Marie Dupont", "adresse": "3 place Foch"}),
    ("delib-cantine", "deliberation", "Délibération 2025-042 : tarifs de la cantine scolaire",
     dt.date(2025, 9, 25), "@agnes", {"objet": "Tarifs de la cantine scolaire"}),
    ("arrete-lilas", "arrete_temporaire", "Arrêté 2025-AT-118 : circulation rue des Lilas",
     dt.date(2025, 4, 3), "@karim", {"objet": "circulation rue des Lilas"}),
]  # fmt: skip


async def setup(db: Database) -> tuple[Vocabulary, dict[str, int]]:
    ids = {}
    async with db.unit() as uow:
        for n, (name, type_id, title, day, who, fields) in enumerate(DOCS):
            doc = document(f"{name}.pdf", f"{n + 100:064x}", f"2026-{n + 100:04d}")
            kind = REFERENTIEL.type(type_id)
            doc.type_id, doc.type_label, doc.title = type_id, kind.label, title
            doc.document_date, doc.filed_by, doc.fields = day, who, fields
            await uow.documents.add(doc)
            assert doc.id is not None
            ids[name] = doc.id
            terms = document_terms(
                name=doc.name, title=title, type_label=kind.label, class_label="",
                ref=doc.ref, year=day.year, fields=fields, service=None, text="",
            )  # fmt: skip
            await uow.search.add(doc.id, terms)
        vocabulary = Vocabulary()
        for term, count in await uow.search.terms():
            vocabulary.add(term, count)
    return vocabulary, ids


async def search(db: Database, vocabulary: Vocabulary, text: str, user: str = "@x") -> Found:
    async with db.unit() as uow:
        return await find(uow, vocabulary, parse(text, REFERENTIEL), user)


def names(found: Found) -> list[str]:
    return [d.name.removesuffix(".pdf") for d in found.documents]


async def test_typed_queries_find_the_right_document(database: Database) -> None:
    vocabulary, _ = await setup(database)
    assert names(await search(database, vocabulary, "cherche permis dupond 2025")) == ["pc-dupond"]
    typo = await search(database, vocabulary, "permis duppond")
    assert names(typo)[0] == "pc-dupond"
    assert typo.corrected == {"duppond": "dupond"}
    # dupont and dupond are one edit apart: both found, the exact spelling first
    assert names(await search(database, vocabulary, "permis dupont")) == ["pc-dupont", "pc-dupond"]
    assert names(await search(database, vocabulary, "délib cantine septembre")) == [
        "delib-cantine"
    ]
    assert names(await search(database, vocabulary, "delib cantin")) == ["delib-cantine"]
    assert names(await search(database, vocabulary, "arrete circulation rue des lilas")) == [
        "arrete-lilas"
    ]
    assert names(await search(database, vocabulary, "lilas")) == ["arrete-lilas", "pc-dupond"]


async def test_filters_alone_and_unknown_words(database: Database) -> None:
    vocabulary, _ = await setup(database)
    assert names(await search(database, vocabulary, "pc")) == ["pc-dupond", "pc-dupont"]
    assert names(await search(database, vocabulary, "pc 2024")) == ["pc-dupont"]
    mine = await search(database, vocabulary, "mes documents", user="@karim")
    assert sorted(names(mine)) == ["arrete-lilas", "pc-dupont"]
    nothing = await search(database, vocabulary, "zorglub")
    assert nothing.documents == [] and nothing.unknown == ("zorglub",)
