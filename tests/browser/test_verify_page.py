"""The verification page in a real browser (Debian's Chromium, JavaScript off), on real signed
PDFs: what a citizen sees when uploading the signed arrêté, a forged copy of it, and when
opening the address of the stamp's QR code. Screenshots land in var/test-artifacts/ for a
person to look at."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.browser.conftest import ORGANISATION, REFERENCE, TITLE, SignedCase, Site, serve

if TYPE_CHECKING:
    from playwright.async_api import Page

pytestmark = pytest.mark.browser

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def submit(page: Page, pdf: Path) -> None:
    await page.set_input_files('input[name="document"]', str(pdf))
    async with page.expect_navigation():
        await page.click('button[type="submit"]')


async def text(page: Page, selector: str = "main") -> str:
    return (await page.inner_text(selector)).replace("\xa0", " ")


async def screenshot(page: Page, path: Path) -> None:
    await page.screenshot(path=str(path), full_page=True)
    data = path.read_bytes()
    assert data.startswith(PNG_SIGNATURE)
    assert len(data) > 10_000  # a rendered page, not an empty image


async def test_the_signed_pdf_is_intact(
    page: Page, site: Site, signed_case: SignedCase, artifacts: Path
) -> None:
    response = await page.goto(f"{site.base_url}/verifier")
    assert response is not None and response.status == 200
    assert await page.title() == f"Vérifier un document signé — {ORGANISATION}"
    await submit(page, signed_case.signed)

    verdict = page.locator(".verdict")
    assert await verdict.get_attribute("data-verdict") == "intact"
    assert "Document intact" in await verdict.inner_text()
    body = await text(page)
    assert "Paul Martin, Adjoint au maire" in body
    assert "Signature pour le Maire, par délégation" in body
    assert f"Signature valide, reconnue par {ORGANISATION}." in body
    assert f"C'est la version signée du document {REFERENCE} « {TITLE} », terminée le" in body
    assert "Fichier vérifié : arrêté-signé.pdf" in body
    assert "Document modifié" not in body
    await screenshot(page, artifacts / "verify-intact.png")


async def test_a_forged_copy_is_reported_modified(
    page: Page, site: Site, signed_case: SignedCase, artifacts: Path
) -> None:
    await page.goto(f"{site.base_url}/verifier")
    await submit(page, signed_case.tampered)

    verdict = page.locator(".verdict")
    assert await verdict.get_attribute("data-verdict") == "modified"
    assert "Document modifié après signature" in await verdict.inner_text()
    body = await text(page)
    assert "Paul Martin, Adjoint au maire" in body
    assert "le contenu signé a été altéré" in body
    assert "Document intact" not in body
    assert "C'est la version signée" not in body
    await screenshot(page, artifacts / "verify-modified.png")


async def test_the_qr_code_address_shows_the_record(
    page: Page, site: Site, signed_case: SignedCase, artifacts: Path
) -> None:
    response = await page.goto(signed_case.url)
    assert response is not None and response.status == 200
    assert await text(page, "h1") == f"Document signé {REFERENCE}"
    body = await text(page)
    assert TITLE in body
    assert "Paul Martin, Adjoint au maire" in body
    assert "Pour le Maire, par délégation" in body
    assert "Signatures terminées le" in body
    assert signed_case.sha256 in body
    await screenshot(page, artifacts / "verify-record.png")

    await submit(page, signed_case.signed)  # the form on the record's page compares
    assert page.url == signed_case.url
    body = await text(page)
    assert "Ce fichier est exactement la version signée enregistrée" in body
    assert "Document intact" in body

    await submit(page, signed_case.tampered)
    body = await text(page)
    assert "n'est pas la version signée enregistrée" in body
    assert "Document modifié après signature" in body

    async with page.expect_navigation():
        await page.click("text=Vérifier un autre document")
    assert page.url == f"{site.base_url}/verifier"


async def test_an_unknown_address_and_a_too_big_file_get_french_pages(
    page: Page, site: Site, signed_case: SignedCase
) -> None:
    response = await page.goto(f"{site.base_url}/verifier/inconnu")
    assert response is not None and response.status == 404
    assert await text(page, "h1") == "Document inconnu"

    base_url, runner = await serve(site.verifier, max_upload_bytes=4096)
    site.runners.append(runner)
    await page.goto(f"{base_url}/verifier")
    await submit(page, signed_case.signed)  # tens of kilobytes
    assert await text(page, "h1") == "Fichier trop volumineux"
    assert "4 Ko" in await text(page)
