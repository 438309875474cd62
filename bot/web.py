"""The bot's small web server: /healthz for supervisors, /metrics for Prometheus, and the public
verification page the QR code of every signature stamp points to.

The verification page is for people who never asked to meet software: a citizen holding a
printed arrêté, a prefecture clerk checking an act. So it says one thing first, in large type
("Document intact", "Document modifié après signature"), then who signed, in which qualité and
when; hashes and field names wait in a "Détails techniques" block. It needs no JavaScript and
loads nothing from elsewhere (the CSS is inline), so it works on an old phone and behind any
proxy. Forms post to the page's own address (no `action`), which keeps it working when a reverse
proxy serves it under a path prefix.

The cryptography and the database stay behind `circuits.verification.Verifier`: this module
only reads the upload (bounded: a browser picking a 2 GB video must get a French page, not a
dropped connection or a traceback) and renders the answer.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiohttp import BodyPartReader, web
from jinja2 import Environment, FileSystemLoader, StrictUndefined
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from bot.metrics import Health, Metrics
from french.dates import format_moment_fr

if TYPE_CHECKING:
    from circuits.verification import SignedBy, SignedRecord, Verifier
    from storage.evidence import SignatureReport, Verification

log = logging.getLogger("greffier.web")

TEMPLATES_DIR = Path(__file__).parent / "web_templates"
DEFAULT_MAX_UPLOAD_BYTES = 50 * 1024 * 1024
DOCUMENT_FIELD = "document"
# Room for what a browser adds around the file in a multipart body (boundaries, headers, other
# small fields): a request announcing more than the limit plus this is refused unread.
FORM_OVERHEAD = 64 * 1024
CHUNK = 256 * 1024
MAX_TOKEN_LENGTH = 200
MAX_FILENAME_LENGTH = 120
# Where a PDF's "%PDF-" header may start (ISO 32000 tolerates leading bytes).
PDF_HEADER_WINDOW = 1024

# The verification pages show what someone uploaded: never cached, never framed, and the token
# in the address is not sent to other sites.
PAGE_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
        "base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# Their behaviour (status codes, bodies) is what supervisors and Prometheus rely on: the French
# error pages never replace it.
MACHINE_PATHS = frozenset({"/healthz", "/metrics"})


def french_moment(moment: dt.datetime) -> str:
    """ "22 novembre 2026 à 14 h 05", Paris time: what a French reader expects on an act.
    A naive time can only come from a careless producer; it is read as UTC rather than
    refused, because the page must show something."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return format_moment_fr(moment)


# --- what the templates show ------------------------------------------------------------------


@dataclass(frozen=True)
class Verdict:
    """The one-line answer at the top of the page; `tone` picks its colour."""

    kind: str  # intact | modified | unsigned | unreadable | untrusted | invalid
    tone: str  # ok | bad | warn | neutral
    title: str
    explanation: str


@dataclass(frozen=True)
class SignatureView:
    name: str
    qualite: str | None
    reason: str | None
    at: str | None
    ok: bool
    status: str
    field: str
    timestamped: bool
    intact: bool
    trusted: bool
    covers_up_to_date: bool


@dataclass(frozen=True)
class ResultView:
    verdict: Verdict
    signatures: tuple[SignatureView, ...]
    summary: str
    sha256: str
    filename: str | None
    known: str | None  # "C'est la version signée du document …" when the bot knows the file
    same_as_record: bool | None  # on a record's page: is it exactly the recorded version?


@dataclass(frozen=True)
class SignedByView:
    kind: str
    name: str
    qualite: str
    on_behalf: str | None
    at: str


@dataclass(frozen=True)
class RecordView:
    reference: str
    title: str
    finished: str
    sha256: str
    signatures: tuple[SignedByView, ...]
    heading: str  # "Signature", "Visas et signatures"…


def _authority(organisation: str | None) -> str:
    return organisation or "la collectivité"


