"""The patient's record as FHIR R4: every resource validates against the R4B models (R4B
matches R4 for these resources), references resolve inside the Bundle, and reading the Bundle
back finds every lot and complication."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from fhir.resources.R4B import get_fhir_model_class
from fhir.resources.R4B.bundle import Bundle
from pypdf import PdfReader

from db.errors import PermissionDenied, ThreadbookError
from db.exchange.bulk import export_clinic
from db.exchange.patient_export import export_patient, patient_id_for
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.reports_clinic import Clinic, build_clinic


@pytest.fixture
def clinic(db: Database, staff: Staff, stock: Stock) -> Clinic:
    return build_clinic(db, staff, stock)


def _validate(resource: dict[str, Any]) -> None:
    model: Any = get_fhir_model_class(resource["resourceType"])
    assert model.model_validate(resource).id == resource["id"]


def _references(value: object) -> list[str]:
    if isinstance(value, dict):
        found = [value["reference"]] if isinstance(value.get("reference"), str) else []
        return found + [r for v in value.values() for r in _references(v)]
    if isinstance(value, list):
        return [r for v in value for r in _references(v)]
    return []


def test_a_patients_bundle_validates_and_reads_back_whole(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    done = export_patient(db, staff.nurse, clinic.swollen_patient, fhir=tmp_path / "p.json")
    assert done.fhir is not None
    data = json.loads(done.fhir.read_text(encoding="utf-8"))
    # Read back through the models, as a receiving system would (typed loosely: any resource).
    bundle: Any = Bundle.model_validate(data)
    assert bundle.type == "collection"
    for entry in data["entry"]:
        _validate(entry["resource"])
    kinds = [e["resource"]["resourceType"] for e in data["entry"]]
    for kind in ("Patient", "Procedure", "Device", "AdverseEvent", "Observation", "Appointment",
                 "Encounter", "Consent", "Practitioner"):  # fmt: skip
        assert kind in kinds, kind
    urls = {e["fullUrl"] for e in data["entry"]}
    assert set(_references(data["entry"])) <= urls  # nothing points outside the bundle
    # Read back: the lot the patient received, and the complication with its suspect lot.
    devices = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Device"]
    expiry = f"{clinic.today.year + 1}-12-31"
    assert [(d.lotNumber, str(d.expirationDate)) for d in devices] == [("PDO-2301", expiry)]
    assert devices[0].udiCarrier[0].deviceIdentifier == "09506000134352"
    events = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "AdverseEvent"]
    assert [e.event.coding[0].code for e in events] == ["swelling"]
    suspects = {s.instance.reference for s in events[0].suspectEntity}
    device_url = next(e.fullUrl for e in bundle.entry if e.resource.get_resource_type() == "Device")
    assert device_url in suspects
    procedure = next(
        e.resource for e in bundle.entry if e.resource.get_resource_type() == "Procedure"
    )
    assert procedure.bodySite[0].text == "Jawline contouring, both sides"
    assert procedure.focalDevice[0].manipulated.reference == device_url
    consents = [e.resource for e in bundle.entry if e.resource.get_resource_type() == "Consent"]
    treatment = next(c for c in consents if c.scope.coding[0].code == "treatment")
    assert treatment.status == "active" and treatment.provision.data[0].reference.reference in {
        e.fullUrl for e in bundle.entry if e.resource.get_resource_type() == "Procedure"
    }
    observations = {
        o.resource.code.coding[0].code: o.resource.valueInteger
        for o in bundle.entry
        if o.resource.get_resource_type() == "Observation"
    }
    assert observations == {"gais": 2, "satisfaction": 4}
    event = audit_rows(db, action="export")[-1]
    assert (event.record_type, event.patient_id) == ("patient", clinic.swollen_patient)


def test_one_step_writes_the_pdf_summary_and_the_fhir_file(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    with db.read() as session:
        from db.models import Patient

        mrn = session.get(Patient, clinic.swollen_patient).mrn  # type: ignore[union-attr]
    patient_id = patient_id_for(db, staff.nurse, mrn.lower())
    done = export_patient(db, staff.doctor, patient_id, fhir=tmp_path / "r.json",
                          pdf=tmp_path / "r.pdf")  # fmt: skip
    pages = PdfReader(tmp_path / "r.pdf").pages
    text = " ".join(" ".join(page.extract_text() for page in pages).split())
    assert mrn in text and "PDO-2301" in text and "Swelling (oedema)" in text and "GAIS 2" in text
    assert "Treatment (one procedure)" in text  # the signed consent the procedure was charted under
    assert json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    rows = audit_rows(db, action="export")
    assert len(rows) == 1 and json.loads(rows[0].details)["formats"] == ["fhir", "pdf"]
    assert done.resources > 10


def test_patient_export_refusals_leave_nothing(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(PermissionDenied):
        export_patient(db, staff.admin, clinic.swollen_patient, fhir=tmp_path / "a.json")
    with pytest.raises(ThreadbookError, match="not a regular file"):
        export_patient(db, staff.nurse, clinic.swollen_patient, fhir=tmp_path)
    kept = tmp_path / "kept.json"
    kept.write_text("mine")
    with pytest.raises(ThreadbookError, match="already exists"):
        export_patient(
            db, staff.nurse, clinic.swollen_patient, fhir=tmp_path / "new.json", pdf=kept
        )
    assert kept.read_text() == "mine" and not (tmp_path / "new.json").exists()
    with pytest.raises(ThreadbookError, match="No patient"):
        patient_id_for(db, staff.nurse, "TB-999999")
    assert audit_rows(db, action="export") == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kept.json"]


def test_the_whole_clinic_as_ndjson(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    folder = tmp_path / "fhir"
    folder.mkdir()
    counts = export_clinic(db, staff.admin, folder)
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{k}.ndjson" for k in counts)
    ids: set[str] = set()
    references: list[str] = []
    for path in folder.iterdir():
        lines = path.read_text(encoding="utf-8").splitlines()
        assert len(lines) == counts[path.stem]
        for line in lines:
            resource = json.loads(line)
            _validate(resource)
            ids.add(f"{resource['resourceType']}/{resource['id']}")
            references += _references(resource)
    assert set(references) <= ids
    assert counts["Patient"] == 6 and counts["AdverseEvent"] == 2 and counts["Device"] == 3
    with pytest.raises(ThreadbookError, match="already holds"):
        export_clinic(db, staff.admin, folder)
    with pytest.raises(PermissionDenied):
        export_clinic(db, staff.doctor, tmp_path)
    assert json.loads(audit_rows(db, action="export")[-1].details)["resources"] == counts
