"""Finding documents from a typed query, on SQLite and on PostgreSQL (same answers)."""

from __future__ import annotations

import datetime as dt

import pytest

from filing.terms import document_terms
from referentiel.model import load_referentiel
from search.find import Found, find
from search.query import parse
from storage.db import Database
from tests.storage.test_filing_repos import document
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


async def test_access_is_applied_by_the_database_before_the_limit(database: Database) -> None:
    """A person of a small service is not crowded out by documents they may not see."""
    from search.query import Query
    from storage.document_repos import DocumentFilter
    from workflows.access import Reader

    async with database.unit() as uow:
        words = []
        for n in range(30):
            doc = document(f"autre-{n}.pdf", f"{n + 500:064x}", f"2026-{n + 500:04d}")
            doc.service_id, doc.filed_by = "finances", "@f"
            doc.document_date = dt.date(2025, 12, 1) + dt.timedelta(days=n % 20)
            await uow.documents.add(doc)
            words.append(doc.id)
            assert doc.id is not None
            await uow.search.add(doc.id, ["budget"])
        mine = document("le-mien.pdf", f"{900:064x}", "2026-0900")
        mine.service_id, mine.filed_by, mine.document_date = (
            "urbanisme",
            "@u",
            dt.date(2025, 12, 5),
        )
        await uow.documents.add(mine)
        assert mine.id is not None
        await uow.search.add(mine.id, ["budget"])
        # Limit 5 without access: the urbanisme document may well be left out...
        every = await uow.search.matching([["budget"]], limit=50)
        assert len(every) == 31
        # ...with it, only what the reader may see comes back, whatever the limit.
        urba = DocumentFilter(services=frozenset({"urbanisme"}), reader="@u")
        assert await uow.search.matching([["budget"]], limit=5, where=urba) == [mine.id]
        nobody = DocumentFilter(services=frozenset(), reader="@nobody")
        assert await uow.search.matching([["budget"]], limit=5, where=nobody) == []
        one = DocumentFilter(services=frozenset(), reader="@z", document_ids=frozenset({words[3]}))
        assert await uow.search.matching([["budget"]], limit=5, where=one) == [words[3]]
        # Month and year filters, December included (the month after is in the next year).
        december = DocumentFilter(year=2025, month=12, service_id="urbanisme")
        assert await uow.documents.filtered(december) == [mine.id]
        any_december = await uow.documents.filtered(DocumentFilter(month=12), limit=100)
        assert mine.id in any_december
        vocabulary = Vocabulary()
        vocabulary.add("budget", 31)
        reader = Reader("@u", frozenset({"urbanisme"}))
        found = await find(uow, vocabulary, Query(words=("budget",)), "@u", reader=reader)
        assert [d.id for d in found.documents] == [mine.id]


async def test_planner_statistics_are_refreshed_on_both_databases(database: Database) -> None:
    await setup(database)
    await database.refresh_statistics()
    async with database.engine.connect() as conn:
        if database.is_sqlite:
            query = "SELECT count(*) FROM sqlite_stat1 WHERE tbl = 'search_posting'"
        else:
            query = "SELECT count(*) FROM pg_stats WHERE tablename = 'search_posting'"
        assert (await conn.exec_driver_sql(query)).scalar_one() > 0


async def test_the_filter_in_python_and_in_sql_agree(database: Database) -> None:
    """`DocumentFilter.admits` (applied to a rare word's documents) and `conditions` (the SQL,
    for common words and searches without words) must keep exactly the same documents."""
    import itertools

    from storage.document_repos import DocumentFilter

    rows = []
    async with database.unit() as uow:
        kinds = ("facture", "arrete", "courrier")
        services = ("urbanisme", "rh", None)
        people = ("@a", "@b")
        days = (dt.date(2024, 12, 31), dt.date(2025, 1, 1), dt.date(2025, 12, 15))
        combos = itertools.product(kinds, services, people, days)
        for n, (kind, service, person, day) in enumerate(combos):
            doc = document(f"f-{n}.pdf", f"{n + 2000:064x}", f"2027-{n + 2000:04d}")
            doc.type_id, doc.service_id, doc.filed_by, doc.document_date = (
                kind, service, person, day,
            )  # fmt: skip
            doc.sensitive = "personnel" if n % 3 == 0 else None
            await uow.documents.add(doc)
            assert doc.id is not None
            rows.append(doc)
        filters = [
            DocumentFilter(),
            DocumentFilter(type_ids=frozenset({"facture", "courrier"})),
            DocumentFilter(year=2025),
            DocumentFilter(year=2024, month=12),
            DocumentFilter(year=2024, last_year=2025),
            DocumentFilter(year=2024, last_year=2025, month=12),
            DocumentFilter(month=1),
            DocumentFilter(service_id="rh", filed_by="@b"),
            DocumentFilter(services=frozenset({"urbanisme"}), reader="@b"),
            DocumentFilter(
                services=frozenset(), reader="@a", document_ids=frozenset({rows[0].id or 0})
            ),
            DocumentFilter(services=frozenset({"rh"}), year=2025, type_ids=frozenset({"arrete"})),
            # A role seeing every service but not sensitive documents, unless it filed them.
            DocumentFilter(services=None, sensitive_services=frozenset(), reader="@a"),
            # A role holder in the urbanisme room, named in the RH, seeing finance's plain ones.
            DocumentFilter(
                services=frozenset({"urbanisme", "rh"}),
                sensitive_services=frozenset({"rh"}),
                reader="@b",
            ),
            DocumentFilter(services=frozenset({"rh"}), sensitive_services=None),
        ]
        for where in filters:
            in_sql = set(await uow.documents.filtered(where, limit=1000))
            in_python = {
                d.id
                for d in rows
                if where.admits(
                    d.id or 0,
                    d.type_id,
                    d.document_date,
                    d.service_id,
                    d.filed_by,
                    sensitive=d.sensitive,
                )
            }
            assert in_sql == in_python, where


async def test_common_words_only_take_the_planned_path_with_the_same_answers(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past STEPWISE_MAX documents for the rarest word, one planned query does the work."""
    import storage.search_repos

    vocabulary, _ = await setup(database)
    queries = ("permis dupond 2025", "lilas", "pc 2024", "delib cantine septembre", "permis")
    stepwise = [names(await search(database, vocabulary, q)) for q in queries]
    monkeypatch.setattr(storage.search_repos, "STEPWISE_MAX", 0)
    planned = [names(await search(database, vocabulary, q)) for q in queries]
    assert planned == stepwise
    assert stepwise[0] == ["pc-dupond"]


async def test_the_likeliest_correction_ranks_before_a_more_recent_other_one(
    database: Database,
) -> None:
    """« lefebvrr »: Lefebvre (one slip) before Lefebure (two), though Lefebure is newer."""
    from search.query import Query

    async with database.unit() as uow:
        vocabulary = Vocabulary()
        for n, (word, year) in enumerate((("lefebvre", 2020), ("lefebure", 2025))):
            doc = document(f"{word}.pdf", f"{n + 3000:064x}", f"2028-{n + 3000:04d}")
            doc.document_date = dt.date(year, 1, 1)
            await uow.documents.add(doc)
            assert doc.id is not None
            await uow.search.add(doc.id, [word])
            vocabulary.add(word)
        found = await find(uow, vocabulary, Query(words=("lefebvrr",)), "@x")
    assert names(found) == ["lefebvre", "lefebure"]
