"""Document intake primitives on realistic generated files, with the real Tesseract and
LibreOffice: recognising a file by its bytes, reading a PDF or refusing it with the right
code, OCR of a scan and of askew phone photos, office conversion."""

from __future__ import annotations

import asyncio
import io
import mimetypes
import re
import tempfile
import time
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from filing import pdf, photos
from filing.pdf import DocumentError
from tests.fixtures import documents as fx


def fold(text: str) -> str:
    """Accent- and case-insensitive, whitespace collapsed: OCR and line wrapping vary there."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare).lower()


def missing(text: str, words: list[str]) -> list[str]:
    folded = fold(text)
    return [w for w in words if fold(w) not in folded]


# ---------------------------------------------------------------------------------------------
# sniff


def _zip(entries: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_sniff_recognises_each_kind_by_its_bytes() -> None:
    permis = fx.permis_de_construire_pdf()
    assert pdf.sniff(permis) == "pdf"
    assert pdf.sniff(b"\r\n" * 100 + permis) == "pdf"  # junk before the header, as some mailers
    assert pdf.sniff(fx.phone_photo(["Bonjour"], size=(300, 400))) == "jpeg"
    assert pdf.sniff(fx.phone_photo(["Bonjour"], size=(300, 400), fmt="png")) == "png"
    assert pdf.sniff(fx.odt_bytes(["Titre", "Texte"])) == "odt"
    assert pdf.sniff(fx.docx_bytes(["Titre", "Texte"])) == "docx"


def test_sniff_ignores_the_name_and_refuses_the_rest() -> None:
    # A PDF the agent renamed "scan.jpg": the name says JPEG, the bytes say PDF.
    assert mimetypes.guess_type("scan.jpg")[0] == "image/jpeg"
    assert pdf.sniff(fx.scanned_pdf(["Bonjour"], dpi=100)) == "pdf"
    assert pdf.sniff(b"") == "unknown"
    assert pdf.sniff(b"Bonjour, voici le document") == "unknown"
    assert pdf.sniff(b"x" * 2000 + b"%PDF-1.7") == "unknown"  # too far in: not a PDF header
    spreadsheet = _zip({"mimetype": b"application/vnd.oasis.opendocument.spreadsheet"})
    assert pdf.sniff(spreadsheet) == "unknown"
    assert pdf.sniff(_zip({"readme.txt": b"hello"})) == "unknown"
    assert pdf.sniff(b"PK\x03\x04 broken zip") == "unknown"


# ---------------------------------------------------------------------------------------------
# read_pdf


def test_read_permis_de_construire() -> None:
    text = pdf.read_pdf(fx.permis_de_construire_pdf())
    assert (text.pages, text.text_pages, text.complete) == (2, 2, True)
    assert text.text.count("\f") == 1
    first, second = text.text.split("\f")
    for expected in (
        "ARRÊTÉ ACCORDANT UN PERMIS DE CONSTRUIRE",
        "Vu la demande de permis de construire n° PC 075 056 25 B0001",
        "par Monsieur Jean Dupond (pétitionnaire)",
        "demeurant 12 rue des Lilas, 75056 Paris",
        "Le permis de construire est ACCORDÉ",
        "Fait à Paris, le 12 mars 2025",
    ):
        assert expected in first
    assert "délais et voies de recours" in second.lower()
    assert not pdf.needs_ocr(text)


def test_read_refusal_names_the_petitioner_and_says_refused() -> None:
    text = pdf.read_pdf(
        fx.permis_de_construire_pdf(
            numero="PC 028 334 24 00017", petitionnaire="Léa Bénard", accorde=False
        )
    )
    assert "PC 028 334 24 00017" in text.text
    assert "Léa Bénard" in text.text
    assert "REFUSÉ" in text.text
    assert "ACCORDÉ" not in text.text


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (fx.deliberation_pdf, ["Délibération n° 2025-042", "Séance du 27 mars 2025", "compte"]),
        (fx.deliberation_pdf, ["L'an deux mille vingt-cinq, le vingt-sept mars"]),
        (fx.facture_pdf, ["FACTURE N° FA-2025-0137", "Montant TTC : 1 234,56 €", "14 février"]),
        (fx.arrete_pdf, ["ARRÊTÉ MUNICIPAL N° 2025-AT-118", "rue Victor Hugo", "3 avril 2025"]),
        (fx.marche_pdf, ["Couverture Durand SAS", "Date de notification : 19 mai 2025"]),
        (fx.dossier_agent_pdf, ["Nom de naissance : MARTIN", "Date de naissance : 02/06/1984"]),
    ],
)
def test_generated_documents_read_back(make: Callable[[], bytes], expected: list[str]) -> None:
    text = pdf.read_pdf(make())
    assert text.text_pages == text.pages
    # No-break spaces in amounts come back as plain spaces: patterns need not know about them.
    for phrase in expected:
        assert phrase in re.sub(r"[ \n]+", " ", text.text), phrase


def test_max_pages_reads_only_the_first_pages() -> None:
    data = fx.text_pdf(500_000)
    whole = pdf.read_pdf(data)
    quick = pdf.read_pdf(data, max_pages=3)
    assert whole.pages == quick.pages > 3
    assert whole.complete
    assert not quick.complete
    assert quick.text.count("\f") == 2
    assert quick.text_pages == 3
    assert whole.text.startswith(quick.text)
    assert "EXTRAIT DU REGISTRE DES DÉLIBÉRATIONS" in quick.text.split("\f")[0]
    assert len(data) == pytest.approx(500_000, rel=0.1)


def test_text_pdf_reaches_its_target_size() -> None:
    data = fx.text_pdf(2_000_000)
    assert len(data) == pytest.approx(2_000_000, rel=0.1)
    assert pdf.read_pdf(data, max_pages=1).text_pages == 1


@pytest.mark.parametrize(
    ("data", "code"),
    [
        pytest.param(fx.encrypted_pdf(), "encrypted", id="user-password"),
        pytest.param(fx.restricted_pdf(), "restricted", id="owner-password-only"),
        pytest.param(fx.corrupt_pdf(), "corrupt", id="truncated-and-garbage"),
        pytest.param(fx.permis_de_construire_pdf()[:-200], "corrupt", id="tail-cut"),
        pytest.param(b"%PDF-1.7\n1 0 obj garbage\n%%EOF\n", "corrupt", id="garbage"),
        pytest.param(fx.phone_photo(["x"], size=(200, 300)), "corrupt", id="a-jpeg"),
        pytest.param(fx.zero_page_pdf(), "empty", id="zero-pages"),
        pytest.param(b"", "empty", id="zero-bytes"),
    ],
)
def test_bad_pdfs_are_refused_with_their_code(data: bytes, code: str) -> None:
    with pytest.raises(DocumentError) as refused:
        pdf.read_pdf(data)
    assert refused.value.code == code


def test_restricted_pdf_really_opens_without_password() -> None:
    """The fixture is what it claims: readable by anyone, yet encrypted."""
    reader = PdfReader(io.BytesIO(fx.restricted_pdf()))
    assert reader.is_encrypted
    assert reader.decrypt("") != 0
    assert "PC 075 056 25 B0001" in reader.pages[0].extract_text()


def test_needs_ocr_tells_scans_from_text() -> None:
    scan = pdf.read_pdf(fx.scanned_pdf(["Arrêté du maire", "Fait à Paris"], dpi=100))
    assert (scan.pages, scan.text_pages) == (1, 0)
    assert pdf.needs_ocr(scan)
    assert not pdf.needs_ocr(pdf.read_pdf(fx.facture_pdf()))
    stamp_only = pdf.PdfText(pages=2, text="Page 1\fPage 2", text_pages=0, complete=True)
    assert pdf.needs_ocr(stamp_only)


def test_readable_counts_real_words_per_page() -> None:
    sentence = "Le conseil municipal approuve la convention avec la communauté de communes. "
    assert pdf.readable(sentence * 3, 1)
    assert not pdf.readable(sentence * 3, 4)
    assert not pdf.readable("Il y a 12 ,; ee -- | 3 ~ oo", 1)
    assert not pdf.readable(sentence * 10, 0)


# ---------------------------------------------------------------------------------------------
# Images, without OCR


def test_check_image_refuses_broken_photos() -> None:
    photo = fx.phone_photo(["Bonjour"], size=(600, 800))
    pdf.check_image(photo)
    with pytest.raises(DocumentError) as broken:
        pdf.check_image(photo[: len(photo) // 2])
    assert broken.value.code == "corrupt"
    with pytest.raises(DocumentError) as other:
        pdf.check_image(b"GIF89a" + b"\x00" * 100)
    assert other.value.code == "unsupported"


def test_prepare_photo_turns_straightens_and_crops() -> None:
    lines = ["Mairie de Saint-Aubin-des-Bois", "Objet : demande de subvention"] + [
        "Le conseil municipal approuve la convention de mise à disposition." for _ in range(8)
    ]
    sideways = fx.phone_photo(lines, angle=5, orientation=6)
    stored = Image.open(io.BytesIO(sideways))
    assert stored.width > stored.height  # the pixels lie on their side, EXIF says so
    page = Image.open(io.BytesIO(photos.prepare_photo(sideways)))
    assert page.height > page.width
    # Cropped to the sheet: the dark desk is gone from the corners.
    gray = page.convert("L")
    corners = [
        (5, 5),
        (page.width - 6, 5),
        (5, page.height - 6),
        (page.width - 6, page.height - 6),
    ]
    assert min(gray.getpixel(c) for c in corners) > 110  # type: ignore[operator]
    for angle in (-4.0, 2.5, 5.0):
        upright = photos._upright(fx.phone_photo(lines, angle=angle, seed=int(angle * 10)))
        assert photos._skew(upright.convert("L")) == pytest.approx(-angle, abs=0.5)


def test_prepare_photo_flattens_transparency() -> None:
    rgba = Image.new("RGBA", (400, 560), (0, 0, 0, 0))
    out = io.BytesIO()
    rgba.save(out, "PNG")
    page = Image.open(io.BytesIO(photos.prepare_photo(out.getvalue())))
    assert page.format == "PNG"
    assert page.mode == "L"  # greyscale after the lighting is flattened
    assert page.getpixel((200, 280)) >= 250  # transparent became paper, not black


def test_prepare_photo_evens_out_the_lighting() -> None:
    """A page lit from one side: after preparation, paper is paper everywhere."""
    page = Image.new("L", (600, 800))
    page.putdata([int(120 + 130 * x / 600) for _ in range(800) for x in range(600)])
    flat = photos.flatten_lighting(page)
    left, right = flat.getpixel((100, 400)), flat.getpixel((500, 400))
    assert isinstance(left, int) and isinstance(right, int)
    assert abs(left - right) < 15 and left > 200


# ---------------------------------------------------------------------------------------------
# OCR (real Tesseract)

SCAN_LINES = [
    "RÉPUBLIQUE FRANÇAISE",
    "COMMUNE DE SAINT-AUBIN-DES-BOIS",
    "ARRÊTÉ MUNICIPAL N° 2025-AT-118",
    "portant réglementation temporaire de la circulation rue Victor Hugo",
    "Le Maire de la commune de Saint-Aubin-des-Bois,",
    "Vu le code général des collectivités territoriales ;",
    "Considérant les travaux de renouvellement du réseau d'eau potable ;",
    "ARRÊTE",
    "Article 1 : La circulation sera alternée par feux tricolores.",
    "Fait à Saint-Aubin-des-Bois, le 3 avril 2025",
]


@pytest.mark.ocr
async def test_ocr_of_a_scan_finds_its_words(tesseract_fra: None) -> None:
    scan = fx.scanned_pdf(SCAN_LINES, seed=3)
    started = time.perf_counter()
    searchable = await pdf.ocr_pdf(scan)
    elapsed = time.perf_counter() - started
    text = pdf.read_pdf(searchable)
    assert text.pages == 1
    assert not pdf.needs_ocr(text)
    assert pdf.readable(text.text, text.pages)
    words = ["2025-AT-118", "réglementation", "circulation", "Victor Hugo", "collectivités"]
    words += ["Considérant", "tricolores", "3 avril 2025", "Saint-Aubin-des-Bois"]
    assert missing(text.text, words) == []
    print(f"OCR of a 300-dpi scanned page: {elapsed:.1f} s")


PHOTO_PAGES = [
    (
        [
            "Mairie de Saint-Aubin-des-Bois",
            "Service de l'urbanisme",
            "",
            "Objet : déclaration préalable de travaux",
            "Madame, Monsieur,",
            "Nous accusons réception de votre dossier déposé le 4 février 2025 concernant "
            "la réfection de la clôture de votre propriété.",
            "Le délai d'instruction est d'un mois.",
        ],
        ["Saint-Aubin", "urbanisme", "déclaration", "clôture", "instruction", "février"],
    ),
    (
        [
            "Page 2",
            "Le dossier comporte le plan de situation, le plan de masse et des photographies "
            "du terrain.",
            "La commission se réunira le 18 mars prochain.",
            "Le secrétaire général, Paul Fontaine",
        ],
        ["situation", "photographies", "commission", "secrétaire", "Fontaine"],
    ),
    (
        [
            "Page 3",
            "Annexe : liste des pièces manquantes",
            "1. Notice descriptive du projet",
            "2. Attestation de l'architecte des Bâtiments de France",
            "Fait à Saint-Aubin-des-Bois le 12 mars 2025",
        ],
        ["Annexe", "pièces", "Notice", "architecte", "Bâtiments", "12 mars 2025"],
    ),
]


def _rgba_png(jpeg: bytes) -> bytes:
    """What a screenshot tool sends: PNG with an alpha channel."""
    out = io.BytesIO()
    Image.open(io.BytesIO(jpeg)).convert("RGBA").save(out, "PNG")
    return out.getvalue()


@pytest.mark.ocr
async def test_three_phone_photos_become_one_searchable_pdf(tesseract_fra: None) -> None:
    (lines1, words1), (lines2, words2), (lines3, words3) = PHOTO_PAGES
    photos = [
        fx.phone_photo(lines1, angle=-4, noise=14, seed=1),
        _rgba_png(fx.phone_photo(lines2, angle=2.5, noise=10, seed=2)),
        fx.phone_photo(lines3, angle=5, noise=14, seed=3, orientation=6),  # held sideways
    ]
    started = time.perf_counter()
    data = await pdf.photos_to_pdf(photos)
    elapsed = time.perf_counter() - started
    text = pdf.read_pdf(data)
    assert text.pages == 3
    assert pdf.readable(text.text, text.pages)
    pages = text.text.split("\f")
    misses = [missing(p, w) for p, w in zip(pages, (words1, words2, words3), strict=True)]
    # OCR may stumble on one word of a page, not more; and on 2 of the 17 at most.
    assert all(len(page_misses) <= 1 for page_misses in misses), (misses, pages)
    assert sum(map(len, misses)) <= 2, (misses, pages)
    for page in PdfReader(io.BytesIO(data)).pages:  # A4 portrait, whatever the phone said
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if page.rotation % 180:
            width, height = height, width
        assert (round(width), round(height)) == (595, 842)
    print(f"photos_to_pdf: {elapsed / 3:.1f} s a page")
    assert elapsed < 3 * 10


@pytest.mark.ocr
async def test_unreadable_photo_is_flagged(tesseract_fra: None) -> None:
    data = await pdf.photos_to_pdf([fx.unreadable_photo(seed=4)])
    text = pdf.read_pdf(data)
    assert text.pages == 1
    assert not pdf.readable(text.text, text.pages)


def _leftover_processes(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if marker.encode() in command:
                found.append(int(entry.name))
    return found


async def test_ocr_timeout_kills_the_job_and_cleans_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    scan = fx.scanned_pdf(SCAN_LINES, dpi=150)
    started = time.perf_counter()
    with pytest.raises(DocumentError) as failed:
        await pdf.ocr_pdf(scan, timeout=0.5)
    assert failed.value.code == "ocr_failed"
    assert time.perf_counter() - started < 5
    assert list(tmp_path.iterdir()) == []
    assert _leftover_processes(str(tmp_path)) == []

    task = asyncio.create_task(pdf.ocr_pdf(scan))
    await asyncio.sleep(0.3)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert list(tmp_path.iterdir()) == []
    assert _leftover_processes(str(tmp_path)) == []


async def test_photos_to_pdf_refuses_what_is_not_a_photo() -> None:
    with pytest.raises(DocumentError) as refused:
        await pdf.photos_to_pdf([fx.permis_de_construire_pdf()])
    assert refused.value.code == "unsupported"
    with pytest.raises(DocumentError) as nothing:
        await pdf.photos_to_pdf([])
    assert nothing.value.code == "empty"


# ---------------------------------------------------------------------------------------------
# Office files (real LibreOffice)

OFFICE_PARAGRAPHS = [
    "Compte rendu du conseil d'école",
    "Le conseil d'école s'est réuni le 12 mars 2025 à l'école élémentaire Jules Ferry.",
    "Présents : Mme Girard, directrice ; M. Roux, adjoint au maire chargé des affaires scolaires.",
]


@pytest.mark.office
@pytest.mark.parametrize("kind", ["docx", "odt"])
async def test_office_file_becomes_pdf_with_its_text(soffice: None, kind: pdf.FileKind) -> None:
    data = fx.docx_bytes(OFFICE_PARAGRAPHS) if kind == "docx" else fx.odt_bytes(OFFICE_PARAGRAPHS)
    assert pdf.sniff(data) == kind
    converted = await pdf.office_to_pdf(data, kind)
    assert pdf.sniff(converted) == "pdf"
    text = pdf.read_pdf(converted)
    assert text.pages == 1
    assert missing(text.text, OFFICE_PARAGRAPHS) == []


@pytest.mark.office
async def test_damaged_office_file_fails_conversion(soffice: None) -> None:
    damaged = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<w:document"})
    assert pdf.sniff(damaged) == "docx"
    with pytest.raises(DocumentError) as failed:
        await pdf.office_to_pdf(damaged, "docx")
    assert failed.value.code == "conversion_failed"


async def test_office_unavailable_without_soffice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    assert not pdf.office_available()
    with pytest.raises(DocumentError) as missing_office:
        await pdf.office_to_pdf(fx.odt_bytes(["Bonjour"]), "odt")
    assert missing_office.value.code == "office_unavailable"


async def test_office_to_pdf_refuses_other_kinds() -> None:
    with pytest.raises(DocumentError) as refused:
        await pdf.office_to_pdf(b"%PDF-1.7", "pdf")
    assert refused.value.code == "unsupported"


def test_fixtures_are_deterministic() -> None:
    assert fx.permis_de_construire_pdf() == fx.permis_de_construire_pdf()
    assert fx.phone_photo(["a b c"], seed=5, size=(300, 420)) == fx.phone_photo(
        ["a b c"], seed=5, size=(300, 420)
    )
    assert fx.odt_bytes(["x"]) == fx.odt_bytes(["x"])
    assert fx.docx_bytes(["x"]) == fx.docx_bytes(["x"])
    assert fx.scanned_pdf(["x"], dpi=100) == fx.scanned_pdf(["x"], dpi=100)
