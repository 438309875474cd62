"""The collectivité's own certification authority and one signing key per signer.

The bot creates a small CA at setup (the first use of a key store): it issues to each signer,
on their first signature, a key pair and a certificate whose subject carries what the visible
signature must show by law (CRPA L.212-3): CN "Marie Durand", givenName, surname, title (the
qualité: "Maire") and O (the collectivité). A new certificate is issued when the qualité, the
name or the organisation changed since, or when the certificate ends within `RENEW_BEFORE`.

Two stores, one contract (`KeyStore`):

- `Pkcs12KeyStore`, the simple default: `ca.p12` (the CA key and certificate, encrypted with the
  store's passphrase) and `ca.pem` in the directory, one `signers/<sha256 of the user id>.p12`
  per signer; files mode 0600, written whole (temporary name, fsync, rename).
- `Pkcs11KeyStore`: the keys are generated in a PKCS#11 token (an HSM; SoftHSM2 in tests),
  sensitive and not extractable; the CA key too. Certificates are PEM files in the directory.

Signing speed: pyHanko's `SimpleSigner.sign_raw` parses the private key again at each signature
(about 50 ms for RSA-2048); `LoadedKeySigner` (circuits/signing/signers.py, with pyHanko, imported
at the first signature) keeps the parsed key, so a signature costs the RSA operation only. Signers
are built once per person and cached (a lock guards the cache and the issuance, so two threads
never issue twice). A PKCS#11 session must not serve two threads at once, and PKCS#11 logs in a
process, not a session: the process keeps one session per token, shared by the stores on it, and
every call on the token, signatures included, holds its lock.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

import pkcs11
from asn1crypto import keys as asn1_keys
from asn1crypto import pem, x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509 import load_der_x509_certificate
from pkcs11.util.rsa import encode_rsa_public_key

if TYPE_CHECKING:
    from pyhanko.sign.signers import Signer

SIGNER_KEY_BITS = 2048
CA_KEY_BITS = 3072
CA_YEARS = 30
SIGNER_YEARS = 10
RENEW_BEFORE = dt.timedelta(days=30)
CA_LABEL = "greffier-ca"


class KeyStoreError(Exception):
    """A key store that cannot be opened or used; the message is French, for people."""


@dataclass(frozen=True)
class SignerName:
    user_id: str  # Matrix id, "@marie.durand:mairie.fr": the stable key of the signer's key
    first_name: str
    last_name: str
    qualite: str  # the office: "Maire", "Directrice générale des services"

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


class KeyStore(Protocol):
    organisation: str

    def trust_roots(self) -> list[x509.Certificate]: ...

    def ca_certificate_pem(self) -> bytes: ...

    def signer(self, who: SignerName) -> Signer: ...


def user_key(user_id: str) -> str:
    """The name of a signer's files and token objects: the SHA-256 of their Matrix id."""
    return hashlib.sha256(user_id.encode()).hexdigest()


# --- certificates (asn1crypto, signed by a callable: a key in memory or in a token) ----------


def _time(moment: dt.datetime) -> x509.Time:
    # RFC 5280: UTCTime up to 2049, GeneralizedTime from 2050.
    return x509.Time({"utc_time" if moment.year < 2050 else "general_time": moment})


def _signer_subject(who: SignerName, organisation: str) -> x509.Name:
    return x509.Name.build(
        {
            "country_name": "FR",
            "organization_name": organisation,
            "common_name": who.full_name,
            "given_name": who.first_name,
            "surname": who.last_name,
            "title": who.qualite,
        }
    )


def _ca_subject(organisation: str) -> x509.Name:
    return x509.Name.build(
        {
            "country_name": "FR",
            "organization_name": organisation,
            "common_name": f"Autorité de signature — {organisation}",
        }
    )


