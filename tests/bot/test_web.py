"""The web server: /healthz and /metrics as before, and the public verification page.

The page is driven through aiohttp's test client with a fake Verifier returning hand-built
reports, so each verdict, each wording and each refusal is checked without any cryptography
(tests/browser runs the real thing in Chromium)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from html import unescape
from typing import Any

import pytest
from aiohttp import ClientResponse, FormData
from aiohttp import web as aioweb
from aiohttp.test_utils import TestClient, TestServer

from bot import web
from bot.metrics import Health, Metrics
from circuits.verification import SignedBy, SignedRecord
from storage.evidence import SignatureReport, Verification

SIGNED_AT = dt.datetime(2026, 11, 22, 13, 5, tzinfo=dt.UTC)  # 14 h 05 in Paris (winter)
SHA = "ab" * 32
OTHER_SHA = "cd" * 32
TOKEN = "Qx7pL2vN9aR4"
PDF = b"%PDF-1.7\n% un faux PDF: le Verifier de ces tests ne le lit pas\n%%EOF\n"

GOOD = SignatureReport(
    field="sig1",
    signer_name="Marie Durand",
    qualite="Maire",
    reason=None,
    signed_at=SIGNED_AT,
    timestamped=False,
    intact=True,
    trusted=True,
    valid=True,
    covers_up_to_date=True,
    problem=None,
)
DELEGATE = dataclasses.replace(
    GOOD,
    field="sig2",
    signer_name="Paul Martin",
    qualite="Adjoint au maire",
    reason="Signature pour le Maire, par délégation",
)
ALTERED = dataclasses.replace(
    GOOD,
    intact=False,
    valid=False,
    covers_up_to_date=False,
    problem="le contenu signé a été altéré : son empreinte ne correspond plus à la signature",
)
FOREIGN = dataclasses.replace(
    GOOD,
    trusted=False,
    valid=False,
    problem="le certificat du signataire n'a pas été émis par une autorité reconnue",
)

RECORD = SignedRecord(
    token=TOKEN,
    reference="2026-ARR-0042",
    title="Arrêté de voirie rue des Lilas",
    finished_at=dt.datetime(2026, 11, 22, 14, 30, tzinfo=dt.UTC),
    final_sha256=SHA,
    signatures=(
        SignedBy(
            name="Jeanne Petit",
            qualite="Directrice générale des services",
            kind="visa",
            on_behalf=None,
            at=dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC),
        ),
        SignedBy(
            name="Paul Martin",
            qualite="Adjoint au maire",
            kind="signature",
            on_behalf="Pour le Maire, par délégation",
            at=SIGNED_AT,
        ),
    ),
)


def verification(*reports: SignatureReport, readable: bool = True, sha: str = SHA) -> Verification:
    intact = bool(reports) and all(r.valid and r.covers_up_to_date for r in reports)
    return Verification(readable, tuple(reports), intact, "Résumé de l'analyse.", sha)


class FakeVerifier:
    def __init__(
        self,
        result: Verification | None = None,
        known: SignedRecord | None = None,
        records: dict[str, SignedRecord] | None = None,
        error: Exception | None = None,
    ) -> None:
        self.result = result or verification(GOOD)
        self.known = known
        self.records = records if records is not None else {TOKEN: RECORD}
        self.error = error
        self.checked: list[bytes] = []

    async def check(self, pdf: bytes) -> tuple[Verification, SignedRecord | None]:
        if self.error is not None:
            raise self.error
        self.checked.append(pdf)
        return self.result, self.known

    async def record(self, token: str) -> SignedRecord | None:
        return self.records.get(token)


async def database_up() -> bool:
    return True


ClientFactory = Callable[..., Awaitable[TestClient[aioweb.Request, aioweb.Application]]]


@pytest.fixture
async def make_client() -> AsyncIterator[ClientFactory]:
    clients: list[TestClient[aioweb.Request, aioweb.Application]] = []

    async def factory(
        verifier: FakeVerifier | None = None,
        *,
        health: Health | None = None,
        **options: object,
    ) -> TestClient[aioweb.Request, aioweb.Application]:
        app = web.make_app(
            health or Health(),
            Metrics(),
            database_up,
            verifier=verifier,
            **options,  # type: ignore[arg-type]
        )
        client = TestClient(TestServer(app))
        await client.start_server()
        clients.append(client)
        return client

    yield factory
    for client in clients:
        await client.close()


def form(data: bytes = PDF, *, filename: str = "arrete.pdf", field: str = "document") -> FormData:
    payload = FormData()
    payload.add_field(field, data, filename=filename, content_type="application/pdf")
    return payload


def readable(html: str) -> str:
    """The page as read: entities decoded (the templates escape apostrophes), no-break spaces
    as spaces."""
    return unescape(html).replace("\xa0", " ")


async def text_of(response: ClientResponse) -> str:
    return readable(await response.text())


async def post_raw(
    client: TestClient[aioweb.Request, aioweb.Application],
    path: str = "/verifier",
    **kwargs: Any,
) -> tuple[int, str]:
    response = await client.post(path, data=form(**kwargs))
    return response.status, await response.text()


async def upload(
    client: TestClient[aioweb.Request, aioweb.Application],
    path: str = "/verifier",
    **kwargs: Any,
) -> tuple[int, str]:
    status, html = await post_raw(client, path, **kwargs)
    return status, readable(html)


# --- the form -----------------------------------------------------------------------------------


async def test_the_form_page_explains_and_posts_a_pdf_to_itself(
    make_client: ClientFactory,
) -> None:
    client = await make_client(FakeVerifier(), organisation="Commune de Saint-Rémy")
    response = await client.get("/verifier")
    html = await text_of(response)
    assert response.status == 200
    assert response.content_type == "text/html"
    assert "Vérifier un document signé" in html
    assert "Commune de Saint-Rémy" in html
    assert 'enctype="multipart/form-data"' in html
    assert 'method="post"' in html
    assert 'name="document"' in html
    assert 'accept=".pdf,application/pdf"' in html
    assert "50 Mo" in html
    assert "<script" not in html
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert response.headers["Cache-Control"] == "no-store"


# --- verdicts -----------------------------------------------------------------------------------


async def test_an_intact_document_says_so_with_signer_qualite_and_date(
    make_client: ClientFactory,
) -> None:
    verifier = FakeVerifier(verification(GOOD, DELEGATE))
    client = await make_client(verifier, organisation="Commune de Saint-Rémy")
    status, html = await upload(client)
    assert status == 200
    assert verifier.checked == [PDF]
    assert 'data-verdict="intact"' in html
    assert "Document intact" in html
    assert "tone-ok" in html
    assert "<strong>Marie Durand</strong>, Maire" in html
    assert "<strong>Paul Martin</strong>, Adjoint au maire" in html
    assert "Signature pour le Maire, par délégation" in html
    assert "Signé le 22 novembre 2026 à 14 h 05" in html
    assert "Signature valide, reconnue par Commune de Saint-Rémy." in html
    assert "ses 2 signatures sont valides" in html
    assert "Fichier vérifié : arrete.pdf" in html
    assert "Détails techniques" in html
    assert SHA in html
    assert "C'est la version signée" not in html  # the bot did not recognise the file


async def test_a_modified_document_is_reported_as_modified(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification(ALTERED)))
    status, html = await upload(client)
    assert status == 200
    assert 'data-verdict="modified"' in html
    assert "Document modifié après signature" in html
    assert "tone-bad" in html
    assert "Document intact" not in html
    assert "le contenu signé a été altéré" in html
    assert "Marie Durand" in html


async def test_a_later_change_after_a_valid_signature_is_a_modification(
    make_client: ClientFactory,
) -> None:
    changed_after = dataclasses.replace(
        GOOD, covers_up_to_date=False, problem="le document a été modifié après cette signature"
    )
    client = await make_client(FakeVerifier(verification(changed_after)))
    _, html = await upload(client)
    assert "Document modifié après signature" in html
    assert "le document a été modifié après cette signature" in html


async def test_an_unsigned_pdf(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification()))
    status, html = await upload(client)
    assert status == 200
    assert 'data-verdict="unsigned"' in html
    assert "Aucune signature" in html
    assert "tone-neutral" in html


async def test_an_unreadable_pdf(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification(readable=False)))
    status, html = await upload(client)
    assert status == 200
    assert 'data-verdict="unreadable"' in html
    assert "Fichier illisible" in html


async def test_a_signature_from_another_authority_is_not_vouched_for(
    make_client: ClientFactory,
) -> None:
    client = await make_client(FakeVerifier(verification(FOREIGN)))
    _, html = await upload(client)
    assert 'data-verdict="untrusted"' in html
    assert "Signature non reconnue" in html
    assert "ne provient pas de la collectivité" in html
    assert "Document intact" not in html


async def test_a_file_the_bot_signed_is_named(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification(GOOD), known=RECORD))
    _, html = await upload(client)
    assert (
        "C'est la version signée du document 2026-ARR-0042 "
        "« Arrêté de voirie rue des Lilas », terminée le 22 novembre 2026 à 15 h 30."
    ) in html


async def test_hostile_names_are_escaped(make_client: ClientFactory) -> None:
    hostile = dataclasses.replace(
        GOOD,
        signer_name="<script>alert('nom')</script>",
        qualite='<img src=x onerror="alert(1)">',
        reason="</p><script>alert('motif')</script>",
    )
    record = dataclasses.replace(RECORD, title="<script>alert('titre')</script>")
    client = await make_client(FakeVerifier(verification(hostile), known=record))
    # Written by hand: aiohttp's client would percent-encode the name, a browser does not.
    body = (
        b"--frontiere\r\n"
        b'Content-Disposition: form-data; name="document"; '
        b"filename=\"<script>alert('fichier')</script>.pdf\"\r\n"
        b"Content-Type: application/pdf\r\n\r\n" + PDF + b"\r\n--frontiere--\r\n"
    )
    response = await client.post(
        "/verifier",
        data=body,
        headers={"Content-Type": "multipart/form-data; boundary=frontiere"},
    )
    html = await response.text()
    assert response.status == 200
    assert "<script" not in html
    assert "<img" not in html
    assert "&lt;script&gt;alert(&#39;nom&#39;)&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in html
    assert "&lt;script&gt;alert(&#39;titre&#39;)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(&#39;fichier&#39;)&lt;/script&gt;.pdf" in html


# --- refusals -----------------------------------------------------------------------------------


async def test_a_file_over_the_limit_gets_a_french_413(make_client: ClientFactory) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier, max_upload_bytes=1000)
    status, html = await upload(client, data=PDF + b"x" * 2000)  # read, then given up
    assert status == 413
    assert "Fichier trop volumineux" in html
    assert "1 Ko" in html
    assert 'name="document"' in html  # the form is there to try another file
    assert "Traceback" not in html
    assert verifier.checked == []


async def test_a_request_announcing_too_much_is_refused_unread(make_client: ClientFactory) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier, max_upload_bytes=1000)
    status, html = await upload(client, data=PDF + b"x" * 200_000)
    assert status == 413
    assert "Fichier trop volumineux" in html
    assert verifier.checked == []


async def test_a_file_at_the_limit_is_accepted(make_client: ClientFactory) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier, max_upload_bytes=1000)
    data = PDF + b"x" * (1000 - len(PDF))
    status, _ = await upload(client, data=data)
    assert status == 200
    assert verifier.checked == [data]


async def test_something_else_than_a_pdf_gets_a_french_400(make_client: ClientFactory) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier)
    status, html = await upload(client, data=b"\x89PNG\r\n\x1a\n une photo", filename="photo.png")
    assert status == 400
    assert "Ce fichier n'est pas un PDF" in html
    assert verifier.checked == []


@pytest.mark.parametrize(
    "payload",
    [
        pytest.param(lambda: form(field="autre"), id="no-document-field"),
        pytest.param(lambda: form(b"", filename=""), id="no-file-chosen"),
        pytest.param(lambda: {"document": "pas un fichier"}, id="urlencoded"),
        pytest.param(lambda: b"garbage", id="not-a-form"),
    ],
)
async def test_a_form_without_a_file_gets_a_french_400(
    make_client: ClientFactory, payload: Callable[[], object]
) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier)
    response = await client.post("/verifier", data=payload())
    html = await text_of(response)
    assert response.status == 400
    assert "Aucun fichier reçu" in html
    assert verifier.checked == []


@pytest.mark.filterwarnings("ignore::aiohttp.multipart.BadContentDispositionHeader")
async def test_a_broken_multipart_body_gets_a_400(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier())
    response = await client.post(
        "/verifier",
        data=b"--frontiere\r\nContent-Disposition: form-data; name=",
        headers={"Content-Type": "multipart/form-data; boundary=frontiere"},
    )
    assert response.status == 400
    assert "Aucun fichier reçu" in await text_of(response)


async def test_a_failing_verifier_gets_a_french_500_without_traceback(
    make_client: ClientFactory, caplog: pytest.LogCaptureFixture
) -> None:
    client = await make_client(FakeVerifier(error=RuntimeError("base de données absente")))
    with caplog.at_level(logging.ERROR, logger="greffier.web"):
        status, html = await upload(client)
    assert status == 500
    assert "Vérification impossible pour le moment" in html
    assert "Traceback" not in html
    assert "RuntimeError" not in html
    assert "base de données absente" not in html
    assert any(
        r.exc_info and "base de données absente" in r.getMessage() + str(r.exc_info[1])
        for r in caplog.records
    )


async def test_an_unknown_page_gets_a_french_404(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier())
    response = await client.get("/verifier/un/deux")
    html = await text_of(response)
    assert response.status == 404
    assert "Page introuvable" in html
    assert 'href="../../verifier"' in html


# --- the record a QR code points to -------------------------------------------------------------


async def test_the_record_page_shows_who_signed_and_the_signed_version(
    make_client: ClientFactory,
) -> None:
    client = await make_client(FakeVerifier())
    response = await client.get(f"/verifier/{TOKEN}")
    html = await text_of(response)
    assert response.status == 200
    assert "Document signé 2026-ARR-0042" in html
    assert "Arrêté de voirie rue des Lilas" in html
    assert "Signatures terminées le <strong>22 novembre 2026 à 15 h 30</strong>" in html
    assert "<strong>Jeanne Petit</strong>, Directrice générale des services" in html
    assert "<h2>Visa et signature</h2>" in html
    assert "Visa le 21 novembre 2026 à 9 h 00" in html
    assert "<strong>Paul Martin</strong>, Adjoint au maire" in html
    assert "Pour le Maire, par délégation" in html
    assert "Signature le 22 novembre 2026 à 14 h 05" in html
    assert SHA in html
    assert 'name="document"' in html
    assert 'href="../verifier"' in html
    assert "data-verdict" not in html  # nothing uploaded yet


async def test_an_unknown_token_gets_a_french_404(make_client: ClientFactory) -> None:
    verifier = FakeVerifier()
    client = await make_client(verifier)
    for response in (
        await client.get("/verifier/inconnu"),
        await client.get("/verifier/" + "x" * 500),
        await client.post("/verifier/inconnu", data=form()),
    ):
        html = await text_of(response)
        assert response.status == 404
        assert "Document inconnu" in html
    assert verifier.checked == []


async def test_uploading_the_recorded_version_on_its_page(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification(GOOD, DELEGATE, sha=SHA), known=RECORD))
    status, html = await upload(client, f"/verifier/{TOKEN}")
    assert status == 200
    assert 'data-compare="same"' in html
    assert "Ce fichier est exactement la version signée enregistrée" in html
    assert "Document intact" in html
    assert "Document signé 2026-ARR-0042" in html


async def test_uploading_another_file_on_a_record_page(make_client: ClientFactory) -> None:
    client = await make_client(FakeVerifier(verification(ALTERED, sha=OTHER_SHA)))
    status, html = await upload(client, f"/verifier/{TOKEN}")
    assert status == 200
    assert 'data-compare="different"' in html
    assert "n'est pas la version signée enregistrée" in html
    assert "Document modifié après signature" in html


async def test_a_refused_upload_on_a_record_page_is_refused_there(
    make_client: ClientFactory,
) -> None:
    client = await make_client(FakeVerifier(), max_upload_bytes=1000)
    status, html = await upload(client, f"/verifier/{TOKEN}", data=b"pas un pdf")
    assert status == 400
    assert "Ce fichier n'est pas un PDF" in html
    status, html = await upload(client, f"/verifier/{TOKEN}", data=PDF + b"x" * 5000)
    assert status == 413


# --- the machines' routes -----------------------------------------------------------------------


async def test_healthz_and_metrics_still_answer(make_client: ClientFactory) -> None:
    health = Health()
    client = await make_client(FakeVerifier(), health=health)
    response = await client.get("/healthz")
    assert response.status == 503
    assert (await response.json())["status"] == "degraded"
    health.synced()
    # Synced, but the bot's session is not shown cross-signed yet: Element users could not
    # read it, so the bot is not healthy.
    waiting = await client.get("/healthz")
    assert waiting.status == 503
    assert (await waiting.json())["identity"]["cross_signed"] is False
    health.identity_verified("AbCd EfGh")
    response = await client.get("/healthz")
    assert response.status == 200
    assert await response.json() == {
        "status": "ok",
        "sync": {"alive": True, "seconds_since_last": 0.0, "last_error": None},
        "database": "ok",
        "identity": {"cross_signed": True, "master_key": "AbCd EfGh", "problem": None},
    }
    health.identity_problem = "mot de passe du bot refusé"
    refused = await client.get("/healthz")
    assert refused.status == 503
    assert (await refused.json())["identity"]["problem"] == "mot de passe du bot refusé"
    health.identity_verified("AbCd EfGh")
    health.sync_failed("ClientConnectorError")  # the homeserver went away: degraded at once
    failing = await client.get("/healthz")
    assert failing.status == 503
    assert (await failing.json())["sync"]["last_error"] == "ClientConnectorError"
    health.synced()
    assert (await client.get("/healthz")).status == 200
    response = await client.get("/metrics")
    assert response.status == 200
    assert "greffier_events_handled" in await response.text()


async def test_without_a_verifier_the_server_is_as_before() -> None:
    health = Health()
    health.synced()
    health.identity_verified("AbCd")
    client = TestClient(TestServer(web.make_app(health, Metrics(), database_up)))
    await client.start_server()
    try:
        assert (await client.get("/healthz")).status == 200
        assert (await client.get("/metrics")).status == 200
        assert (await client.get("/verifier")).status == 404
    finally:
        await client.close()


async def test_a_failing_health_check_keeps_aiohttp_s_answer() -> None:
    async def broken() -> bool:
        raise RuntimeError("sonde en panne")

    app = web.make_app(Health(), Metrics(), broken, verifier=FakeVerifier())
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        response = await client.get("/healthz")
        assert response.status == 500
        assert response.content_type == "text/plain"
    finally:
        await client.close()


# --- helpers ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("moment", "text"),
    [
        (dt.datetime(2026, 11, 22, 13, 5, tzinfo=dt.UTC), "22 novembre 2026 à 14 h 05"),
        (dt.datetime(2026, 6, 30, 22, 0, tzinfo=dt.UTC), "1er juillet 2026 à 0 h 00"),
        (dt.datetime(2026, 3, 9, 8, 7), "9 mars 2026 à 9 h 07"),  # noqa: DTZ001 naive: as UTC
    ],
)
def test_french_moment(moment: dt.datetime, text: str) -> None:
    assert web.french_moment(moment) == text


@pytest.mark.parametrize(
    ("path", "href"),
    [
        ("/verifier", "verifier"),
        ("/verifier/abc", "../verifier"),
        ("/verifier/", "../verifier"),
        ("/a/b/c", "../../verifier"),
    ],
)
def test_home_href_is_relative(path: str, href: str) -> None:
    assert web.home_href(path) == href