def verdict_of(result: Verification, organisation: str | None) -> Verdict:
    """Sorts the file into one of the answers a reader can act on. A signature whose bytes or
    coverage broke means the file changed (the reader must ask for the original); a signature
    that only fails on trust means the file may be fine but is not ours to vouch for."""
    if not result.readable:
        return Verdict(
            "unreadable",
            "neutral",
            "Fichier illisible",
            "Ce fichier n'a pas pu être lu : il est peut-être endommagé, incomplet ou protégé "
            "par un mot de passe. Essayez avec le fichier d'origine.",
        )
    if not result.signatures:
        return Verdict(
            "unsigned",
            "neutral",
            "Aucune signature",
            "Ce document ne porte aucune signature électronique : il n'y a rien à vérifier. "
            "S'il devait être signé, demandez la version signée à la collectivité qui l'a émis.",
        )
    count = len(result.signatures)
    if result.intact:
        signatures = (
            "sa signature est valide" if count == 1 else f"ses {count} signatures sont valides"
        )
        return Verdict(
            "intact",
            "ok",
            "Document intact",
            f"Le document n'a pas été modifié depuis qu'il a été signé, et {signatures}.",
        )
    if any(not s.intact or not s.covers_up_to_date for s in result.signatures):
        return Verdict(
            "modified",
            "bad",
            "Document modifié après signature",
            "Le contenu de ce fichier a changé depuis qu'il a été signé : ce n'est plus le "
            "document signé. Demandez l'original à la collectivité qui l'a émis.",
        )
    if any(not s.trusted for s in result.signatures):
        return Verdict(
            "untrusted",
            "warn",
            "Signature non reconnue",
            "Le document n'a pas été modifié, mais une signature au moins ne provient pas de "
            f"{_authority(organisation)} : elle ne peut pas être confirmée ici.",
        )
    return Verdict(
        "invalid",
        "bad",
        "Signature non valide",
        "Une signature au moins de ce document n'est pas valide : ne vous fiez pas à ce "
        "fichier et demandez l'original à la collectivité qui l'a émis.",
    )


def _signature_view(report: SignatureReport, organisation: str | None) -> SignatureView:
    ok = report.valid and report.covers_up_to_date
    authority = _authority(organisation)
    if ok:
        status = f"Signature valide, reconnue par {authority}."
    elif report.intact and report.covers_up_to_date and not report.trusted:
        status = f"Signature non reconnue : elle ne provient pas de {authority}."
    else:
        problem = report.problem or "la signature n'a pas pu être confirmée"
        status = f"Signature non valide : {problem}."
    return SignatureView(
        name=report.signer_name or "Signataire inconnu",
        qualite=report.qualite,
        reason=report.reason,
        at=None if report.signed_at is None else french_moment(report.signed_at),
        ok=ok,
        status=status,
        field=report.field,
        timestamped=report.timestamped,
        intact=report.intact,
        trusted=report.trusted,
        covers_up_to_date=report.covers_up_to_date,
    )


def known_sentence(record: SignedRecord) -> str:
    return (
        f"C'est la version signée du document {record.reference} « {record.title} », "
        f"terminée le {french_moment(record.finished_at)}."
    )


def result_view(
    result: Verification,
    record: SignedRecord | None,
    *,
    organisation: str | None,
    filename: str | None,
    compared_with: SignedRecord | None = None,
) -> ResultView:
    return ResultView(
        verdict=verdict_of(result, organisation),
        signatures=tuple(_signature_view(s, organisation) for s in result.signatures),
        summary=result.summary,
        sha256=result.sha256,
        filename=filename,
        known=None if record is None else known_sentence(record),
        same_as_record=(
            None
            if compared_with is None
            else result.sha256.lower() == compared_with.final_sha256.lower()
        ),
    )


def _signed_by_view(signed: SignedBy) -> SignedByView:
    return SignedByView(
        kind="Visa" if signed.kind == "visa" else "Signature",
        name=signed.name,
        qualite=signed.qualite,
        on_behalf=signed.on_behalf,
        at=french_moment(signed.at),
    )


def _heading(signatures: tuple[SignedBy, ...]) -> str:
    visas = sum(1 for s in signatures if s.kind == "visa")
    others = len(signatures) - visas
    if visas and others:
        return "Visas et signatures" if len(signatures) > 2 else "Visa et signature"
    if visas:
        return "Visas" if visas > 1 else "Visa"
    return "Signatures" if others > 1 else "Signature"


def record_view(record: SignedRecord) -> RecordView:
    return RecordView(
        reference=record.reference,
        title=record.title,
        finished=french_moment(record.finished_at),
        sha256=record.final_sha256,
        signatures=tuple(_signed_by_view(s) for s in record.signatures),
        heading=_heading(record.signatures),
    )


# --- reading the upload -----------------------------------------------------------------------


class _TooLargeError(Exception):
    pass


class _BadFormError(Exception):
    pass


@dataclass(frozen=True)
class Upload:
    data: bytes
    filename: str | None


