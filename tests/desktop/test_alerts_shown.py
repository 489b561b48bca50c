"""Alerts in sight: in red above every tab of the patient file and at the top of the chart
form, where each one is acknowledged before the procedure is saved."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.record.alerts import AlertInput, add_alert
from db.record.patients import PatientRecord, open_patient
from db.record.procedures import PlacementInput, patient_procedures
from db.storage.database import Database
from desktop.dialogs.alert_form import AlertDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.messages import Prompts
from desktop.pages.patient_file import PatientFilePage
from tests.conftest import Staff, Stock
from tests.helpers import treatment_consent, written


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: True))


def test_the_alerts_stay_in_sight_on_every_tab_and_a_new_one_joins_them(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    add_alert(db, staff.doctor, patient.id, AlertInput("allergy", "relative", "Lidocaine: hives"))
    page = PatientFilePage(db, staff.doctor, open_patient(db, staff.doctor, patient.id))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    for index in range(page.tabs.count()):
        page.tabs.setCurrentIndex(index)
        assert page.alerts.isVisible()
        assert "Allergy: Lidocaine: hives" in page.alerts.text()
    assert "#b00020" in page.alerts.label.styleSheet()

    dialog = page.alerts_tab.add()
    assert isinstance(dialog, AlertDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("contraindication"))
    dialog.code.setCurrentIndex(dialog.code.findData("pregnancy"))
    assert dialog.level.currentData() == "absolute"
    dialog.save_button.click()
    written(qtbot)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Pregnancy or breastfeeding — Stops charting" in page.alerts.text()


def test_a_patient_without_alerts_shows_no_banner(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    page.show()
    assert not page.alerts.isVisible()
    assert not page.alerts_tab.add_button.isVisible()


def test_the_chart_form_shows_each_alert_and_stores_its_acknowledgement(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    alert = add_alert(
        db,
        staff.doctor,
        patient.id,
        AlertInput("contraindication", "relative", "aspirin daily", code="anticoagulant"),
    )
    neck = (PlacementInput("neck", "both", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), neck)
    dialog = ProcedureDialog(db, staff.doctor, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    check = dialog.alert_check
    assert check.isVisible() and check.y() < dialog.scan.y()
    assert "aspirin daily" in check.banner.text()
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.lot_id)
    row.area.setCurrentIndex(row.area.findData("neck"))

    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None and check.message.isVisible()
    assert patient_procedures(db, staff.doctor, patient.id) == []
    check.boxes[alert.id].setChecked(True)
    assert not check.message.isVisible()
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    assert "aspirin daily" in dialog.saved.alert_acknowledgement
