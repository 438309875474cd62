"""The bordereau de signature: its JSON read back without loss, its PDF read by pypdf."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from circuits import evidence_pdf
from circuits.evidence_pdf import bordereau_pdf
from storage.evidence import (
    FORMAT,
    EvidenceError,
    EvidenceRecord,
    EvidenceStep,
    evidence_from_json,
    evidence_json,
)

ORIGINAL = "0f3c" * 16
AFTER_FIRST = "9ab1" * 16
FINAL = "e7d2" * 16
DELEGATION = "pour le Maire, par délégation (du 1er au 15 août 2026)"
REASON = "Le montant de l'article 3 est faux, il manque la TVA"
EVENT_IDS = (
    "$Vq3mPzL0kR8yTfW2nXc5bHdJ7sAeGu1oYiKlMtNvQwE:mairie.saint-exemple.fr",
    "$Hf8sK2pQw9ZxLm4cVb7nTr1yUe3oIa6dSgJjBkNlCqP:mairie.saint-exemple.fr",
    "$Rt5yUi8oPa2sDf4gHj6kLz1xCv3bNm7qWeRtYuIoPaS:mairie.saint-exemple.fr",
)


def at(day: int, hour: int, minute: int) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=dt.UTC)


def visa(
    step: int, who: str, name: str, qualite: str, *, event: str, when: dt.datetime
) -> EvidenceStep:
    return EvidenceStep(
        step=step,
        kind="visa",
        actor_id=who,
        actor_name=name,
        qualite=qualite,
        acted_by_id=who,
        acted_by_name=name,
        delegation=None,
        action="visa",
        reason=None,
        at=when,
        channel="réaction",
        event_id=event,
        sha256_before=ORIGINAL,
        sha256_after=ORIGINAL,
    )


def signed_record() -> EvidenceRecord:
    """Two parallel visas, then the maire's signature made by her adjoint by delegation."""
    return EvidenceRecord(
        organisation="Commune de Saint-Exemple",
        circuit_id=42,
        circuit_name="Arrêté du maire",
        document_ref="2026-0012",
        document_name="arrete-voirie-rue-des-ecoles.pdf",
        document_title="Arrêté portant réglementation de la circulation rue des Écoles",
        requester_id="@agnes.martin:mairie.saint-exemple.fr",
        requester_name="Agnès Martin",
        started_at=at(20, 8, 30),
        finished_at=at(22, 13, 5),
        outcome="signé",
        original_sha256=ORIGINAL,
        final_sha256=FINAL,
        verify_url="https://greffier.saint-exemple.fr/verifier/7Hc2kQp9",
        steps=(
            visa(
                1,
                "@paul:mairie.saint-exemple.fr",
                "Paul Lefèvre",
                "DGS",
                event=EVENT_IDS[0],
                when=at(20, 9, 2),
            ),
            visa(
                1,
                "@fanny:mairie.saint-exemple.fr",
                "Fanny Roux",
                "Secrétaire de mairie",
                event=EVENT_IDS[1],
                when=at(21, 16, 47),
            ),
            EvidenceStep(
                step=2,
                kind="signature",
                actor_id="@marie.durand:mairie.saint-exemple.fr",
                actor_name="Marie Durand",
                qualite="Maire",
                acted_by_id="@jean.martin:mairie.saint-exemple.fr",
                acted_by_name="Jean Martin",
                delegation=DELEGATION,
                action="signature",
                reason=None,
                at=at(22, 13, 5),
                channel="message",
                event_id=EVENT_IDS[2],
                sha256_before=AFTER_FIRST,
                sha256_after=FINAL,
            ),
        ),
    )


def rejected_record() -> EvidenceRecord:
    """The visa refused: the signature never came."""
    base = signed_record()
    refused = dataclasses.replace(
        base.steps[1], action="rejet", reason=REASON, channel="message", sha256_after=None
    )
    waiting = dataclasses.replace(
        base.steps[2],
        acted_by_id=None,
        acted_by_name=None,
        delegation=None,
        action="annulé",
        at=None,
        channel=None,
        event_id=None,
        sha256_before=None,
        sha256_after=None,
    )
    return dataclasses.replace(
        base,
        outcome="rejeté",
        final_sha256=None,
        verify_url=None,
        steps=(base.steps[0], refused, waiting),
    )


def pdf_text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def base_fonts(pdf: bytes) -> set[str]:
    return {
        str(font.get_object()["/BaseFont"])
        for page in PdfReader(io.BytesIO(pdf)).pages
        for font in page["/Resources"]["/Font"].values()
    }


def words(text: str) -> str:
    """Line breaks are where the table wrapped: one space, as in the source."""
    return " ".join(text.split())


def glued(text: str) -> str:
    """Hashes and event ids are cut anywhere: compared without any white space."""
    return "".join(text.split())


# ---------------------------------------------------------------------------------------------
# JSON


@pytest.mark.parametrize("record", [signed_record(), rejected_record()])
def test_json_round_trip(record: EvidenceRecord) -> None:
    assert evidence_from_json(evidence_json(record)) == record


