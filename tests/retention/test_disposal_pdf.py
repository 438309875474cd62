"""The bordereaux d'élimination and de versement, and the procès-verbal of destruction, read
back by pypdf: what a person or an archivist will look for must be written there."""

from __future__ import annotations

import datetime as dt
import hashlib
import io

from pypdf import PdfReader

from french.sizes import human_size
from retention.disposal_pdf import (
    DestructionRecord,
    EliminationSlip,
    SlipLine,
    TransferSlip,
    destruction_pdf,
    elimination_pdf,
    transfer_pdf,
)

RULE = "Instruction DAF/DPACI/RES/2009/018 — fin-factures"
DUA = "10 ans à compter de la clôture"
SIGNATORIES = (
    "Chef de service : Marc Petit",
    "Maire : Jean Martin",
    "Directeur des Archives départementales : Claire Dubois",
)


def line(number: int, typologie: str, **changes: object) -> SlipLine:
    values: dict[str, object] = {
        "number": number,
        "typologie": typologie,
        "first": dt.date(2012, 1, 3),
        "last": dt.date(2014, 12, 29),
        "count": 10 * number,
        "size_bytes": 1_234_567 * number,
        "dua": DUA,
        "rule": RULE,
    }
    values.update(changes)
    return SlipLine(**values)  # type: ignore[arg-type]


LINES = (
    line(1, "Factures fournisseurs", decision="accordé"),
    line(2, "Bons de commande", decision="refusé", decision_note="intérêt historique"),
    line(3, "Registres d'arrivée du courrier", observations="Lacunes en 2013"),
)


def slip(lines: tuple[SlipLine, ...] = LINES) -> EliminationSlip:
    return EliminationSlip(
        number="BE-2026-003",
        organisation="Commune de Saint-Exemple",
        service="Service des finances",
        referent="Marc Petit",
        created=dt.date(2026, 2, 1),
        lines=lines,
        signatories=SIGNATORIES,
    )


def pages(pdf: bytes) -> list[str]:
    """Each page's text, its whitespace (line ends where cells wrap) made single spaces."""
    assert pdf.startswith(b"%PDF-")
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(pdf)).pages]


def is_landscape(pdf: bytes) -> bool:
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    return float(box.width) > float(box.height)


def test_the_elimination_slip_says_what_is_proposed_and_by_whom() -> None:
    pdf = elimination_pdf(slip())
    text = " ".join(pages(pdf))
    assert is_landscape(pdf)
    assert "Bordereau d'élimination d'archives" in text
    assert "BE-2026-003" in text
    assert "Service des finances" in text
    assert "Commune de Saint-Exemple" in text
    assert "Marc Petit" in text
    assert "1er février 2026" in text
    for heading in (
        "Typologie des documents",
        "Dates extrêmes",
        "Nombre",
        "Volume",
        "DUA",
        "Référence de la règle",
        "Observations",
        "Décision des Archives",
    ):
        assert heading in text
    for typologie in (
        "Factures fournisseurs",
        "Bons de commande",
        "Registres d'arrivée du courrier",
    ):
        assert typologie in text
    assert "03/01/2012 – 29/12/2014" in text
    assert "Lacunes en 2013" in text
    assert RULE in text
    assert "1,2 Mo" in text  # line 1, with a French decimal comma


def test_the_totals_add_up_the_lines() -> None:
    text = " ".join(pages(elimination_pdf(slip())))
    total_size = human_size(sum(item.size_bytes for item in LINES))
    assert total_size == "7,4 Mo"
    assert f"Total 60 {total_size}" in text


def test_the_archives_decisions_are_written_and_pending_lines_left_blank() -> None:
    text = " ".join(pages(elimination_pdf(slip())))
    assert "accordé" in text
    assert "refusé : intérêt historique" in text
    pending = " ".join(pages(elimination_pdf(slip((line(1, "Factures fournisseurs"),)))))
    row = pending[pending.index("Factures fournisseurs") : pending.index("Total")]
    assert row.endswith(f"{RULE} ")  # nothing written after the rule: no observation, no decision
    assert "accordé" not in row and "refusé" not in row and "None" not in pending


def test_the_elimination_slip_recalls_the_law_and_carries_the_signatories() -> None:
    text = " ".join(pages(elimination_pdf(slip())))
    assert "Toute élimination d'archives publiques est interdite sans le visa" in text
    assert "Code du patrimoine" in text and "R212-14" in text
    for signatory in SIGNATORIES:
        assert signatory in text
    assert "signatures électroniques" in text and "vérification est possible" in text


