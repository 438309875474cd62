"""SEDA 2.2 transfer packages (ArchiveTransfer): what Greffier hands to the Archives.

A package is a zip with `manifest.xml` at its root and the files under `content/`, the
convention of Vitam SIPs and Pastell's generators. The manifest says, for each document, its
identifiers, title, dates, SHA-256 digest, format and its AppraisalRule (rule, start date,
final action), in the order the schema's sequences fix. Every manifest is checked against the
official schema before it leaves (`validate`).

Why 2.2: it is the newest version whose official schema reaches this project through a
package registry (PyPI's cubicweb-seda, pinned by hash and installed by scripts/bootstrap.sh),
so no schema file is committed here. 2.3 adds, among others, SigningInformation; until its
schema comes the same way, a signed PDF is said so in the unit's Description. FinalAction
knows only Keep and Destroy: a document whose sort is T (tri) is sent as Keep, so that nothing
is lost and the archivist makes the selection. The Rule is a duration (as@lae) or a referential
code (Vitam), a per archives service setting (`rule_value`).
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
import threading
import zipfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from lxml import etree

NAMESPACE = "fr:gouv:culture:archivesdefrance:seda:v2.2"
SCHEMA_VARIABLE = "GREFFIER_SEDA_SCHEMA"
_NS = f"{{{NAMESPACE}}}"


class SedaError(ValueError):
    """The package cannot be built as asked (French message)."""


class SchemaMissingError(RuntimeError):
    """The schema is not installed: no manifest leaves unchecked."""

    def __init__(self, where: Path) -> None:
        super().__init__(
            f"Schéma SEDA 2.2 introuvable dans {where} : lancez scripts/run ou scripts/test, "
            "qui l'installent."
        )


@dataclass(frozen=True)
class SedaItem:
    """One document of the transfer: its file, its description and its appraisal rule.

    `identifier` is Greffier's reference (e.g. 2026-0012), sent as the unit's
    OriginatingAgencyArchiveUnitIdentifier; the XML ids are generated, never taken from it,
    since a reference starting with a digit is not a valid xsd:ID.
    """

    identifier: str
    title: str
    filename: str
    sha256: str
    size: int
    mimetype: str
    start_date: dt.date
    end_date: dt.date
    type_label: str
    rule: str
    rule_start: dt.date
    final_action: Literal["Keep", "Destroy"]
    keywords: tuple[str, ...] = ()
    signed: bool = False


@dataclass(frozen=True)
class SedaTransfer:
    """The transfer: who sends to whom, under which agreement, and its documents.

    The documents are grouped under one unit (the service's file for this transfer) whose
    dates are the extremes of theirs, as a bordereau de versement gives dates extrêmes.
    `date` must be aware: it is written in UTC.
    """

    message_identifier: str
    date: dt.datetime
    comment: str
    archival_agency: str
    transferring_agency: str
    originating_agency: str
    archival_agreement: str | None
    service_name: str
    items: tuple[SedaItem, ...]


def rule_value(style: Literal["duration", "code"], dua_years: int | None, row_id: str) -> str:
    """« P10Y » for as@lae, the row's id for Vitam's referential."""
    if style == "code":
        return row_id
    return f"P{dua_years or 0}Y"


def final_action(sort: str) -> Literal["Keep", "Destroy"]:
    """D → Destroy; C and T → Keep (the schema has no « tri »: the archivist selects)."""
    return "Destroy" if sort == "D" else "Keep"


def _sub(parent: etree._Element, tag: str, text: str | None = None) -> etree._Element:
    element = etree.SubElement(parent, _NS + tag)
    if text is not None:
        element.text = text
    return element


def _moment(day: dt.date) -> str:
    return f"{day.isoformat()}T00:00:00"


def _data_object(package: etree._Element, n: int, item: SedaItem) -> None:
    data = _sub(package, "BinaryDataObject")
    data.set("id", f"BDO{n}")
    _sub(data, "DataObjectVersion", "BinaryMaster_1")
    _sub(data, "Uri", f"content/{item.filename}")
    _sub(data, "MessageDigest", item.sha256).set("algorithm", "SHA-256")
    _sub(data, "Size", str(item.size))
    form = _sub(data, "FormatIdentification")
    # FormatId (PRONOM) is optional in the schema: the archives identify the format on ingest.
    if item.mimetype == "application/pdf":
        _sub(form, "FormatLitteral", "Acrobat PDF")
    _sub(form, "MimeType", item.mimetype)
    _sub(_sub(data, "FileInfo"), "Filename", item.filename)


def _unit(top: etree._Element, n: int, item: SedaItem) -> None:
    unit = _sub(top, "ArchiveUnit")
    unit.set("id", f"AU{n}")
    appraisal = _sub(_sub(unit, "Management"), "AppraisalRule")
    _sub(appraisal, "Rule", item.rule)
    _sub(appraisal, "StartDate", item.rule_start.isoformat())
    _sub(appraisal, "FinalAction", item.final_action)
    content = _sub(unit, "Content")
    _sub(content, "DescriptionLevel", "Item")
    _sub(content, "Title", item.title)
    _sub(content, "OriginatingAgencyArchiveUnitIdentifier", item.identifier)
    description = item.type_label
    if item.signed:
        description += " — PDF portant des signatures électroniques PAdES."
    _sub(content, "Description", description)
    for word in item.keywords:
        _sub(_sub(content, "Keyword"), "KeywordContent", word)
    _sub(content, "StartDate", _moment(item.start_date))
    _sub(content, "EndDate", _moment(item.end_date))
    _sub(_sub(unit, "DataObjectReference"), "DataObjectReferenceId", f"BDO{n}")


def manifest_xml(transfer: SedaTransfer) -> bytes:
    """The manifest, UTF-8, in the order of the schema's sequences (an order it enforces)."""
    if not transfer.items:
        raise SedaError("Un versement sans document n'a pas de sens.")
    if transfer.date.tzinfo is None or transfer.date.utcoffset() is None:
        raise SedaError("La date du versement doit porter son fuseau horaire.")
    root = etree.Element(_NS + "ArchiveTransfer", nsmap={None: NAMESPACE})
    _sub(root, "Comment", transfer.comment)
    _sub(root, "Date", transfer.date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    _sub(root, "MessageIdentifier", transfer.message_identifier)
    if transfer.archival_agreement:
        _sub(root, "ArchivalAgreement", transfer.archival_agreement)
    _sub(root, "CodeListVersions")
    package = _sub(root, "DataObjectPackage")
    for n, item in enumerate(transfer.items, start=1):
        _data_object(package, n, item)
    top = _sub(_sub(package, "DescriptiveMetadata"), "ArchiveUnit")
    top.set("id", "AU0")
    content = _sub(top, "Content")
    _sub(content, "DescriptionLevel", "File")
    _sub(content, "Title", f"{transfer.service_name} — versement {transfer.message_identifier}")
    _sub(content, "StartDate", _moment(min(i.start_date for i in transfer.items)))
    _sub(content, "EndDate", _moment(max(i.end_date for i in transfer.items)))
    for n, item in enumerate(transfer.items, start=1):
        _unit(top, n, item)
    metadata = _sub(package, "ManagementMetadata")
    _sub(metadata, "OriginatingAgencyIdentifier", transfer.originating_agency)
    _sub(metadata, "SubmissionAgencyIdentifier", transfer.transferring_agency)
    _sub(_sub(root, "ArchivalAgency"), "Identifier", transfer.archival_agency)
    _sub(_sub(root, "TransferringAgency"), "Identifier", transfer.transferring_agency)
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))