def test_json_holds_every_step_with_its_hashes_and_event_ids() -> None:
    data = json.loads(evidence_json(signed_record()).decode("utf-8"))
    assert data["format"] == FORMAT == "greffier.bordereau-signature/1"
    assert data["original_sha256"] == ORIGINAL
    assert data["final_sha256"] == FINAL
    steps = data["steps"]
    assert [s["event_id"] for s in steps] == list(EVENT_IDS)
    assert [(s["sha256_before"], s["sha256_after"]) for s in steps] == [
        (ORIGINAL, ORIGINAL),
        (ORIGINAL, ORIGINAL),
        (AFTER_FIRST, FINAL),
    ]
    assert steps[2]["acted_by_id"] == "@jean.martin:mairie.saint-exemple.fr"
    assert steps[2]["delegation"] == DELEGATION
    assert steps[2]["at"] == "2026-11-22T13:05:00+00:00"
    assert data["started_at"] == "2026-11-20T08:30:00+00:00"


def test_json_is_utf8_sorted_and_indented() -> None:
    raw = evidence_json(signed_record())
    text = raw.decode("utf-8")
    assert "Agnès Martin" in text  # not \u00e8
    assert "\n  " in text
    data = json.loads(text)
    assert list(data) == sorted(data)
    assert list(data["steps"][0]) == sorted(data["steps"][0])


def test_json_times_are_written_in_utc_and_read_back_equal() -> None:
    paris = dt.timezone(dt.timedelta(hours=1))
    record = dataclasses.replace(
        signed_record(), started_at=dt.datetime(2026, 11, 20, 9, 30, tzinfo=paris)
    )
    data = json.loads(evidence_json(record))
    assert data["started_at"] == "2026-11-20T08:30:00+00:00"
    assert evidence_from_json(evidence_json(record)).started_at == record.started_at


def test_a_time_without_its_zone_is_refused() -> None:
    with pytest.raises(ValueError, match="fuseau"):
        dataclasses.replace(signed_record(), finished_at=dt.datetime(2026, 11, 22, 14, 5))  # noqa: DTZ001
    with pytest.raises(ValueError, match="fuseau"):
        dataclasses.replace(signed_record().steps[0], at=dt.datetime(2026, 11, 22, 14, 5))  # noqa: DTZ001


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: d.update(format="greffier.bordereau-signature/2"), "format"),
        (lambda d: d.pop("format"), "format"),
        (lambda d: d.update(circuit_id="42"), "circuit_id"),
        (lambda d: d.update(circuit_id=True), "circuit_id"),
        (lambda d: d.pop("document_ref"), "document_ref"),
        (lambda d: d.update(started_at="hier"), "started_at"),
        (lambda d: d.update(started_at="2026-11-20T08:30:00"), "started_at"),
        (lambda d: d.update(steps={}), "steps"),
        (lambda d: d["steps"][1].update(event_id=12), "event_id"),
        (lambda d: d["steps"][2].pop("qualite"), "étape n° 3"),
    ],
)
def test_a_damaged_json_is_refused(edit: Callable[[dict[str, Any]], object], message: str) -> None:
    data = json.loads(evidence_json(signed_record()))
    edit(data)
    with pytest.raises(EvidenceError, match=message):
        evidence_from_json(json.dumps(data).encode())


def test_bytes_that_are_not_json_are_refused() -> None:
    with pytest.raises(EvidenceError, match="JSON"):
        evidence_from_json(b"\xff\xfe not json")
    with pytest.raises(EvidenceError, match="objet"):
        evidence_from_json(b"[1, 2]")


# ---------------------------------------------------------------------------------------------
# PDF


def test_pdf_of_a_signed_circuit_says_everything() -> None:
    pdf = bordereau_pdf(signed_record())
    assert pdf.startswith(b"%PDF-")
    reader = PdfReader(io.BytesIO(pdf))
    assert reader.metadata is not None
    assert reader.metadata.title == "Bordereau de signature — 2026-0012"
    text = words("\n".join(pdf_text(pdf)))
    for expected in [
        "Bordereau de signature",
        "Commune de Saint-Exemple",
        "2026-0012",
        "arrete-voirie-rue-des-ecoles.pdf",
        "Arrêté portant réglementation de la circulation rue des Écoles",
        "Arrêté du maire",
        "Agnès Martin",
        "Paul Lefèvre DGS",  # each person's name, then their qualité
        "Fanny Roux Secrétaire de mairie",
        "Marie Durand Maire",
        "Action de : Jean Martin",
        DELEGATION,
        "Document signé",
        "20 novembre 2026 à 9 h 30",  # 08:30 UTC is 09:30 in Paris in November
        "22 novembre 2026 à 14 h 05",
        "Visé",
        "Signé",
        "Réaction",
        "Message",
    ]:
        assert expected in text, expected
    compact = glued(text)
    for expected in [
        ORIGINAL,
        FINAL,
        AFTER_FIRST,
        *EVENT_IDS,
        "https://greffier.saint-exemple.fr/verifier/7Hc2kQp9",
    ]:
        assert expected in compact, expected


