"""PAdES signatures on real files, checked by pyHanko's own validation: the signatures page,
two signatures (the second by a delegate), what the stamps show, tampering (a signed byte
changed, a later update changing the text), a foreign CA, unreadable input, keys that persist,
a PKCS#11 token (SoftHSM2) and an RFC 3161 timestamp from a local server."""

from __future__ import annotations

import asyncio
import datetime as dt
import http.server
import io
import os
import shutil
import stat
import subprocess
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pkcs11
import pytest
from asn1crypto import keys as asn1_keys
from asn1crypto import tsp, x509
from cryptography import x509 as cx509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.generic import pdf_name
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.timestamps import DummyTimeStamper
from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from circuits.signing import pades as signing
from circuits.signing.pades import (
    KeyStore,
    KeyStoreError,
    Pkcs11KeyStore,
    Pkcs12KeyStore,
    SignerName,
    Stamp,
)
from tests.conftest import require_tool

ORGANISATION = "Commune de Saint-Exemple"
PASSPHRASE = b"correct horse battery staple"
MARIE = SignerName("@marie.durand:mairie.fr", "Marie", "Durand", "Maire")
PAUL = SignerName("@paul.martin:mairie.fr", "Paul", "Martin", "Directeur général des services")
DELEGATION = "Pour le Maire, par délégation"
SIGNED_AT = dt.datetime(2026, 11, 22, 13, 5, tzinfo=dt.UTC)  # 14:05 in Paris (CET)
URL = "https://greffier.saint-exemple.fr/verifier/3f9a"
SLOTS = [
    ("sig_maire", "Signature : Marie Durand, Maire"),
    ("sig_dgs", "Signature : Paul Martin, Directeur général des services"),
]
AMOUNT = b"Montant : 1 000 euros"


def one_page_pdf(amount: bytes = AMOUNT) -> bytes:
    """An arrêté of one page; content not compressed, so its text can be found in the bytes."""
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=A4, pageCompression=0)
    pdf.setTitle("Arrêté de voirie")
    pdf.drawString(72, 760, "Arrêté n° 2026-042 portant permission de voirie")
    pdf.drawString(72, 740, "rue des Écoles, Saint-Exemple")
    pdf.drawString(72, 720, amount.decode())
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def prepared(slots: list[tuple[str, str]] = SLOTS) -> bytes:
    return signing.prepare_for_signatures(
        one_page_pdf(), title="Arrêté de voirie rue des Écoles", reference="2026-042", slots=slots
    )


def sign_both(keys: KeyStore, pdf: bytes) -> tuple[bytes, bytes]:
    first = signing.sign(
        pdf,
        keys,
        MARIE,
        field="sig_maire",
        stamp=Stamp(on_behalf=None, signed_at=SIGNED_AT, verify_url=URL),
        reason="Signature",
        location="Saint-Exemple",
    )
    second = signing.sign(
        first,
        keys,
        PAUL,
        field="sig_dgs",
        stamp=Stamp(on_behalf=DELEGATION, signed_at=SIGNED_AT, verify_url=URL),
        reason="Signature pour le Maire, par délégation",
    )
    return first, second


def stamp_text(pdf: bytes, field: str) -> str:
    """The text of a signature widget's appearance, as a reader extracts it: the appearance
    stream drawn on a blank page, read by pypdf through its fonts' ToUnicode maps."""
    reader = PdfReader(io.BytesIO(pdf))
    for page in reader.pages:
        for annotation in page.get("/Annots", []):
            widget = annotation.get_object()
            if widget.get("/T") != field:
                continue
            canvas_page = PageObject.create_blank_page(width=300, height=100)
            canvas_page[NameObject("/Resources")] = DictionaryObject(
                {
                    NameObject("/XObject"): DictionaryObject(
                        {NameObject("/S"): widget["/AP"].raw_get("/N")}
                    )
                }
            )
            contents = DecodedStreamObject()
            contents.set_data(b"q /S Do Q")
            canvas_page[NameObject("/Contents")] = contents
            return canvas_page.extract_text()
    raise AssertionError(f"no widget {field}")


@pytest.fixture(scope="module")
def keys(tmp_path_factory: pytest.TempPathFactory) -> Pkcs12KeyStore:
    return Pkcs12KeyStore(tmp_path_factory.mktemp("keys"), PASSPHRASE, ORGANISATION)


