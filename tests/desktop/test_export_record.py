"""Export record… in a patient's file: the PDF summary and the FHIR file in one step."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.record.patients import open_patient
from db.storage.database import Database
from desktop.messages import Prompts
from desktop.pages.patient_file import PatientFilePage
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.reports_clinic import build_clinic


def test_export_record_writes_both_files_and_asks_before_replacing(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    clinic = build_clinic(db, staff, stock)
    record = open_patient(db, staff.nurse, clinic.swollen_patient)
    page = PatientFilePage(db, staff.nurse, record)
    qtbot.addWidget(page)
    dialog = page.export_record()
    dialog.folder.setText(str(tmp_path))
    dialog.export()
    qtbot.waitUntil(lambda: dialog.exported is not None, timeout=20_000)
    pdf, fhir = tmp_path / f"{record.mrn} record.pdf", tmp_path / f"{record.mrn} record.fhir.json"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert json.loads(fhir.read_text(encoding="utf-8"))["resourceType"] == "Bundle"
    assert len(audit_rows(db, action="export")) == 1

    asked: list[str] = []

    def decline(_parent: object, text: str, *_buttons: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Prompts, "confirm", staticmethod(decline))
    again = page.export_record()
    again.folder.setText(str(tmp_path))
    again.fhir.setChecked(False)
    again.export()
    assert asked and f"{record.mrn} record.pdf" in asked[0]
    assert again.exported is None and len(audit_rows(db, action="export")) == 1
    again.pdf.setChecked(False)
    again.export()
    assert "Tick" in again.status.text()


def test_a_refused_export_says_why_in_the_dialog(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, tmp_path: Path
) -> None:
    clinic = build_clinic(db, staff, stock)
    record = open_patient(db, staff.nurse, clinic.swollen_patient)
    page = PatientFilePage(db, staff.nurse, record)
    qtbot.addWidget(page)
    dialog = page.export_record()
    dialog.folder.setText(str(tmp_path / "no such folder"))
    dialog.export()
    qtbot.waitUntil(lambda: "does not exist" in dialog.status.text(), timeout=20_000)
    assert dialog.export_button.isEnabled() and dialog.exported is None
