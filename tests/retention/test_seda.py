"""SEDA 2.2 transfer packages against the official schema (installed by scripts/test)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from retention import seda

NS = {"s": seda.NAMESPACE}


@pytest.fixture(autouse=True)
def schema() -> None:
    if not (seda.schema_dir() / "seda-2.2-main.xsd").is_file():
        message = f"SEDA schema missing in {seda.schema_dir()} (scripts/test installs it)"
        if os.environ.get("GREFFIER_TESTS_REQUIRE_ALL") == "1":
            pytest.fail(message)
        pytest.skip(message)


FILES = {
    "delib": b"%PDF-1.7 deliberation 42",
    "facture": b"%PDF-1.7 facture eau",
    "arrete": b"%PDF-1.7 arrete travaux",
}


def item(name: str, **changes: object) -> seda.SedaItem:
    data = FILES[name]
    values: dict[str, object] = {
        "identifier": f"2026-{len(name):04d}",
        "title": f"Délibération « {name} » n° 42 — été",
        "filename": f"2026-03-12_{name}.pdf",
        "sha256": hashlib.sha256(data).hexdigest(),
        "size": len(data),
        "mimetype": "application/pdf",
        "start_date": dt.date(2026, 3, 12),
        "end_date": dt.date(2026, 3, 12),
        "type_label": "Registre des délibérations",
        "rule": "P1Y",
        "rule_start": dt.date(2026, 3, 12),
        "final_action": "Keep",
    }
    values.update(changes)
    return seda.SedaItem(**values)  # type: ignore[arg-type]


def transfer() -> seda.SedaTransfer:
    return seda.SedaTransfer(
        message_identifier="BV-2026-001",
        date=dt.datetime(2026, 11, 22, 10, 0, tzinfo=dt.UTC),
        comment="Versement du service Urbanisme",
        archival_agency="FRAD099",
        transferring_agency="FR-COMMUNE-99999",
        originating_agency="FR-COMMUNE-99999",
        archival_agreement="AV-2026-001",
        service_name="Urbanisme",
        items=(
            item("delib", keywords=("conseil municipal", "budget"), signed=True),
            item("facture", final_action="Destroy", rule="P10Y", start_date=dt.date(2015, 1, 3)),
            item("arrete", final_action="Destroy", rule="P5Y", end_date=dt.date(2026, 4, 1)),
        ),
    )


def test_a_realistic_transfer_validates() -> None:
    manifest = seda.manifest_xml(transfer())
    assert seda.validate(manifest) == []


def test_the_manifest_says_what_each_document_is() -> None:
    root = etree.fromstring(seda.manifest_xml(transfer()))
    digests = root.findall(".//s:BinaryDataObject/s:MessageDigest", NS)
    assert [d.text for d in digests] == [i.sha256 for i in transfer().items]
    assert {d.get("algorithm") for d in digests} == {"SHA-256"}
    rules = root.findall(".//s:AppraisalRule", NS)
    assert [r.findtext("s:FinalAction", namespaces=NS) for r in rules] == [
        "Keep",
        "Destroy",
        "Destroy",
    ]
    assert [r.findtext("s:StartDate", namespaces=NS) for r in rules] == [
        i.rule_start.isoformat() for i in transfer().items
    ]
    assert [r.findtext("s:Rule", namespaces=NS) for r in rules] == ["P1Y", "P10Y", "P5Y"]
    assert root.findtext("s:Date", namespaces=NS) == "2026-11-22T10:00:00Z"
    titles = [t.text for t in root.findall(".//s:ArchiveUnit/s:ArchiveUnit/s:Content/s:Title", NS)]
    assert titles[0] == "Délibération « delib » n° 42 — été"
    top = root.find(".//s:DescriptiveMetadata/s:ArchiveUnit/s:Content", NS)
    assert top is not None and top.findtext("s:StartDate", namespaces=NS) == "2015-01-03T00:00:00"


def test_xml_ids_are_generated_not_taken_from_references() -> None:
    numbered = transfer().items[0]
    assert numbered.identifier[0].isdigit()
    root = etree.fromstring(seda.manifest_xml(transfer()))
    ids = [e.get("id") for e in root.iter() if e.get("id") is not None]
    assert ids and len(set(ids)) == len(ids)
    assert all(i is not None and i[0].isalpha() for i in ids)
    references = [r.text for r in root.iter(f"{{{seda.NAMESPACE}}}DataObjectReferenceId")]
    assert references == [f"BDO{n}" for n in range(1, 4)]
    identifiers = root.findall(".//s:OriginatingAgencyArchiveUnitIdentifier", NS)
    assert [e.text for e in identifiers] == [i.identifier for i in transfer().items]


def test_a_naive_date_is_refused() -> None:
    naive = dataclasses.replace(transfer(), date=transfer().date.replace(tzinfo=None))
    with pytest.raises(seda.SedaError, match="fuseau"):
        seda.manifest_xml(naive)


def test_a_missing_schema_says_how_to_install_it(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(seda.SCHEMA_VARIABLE, str(tmp_path))
    assert seda.schema_dir() == tmp_path
    with pytest.raises(seda.SchemaMissingError, match="scripts/test"):
        seda.validate(seda.manifest_xml(transfer()))


def test_a_broken_manifest_fails_the_schema() -> None:
    root = etree.fromstring(seda.manifest_xml(transfer()))
    rule = root.find(".//s:AppraisalRule", NS)
    assert rule is not None
    rule.remove(rule.find("s:FinalAction", NS))
    errors = seda.validate(etree.tostring(root))
    assert errors and any("AppraisalRule" in e for e in errors)


def test_elements_out_of_order_fail_the_schema() -> None:
    root = etree.fromstring(seda.manifest_xml(transfer()))
    date, identifier = root.find("s:Date", NS), root.find("s:MessageIdentifier", NS)
    assert date is not None and identifier is not None
    root.remove(identifier)
    date.addprevious(identifier)
    assert seda.validate(etree.tostring(root))


def test_a_size_that_is_not_a_number_fails_the_schema() -> None:
    manifest = seda.manifest_xml(transfer())
    size = f"<Size>{len(FILES['delib'])}</Size>".encode()
    assert size in manifest
    errors = seda.validate(manifest.replace(size, b"<Size>douze</Size>", 1))
    assert errors and any("Size" in e for e in errors)


def test_the_zip_holds_the_manifest_and_the_exact_files() -> None:
    contents = {hashlib.sha256(d).hexdigest(): d for d in FILES.values()}
    data = seda.package_zip(transfer(), contents)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        names = set(archive.namelist())
        assert names == {"manifest.xml"} | {f"content/{i.filename}" for i in transfer().items}
        for entry in transfer().items:
            packed = archive.read(f"content/{entry.filename}")
            assert hashlib.sha256(packed).hexdigest() == entry.sha256
        assert seda.validate(archive.read("manifest.xml")) == []


def test_a_changed_or_missing_file_is_refused() -> None:
    contents = {hashlib.sha256(d).hexdigest(): d for d in FILES.values()}
    first = transfer().items[0].sha256
    with pytest.raises(seda.SedaError, match="modifié"):
        seda.package_zip(transfer(), contents | {first: b"%PDF-1.7 autre"})
    contents.pop(first)
    with pytest.raises(seda.SedaError, match="introuvable"):
        seda.package_zip(transfer(), contents)


def test_rule_values_per_archives_software() -> None:
    assert seda.rule_value("duration", 10, "fin-factures") == "P10Y"
    assert seda.rule_value("duration", None, "x") == "P0Y"
    assert seda.rule_value("code", 10, "fin-factures") == "fin-factures"
    assert seda.final_action("T") == "Keep" and seda.final_action("D") == "Destroy"
