"""The verification page's view of the bot: pyhanko's answer plus what the database knows.

A file is "the signed version of document X" only when its SHA-256 is exactly the final PDF
of a circuit the bot completed; the record a QR code points to shows who signed, in which
qualité and when, never the document itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from circuits.signing.service import SignatureService
from circuits.verification import SignedBy, SignedRecord
from storage.db import Database
from storage.models import Circuit
from storage.uow import UnitOfWork

if TYPE_CHECKING:
    from storage.evidence import Verification


class DatabaseVerifier:
    def __init__(self, db: Database, signatures: SignatureService) -> None:
        self.db = db
        self.signatures = signatures

    async def check(self, pdf: bytes) -> tuple[Verification, SignedRecord | None]:
        result = await self.signatures.verify(pdf)
        if not result.readable:
            return result, None
        async with self.db.unit() as uow:
            circuit = await uow.circuits.signed_version(result.sha256)
            record = await _record(uow, circuit) if circuit is not None else None
        return result, record

    async def record(self, token: str) -> SignedRecord | None:
        async with self.db.unit() as uow:
            circuit = await uow.circuits.by_token(token)
            if circuit is None or circuit.status != "signed":
                return None
            return await _record(uow, circuit)


async def _record(uow: UnitOfWork, circuit: Circuit) -> SignedRecord | None:
    assert circuit.id is not None
    document = await uow.documents.get(circuit.document_id)
    if document is None or circuit.finished_at is None:
        return None
    signed = [
        SignedBy(
            name=task.acted_by_name or task.actor_name,
            qualite=task.acted_by_qualite or task.qualite,
            kind=task.kind,
            on_behalf=task.on_behalf,
            at=task.acted_at,
        )
        for task in await uow.circuits.tasks(circuit.id)
        if task.status == "approved" and task.acted_at is not None
    ]
    return SignedRecord(
        token=circuit.token,
        reference=document.ref,
        title=document.title,
        finished_at=circuit.finished_at,
        final_sha256=circuit.current_sha256,
        signatures=tuple(signed),
    )