def issue_certificate(
    *,
    subject: x509.Name,
    public_key: asn1_keys.PublicKeyInfo,
    issuer: x509.Certificate | None,
    sign: Callable[[bytes], bytes],
    years: int,
) -> x509.Certificate:
    """A certificate signed with sha256WithRSA by `sign`; `issuer` None makes the CA (self-signed,
    keyCertSign), else an end-entity signing certificate (digitalSignature, nonRepudiation)."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    is_ca = issuer is None
    extensions: list[dict[str, Any]] = [
        {
            "extn_id": "basic_constraints",
            "critical": True,
            "extn_value": {"ca": True, "path_len_constraint": 0} if is_ca else {"ca": False},
        },
        {
            "extn_id": "key_usage",
            "critical": True,
            "extn_value": {"key_cert_sign", "crl_sign"}
            if is_ca
            else {"digital_signature", "non_repudiation"},
        },
        {"extn_id": "key_identifier", "critical": False, "extn_value": public_key.sha1},
    ]
    if issuer is not None:
        extensions.append(
            {
                "extn_id": "authority_key_identifier",
                "critical": False,
                "extn_value": {"key_identifier": issuer.public_key.sha1},
            }
        )
    tbs = x509.TbsCertificate(
        {
            "version": "v3",
            "serial_number": secrets.randbits(126) | (1 << 125),
            "signature": {"algorithm": "sha256_rsa"},
            "issuer": subject if issuer is None else issuer.subject,
            "validity": {
                "not_before": _time(now - dt.timedelta(minutes=10)),
                "not_after": _time(now + dt.timedelta(days=365 * years)),
            },
            "subject": subject,
            "subject_public_key_info": public_key,
            "extensions": extensions,
        }
    )
    cert = x509.Certificate(
        {
            "tbs_certificate": tbs,
            "signature_algorithm": {"algorithm": "sha256_rsa"},
            "signature_value": sign(tbs.dump()),
        }
    )
    # Parsed again from its bytes: asn1crypto re-encodes a certificate built from values at
    # each dump (20 ms a signature), one parsed from DER gives its bytes back.
    return x509.Certificate.load(cert.dump())


def needs_new_certificate(cert: x509.Certificate, who: SignerName, organisation: str) -> bool:
    """True when the certificate no longer says who signs (qualité, name, organisation changed)
    or is about to end."""
    ends = cert["tbs_certificate"]["validity"]["not_after"].native
    if ends - dt.datetime.now(dt.UTC) < RENEW_BEFORE:
        return True
    return bool(cert.subject.native != _signer_subject(who, organisation).native)


def _pem(cert: x509.Certificate) -> bytes:
    return bytes(pem.armor("CERTIFICATE", cert.dump()))


def _load_pem_certificate(data: bytes) -> x509.Certificate:
    _, _, der = pem.unarmor(data)
    return x509.Certificate.load(der)


def _write_private(path: Path, data: bytes) -> None:
    """Write a whole file, mode 0600: temporary name, fsync, rename."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)
    temporary.replace(path)


# --- PKCS#12 ---------------------------------------------------------------------------------


def _rsa_sign(key: rsa.RSAPrivateKey) -> Callable[[bytes], bytes]:
    return lambda data: key.sign(data, padding.PKCS1v15(), hashes.SHA256())


def _public_key_info(key: rsa.RSAPrivateKey) -> asn1_keys.PublicKeyInfo:
    return asn1_keys.PublicKeyInfo.load(
        key.public_key().public_bytes(
            serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
        )
    )


def _crypto_cert(cert: x509.Certificate) -> Any:
    return load_der_x509_certificate(cert.dump())