async def _read_part(part: BodyPartReader, limit: int) -> bytes:
    data = bytearray()
    while chunk := await part.read_chunk(CHUNK):
        data += chunk
        if len(data) > limit:
            raise _TooLargeError
    return bytes(data)


async def read_upload(request: web.Request, limit: int) -> Upload | None:
    """The `document` field of a multipart form, read in chunks and given up past `limit`
    bytes (whatever the client announced: Content-Length may be absent or false). None when
    the form has no such field. What is left unread, aiohttp drains for a few seconds before
    closing, so the browser gets to show the refusal page."""
    if request.content_length is not None and request.content_length > limit + FORM_OVERHEAD:
        raise _TooLargeError
    if request.content_type != "multipart/form-data":
        raise _BadFormError
    try:
        return await _read_form(request, limit)
    except (_TooLargeError, _BadFormError):
        raise
    except Exception as error:  # a malformed body: the client's fault, not a server error
        log.info("formulaire de vérification illisible : %r", error)
        raise _BadFormError from error


async def _read_form(request: web.Request, limit: int) -> Upload | None:
    reader = await request.multipart()
    while (part := await reader.next()) is not None:
        if not isinstance(part, BodyPartReader):
            raise _BadFormError
        if part.name == DOCUMENT_FIELD:
            filename = part.filename
            data = await _read_part(part, limit)
            if filename is not None:
                filename = filename[:MAX_FILENAME_LENGTH]
            return Upload(data, filename or None)
        await _read_part(part, FORM_OVERHEAD)  # another field: small, or refused
    return None


def looks_like_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:PDF_HEADER_WINDOW]


# --- the application --------------------------------------------------------------------------


def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def make_app(
    health: Health,
    metrics: Metrics,
    db_ping: Callable[[], Awaitable[bool]],
    *,
    verifier: Verifier | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES,
    organisation: str | None = None,
) -> web.Application:
    """The web application. Without a `verifier` (signatures not configured) there is no
    verification page at all, and the server behaves exactly as before it existed."""

    async def healthz(_request: web.Request) -> web.Response:
        database_ok = await db_ping()
        sync_ok = health.sync_alive()
        age = health.sync_age()
        identity_ok = health.identity_problem is None
        body = {
            "status": "ok" if (database_ok and sync_ok and identity_ok) else "degraded",
            "sync": {
                "alive": sync_ok,
                "seconds_since_last": None if age is None else round(age, 1),
                "last_error": health.last_error,
            },
            "database": "ok" if database_ok else "unreachable",
            "identity": {
                "cross_signed": identity_ok,
                "master_key": health.identity_fingerprint,
                "problem": health.identity_problem,
            },
        }
        return web.json_response(body, status=200 if body["status"] == "ok" else 503)

    async def metrics_view(_request: web.Request) -> web.Response:
        return web.Response(
            body=generate_latest(metrics.registry),
            headers={"Content-Type": CONTENT_TYPE_LATEST},
        )

    if verifier is None:
        app = web.Application()
    else:
        pages = _VerificationPages(verifier, max_upload_bytes, organisation)
        app = web.Application(middlewares=[pages.middleware])
        app.router.add_get("/verifier", pages.home)
        app.router.add_post("/verifier", pages.check)
        app.router.add_get("/verifier/{token}", pages.record)
        app.router.add_post("/verifier/{token}", pages.compare)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/metrics", metrics_view)
    return app


