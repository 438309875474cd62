"""What the verification (the `vérifier` command and the public web page) tells about a PDF.

The cryptographic answer comes from pyhanko (`circuits.signing.pades.verify`); this module adds
what only the bot knows: whether the file is the signed version of a circuit it ran, and the record
the QR code of a stamp points to. The web page and the chat answer show the same facts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from circuits.engine import when
from filing.intake import Checked, Refused
from storage.models import Dialogue
from workflows import answers
from workflows.basics import reply
from workflows.circuit_settings import Signatures
from workflows.context import Context
from workflows.conversation import key_of, open_dialogue
from workflows.ports import Incoming, Media, MediaError, Message

if TYPE_CHECKING:
    from storage.evidence import Verification


@dataclass(frozen=True)
class SignedBy:
    """One signature (or visa) of a finished circuit, as the public record shows it."""

    name: str
    qualite: str
    kind: str  # "visa" | "signature"
    on_behalf: str | None
    at: dt.datetime


@dataclass(frozen=True)
class SignedRecord:
    """A circuit the bot completed: what the QR code of its stamps points to.

    Only what the signed act itself shows publicly (who signed, in which qualité, when) and the
    hashes: never the document's content."""

    token: str
    reference: str
    title: str
    finished_at: dt.datetime
    final_sha256: str
    signatures: tuple[SignedBy, ...]


class Verifier(Protocol):
    """The bot's side of verification, for the web page."""

    async def check(self, pdf: bytes) -> tuple[Verification, SignedRecord | None]:
        """Validate the PDF and, when its SHA-256 is a signed version the bot produced, the
        record of that circuit."""
        ...

    async def record(self, token: str) -> SignedRecord | None:
        """The record a stamp's QR code points to (None for an unknown token)."""
        ...


# --- « vérifier » in the chat --------------------------------------------------------------

KIND = "verify"
WAIT_FOR_FILE = dt.timedelta(hours=1)


async def begin(ctx: Context, incoming: Incoming) -> str:
    """« vérifier »: the next PDF this person sends here is checked, not filed."""
    if ctx.signatures is None:
        await reply(ctx, incoming, Message("verify_unavailable", {}))
        return "verify-unavailable"
    key = key_of(incoming)
    existing = await ctx.uow.dialogues.get(key)
    if existing is not None:
        await reply(ctx, incoming, Message("verify_busy", {}))
        return "verify-busy"
    await ctx.uow.dialogues.add(
        open_dialogue(ctx, incoming, KIND, "file", expire_after=WAIT_FOR_FILE)
    )
    await reply(ctx, incoming, Message("verify_send", {}))
    return "verify-wait"


async def check(
    incoming: Incoming, media: Media, signatures: Signatures, max_bytes: int
) -> Checked | Refused:
    """The slow half, outside the transaction: fetch the file and validate it."""
    assert incoming.file is not None
    name = incoming.file.name or "document"
    try:
        data = await media.fetch(incoming.file, max_bytes)
    except MediaError as exc:
        return Refused(exc.code, name)
    if not data:
        return Refused("empty", name)
    return Checked(await signatures.verify(data))


async def answer(
    ctx: Context, incoming: Incoming, dialogue: Dialogue, prepared: object | None
) -> str:
    if incoming.kind != "file":
        text = (incoming.text or "").strip()
        if incoming.kind == "text" and answers.control(text) == "cancel":
            await ctx.uow.dialogues.delete(dialogue)
            await reply(ctx, incoming, Message("verify_cancelled", {}))
            return "verify-cancelled"
        await reply(ctx, incoming, Message("verify_send", {"again": True}))
        return "verify-wait"
    await ctx.uow.dialogues.delete(dialogue)
    if isinstance(prepared, Refused):
        await reply(ctx, incoming, Message("verify_refused", {"code": prepared.code}))
        return "verify-refused"
    if not isinstance(prepared, Checked):
        await reply(ctx, incoming, Message("verify_refused", {"code": "unavailable"}))
        return "verify-refused"
    result = prepared.verification
    known = await ctx.uow.circuits.signed_version(result.sha256) if result.readable else None
    document = await ctx.uow.documents.get(known.document_id) if known else None
    await reply(
        ctx,
        incoming,
        Message(
            "verify_result",
            {
                "readable": result.readable,
                "intact": result.intact,
                "summary": result.summary,
                "signatures": [
                    {
                        "name": s.signer_name,
                        "qualite": s.qualite,
                        "reason": s.reason,
                        "at": when(s.signed_at) if s.signed_at else None,
                        "valid": s.valid,
                        "trusted": s.trusted,
                        "problem": s.problem,
                    }
                    for s in result.signatures
                ],
                "known": (
                    {"ref": document.ref, "title": document.title}
                    if known is not None and document is not None
                    else None
                ),
                "sha256": result.sha256,
            },
        ),
    )
    await ctx.uow.audit.append(
        incoming.sender,
        "document.verified",
        subject=document.ref if document else None,
        event_id=incoming.event_id,
        details={"sha256": result.sha256, "intact": result.intact},
    )
    return "verify-done"


async def expire(ctx: Context, dialogue: Dialogue) -> str:
    await ctx.uow.dialogues.delete(dialogue)
    return "verify-expired"