class Pkcs12KeyStore:
    """Keys in PKCS#12 files encrypted with one passphrase (see the module's docstring)."""

    def __init__(self, directory: Path, passphrase: bytes, organisation: str) -> None:
        self.directory = directory
        self.organisation = organisation
        self._passphrase = passphrase
        self._lock = threading.Lock()
        self._ca: tuple[rsa.RSAPrivateKey, x509.Certificate] | None = None
        self._signers: dict[str, tuple[SignerName, Signer]] = {}

    def _load(self, path: Path, what: str) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        try:
            key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), self._passphrase)
        except ValueError as error:
            raise KeyStoreError(
                f"Impossible d'ouvrir {what} ({path.name}) : phrase de passe incorrecte ou "
                "fichier endommagé."
            ) from error
        if not isinstance(key, rsa.RSAPrivateKey) or cert is None:
            raise KeyStoreError(f"Le fichier {path.name} ne contient pas de clé RSA utilisable.")
        return key, x509.Certificate.load(cert.public_bytes(serialization.Encoding.DER))

    def _save(self, path: Path, name: str, key: rsa.RSAPrivateKey, cert: x509.Certificate) -> None:
        encryption = serialization.BestAvailableEncryption(self._passphrase)
        data = pkcs12.serialize_key_and_certificates(
            name.encode(), key, _crypto_cert(cert), None, encryption
        )
        _write_private(path, data)

    def _ca_locked(self) -> tuple[rsa.RSAPrivateKey, x509.Certificate]:
        if self._ca is None:
            path = self.directory / "ca.p12"
            if path.exists():
                self._ca = self._load(path, "la clé de l'autorité de signature")
            else:
                key = rsa.generate_private_key(public_exponent=65537, key_size=CA_KEY_BITS)
                cert = issue_certificate(
                    subject=_ca_subject(self.organisation),
                    public_key=_public_key_info(key),
                    issuer=None,
                    sign=_rsa_sign(key),
                    years=CA_YEARS,
                )
                self._save(path, CA_LABEL, key, cert)
                _write_private(self.directory / "ca.pem", _pem(cert))
                self._ca = key, cert
        return self._ca

    def trust_roots(self) -> list[x509.Certificate]:
        with self._lock:
            return [self._ca_locked()[1]]

    def ca_certificate_pem(self) -> bytes:
        return _pem(self.trust_roots()[0])

    def signer(self, who: SignerName) -> Signer:
        with self._lock:
            cached = self._signers.get(who.user_id)
            if cached is not None and cached[0] == who:
                return cached[1]
            ca_key, ca_cert = self._ca_locked()
            path = self.directory / "signers" / f"{user_key(who.user_id)}.p12"
            if path.exists():
                key, cert = self._load(path, f"la clé de {who.full_name}")
            else:
                key = rsa.generate_private_key(public_exponent=65537, key_size=SIGNER_KEY_BITS)
                cert = None
            if cert is None or needs_new_certificate(cert, who, self.organisation):
                cert = issue_certificate(
                    subject=_signer_subject(who, self.organisation),
                    public_key=_public_key_info(key),
                    issuer=ca_cert,
                    sign=_rsa_sign(ca_key),
                    years=SIGNER_YEARS,
                )
                self._save(path, who.user_id, key, cert)
            from circuits.signing.signers import LoadedKeySigner

            signer = LoadedKeySigner(key, cert, [ca_cert])
            self._signers[who.user_id] = (who, signer)
            return signer


# --- PKCS#11 ---------------------------------------------------------------------------------

SOFTHSM_MODULES = (
    "/usr/lib/softhsm/libsofthsm2.so",
    "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
    "/usr/local/lib/softhsm/libsofthsm2.so",
    "/usr/lib64/pkcs11/libsofthsm2.so",
)


def softhsm_module() -> str | None:
    """The path of SoftHSM2's PKCS#11 module (Debian package softhsm2), or None."""
    return next((path for path in SOFTHSM_MODULES if Path(path).is_file()), None)


@dataclass
class _TokenSession:
    """The one session this process keeps on a token, shared by every store using the token:
    PKCS#11 logs in an application, not a session (a second login fails, a logout ends every
    session's login), and a session must not serve two threads at once (`lock`)."""

    session: pkcs11.Session
    pin: str
    lock: threading.Lock
    users: int = 0


