"""pyHanko signers over the key stores' keys, imported at the first signature.

pyHanko's signing modules weigh about 9 MB resident; the key stores (circuits/signing/keys.py)
are opened at start to check the passphrase or the token, so these classes live apart and the
bot carries pyHanko only once someone signs.
"""

from __future__ import annotations

import threading

import pkcs11
from asn1crypto import keys as asn1_keys
from asn1crypto import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from pyhanko.sign.pkcs11 import PKCS11Signer
from pyhanko.sign.signers import SimpleSigner
from pyhanko_certvalidator.registry import SimpleCertificateStore

from circuits.signing.keys import KeyStoreError

_HASHES: dict[str, hashes.HashAlgorithm] = {
    "sha256": hashes.SHA256(),
    "sha384": hashes.SHA384(),
    "sha512": hashes.SHA512(),
}


class LoadedKeySigner(SimpleSigner):
    """pyHanko's `SimpleSigner` with the private key parsed once (RSA PKCS#1 v1.5)."""

    def __init__(
        self, key: rsa.RSAPrivateKey, cert: x509.Certificate, chain: list[x509.Certificate]
    ) -> None:
        der = key.private_bytes(
            serialization.Encoding.DER,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
        super().__init__(
            signing_cert=cert,
            signing_key=asn1_keys.PrivateKeyInfo.load(der),
            cert_registry=SimpleCertificateStore.from_certs(chain),  # type: ignore[no-untyped-call]
        )
        self._key = key

    def sign_raw(self, data: bytes, digest_algorithm: str) -> bytes:
        mechanism = self.get_signature_mechanism_for_digest(digest_algorithm)
        if mechanism.signature_algo != "rsassa_pkcs1v15" or digest_algorithm not in _HASHES:
            return bytes(super().sign_raw(data, digest_algorithm))
        return self._key.sign(data, padding.PKCS1v15(), _HASHES[digest_algorithm])


class LockedPkcs11Signer(PKCS11Signer):
    """pyHanko's `PKCS11Signer`, every token call under the store's session lock.

    The key handle is looked up at construction (reading `signing_cert` loads it), under the
    lock; pyHanko would otherwise do it on first use, outside any lock."""

    def __init__(
        self,
        session: pkcs11.Session,
        lock: threading.Lock,
        cert: x509.Certificate,
        key_id: bytes,
        ca: x509.Certificate,
    ) -> None:
        super().__init__(
            session, signing_cert=cert, key_id=key_id, ca_chain=[ca], other_certs_to_pull=()
        )
        self._lock = lock
        with lock:
            loaded = self.signing_cert  # and the key handle with it
        if loaded is None:
            raise KeyStoreError("Certificat du signataire introuvable.")

    async def async_sign_raw(
        self, data: bytes, digest_algorithm: str, dry_run: bool = False
    ) -> bytes:
        # A blocking lock in a coroutine: `sign` runs pyHanko's own event loop in the caller's
        # worker thread, which has nothing else to do meanwhile.
        with self._lock:
            return bytes(await super().async_sign_raw(data, digest_algorithm, dry_run))
