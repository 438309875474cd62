"""SEDA 2.2 transfer packages (ArchiveTransfer): what Greffier hands to the Archives.

A package is a zip with `manifest.xml` at its root and the files under `content/`, the
convention of Vitam SIPs and Pastell's generators. The manifest says, for each document, its
identifiers, title, dates, SHA-256 digest, format and its AppraisalRule (rule, start date,
final action), in the order the schema's sequences fix. Every manifest is checked against the
official schema before it leaves (`validate`).

Why 2.2: it is the newest version whose official schema reaches this project through a
package registry (PyPI's cubicweb-seda, installed by scripts/bootstrap.sh); 2.3 only adds
signature descriptions and is read by the same archives software. FinalAction knows only Keep
and Destroy: a document whose sort is T is sent as Keep (the archivist sorts), as the SIAF
advises. The Rule is a duration (as@lae) or a referential code (Vitam), per archives service.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import os
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
    def __init__(self, where: Path) -> None:
        super().__init__(
            f"Schéma SEDA 2.2 introuvable dans {where} : lancez scripts/run ou scripts/test, "
            "qui l'installent."
        )


@dataclass(frozen=True)
class SedaItem:
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
    _sub(form, "FormatLitteral", "Acrobat PDF" if item.mimetype == "application/pdf" else "")
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
    if not transfer.items:
        raise SedaError("Un versement sans document n'a pas de sens.")
    root = etree.Element(_NS + "ArchiveTransfer", nsmap={None: NAMESPACE})
    _sub(root, "Comment", transfer.comment)
    _sub(root, "Date", transfer.date.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S"))
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
    configured = os.environ.get(SCHEMA_VARIABLE)
    if configured:
        return Path(configured)
    return Path(__file__).resolve().parent.parent / ".cache" / "seda-2.2"


@functools.lru_cache(maxsize=2)
def _schema(path: Path) -> etree.XMLSchema:
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
    if schema.validate(document):
        return []
    return [f"ligne {e.line} : {e.message}" for e in schema.error_log]