def package_zip(transfer: SedaTransfer, contents: Mapping[str, bytes]) -> bytes:
    """The zip: manifest.xml and content/<file> for each item (contents keyed by SHA-256)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.xml", manifest_xml(transfer))
        for item in transfer.items:
            data = contents.get(item.sha256)
            if data is None:
                raise SedaError(f"Le fichier du document {item.identifier} est introuvable.")
            if hashlib.sha256(data).hexdigest() != item.sha256 or len(data) != item.size:
                raise SedaError(f"Le fichier du document {item.identifier} a été modifié.")
            archive.writestr(f"content/{item.filename}", data)
    return buffer.getvalue()


def schema_dir() -> Path:
    """GREFFIER_SEDA_SCHEMA, else .cache/seda-2.2 at the repository root (bootstrap.sh's)."""
    configured = os.environ.get(SCHEMA_VARIABLE)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / ".cache" / "seda-2.2"


_VALIDATING = threading.Lock()


@functools.lru_cache(maxsize=2)
def _schema(path: Path) -> etree.XMLSchema:
    # Parsed once: the five files take a noticeable moment. Imports are local, never fetched.
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    return etree.XMLSchema(etree.parse(str(path), parser))


def validate(manifest: bytes) -> list[str]:
    """The schema's complaints about this manifest, one line each (empty: valid)."""
    main = schema_dir() / "seda-2.2-main.xsd"
    if not main.is_file():
        raise SchemaMissingError(main.parent)
    schema = _schema(main)
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    try:
        document = etree.fromstring(manifest, parser)
    except etree.XMLSyntaxError as exc:
        return [f"XML mal formé : {exc}"]
    # The schema keeps its last error log: one validation at a time (callers use threads).
    with _VALIDATING:
        if schema.validate(document):
            return []
        return [f"ligne {e.line} : {e.message}" for e in schema.error_log]
