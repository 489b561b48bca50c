"""`export-patient` and `export-fhir` on the command line: files written, audited, one-line
refusals."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from db.models import Patient
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.reports_clinic import build_clinic
from tests.test_cli import threadbook


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_export_patient_and_clinic(
    db: Database, db_url: str, staff: Staff, stock: Stock, tmp_path: Path
) -> None:
    clinic = build_clinic(db, staff, stock)
    with db.read() as session:
        mrn = session.get(Patient, clinic.swollen_patient).mrn  # type: ignore[union-attr]
    fhir, pdf = tmp_path / "record.json", tmp_path / "record.pdf"
    done = threadbook("--database", db_url, "export-patient", mrn, "--fhir", str(fhir),
                      "--pdf", str(pdf))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert mrn in done.stdout and json.loads(fhir.read_text(encoding="utf-8"))["entry"]
    assert pdf.read_bytes().startswith(b"%PDF")
    again = threadbook("--database", db_url, "export-patient", mrn, "--fhir", str(fhir))
    assert again.returncode == 2 and again.stderr.strip().count("\n") == 0
    assert "already exists" in again.stderr
    folder_as_file = threadbook("--database", db_url, "export-patient", mrn, "--pdf", str(tmp_path))
    assert folder_as_file.returncode == 2 and "not a regular file" in folder_as_file.stderr
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        piped = threadbook("--database", db_url, "export-patient", mrn, "--fhir",
                           str(tmp_path / "pipe"), "--force")  # fmt: skip
        assert piped.returncode == 2 and "not a regular file" in piped.stderr
    nothing = threadbook("--database", db_url, "export-patient", mrn)
    assert nothing.returncode == 2 and "--fhir" in nothing.stderr

    folder = tmp_path / "bulk"
    folder.mkdir()
    bulk = threadbook("--database", db_url, "export-fhir", str(folder))
    assert bulk.returncode == 0, bulk.stderr
    assert "Patient.ndjson\t6" in bulk.stdout
    assert len((folder / "Patient.ndjson").read_text(encoding="utf-8").splitlines()) == 6
    missing = threadbook("--database", db_url, "export-fhir", str(tmp_path / "nowhere"))
    assert missing.returncode == 2 and "not a folder" in missing.stderr
    events = audit_rows(db, action="export")
    assert [e.record_type for e in events] == ["patient", "clinic"]
    assert all(e.username == "command-line" for e in events)
