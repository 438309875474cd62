"""The paper trail of eliminating and transferring public archives, drawn as PDF.

A bordereau d'élimination lists, by typologie, what a service proposes to destroy (dates
extrêmes, number, volume, DUA, the rule applied); the head of service and the maire or
président sign it, the Archives départementales give their visa, possibly refusing some lines
(Code du patrimoine R212-14: no elimination without that visa). It is kept for ever, with the
procès-verbal of destruction that lists each destroyed file by its SHA-256, so one can later
prove which file went. A bordereau de versement lists what goes to the archives in a SEDA
package. Columns follow the templates of the Archives départementales (Pas-de-Calais,
Haute-Garonne, Var, Aube, Landes) read for ARCHIVAL_FACTS §3.

The slips' contents are here; the drawing, in reportlab, is in `retention.disposal_layout`,
imported by the first slip drawn (reportlab stays out of a bot that only files and searches).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class SlipLine:
    number: int
    typologie: str
    first: dt.date
    last: dt.date
    count: int
    size_bytes: int
    dua: str
    rule: str
    observations: str = ""
    decision: str | None = None  # None while pending, "accordé", "refusé"
    decision_note: str | None = None


@dataclass(frozen=True)
class EliminationSlip:
    number: str
    organisation: str
    service: str
    referent: str
    created: dt.date
    lines: tuple[SlipLine, ...]
    signatories: tuple[str, ...]


@dataclass(frozen=True)
class TransferSlip:
    number: str
    organisation: str
    service: str
    archives: str
    created: dt.date
    lines: tuple[SlipLine, ...]
    package_name: str
    package_sha256: str


@dataclass(frozen=True)
class DestructionRecord:
    number: str
    organisation: str
    service: str
    visa_by: str
    visa_at: dt.datetime
    destroyed_at: dt.datetime
    lines: tuple[SlipLine, ...]
    documents: tuple[tuple[str, str, str], ...]  # reference, title, sha256


def elimination_pdf(slip: EliminationSlip) -> bytes:
    """The bordereau d'élimination (landscape A4), to be signed and visé."""
    from retention import disposal_layout

    return disposal_layout.elimination_pdf(slip)


def transfer_pdf(slip: TransferSlip) -> bytes:
    """The bordereau de versement (landscape A4) that goes with the SEDA package."""
    from retention import disposal_layout

    return disposal_layout.transfer_pdf(slip)


def destruction_pdf(record: DestructionRecord) -> bytes:
    """The procès-verbal of destruction (portrait A4), each file named by its SHA-256."""
    from retention import disposal_layout

    return disposal_layout.destruction_pdf(record)