_SESSIONS: dict[tuple[str, str], _TokenSession] = {}
_SESSIONS_LOCK = threading.Lock()


def _find_token(module: str, label: str) -> pkcs11.Token:
    library = pkcs11.lib(module)
    try:
        return library.get_token(token_label=label)
    except pkcs11.NoSuchToken:
        # SoftHSM2 sees a token initialised after it was loaded only once reinitialised, which
        # would end the sessions open on the module: only done when there are none.
        if any(key[0] == module for key in _SESSIONS):
            raise KeyStoreError(f"Aucun jeton PKCS#11 « {label} » n'est présent.") from None
    library.reinitialize()
    try:
        return library.get_token(token_label=label)
    except pkcs11.NoSuchToken as error:
        raise KeyStoreError(f"Aucun jeton PKCS#11 « {label} » n'est présent.") from error


def _acquire_session(module: str, label: str, pin: str) -> _TokenSession:
    refused = f"Code PIN refusé par le jeton PKCS#11 « {label} »."
    with _SESSIONS_LOCK:
        shared = _SESSIONS.get((module, label))
        if shared is None:
            token = _find_token(module, label)
            try:
                session = token.open(rw=True, user_pin=pin)
            except pkcs11.UserAlreadyLoggedIn:  # logged in outside this module
                session = token.open(rw=True)
            except (pkcs11.PinIncorrect, pkcs11.PinInvalid, pkcs11.PinLenRange) as error:
                raise KeyStoreError(
                    f"Code PIN refusé par le jeton PKCS#11 « {label} »."
                ) from error
            shared = _SESSIONS[(module, label)] = _TokenSession(session, pin, threading.Lock())
        elif not secrets.compare_digest(shared.pin, pin):
            raise KeyStoreError(refused)
        shared.users += 1
        return shared


def _release_session(module: str, label: str) -> None:
    with _SESSIONS_LOCK:
        shared = _SESSIONS[(module, label)]
        shared.users -= 1
        if shared.users == 0:
            del _SESSIONS[(module, label)]
            with shared.lock:
                shared.session.close()