@dataclass(frozen=True)
class Circuit:
    prepared: bytes
    first: bytes
    second: bytes


@pytest.fixture(scope="module")
def circuit(keys: Pkcs12KeyStore) -> Circuit:
    pdf = prepared()
    first, second = sign_both(keys, pdf)
    return Circuit(pdf, first, second)


# ---------------------------------------------------------------------------------------------
# the signatures page


def test_prepared_page_keeps_the_document_and_adds_empty_fields_in_boxes() -> None:
    original = one_page_pdf()
    pdf = prepared()
    before, after = PdfReader(io.BytesIO(original)), PdfReader(io.BytesIO(pdf))
    assert len(after.pages) == 2
    assert after.pages[0].get_contents().get_data() == before.pages[0].get_contents().get_data()
    page_text = after.pages[1].extract_text()
    assert "Signatures — Arrêté de voirie rue des Écoles — Réf. 2026-042" in page_text
    assert "Signature : Marie Durand, Maire" in page_text
    assert "Signature : Paul Martin, Directeur général des services" in page_text
    widgets = {a.get_object()["/T"]: a.get_object() for a in after.pages[1]["/Annots"]}
    assert set(widgets) == {"sig_maire", "sig_dgs"}
    rects = [[float(v) for v in w["/Rect"]] for w in widgets.values()]
    for x1, y1, x2, y2 in rects:
        assert (x2 - x1, y2 - y1) == (signing.BOX_WIDTH, signing.BOX_HEIGHT)
        assert 0 < x1 < x2 < signing.PAGE_WIDTH and 0 < y1 < y2 < signing.PAGE_HEIGHT
    assert rects[0][2] <= rects[1][0] or rects[1][2] <= rects[0][0]  # side by side, apart
    assert all("/V" not in w for w in widgets.values())  # empty: nothing signed yet
    assert signing.verify(pdf, []).summary == "Ce PDF ne porte aucune signature."


def test_prepare_refuses_bad_slots_and_signed_documents(circuit: Circuit) -> None:
    with pytest.raises(ValueError, match="champs"):
        signing.prepare_for_signatures(
            one_page_pdf(), title="T", reference="R", slots=[("a", "A"), ("a", "B")]
        )
    with pytest.raises(ValueError, match="champs"):
        signing.prepare_for_signatures(
            one_page_pdf(), title="T", reference="R", slots=[("a.b", "A")]
        )
    with pytest.raises(ValueError, match="déjà une signature"):
        signing.prepare_for_signatures(circuit.first, title="T", reference="R", slots=[("x", "X")])
    with pytest.raises(ValueError, match="lisible"):
        signing.prepare_for_signatures(b"not a pdf", title="T", reference="R", slots=[("x", "X")])


def test_many_slots_take_more_pages() -> None:
    slots = [(f"sig{i}", f"Signature : personne {i}") for i in range(signing.slots_per_page() + 1)]
    pdf = prepared(slots)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 3
    assert len(reader.pages[2]["/Annots"]) == 1


# ---------------------------------------------------------------------------------------------
# two signatures, the second by a delegate