def test_users_words_are_text_not_markup() -> None:
    odd = line(1, "Dossiers <b>R&D</b> & études", observations="« à revoir » <br/>")
    text = " ".join(pages(elimination_pdf(slip((odd,)))))
    assert "Dossiers <b>R&D</b> & études" in text
    assert "« à revoir » <br/>" in text


def test_long_cells_wrap_within_their_column() -> None:
    words = " ".join(f"mot{i}" for i in range(120))
    pdf = elimination_pdf(slip((line(1, "Délibérations", observations=words),)))
    raw = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert " ".join(raw.split()).count("mot119") == 1
    wrapped = [row for row in raw.splitlines() if "mot" in row]
    assert len(wrapped) > 5, "the observations were not wrapped in their cell"
    assert max(len(row) for row in wrapped) < 60


def test_two_hundred_lines_run_over_pages_with_the_header_repeated() -> None:
    many = tuple(line(i, f"Typologie numéro {i:03d}") for i in range(1, 201))
    texts = pages(elimination_pdf(slip(many)))
    assert len(texts) > 3
    with_lines = [text for text in texts if "Typologie numéro" in text]
    assert len(with_lines) > 3
    for text in with_lines:
        assert "Typologie des documents" in text and "Décision des Archives" in text
    everything = " ".join(texts)
    for i in range(1, 201):
        assert f"Typologie numéro {i:03d}" in everything
    total_count = sum(item.count for item in many)
    total_size = human_size(sum(item.size_bytes for item in many))
    last, total = everything.index("Typologie numéro 200"), everything.index("Total ")
    assert last < total < everything.index("R212-14")  # the law and signatures after the table
    assert everything[total:].startswith(f"Total {total_count} {total_size}")
    closing = next(text for text in texts if "Signatures et visa" in text)
    assert "R212-14" in closing and all(name in closing for name in SIGNATORIES)


def test_the_transfer_slip_names_the_archives_and_the_package() -> None:
    package_sha = hashlib.sha256(b"paquet SEDA").hexdigest()
    transfer = TransferSlip(
        number="BV-2026-001",
        organisation="Commune de Saint-Exemple",
        service="Service de l'urbanisme",
        archives="Archives départementales du Var",
        created=dt.date(2026, 3, 15),
        lines=(line(1, "Permis de construire", dua="Conservation définitive"),),
        package_name="versement-BV-2026-001.zip",
        package_sha256=package_sha,
    )
    pdf = transfer_pdf(transfer)
    text = " ".join(pages(pdf))
    assert is_landscape(pdf)
    assert "Bordereau de versement d'archives" in text
    assert "BV-2026-001" in text
    assert "Service de l'urbanisme" in text
    assert "Archives départementales du Var" in text
    assert "15 mars 2026" in text
    assert "Permis de construire" in text and "Conservation définitive" in text
    assert "versement-BV-2026-001.zip" in text
    assert package_sha in text
    assert "Total 10 1,2 Mo" in text


def test_the_destruction_record_lists_each_destroyed_file_by_its_hash() -> None:
    documents = tuple(
        (
            f"FIN-2013-{i:04d}",
            "Facture fournisseur",
            hashlib.sha256(f"doc {i}".encode()).hexdigest(),
        )
        for i in range(40)
    )
    record = DestructionRecord(
        number="BE-2026-003",
        organisation="Commune de Saint-Exemple",
        service="Service des finances",
        visa_by="Claire Dubois",
        visa_at=dt.datetime(2026, 3, 2, 9, 30, tzinfo=dt.UTC),
        destroyed_at=dt.datetime(2026, 3, 5, 14, 0, tzinfo=dt.UTC),
        lines=LINES[:2],
        documents=documents,
    )
    pdf = destruction_pdf(record)
    box = PdfReader(io.BytesIO(pdf)).pages[0].mediabox
    assert float(box.height) > float(box.width), "the procès-verbal is portrait"
    raw = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    text = " ".join(raw.split())
    assert "Procès-verbal de destruction" in text
    assert "BE-2026-003" in text and "Service des finances" in text
    assert "Claire Dubois, le 2 mars 2026 à 10 h 30" in text  # Paris time
    assert "5 mars 2026 à 15 h 00" in text
    assert "Les 40 documents" in text
    assert "refusé : intérêt historique" in text
    for reference, _, sha in documents:
        assert reference in text
        assert sha in raw, f"the hash of {reference} is not written whole on one line"