def test_pdf_of_a_rejected_circuit_gives_the_reason() -> None:
    pdf = bordereau_pdf(rejected_record())
    text = words("\n".join(pdf_text(pdf)))
    for expected in [
        REASON,
        "Rejeté",
        "Document rejeté",
        "Annulé",
        "aucune signature",
        "Fanny Roux",
    ]:
        assert expected in text, expected
    assert ORIGINAL in glued(text)
    assert FINAL not in glued(text)
    assert "Vérification en ligne" not in text


def test_names_are_text_not_markup() -> None:
    record = dataclasses.replace(
        signed_record(), document_title="Travaux <b>rue</b> & place de l'Église <br/>"
    )
    text = words("\n".join(pdf_text(bordereau_pdf(record))))
    assert "Travaux <b>rue</b> & place de l'Église <br/>" in text


def step_hash(n: int) -> str:
    return hashlib.sha256(str(n).encode()).hexdigest()


def thirty_steps() -> tuple[EvidenceStep, ...]:
    return tuple(
        dataclasses.replace(
            visa(
                n,
                f"@agent{n}:mairie.saint-exemple.fr",
                f"Agent Numéro{n}",
                f"Qualité{n}",
                event=f"$evenement{n:02d}Zq8Lm4cVb7nTr1yUe3oIa6dSgJjBk:mairie.saint-exemple.fr",
                when=at(20, 9, n),
            ),
            sha256_before=step_hash(n),
            sha256_after=step_hash(n),
        )
        for n in range(1, 31)
    )


def test_many_steps_flow_onto_several_pages() -> None:
    pdf = bordereau_pdf(dataclasses.replace(signed_record(), steps=thirty_steps()))
    pages = pdf_text(pdf)
    assert len(pages) >= 2
    text = words("\n".join(pages))
    for n in range(1, 31):
        assert f"Agent Numéro{n} Qualité{n} " in text
    for page in pages:
        assert "Nature" in page  # the table's header on every page
        assert "7Hc2kQp9" in glued(page)  # the footer too


@pytest.mark.parametrize("title_lines", range(8))
def test_a_step_and_its_hashes_share_a_page(title_lines: int) -> None:
    """The page breaks fall elsewhere for each title length: never between a step's line and
    the line of its hashes under it."""
    record = dataclasses.replace(
        signed_record(), document_title="Arrêté " + "mot " * 18 * title_lines, steps=thirty_steps()
    )
    for page in pdf_text(bordereau_pdf(record)):
        for n in range(1, 31):
            assert (f"Agent Numéro{n} " in words(page)) == (step_hash(n) in glued(page)), n


def test_long_words_stay_inside_the_page() -> None:
    """An event id or a hash with no space in it is cut, not drawn past the right margin."""
    long_id = "$" + "X" * 90 + ":mairie.saint-exemple.fr"
    base = signed_record()
    record = dataclasses.replace(
        base,
        steps=(dataclasses.replace(base.steps[2], event_id=long_id, actor_id="@" + "y" * 80),),
        verify_url="https://greffier.saint-exemple.fr/verifier/" + "Z" * 120,
    )
    document = pdfium.PdfDocument(bordereau_pdf(record))
    try:
        for page in document:
            width, _ = page.get_size()
            text_page = page.get_textpage()
            rights = [text_page.get_charbox(i)[2] for i in range(text_page.count_chars())]
            assert rights
            assert max(rights) <= width - 14 * 72 / 25.4  # inside the 15 mm margin
    finally:
        document.close()


@pytest.fixture
def without_dejavu(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    evidence_pdf.fonts.cache_clear()
    monkeypatch.setattr(evidence_pdf, "FONT_DIR", tmp_path)
    yield
    evidence_pdf.fonts.cache_clear()


@pytest.mark.usefixtures("without_dejavu")
def test_without_dejavu_helvetica_still_writes_french() -> None:
    pdf = bordereau_pdf(signed_record())
    fonts = base_fonts(pdf)
    assert "/Helvetica-Bold" in fonts
    assert not [name for name in fonts if "DejaVu" in name]
    text = words("\n".join(pdf_text(pdf)))
    for expected in ["Agnès Martin", "Paul Lefèvre", "Secrétaire", DELEGATION, "Arrêté du maire"]:
        assert expected in text, expected


def test_dejavu_is_used_when_installed() -> None:
    if not (evidence_pdf.FONT_DIR / "DejaVuSans.ttf").is_file():
        pytest.skip("fonts-dejavu-core n'est pas installé")
    pdf = bordereau_pdf(signed_record())
    fonts = base_fonts(pdf)
    assert [name for name in fonts if name.endswith("DejaVuSans")], fonts
    assert [name for name in fonts if name.endswith("DejaVuSans-Bold")], fonts
    assert [name for name in fonts if name.endswith("DejaVuSansMono")], fonts
