"""Intake costs: reading a 2 MB text PDF (whole, and its first pages only), OCR of photos, scans.

    .venv/bin/python -m bench.intake_ocr [--runs 20] [--ocr-runs 3]

The PDF is the generated "recueil des actes" of about 2 MB (pages of real text layer, a scanned
signature per act), read in-process as the intake does (one thread, no event loop). The OCR
figures are wall-clock seconds a page for the whole `photos_to_pdf` / `ocr_pdf` call, OCRmyPDF
subprocess included, on one core (`--jobs 1`); no target: they tell how long an agent waits.
Each OCR result is checked for its key words, so a fast but empty OCR does not pass unnoticed.
"""

from __future__ import annotations

import argparse
import asyncio
import re
import time
import unicodedata
from collections.abc import Callable

from bench.figures import figure, median, percentile
from filing import pdf
from filing.intake import QUICK_PAGES
from tests.fixtures.documents import phone_photo, scanned_pdf, text_pdf

LETTER = [
    "Mairie de Saint-Aubin-des-Bois",
    "Service de l'urbanisme",
    "",
    "Objet : déclaration préalable de travaux n° DP 028 334 25 00012",
    "",
    "Madame, Monsieur,",
    "Nous accusons réception de votre dossier déposé le 4 février 2025 concernant la réfection "
    "de la clôture de votre propriété située 7 allée des Charmes.",
    "Le délai d'instruction est d'un mois à compter de la date de dépôt. Si aucune décision ne "
    "vous est notifiée avant le 4 mars 2025, vous bénéficierez d'une décision tacite de "
    "non-opposition.",
    "Votre dossier comporte le plan de situation, le plan de masse, une notice descriptive et "
    "des photographies du terrain. L'architecte des Bâtiments de France sera consulté.",
    "Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.",
    "",
    "Le secrétaire général, Paul Fontaine",
]
KEY_WORDS = [
    "Saint-Aubin",
    "urbanisme",
    "déclaration",
    "clôture",
    "instruction",
    "février",
    "tacite",
    "photographies",
    "Bâtiments",
    "Fontaine",
]


def fold(text: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", bare).lower()


def found(text: str) -> int:
    folded = fold(text)
    return sum(fold(word) in folded for word in KEY_WORDS)


def timed_ms(call: Callable[[], object], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        call()
        times.append((time.perf_counter() - started) * 1000)
    return times


def bench_read(runs: int, size: int = 2_000_000) -> list[str]:
    data = text_pdf(size)
    whole = pdf.read_pdf(data)  # also warms pypdf up
    quick = pdf.read_pdf(data, max_pages=QUICK_PAGES)
    print(
        f"text_pdf: {len(data) / 1e6:.2f} MB, {whole.pages} pages, "
        f"{len(whole.text):,} characters ({len(quick.text):,} in the first {QUICK_PAGES} pages)"
    )
    full = timed_ms(lambda: pdf.read_pdf(data), runs)
    first = timed_ms(lambda: pdf.read_pdf(data, max_pages=QUICK_PAGES), runs)
    one = timed_ms(lambda: pdf.read_pdf(data, max_pages=1), runs)
    for label, times in (
        ("whole", full),
        (f"max_pages={QUICK_PAGES}", first),
        ("max_pages=1", one),
    ):
        print(
            f"read_pdf {label:>12}: p50 {median(times):7.1f} ms  p95 "
            f"{percentile(times, 0.95):7.1f} ms  ({runs} runs)"
        )
    print(f"read_pdf whole: {median(full) / whole.pages:.1f} ms a page")
    return [
        figure("read_pdf_p50_2MB_whole", median(full), "ms"),
        figure(f"read_pdf_p50_2MB_first{QUICK_PAGES}", median(first), "ms"),
        figure("read_pdf_p50_2MB_first1", median(one), "ms"),
    ]


async def bench_photo(label: str, size: tuple[int, int], runs: int) -> str:
    photo = phone_photo(LETTER, angle=3.5, noise=12, seed=7, size=size)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        data = await pdf.photos_to_pdf([photo])
        seconds.append(time.perf_counter() - started)
        text = pdf.read_pdf(data)
        hits = found(text.text)
    print(
        f"OCR phone photo {size[0]}x{size[1]} ({len(photo) / 1e6:.1f} MB JPEG): median "
        f"{median(seconds):.1f} s, runs {', '.join(f'{s:.1f}' for s in seconds)}; "
        f"{hits}/{len(KEY_WORDS)} key words, readable={pdf.readable(text.text, text.pages)}, "
        f"PDF {len(data) / 1e6:.1f} MB"
    )
    return figure(f"ocr_photo_{label}_s_per_page", median(seconds), "s")


async def bench_scan(runs: int) -> str:
    scan = scanned_pdf(LETTER, seed=7, dpi=300)
    seconds = []
    for _ in range(runs):
        started = time.perf_counter()
        data = await pdf.ocr_pdf(scan)
        seconds.append(time.perf_counter() - started)
        hits = found(pdf.read_pdf(data).text)
    print(
        f"OCR scanned page 300 dpi: median {median(seconds):.1f} s, runs "
        f"{', '.join(f'{s:.1f}' for s in seconds)}; {hits}/{len(KEY_WORDS)} key words"
    )
    return figure("ocr_scan_300dpi_s_per_page", median(seconds), "s")


async def bench_ocr(runs: int) -> list[str]:
    return [
        await bench_photo("12MP", (3024, 4032), runs),
        await bench_photo("2MP", (1240, 1754), runs),
        await bench_scan(runs),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20, help="read_pdf runs")
    parser.add_argument("--ocr-runs", type=int, default=3, help="OCR runs")
    parser.add_argument(
        "--bytes", type=int, default=2_000_000, help="PDF size (the figures name 2 MB)"
    )
    args = parser.parse_args()
    lines = bench_read(args.runs, args.bytes)
    lines += asyncio.run(bench_ocr(args.ocr_runs))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