class Pkcs11KeyStore:
    """Keys generated in a PKCS#11 token, sensitive and not extractable; certificates as PEM
    files in `directory`. The token is found by its label (SoftHSM2 renumbers its slots when a
    token is initialised). Its session is opened at first use, shared with the other stores
    of the process on the same token, and given back by `close` (after which this store's
    signers must not be used)."""

    def __init__(
        self, module: str, token_label: str, pin: str, directory: Path, organisation: str
    ) -> None:
        self.module = module
        self.token_label = token_label
        self.directory = directory
        self.organisation = organisation
        self._pin = pin
        self._lock = threading.Lock()  # issuance and the caches; taken before the session's
        self._token: _TokenSession | None = None
        self._ca: x509.Certificate | None = None
        self._signers: dict[str, tuple[SignerName, Signer]] = {}

    def _session(self) -> _TokenSession:
        """The shared session, acquired at first use; `_lock` held."""
        if self._token is None:
            self._token = _acquire_session(self.module, self.token_label, self._pin)
        return self._token

    def close(self) -> None:
        with self._lock:
            if self._token is not None:
                self._token = None
                self._signers.clear()
                _release_session(self.module, self.token_label)

    # The helpers below run with the session's lock held.

    @staticmethod
    def _private_key(session: pkcs11.Session, key_id: bytes) -> pkcs11.SignMixin | None:
        try:
            key = session.get_key(object_class=pkcs11.ObjectClass.PRIVATE_KEY, id=key_id)
        except pkcs11.NoSuchKey:
            return None
        assert isinstance(key, pkcs11.SignMixin)
        return key

    @staticmethod
    def _generate(
        session: pkcs11.Session, key_id: bytes, label: str, bits: int
    ) -> asn1_keys.PublicKeyInfo:
        public, _ = session.generate_keypair(
            pkcs11.KeyType.RSA,
            bits,
            id=key_id,
            label=label,
            store=True,
            capabilities=pkcs11.MechanismFlag.SIGN | pkcs11.MechanismFlag.VERIFY,
            private_template={
                pkcs11.Attribute.SENSITIVE: True,
                pkcs11.Attribute.EXTRACTABLE: False,
                pkcs11.Attribute.PRIVATE: True,
            },
        )
        return _token_public_key(public)

    @staticmethod
    def _public_key(session: pkcs11.Session, key_id: bytes) -> asn1_keys.PublicKeyInfo:
        public = session.get_key(object_class=pkcs11.ObjectClass.PUBLIC_KEY, id=key_id)
        assert isinstance(public, pkcs11.PublicKey)
        return _token_public_key(public)

    def _token_sign(self, session: pkcs11.Session, key_id: bytes) -> Callable[[bytes], bytes]:
        def sign(data: bytes) -> bytes:
            key = self._private_key(session, key_id)
            assert key is not None
            return bytes(key.sign(data, mechanism=pkcs11.Mechanism.SHA256_RSA_PKCS))

        return sign

    def _ca_locked(self) -> x509.Certificate:
        """The CA certificate, made (its key in the token) at first use; `_lock` held."""
        if self._ca is not None:
            return self._ca
        path = self.directory / "ca.pem"
        ca_id = CA_LABEL.encode()
        token = self._session()
        with token.lock:
            key = self._private_key(token.session, ca_id)
            if path.exists():
                if key is None:
                    raise KeyStoreError(
                        "La clé de l'autorité de signature est absente du jeton "
                        f"« {self.token_label} »."
                    )
                self._ca = _load_pem_certificate(path.read_bytes())
                return self._ca
            if key is None:
                public = self._generate(token.session, ca_id, CA_LABEL, CA_KEY_BITS)
            else:
                public = self._public_key(token.session, ca_id)
            self._ca = issue_certificate(
                subject=_ca_subject(self.organisation),
                public_key=public,
                issuer=None,
                sign=self._token_sign(token.session, ca_id),
                years=CA_YEARS,
            )
        _write_private(path, _pem(self._ca))
        return self._ca

    def trust_roots(self) -> list[x509.Certificate]:
        with self._lock:
            return [self._ca_locked()]

    def ca_certificate_pem(self) -> bytes:
        return _pem(self.trust_roots()[0])

    def signer(self, who: SignerName) -> Signer:
        with self._lock:
            cached = self._signers.get(who.user_id)
            if cached is not None and cached[0] == who:
                return cached[1]
            ca = self._ca_locked()
            name = user_key(who.user_id)
            key_id = bytes.fromhex(name)
            path = self.directory / "signers" / f"{name}.pem"
            cert = _load_pem_certificate(path.read_bytes()) if path.exists() else None
            token = self._session()
            with token.lock:
                if self._private_key(token.session, key_id) is None:
                    public = self._generate(token.session, key_id, who.user_id, SIGNER_KEY_BITS)
                    cert = None
                else:
                    public = self._public_key(token.session, key_id)
                if cert is None or needs_new_certificate(cert, who, self.organisation):
                    cert = issue_certificate(
                        subject=_signer_subject(who, self.organisation),
                        public_key=public,
                        issuer=ca,
                        sign=self._token_sign(token.session, CA_LABEL.encode()),
                        years=SIGNER_YEARS,
                    )
                    _write_private(path, _pem(cert))
            from circuits.signing.signers import LockedPkcs11Signer

            signer = LockedPkcs11Signer(token.session, token.lock, cert, key_id, ca)
            self._signers[who.user_id] = (who, signer)
            return signer


def _token_public_key(public: pkcs11.PublicKey) -> asn1_keys.PublicKeyInfo:
    return asn1_keys.PublicKeyInfo(
        {
            "algorithm": {"algorithm": "rsa"},
            "public_key": asn1_keys.RSAPublicKey.load(encode_rsa_public_key(public)),
        }
    )
