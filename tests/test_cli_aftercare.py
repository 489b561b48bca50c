"""`aftercare` on the command line: the same sheet as the window's, audited, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

from db.record.patients import PatientRecord
from db.record.procedures import void_procedure
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.sheets import CLINIC_PHONE, chart, page_texts, set_up_clinic
from tests.test_cli import threadbook


def test_aftercare_writes_the_sheet_and_audits_it(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    set_up_clinic(db, staff)
    procedure = chart(db, staff, stock, patient)
    out = tmp_path / "sheet.pdf"

    result = threadbook("--database", db_url, "aftercare", str(procedure.id), "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "Nguyễn Thị Hương" in result.stdout and "Vietnamese" in result.stdout
    text = " ".join(page_texts(out.read_bytes()))
    assert "Nguyễn Thị Hương" in text and "PDO-2301" in text and CLINIC_PHONE in text
    (event,) = audit_rows(db, action="export")
    assert (event.username, event.patient_id) == ("command-line", patient.id)
    assert json.loads(event.details)["destination"] == str(out.resolve())

    # An existing file is kept unless --force; English on request.
    again = threadbook("--database", db_url, "aftercare", str(procedure.id), "--output", str(out))
    assert again.returncode == 2
    assert again.stderr.strip().count("\n") == 0 and "--force" in again.stderr
    forced = threadbook("--database", db_url, "aftercare", str(procedure.id), "--lang", "en",
                        "--output", str(out), "--force")  # fmt: skip
    assert forced.returncode == 0, forced.stderr
    assert "AFTERCARE AFTER YOUR THREAD LIFT" in " ".join(page_texts(out.read_bytes()))


def test_aftercare_refuses_voided_and_unknown_procedures_in_one_line(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    procedure = chart(db, staff, stock, patient)
    void_procedure(db, staff.doctor, procedure.id, procedure.version, "wrong patient chosen", True)
    out = tmp_path / "sheet.pdf"
    for procedure_id in (procedure.id, procedure.id + 99):
        result = threadbook(
            "--database", db_url, "aftercare", str(procedure_id), "--output", str(out)
        )
        assert result.returncode == 2
        assert result.stderr.startswith("threadbook: ") and result.stderr.count("\n") == 1
        assert "Traceback" not in result.stderr
    assert not out.exists()
    assert audit_rows(db, action="export") == []
