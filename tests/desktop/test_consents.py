"""Giving and withdrawing consent from the patient's file."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.consent.records import patient_consents
from db.record.patients import PatientRecord
from db.storage.database import Database
from desktop.pages.patient_file import PatientFilePage
from tests.conftest import Staff
from tests.desktop.test_charting import sign
from tests.helpers import audit_rows, scanned_form_png, written


def test_reminders_consent_given_aloud_then_withdrawn(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    assert page.values["contact_consent"].text() == "Not agreed"
    tab = page.consents
    form = tab.record()
    form.purpose.setCurrentIndex(form.purpose.findData("reminders"))
    assert "Zalo" in form.text_view.toPlainText()
    form.method_buttons["oral"].setChecked(True)
    form.save_button.click()
    written(qtbot)
    assert form.saved is None and "witness" in form.errors.message("evidence")
    form.witness.setText("Lê Thị Lan")
    form.save_button.click()
    written(qtbot)
    assert form.saved is not None and form.saved.text_version == 1
    assert page.values["contact_consent"].text() == "Agreed"
    assert tab.table.rowCount() == 1 and tab.table.item(0, 5).text() == "In force"

    tab.table.selectRow(0)
    dialog = tab.withdraw_selected()
    assert dialog is not None
    dialog.method.setCurrentIndex(dialog.method.findData("phone"))
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None and not dialog.saved.active
    assert page.values["contact_consent"].text() == "Not agreed"
    assert tab.table.item(0, 5).text().startswith("Withdrawn")
    assert not tab.withdraw_button.isEnabled()


def test_photograph_consent_signed_on_screen_or_on_paper(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord, tmp_path: Path
) -> None:
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    form = page.consents.record("photographs")
    form.show()
    form.save_button.click()
    written(qtbot)
    assert form.saved is None and "not signed yet" in form.errors.message("evidence")
    sign(qtbot, form.pad)
    form.save_button.click()
    written(qtbot)
    assert form.saved is not None and form.saved.signature_sha256

    form = page.consents.record("health_data")
    form.method_buttons["paper_scanned"].setChecked(True)
    broken = tmp_path / "scan.png"
    broken.write_bytes(scanned_form_png()[:40])
    form.attach_scan(broken)
    assert "scan.png is not a scanned form" in form.errors.message("evidence")
    good = tmp_path / "phieu-dong-y.png"
    good.write_bytes(scanned_form_png())
    form.attach_scan(good)
    form.save_button.click()
    written(qtbot)
    assert form.saved is not None and form.saved.document_name == "phieu-dong-y.png"
    tab = page.consents
    tab.table.selectRow(next(r for r, c in enumerate(tab.consents) if c.document_name))
    shown = tab.show_scan()
    assert shown is not None and "phieu-dong-y.png" in shown.windowTitle()
    assert audit_rows(db, action="view", record_type="consent_document")
    purposes = {c.purpose for c in patient_consents(db, staff.nurse, patient.id)}
    assert purposes == {"photographs", "health_data"}
