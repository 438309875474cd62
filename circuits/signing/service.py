"""The `Signatures` port over pyhanko, the key store and the blob store.

Every call reads its input file from the blob store, does the PDF work in a thread (pyhanko is
CPU work and, with a PKCS#11 token, blocking calls), and writes its output to the blob store
before returning: the transaction that records the new file commits after it exists.

The keys are opened at start (a wrong passphrase must stop the bot then, not at the first
signature); the signing and drawing code (`circuits.signing.pades`: pyHanko's validation, stamps
and fontTools; `circuits.evidence_pdf`: reportlab), about 20 MB resident, is imported by the first
call that needs it.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from circuits.signing import keys as signing_keys
from storage.blobs import BlobStore
from storage.evidence import EvidenceRecord, evidence_json
from workflows.circuit_settings import Person

if TYPE_CHECKING:
    from storage.evidence import Verification


class SignatureService:
    def __init__(
        self,
        blobs: BlobStore,
        keys: signing_keys.KeyStore,
        *,
        visible_stamp: bool = True,
        timestamp_url: str | None = None,
        location: str | None = None,
    ) -> None:
        self.blobs = blobs
        self.keys = keys
        self.visible_stamp = visible_stamp
        self.timestamp_url = timestamp_url
        self.location = location

    async def read(self, sha256: str) -> bytes:
        return await self.blobs.get(sha256)

    async def keep(self, data: bytes) -> str:
        return (await self.blobs.put(data)).sha256

    async def prepare(
        self, sha256: str, *, title: str, reference: str, slots: Sequence[tuple[str, str]]
    ) -> str:
        from circuits.signing import pades as signing

        data = await self.blobs.get(sha256)
        prepared = await asyncio.to_thread(
            signing.prepare_for_signatures,
            data,
            title=title,
            reference=reference,
            slots=list(slots),
        )
        return (await self.blobs.put(prepared)).sha256

    async def sign(
        self,
        sha256: str,
        signer: Person,
        *,
        field: str,
        on_behalf: str | None,
        signed_at: dt.datetime,
        verify_url: str,
        reason: str,
    ) -> str:
        from circuits.signing import pades as signing

        data = await self.blobs.get(sha256)
        who = signing.SignerName(
            user_id=signer.user_id,
            first_name=signer.first_name,
            last_name=signer.last_name,
            qualite=signer.qualite,
        )
        stamp = (
            signing.Stamp(on_behalf=on_behalf, signed_at=signed_at, verify_url=verify_url)
            if self.visible_stamp
            else None
        )
        signed = await asyncio.to_thread(
            signing.sign,
            data,
            self.keys,
            who,
            field=field,
            stamp=stamp,
            reason=reason,
            location=self.location,
            timestamp_url=self.timestamp_url,
        )
        return (await self.blobs.put(signed)).sha256

    async def evidence(self, record: EvidenceRecord) -> tuple[str, str]:
        from circuits.evidence_pdf import bordereau_pdf

        pdf = await asyncio.to_thread(bordereau_pdf, record)
        data = evidence_json(record)
        return (await self.blobs.put(pdf)).sha256, (await self.blobs.put(data)).sha256

    async def verify(self, pdf: bytes) -> Verification:
        from circuits.signing import pades as signing

        return await asyncio.to_thread(signing.verify, pdf, self.keys.trust_roots())


def open_keys(
    kind: str,
    directory: Path,
    organisation: str,
    *,
    passphrase: bytes | None = None,
    pkcs11_module: str | None = None,
    pkcs11_token: str = "greffier",  # noqa: S107 - a label, not a secret
    pkcs11_pin: str | None = None,
) -> signing_keys.KeyStore:
    """The collectivité's key store: encrypted PKCS#12 files (default) or a PKCS#11 token.

    Without a configured passphrase, a random one is created once in the key directory
    (readable by the bot's account only): the keys are then as safe as that directory, which
    the README says plainly, with how to set GREFFIER_SIGNING_PASSPHRASE instead."""
    directory.mkdir(parents=True, exist_ok=True)
    if kind == "pkcs11":
        if not pkcs11_module or pkcs11_pin is None:
            raise signing_keys.KeyStoreError("module PKCS#11 et code PIN obligatoires")
        return signing_keys.Pkcs11KeyStore(
            pkcs11_module, pkcs11_token, pkcs11_pin, directory, organisation
        )
    return signing_keys.Pkcs12KeyStore(
        directory, key_passphrase(directory, passphrase), organisation
    )


def key_passphrase(directory: Path, configured: bytes | None) -> bytes:
    """The passphrase of the bot's key files (signing keys, Matrix identity): the configured
    one, else a random one created once in the key directory, readable by the bot only."""
    if configured is not None:
        return configured
    directory.mkdir(parents=True, exist_ok=True)
    secret = directory / "passphrase"
    if not secret.exists():
        secret.touch(mode=0o600)
        secret.write_text(secrets.token_urlsafe(32), encoding="utf-8")
    return secret.read_text(encoding="utf-8").strip().encode()
