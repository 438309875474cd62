"""The word index on SQLite and on a real PostgreSQL: same answers on both."""

from __future__ import annotations

from filing.terms import document_terms
from french.fold import words_of
from storage.db import Database
from tests.storage.test_filing_repos import document


async def filed(db: Database, n: int) -> list[int]:
    ids = []
    async with db.unit() as uow:
        for i in range(n):
            doc = await uow.documents.add(document(f"d{i}.pdf", f"{i:064x}", f"2026-{i:04d}"))
            assert doc.id is not None
            ids.append(doc.id)
    return ids


async def test_and_of_ors_and_vocabulary_counts(database: Database) -> None:
    a, b, c = await filed(database, 3)
    async with database.unit() as uow:
        assert await uow.search.add(a, ["permis", "dupond", "2025"]) == [
            "2025",
            "dupond",
            "permis",
        ]
        assert await uow.search.add(b, ["permis", "durand", "2024"]) == ["2024", "durand"]
        assert await uow.search.add(c, ["facture", "dupont", "2025"]) == ["dupont", "facture"]
    async with database.unit() as uow:
        assert sorted(await uow.search.matching([["permis"]])) == [a, b]
        assert await uow.search.matching([["permis"], ["dupond", "dupont"], ["2025"]]) == [a]
        assert sorted(await uow.search.matching([["dupond", "dupont"], ["2025"]])) == [a, c]
        assert await uow.search.matching([["permis"], ["absent"]]) == []
        assert await uow.search.matching([]) == []
        vocabulary = dict(await uow.search.terms())
    assert vocabulary["permis"] == 2 and vocabulary["2025"] == 2 and vocabulary["durand"] == 1


async def test_a_removed_document_is_never_found_and_its_lone_words_go(
    database: Database,
) -> None:
    a, b = await filed(database, 2)
    async with database.unit() as uow:
        await uow.search.add(a, ["permis", "dupond"])
        await uow.search.add(b, ["permis", "durand"])
    async with database.unit() as uow:
        assert await uow.search.remove(a) == ["dupond", "permis"]
    async with database.unit() as uow:
        assert await uow.search.matching([["permis"]]) == [b]
        assert await uow.search.matching([["dupond"]]) == []
        assert dict(await uow.search.terms()) == {"permis": 1, "durand": 1}


async def test_terms_read_in_pages_cover_the_vocabulary_once(database: Database) -> None:
    """The corrector is built page by page at start: the pages hold every word once."""
    documents = await filed(database, 3)
    words = [f"mot{n:03d}" for n in range(40)] + ["école", "ecole", "zèbre", "Z", "a"]
    async with database.unit() as uow:
        for n, document in enumerate(documents):
            await uow.search.add(document, words[n::2])
    async with database.unit() as uow:
        everything = dict(await uow.search.terms())
        pages: list[tuple[str, int]] = []
        after = ""
        while page := await uow.search.terms_after(after, 7):
            assert len(page) <= 7
            pages.extend(page)
            after = page[-1][0]
    assert len(pages) == len(everything) == len(set(words))
    assert dict(pages) == everything


def test_document_terms_fold_and_cover_metadata_and_the_start_of_the_text() -> None:
    terms = document_terms(
        name="2025-03-12_PC_PC_075_056_25_B0001_jean-dupond.pdf",
        title="Permis de construire PC 075 056 25 B0001 (Jean Dupond)",
        type_label="Permis de construire",
        class_label="10.1 Permis de construire (10 Urbanisme)",
        ref="2026-0001",
        year=2025,
        fields={"adresse": "45 avenue Jean Jaurès"},
        service="Urbanisme",
        text="Le Maire, Vu la demande… " + " ".join(f"mot{i}" for i in range(1000)),
    )
    assert {"permis", "construire", "dupond", "jaures", "urbanisme", "2025", "b0001"} <= terms
    assert "de" not in terms and "le" not in terms
    assert "mot0" in terms and "mot999" not in terms  # only the first words of long texts
    assert words_of("Délibération n° 42 : l'École") == ["deliberation", "42", "ecole"]