def test_two_signatures_verify_intact(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    result = signing.verify(circuit.second, keys.trust_roots())
    assert result.readable and result.intact
    assert result.summary == "Document intact : 2 signatures valides."
    first, second = result.signatures
    assert (first.field, first.signer_name, first.qualite) == (
        "sig_maire",
        "Marie Durand",
        "Maire",
    )
    assert (second.field, second.signer_name, second.qualite) == (
        "sig_dgs",
        "Paul Martin",
        "Directeur général des services",
    )
    assert first.reason == "Signature"
    assert second.reason == "Signature pour le Maire, par délégation"
    for report in result.signatures:
        assert report.intact and report.trusted and report.valid and report.covers_up_to_date
        assert report.problem is None and not report.timestamped
        assert report.signed_at is not None
        assert abs(report.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(hours=1)
    assert result.sha256 == signing.hashlib.sha256(circuit.second).hexdigest()


def test_second_signature_is_an_incremental_update(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    assert circuit.first.startswith(circuit.prepared)
    assert circuit.second.startswith(circuit.first)
    alone = signing.verify(circuit.first, keys.trust_roots())
    assert alone.intact and len(alone.signatures) == 1
    assert alone.summary == "Document intact : 1 signature valide."
    earlier = signing.verify(circuit.second, keys.trust_roots()).signatures[0]
    assert earlier.valid and earlier.covers_up_to_date  # the later signature is allowed


def test_stamps_show_name_qualite_delegation_and_paris_date(circuit: Circuit) -> None:
    mayor = stamp_text(circuit.second, "sig_maire").split("\n")
    assert [line.strip() for line in mayor if line.strip()] == [
        "Signé par Marie Durand",
        "Maire",
        "le 22 novembre 2026 à 14 h 05",
    ]
    delegate = stamp_text(circuit.second, "sig_dgs").split("\n")
    assert [line.strip() for line in delegate if line.strip()] == [
        "Signé par Paul Martin",
        "Directeur général des services",
        "Pour le Maire, par délégation",
        "le 22 novembre 2026 à 14 h 05",
    ]


def test_long_lines_wrap_in_the_stamp_without_shrinking_it(keys: Pkcs12KeyStore) -> None:
    on_behalf = "Pour le Président de la communauté de communes du Val-Exemple, par délégation"
    pdf = signing.sign(
        prepared(),
        keys,
        MARIE,
        field="sig_maire",
        stamp=Stamp(on_behalf=on_behalf, signed_at=SIGNED_AT, verify_url=URL),
        reason="Signature",
    )
    lines = [line.strip() for line in stamp_text(pdf, "sig_maire").split("\n") if line.strip()]
    assert " ".join(lines) == (
        f"Signé par Marie Durand Maire {on_behalf} le 22 novembre 2026 à 14 h 05"
    )
    assert len(lines) > 4  # the delegation took more than one line
    widths = [signing._width(line, signing.STAMP_SIZE) for line in lines]
    assert max(widths) <= signing.STAMP_TEXT_WIDTH


def test_french_date() -> None:
    assert signing.french_date(dt.datetime(2026, 7, 1, 6, 30, tzinfo=dt.UTC)) == (
        "1er juillet 2026 à 8 h 30"  # summer time
    )
    with pytest.raises(ValueError):
        signing.french_date(dt.datetime(2026, 7, 1, 6, 30))  # noqa: DTZ001


def test_invisible_signature_fills_the_same_field(keys: Pkcs12KeyStore) -> None:
    pdf = signing.sign(prepared(), keys, MARIE, field="sig_maire", stamp=None, reason="Signature")
    assert stamp_text(pdf, "sig_maire").strip() == ""
    result = signing.verify(pdf, keys.trust_roots())
    assert result.intact and [r.field for r in result.signatures] == ["sig_maire"]


def test_sign_refuses_a_missing_or_signed_field(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    with pytest.raises(ValueError, match="pas de champ"):
        signing.sign(circuit.prepared, keys, MARIE, field="nope", stamp=None, reason="Signature")
    with pytest.raises(ValueError, match="lisible"):
        signing.sign(b"%PDF-junk", keys, MARIE, field="sig_maire", stamp=None, reason="Signature")
    with pytest.raises(ValueError, match="déjà signé"):
        signing.sign(circuit.first, keys, MARIE, field="sig_maire", stamp=None, reason="Signature")


async def test_sign_and_verify_from_worker_threads_while_a_loop_runs(
    keys: Pkcs12KeyStore,
) -> None:
    document = prepared()

    async def one(who: SignerName) -> bool:
        pdf = await asyncio.to_thread(
            signing.sign,
            document,
            keys,
            who,
            field="sig_dgs",
            stamp=Stamp(on_behalf=DELEGATION, signed_at=SIGNED_AT, verify_url=URL),
            reason="Signature",
        )
        result = await asyncio.to_thread(signing.verify, pdf, keys.trust_roots())
        return result.intact and result.signatures[0].signer_name == who.full_name

    assert await asyncio.gather(*(one(who) for who in (PAUL, MARIE, PAUL, MARIE))) == [True] * 4


# ---------------------------------------------------------------------------------------------
# tampering


def test_byte_changed_in_signed_data(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    assert circuit.second.count(AMOUNT) == 1
    forged = circuit.second.replace(AMOUNT, b"Montant : 9 000 euros")
    result = signing.verify(forged, keys.trust_roots())
    assert result.readable and not result.intact
    assert result.summary == "Document modifié après signature."
    for report in result.signatures:
        assert not report.intact and not report.valid
        assert report.problem is not None and "altéré" in report.problem


def test_content_changed_in_a_later_update(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    writer = IncrementalPdfFileWriter(io.BytesIO(circuit.second))
    page_ref, _ = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    page[pdf_name("/Contents")] = writer.add_object(
        generic.StreamObject(stream_data=b"BT /F1 12 Tf 72 720 Td (Montant : 9 000 euros) Tj ET")
    )
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    result = signing.verify(out.getvalue(), keys.trust_roots())
    assert result.readable and not result.intact
    assert result.summary == "Document modifié après signature."
    last = result.signatures[-1]
    assert last.intact  # its own bytes are untouched...
    assert not last.covers_up_to_date and not last.valid  # ...but the page changed after it
    assert last.problem == "le document a été modifié après cette signature"


def test_certificate_from_another_ca_is_not_trusted(keys: Pkcs12KeyStore, tmp_path: Path) -> None:
    stranger = Pkcs12KeyStore(tmp_path, b"other", "Commune voisine")
    pdf = signing.sign(
        prepared(), stranger, MARIE, field="sig_maire", stamp=None, reason="Signature"
    )
    result = signing.verify(pdf, keys.trust_roots())
    assert result.readable and not result.intact
    (report,) = result.signatures
    assert report.intact and not report.trusted and not report.valid
    assert report.problem is not None and "autorité" in report.problem
    assert result.summary.startswith("Signature non reconnue")
    assert signing.verify(pdf, stranger.trust_roots()).intact


@pytest.mark.parametrize(
    "data",
    [b"", b"garbage, not a PDF at all", b"%PDF-1.7\n%garbage\n" + os.urandom(2000)],
    ids=["empty", "text", "random"],
)
def test_unreadable_bytes(data: bytes) -> None:
    result = signing.verify(data, [])
    assert not result.readable and not result.intact and result.signatures == ()
    assert result.summary == "Ce fichier n'est pas un PDF lisible."


def test_truncated_signed_pdf(keys: Pkcs12KeyStore, circuit: Circuit) -> None:
    for cut in (len(circuit.second) // 2, len(circuit.second) - 10):
        result = signing.verify(circuit.second[:cut], keys.trust_roots())
        assert not result.readable and not result.intact
        assert result.summary == "Ce fichier n'est pas un PDF lisible."


def test_encrypted_pdf_is_unreadable() -> None:
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(one_page_pdf())))
    writer.encrypt(user_password="secret", owner_password="owner", algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    result = signing.verify(out.getvalue(), [])
    assert not result.readable and result.summary == "Ce fichier n'est pas un PDF lisible."


def test_unsigned_pdf(keys: Pkcs12KeyStore) -> None:
    result = signing.verify(one_page_pdf(), keys.trust_roots())
    assert result.readable and not result.intact and result.signatures == ()
    assert result.summary == "Ce PDF ne porte aucune signature."


# ---------------------------------------------------------------------------------------------
# keys


def test_certificate_says_who_signs(keys: Pkcs12KeyStore) -> None:
    cert = keys.signer(MARIE).signing_cert
    subject = cert.subject.native
    assert subject["common_name"] == "Marie Durand"
    assert (subject["given_name"], subject["surname"]) == ("Marie", "Durand")
    assert (subject["title"], subject["organization_name"]) == ("Maire", ORGANISATION)
    assert cert.key_usage_value.native == {"digital_signature", "non_repudiation"}
    assert cert.issuer == keys.trust_roots()[0].subject
    assert keys.ca_certificate_pem().startswith(b"-----BEGIN CERTIFICATE-----")


def test_keys_persist_and_files_are_private(keys: Pkcs12KeyStore) -> None:
    signer = keys.signer(MARIE)
    again = Pkcs12KeyStore(keys.directory, PASSPHRASE, ORGANISATION)
    assert again.trust_roots()[0].dump() == keys.trust_roots()[0].dump()
    assert again.ca_certificate_pem() == keys.ca_certificate_pem()
    assert again.signer(MARIE).signing_cert.dump() == signer.signing_cert.dump()
    assert keys.signer(MARIE) is signer  # cached
    files = [p for p in keys.directory.rglob("*") if p.is_file()]
    assert {p.name for p in files} >= {"ca.p12", "ca.pem"}
    assert len(list((keys.directory / "signers").glob("*.p12"))) >= 1
    for path in files:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_wrong_passphrase_is_a_clear_error(keys: Pkcs12KeyStore) -> None:
    keys.trust_roots()
    with pytest.raises(KeyStoreError, match="phrase de passe incorrecte"):
        Pkcs12KeyStore(keys.directory, b"wrong", ORGANISATION).signer(MARIE)


def test_new_qualite_gets_a_new_certificate(keys: Pkcs12KeyStore) -> None:
    adjointe = SignerName("@anne.roux:mairie.fr", "Anne", "Roux", "Adjointe au maire")
    before = keys.signer(adjointe).signing_cert
    maire = SignerName("@anne.roux:mairie.fr", "Anne", "Roux", "Maire")
    after = keys.signer(maire).signing_cert
    assert after.subject.native["title"] == "Maire"
    assert after.serial_number != before.serial_number
    reopened = Pkcs12KeyStore(keys.directory, PASSPHRASE, ORGANISATION).signer(maire)
    assert reopened.signing_cert.dump() == after.dump()


# ---------------------------------------------------------------------------------------------
# PKCS#11 (SoftHSM2)


@pytest.fixture(scope="module")
def token(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Pkcs11KeyStore]:
    module = signing.softhsm_module()
    require_tool("SoftHSM2 (softhsm2)", module is not None and bool(shutil.which("softhsm2-util")))
    assert module is not None
    base = tmp_path_factory.mktemp("softhsm")
    (base / "tokens").mkdir()
    config = base / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {base / 'tokens'}\n"
        "objectstore.backend = file\nlog.level = ERROR\n"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SOFTHSM2_CONF", str(config))
        subprocess.run(
            [
                "softhsm2-util",
                "--init-token",
                "--free",
                "--label",
                "greffier-test",
                "--pin",
                "1234",
                "--so-pin",
                "4321",
            ],
            check=True,
            capture_output=True,
        )
        store = Pkcs11KeyStore(module, "greffier-test", "1234", base / "certs", ORGANISATION)
        yield store
        store.close()


@pytest.mark.pkcs11
def test_pkcs11_round_trip(token: Pkcs11KeyStore) -> None:
    _, second = sign_both(token, prepared())
    result = signing.verify(second, token.trust_roots())
    assert result.intact and result.summary == "Document intact : 2 signatures valides."
    assert [r.signer_name for r in result.signatures] == ["Marie Durand", "Paul Martin"]
    assert [r.qualite for r in result.signatures] == ["Maire", "Directeur général des services"]
    assert "Pour le Maire, par délégation" in stamp_text(second, "sig_dgs")
    assert not signing.verify(second, []).intact


@pytest.mark.pkcs11
def test_pkcs11_keys_persist(token: Pkcs11KeyStore) -> None:
    signer = token.signer(MARIE)
    reopened = Pkcs11KeyStore(
        token.module, token.token_label, "1234", token.directory, ORGANISATION
    )
    try:
        assert reopened.trust_roots()[0].dump() == token.trust_roots()[0].dump()
        assert reopened.signer(MARIE).signing_cert.dump() == signer.signing_cert.dump()
    finally:
        reopened.close()
    assert (token.directory / "ca.pem").is_file()


@pytest.mark.pkcs11
def test_pkcs11_private_keys_are_in_the_token_and_not_extractable(token: Pkcs11KeyStore) -> None:
    token.signer(PAUL)
    # Another session of this process: it shares the store's login (PKCS#11 logs in an
    # application, not a session), so it sees the private keys.
    with pkcs11.lib(token.module).get_token(token_label=token.token_label).open() as session:
        keys = list(session.get_objects({pkcs11.Attribute.CLASS: pkcs11.ObjectClass.PRIVATE_KEY}))
        labels = {key.label for key in keys}
        flags = [
            (key[pkcs11.Attribute.SENSITIVE], key[pkcs11.Attribute.EXTRACTABLE]) for key in keys
        ]
    assert {"greffier-ca", PAUL.user_id} <= labels
    assert flags and all(sensitive and not extractable for sensitive, extractable in flags)


@pytest.mark.pkcs11
def test_pkcs11_signs_from_several_threads(token: Pkcs11KeyStore) -> None:
    def one(_: int) -> bool:
        pdf = signing.sign(prepared(), token, MARIE, field="sig_maire", stamp=None, reason="S")
        return signing.verify(pdf, token.trust_roots()).intact

    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(one, range(8))) == [True] * 8


@pytest.mark.pkcs11
def test_pkcs11_wrong_pin_is_a_clear_error(token: Pkcs11KeyStore, tmp_path: Path) -> None:
    token.trust_roots()  # the token's session is open: a second store must give the same PIN
    store = Pkcs11KeyStore(token.module, token.token_label, "0000", tmp_path, ORGANISATION)
    with pytest.raises(KeyStoreError, match="Code PIN refusé"):
        store.trust_roots()


@pytest.mark.pkcs11
def test_pkcs11_wrong_token_label_is_a_clear_error(token: Pkcs11KeyStore, tmp_path: Path) -> None:
    store = Pkcs11KeyStore(token.module, "no-such-token", "1234", tmp_path, ORGANISATION)
    with pytest.raises(KeyStoreError, match="no-such-token"):
        store.trust_roots()


# ---------------------------------------------------------------------------------------------
# PAdES B-T: a timestamp from a local RFC 3161 server (pyHanko's DummyTimeStamper over HTTP)


@dataclass(frozen=True)
class Tsa:
    url: str
    root: x509.Certificate


def _asn1(cert: cx509.Certificate) -> x509.Certificate:
    return x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))


def _tsa_certificates() -> tuple[x509.Certificate, x509.Certificate, asn1_keys.PrivateKeyInfo]:
    """A root and a TSA certificate (extendedKeyUsage timeStamping, critical) under it."""
    now = dt.datetime.now(dt.UTC)
    root_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tsa_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    root_name = cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Test TSA Root")])
    root = (
        cx509.CertificateBuilder()
        .subject_name(root_name)
        .issuer_name(root_name)
        .public_key(root_key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(cx509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            cx509.KeyUsage(False, False, False, False, False, True, True, False, False),
            critical=True,
        )
        .sign(root_key, hashes.SHA256())
    )
    tsa = (
        cx509.CertificateBuilder()
        .subject_name(cx509.Name([cx509.NameAttribute(NameOID.COMMON_NAME, "Test TSA")]))
        .issuer_name(root_name)
        .public_key(tsa_key.public_key())
        .serial_number(cx509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365))
        .add_extension(cx509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .sign(root_key, hashes.SHA256())
    )
    der_key = tsa_key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    return _asn1(root), _asn1(tsa), asn1_keys.PrivateKeyInfo.load(der_key)


@pytest.fixture(scope="module")
def tsa() -> Iterator[Tsa]:
    root, cert, key = _tsa_certificates()
    stamper = DummyTimeStamper(tsa_cert=cert, tsa_key=key, certs_to_embed=[root])

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
            body = stamper.request_tsa_response(request).dump()
            self.send_response(200)
            self.send_header("Content-Type", "application/timestamp-reply")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Tsa(f"http://127.0.0.1:{server.server_address[1]}/", root)
    finally:
        server.shutdown()
        server.server_close()


def test_timestamped_signature(keys: Pkcs12KeyStore, tsa: Tsa) -> None:
    pdf = signing.sign(
        prepared(),
        keys,
        MARIE,
        field="sig_maire",
        stamp=Stamp(on_behalf=None, signed_at=SIGNED_AT, verify_url=URL),
        reason="Signature",
        timestamp_url=tsa.url,
    )
    result = signing.verify(pdf, [*keys.trust_roots(), tsa.root])
    (report,) = result.signatures
    assert report.timestamped and report.valid and result.intact
    assert report.signed_at is not None
    assert abs(report.signed_at - dt.datetime.now(dt.UTC)) < dt.timedelta(minutes=5)
    # without the TSA's root, the timestamp cannot be checked: not valid, and said so
    untrusted = signing.verify(pdf, keys.trust_roots()).signatures[0]
    assert not untrusted.timestamped and not untrusted.valid
    assert untrusted.problem is not None and "horodatage" in untrusted.problem


def test_too_little_room_for_the_timestamp_is_measured_again(
    keys: Pkcs12KeyStore, tsa: Tsa, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(signing, "CMS_OVERHEAD", 0)
    monkeypatch.setattr(signing, "TIMESTAMP_ROOM", 0)
    pdf = signing.sign(
        prepared(), keys, MARIE, field="sig_maire", stamp=None, reason="S", timestamp_url=tsa.url
    )
    (report,) = signing.verify(pdf, [*keys.trust_roots(), tsa.root]).signatures
    assert report.timestamped and report.valid
