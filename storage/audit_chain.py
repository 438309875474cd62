"""The audit log's hash chain: what each entry's hash covers, and the walk that checks it.

An entry's hash is the SHA-256 of a canonical JSON array of its fields (place, time in UTC
to the microsecond, actor, action, subject, event, details with sorted keys, document hash)
and of the previous entry's hash. `verify` walks the chain in order and names the first
entry whose stored hash, link or place is wrong; the head row must point at the last one, so
a deleted tail shows too. Anyone with the database can rewrite the whole chain from a point
on: the head's hash, copied elsewhere (a bordereau, a message), is what pins it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from typing import Any

GENESIS = ""


def entry_hash(
    *,
    seq: int,
    at: dt.datetime,
    actor: str,
    action: str,
    subject: str | None,
    event_id: str | None,
    details: dict[str, Any],
    document_sha256: str | None,
    prev_hash: str,
) -> str:
    moment = at.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    payload = [
        seq,
        moment,
        actor,
        action,
        subject,
        event_id,
        details,
        document_sha256,
        prev_hash,
    ]
    canonical = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def document_of(details: dict[str, Any]) -> str | None:
    """The document an entry concerns, when its details name one by SHA-256."""
    for key in ("sha256", "sha256_after", "sha256_final"):
        value = details.get(key)
        if isinstance(value, str) and len(value) == 64:
            return value
    return None


@dataclass(frozen=True)
class Verdict:
    checked: int
    broken_seq: int | None = None
    broken_id: int | None = None
    reason: str | None = None

    @property
    def intact(self) -> bool:
        return self.broken_seq is None and self.reason is None


@dataclass(frozen=True)
class Link:
    id: int
    seq: int
    hash: str
    prev_hash: str
    computed: str


async def verify(links: AsyncIterator[Link], head_seq: int, head_hash: str) -> Verdict:
    """Walk the entries in order of `seq`; the first that does not hold is named."""
    expected_seq, previous, checked = 1, GENESIS, 0
    async for link in links:
        if link.seq != expected_seq:
            return Verdict(checked, link.seq, link.id, f"entrée manquante avant n° {link.seq}")
        if link.prev_hash != previous:
            return Verdict(checked, link.seq, link.id, "lien vers l'entrée précédente rompu")
        if link.computed != link.hash:
            return Verdict(checked, link.seq, link.id, "contenu modifié")
        previous, expected_seq, checked = link.hash, expected_seq + 1, checked + 1
    if checked != head_seq or previous != head_hash:
        return Verdict(checked, None, None, f"la fin du journal ne correspond pas (n° {head_seq})")
    return Verdict(checked)