class _VerificationPages:
    """The handlers of the public verification page, sharing the templates and settings."""

    def __init__(self, verifier: Verifier, max_upload_bytes: int, organisation: str | None):
        self.verifier = verifier
        self.max_upload_bytes = max_upload_bytes
        self.organisation = organisation
        self.templates = _environment()

    def page(
        self, request: web.Request, template: str, status: int = 200, **context: Any
    ) -> web.Response:
        html = self.templates.get_template(template).render(
            organisation=self.organisation,
            home_href=home_href(request.path),
            max_size=_megabytes(self.max_upload_bytes),
            **context,
        )
        return web.Response(
            text=html,
            status=status,
            content_type="text/html",
            charset="utf-8",
            headers=PAGE_HEADERS,
        )

    def message(
        self,
        request: web.Request,
        status: int,
        title: str,
        text: str,
        *,
        form: bool = True,
        home: bool = False,
    ) -> web.Response:
        return self.page(
            request, "message.html.j2", status, title=title, text=text, form=form, home=home
        )

    def too_large(self, request: web.Request) -> web.Response:
        size = _megabytes(self.max_upload_bytes)
        return self.message(
            request,
            413,
            "Fichier trop volumineux",
            f"Ce fichier dépasse la taille acceptée ({size}). Un document signé par la "
            "collectivité est bien plus léger : vérifiez que vous avez choisi le bon fichier.",
        )

    @web.middleware
    async def middleware(
        self, request: web.Request, handler: Callable[[web.Request], Awaitable[web.StreamResponse]]
    ) -> web.StreamResponse:
        """French pages instead of aiohttp's English ones, and never a traceback: an error is
        logged for us and the visitor is told, in words, to try again later."""
        if request.path in MACHINE_PATHS:
            return await handler(request)
        try:
            return await handler(request)
        except web.HTTPNotFound:
            return self.message(
                request,
                404,
                "Page introuvable",
                "Cette adresse ne correspond à aucune page. Pour vérifier un document signé, "
                "utilisez la page de vérification.",
                form=False,
                home=True,
            )
        except web.HTTPException:
            raise
        except Exception:
            log.exception("page de vérification en erreur (%s %s)", request.method, request.path)
            return self.message(
                request,
                500,
                "Vérification impossible pour le moment",
                "Le service de vérification a rencontré un problème. Réessayez dans quelques "
                "minutes ; si cela persiste, contactez la collectivité.",
                form=False,
                home=True,
            )

    async def home(self, request: web.Request) -> web.Response:
        return self.page(request, "verify.html.j2", result=None)

    async def _uploaded(self, request: web.Request) -> Upload | web.Response:
        try:
            upload = await read_upload(request, self.max_upload_bytes)
        except _TooLargeError:
            return self.too_large(request)
        except _BadFormError:
            upload = None
        if upload is None or not upload.data:
            return self.message(
                request,
                400,
                "Aucun fichier reçu",
                "Choisissez d'abord le fichier PDF à vérifier, puis appuyez sur « Vérifier ».",
            )
        if not looks_like_pdf(upload.data):
            return self.message(
                request,
                400,
                "Ce fichier n'est pas un PDF",
                "La vérification porte sur les documents PDF signés par la collectivité. "
                "Choisissez le fichier PDF reçu ou téléchargé (son nom finit souvent par .pdf).",
            )
        return upload

    async def check(self, request: web.Request) -> web.Response:
        upload = await self._uploaded(request)
        if isinstance(upload, web.Response):
            return upload
        verification, known = await self.verifier.check(upload.data)
        result = result_view(
            verification, known, organisation=self.organisation, filename=upload.filename
        )
        return self.page(request, "verify.html.j2", result=result)

    async def _record(self, request: web.Request) -> SignedRecord | None:
        token = request.match_info["token"]
        if len(token) > MAX_TOKEN_LENGTH:  # no token is that long: spare the database
            return None
        return await self.verifier.record(token)

    async def record(self, request: web.Request) -> web.Response:
        record = await self._record(request)
        if record is None:
            return self.unknown_token(request)
        return self.page(request, "record.html.j2", record=record_view(record), result=None)

    async def compare(self, request: web.Request) -> web.Response:
        record = await self._record(request)
        if record is None:
            return self.unknown_token(request)
        upload = await self._uploaded(request)
        if isinstance(upload, web.Response):
            return upload
        verification, known = await self.verifier.check(upload.data)
        result = result_view(
            verification,
            known,
            organisation=self.organisation,
            filename=upload.filename,
            compared_with=record,
        )
        return self.page(request, "record.html.j2", record=record_view(record), result=result)

    def unknown_token(self, request: web.Request) -> web.Response:
        return self.message(
            request,
            404,
            "Document inconnu",
            "Cette adresse de vérification ne correspond à aucun document signé par la "
            "collectivité. Vérifiez qu'elle a été recopiée en entier, ou envoyez le fichier "
            "lui-même sur la page de vérification.",
            form=False,
            home=True,
        )


def home_href(path: str) -> str:
    """The verification page, relative to `path`: the app may sit behind a proxy that serves
    it under a prefix (https://mairie.fr/greffier/verifier), which an absolute link would lose."""
    return "../" * max(0, path.count("/") - 1) + "verifier"


def _megabytes(size: int) -> str:
    megabytes = size / (1024 * 1024)
    if megabytes >= 1:
        return f"{megabytes:.0f} Mo"
    return f"{max(1, round(size / 1024))} Ko"


async def start(app: web.Application, host: str, port: int) -> web.AppRunner:
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, host, port)
    await site.start()
    return runner
