"""The verification page served for real (bot/web.py on a loopback port) with a real Verifier:
circuits.signing.pades's validation against a PKCS#12 key store made in the test's directory,
and the record of one signed arrêté, as the bot's database would give it.

Chromium is Debian's (/usr/bin/chromium, installed by scripts/test), driven by Playwright's
Python package; `playwright install` and its own browser builds are never used."""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import importlib.util
import io
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest
from aiohttp.web import AppRunner
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from bot import web
from bot.metrics import Health, Metrics
from circuits.signing import pades as signing
from circuits.signing.pades import Pkcs12KeyStore, SignerName, Stamp, Verification
from circuits.verification import SignedBy, SignedRecord
from tests.conftest import require_tool

if TYPE_CHECKING:
    from playwright.async_api import Page

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "var" / "test-artifacts"

ORGANISATION = "Commune de Saint-Exemple"
REFERENCE = "2026-042"
TITLE = "Arrêté de voirie rue des Écoles"
PAUL = SignerName("@paul.martin:saint-exemple.fr", "Paul", "Martin", "Adjoint au maire")
DELEGATION = "Pour le Maire, par délégation"
REASON = "Signature pour le Maire, par délégation"
AMOUNT = b"Montant : 1 000 euros"
FORGED_AMOUNT = b"Montant : 9 000 euros"  # same length: the file stays readable


class LocalVerifier:
    """The bot's Verifier without its database: the records of the circuits finished in the
    test, and pyHanko's validation against the key store's own CA (never the system's)."""

    def __init__(self, keys: Pkcs12KeyStore) -> None:
        self.keys = keys
        self.records: dict[str, SignedRecord] = {}

    async def check(self, pdf: bytes) -> tuple[Verification, SignedRecord | None]:
        result = await asyncio.to_thread(signing.verify, pdf, self.keys.trust_roots())
        known = next((r for r in self.records.values() if r.final_sha256 == result.sha256), None)
        return result, known

    async def record(self, token: str) -> SignedRecord | None:
        return self.records.get(token)


@dataclass
class Site:
    base_url: str
    verifier: LocalVerifier
    runners: list[AppRunner] = field(default_factory=list)


async def database_up() -> bool:
    return True


async def serve(verifier: LocalVerifier, **options: Any) -> tuple[str, AppRunner]:
    """bot/web.py's application on a free loopback port (the system picks it: port 0)."""
    app = web.make_app(
        Health(), Metrics(), database_up, verifier=verifier, organisation=ORGANISATION, **options
    )
    runner = await web.start(app, "127.0.0.1", 0)
    host, port = runner.addresses[0][:2]
    return f"http://{host}:{port}", runner


@pytest.fixture(scope="session")
def browser_tools() -> None:
    require_tool("chromium (paquet Debian)", CHROMIUM.exists())
    require_tool("playwright (paquet Python)", importlib.util.find_spec("playwright") is not None)


@pytest.fixture
async def site(tmp_path: Path) -> AsyncIterator[Site]:
    keys = Pkcs12KeyStore(tmp_path / "keys", b"phrase de passe de test", ORGANISATION)
    verifier = LocalVerifier(keys)
    base_url, runner = await serve(verifier)
    site = Site(base_url, verifier, [runner])
    yield site
    for running in site.runners:
        await running.cleanup()


def one_page_pdf() -> bytes:
    """An arrêté of one page; its content stream uncompressed, so the amount can be forged in
    place, byte for byte, inside the signed range."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    pdf.setTitle(TITLE)
    pdf.drawString(72, 760, "Arrêté n° 2026-042 portant permission de voirie")
    pdf.drawString(72, 740, "rue des Écoles, Saint-Exemple")
    pdf.drawString(72, 720, AMOUNT.decode())
    pdf.showPage()
    pdf.save()
    return out.getvalue()


@dataclass(frozen=True)
class SignedCase:
    token: str
    url: str  # the QR code's target, as the stamp carries it
    signed: Path
    tampered: Path
    sha256: str


@pytest.fixture
def signed_case(site: Site, tmp_path: Path) -> SignedCase:
    """An arrêté signed by a delegate with a visible stamp, a forged copy of it, and the record
    the bot keeps for it (what the stamp's QR code opens)."""
    require_tool("fonts-urw-base35 (police des tampons)", signing.FONT.exists())
    token = secrets.token_urlsafe(12)
    url = f"{site.base_url}/verifier/{token}"
    prepared = signing.prepare_for_signatures(
        one_page_pdf(),
        title=TITLE,
        reference=REFERENCE,
        slots=[("sig_maire", "Signature : Paul Martin, Adjoint au maire, pour le Maire")],
    )
    signed_at = dt.datetime.now(dt.UTC)
    signed = signing.sign(
        prepared,
        site.verifier.keys,
        PAUL,
        field="sig_maire",
        stamp=Stamp(on_behalf=DELEGATION, signed_at=signed_at, verify_url=url),
        reason=REASON,
        location="Saint-Exemple",
    )
    assert signed.count(AMOUNT) == 1
    tampered = signed.replace(AMOUNT, FORGED_AMOUNT)
    digest = hashlib.sha256(signed).hexdigest()
    site.verifier.records[token] = SignedRecord(
        token=token,
        reference=REFERENCE,
        title=TITLE,
        finished_at=signed_at,
        final_sha256=digest,
        signatures=(
            SignedBy(
                name=PAUL.full_name,
                qualite=PAUL.qualite,
                kind="signature",
                on_behalf=DELEGATION,
                at=signed_at,
            ),
        ),
    )
    signed_path = tmp_path / "arrêté-signé.pdf"
    tampered_path = tmp_path / "arrêté-modifié.pdf"
    signed_path.write_bytes(signed)
    tampered_path.write_bytes(tampered)
    return SignedCase(token, url, signed_path, tampered_path, digest)


@pytest.fixture
async def page(browser_tools: None) -> AsyncIterator[Page]:
    """A Chromium tab with JavaScript off: the page must work without it."""
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        try:
            context = await browser.new_context(
                locale="fr-FR",
                timezone_id="Europe/Paris",
                viewport={"width": 900, "height": 1100},
                java_script_enabled=False,
            )
            yield await context.new_page()
        finally:
            await browser.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS
