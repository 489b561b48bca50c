"""Forms that hold clinical data: a scan charts exactly the scanned lot, Enter never saves,
typed data is not thrown away without asking, and a fixed field loses its error."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord, search_patients
from db.record.procedures import PlacementInput, patient_procedures
from db.storage.database import Database
from desktop.dialogs.patient_form import PatientDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.messages import Prompts
from tests.conftest import GTIN_PDO, Staff, Stock
from tests.desktop.test_charting import GS, scan
from tests.helpers import chart, treatment_consent, written


def box_code(lot_number: str) -> str:
    expiry = f"{(date.today().year + 1) % 100:02d}1231"
    return f"]d201{GTIN_PDO}10{lot_number}{GS}17{expiry}"


def open_chart(qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord) -> ProcedureDialog:
    dialog = ProcedureDialog(db, staff.doctor, patient)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


class Asked:
    """Stands in for the confirmation box: records each question and gives one answer."""

    def __init__(self, answer: bool) -> None:
        self.answer = answer
        self.questions: list[str] = []

    def __call__(self, parent: object, text: str, yes: str, no: str) -> bool:
        self.questions.append(text)
        return self.answer


@pytest.fixture(autouse=True)
def _discard_at_teardown(monkeypatch: pytest.MonkeyPatch) -> None:
    """A dialog left with typed data is closed at the end of a test without a modal question."""
    monkeypatch.setattr(Prompts, "confirm", staticmethod(Asked(True)))


def test_scan_then_save_charts_exactly_the_scanned_lot(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    # The doctor used the other lot last time: it must not be offered as if chosen.
    chart(
        db,
        staff.doctor,
        patient.id,
        stock.now - timedelta(days=30),
        PlacementInput("neck", "both", stock.second_lot_id, 2),
    )
    jawline = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), jawline)
    dialog = open_chart(qtbot, db, staff, patient)
    assert [row.value().lot_id for row in dialog.rows] == [None]
    assert dialog.focusWidget() is dialog.scan

    scan(qtbot, dialog.focusWidget(), box_code("PDO-2301"))
    (row,) = dialog.rows
    assert row.value().lot_id == stock.lot_id
    assert "Added" in dialog.scan_message.text()
    row.area.setCurrentIndex(row.area.findData("jawline"))
    qtbot.keyClick(dialog.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    written(qtbot)

    assert dialog.saved is not None, dialog.placement_message.text()
    latest = max(patient_procedures(db, staff.doctor, patient.id), key=lambda p: p.id)
    assert [(p.area, p.lot_number) for p in latest.placements] == [("jawline", "PDO-2301")]


def test_a_scan_fills_the_row_waiting_for_its_lot_then_adds_one(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    dialog = open_chart(qtbot, db, staff, patient)
    first = dialog.rows[0]
    first.area.setCurrentIndex(first.area.findData("neck"))
    scan(qtbot, dialog.scan, box_code("PDO-2302"))
    assert [row.value().lot_id for row in dialog.rows] == [stock.second_lot_id]
    assert first.value().area == "neck"
    scan(qtbot, dialog.scan, box_code("PDO-2301"))
    assert [row.value().lot_id for row in dialog.rows] == [stock.second_lot_id, stock.lot_id]


def test_enter_in_the_date_field_does_not_save(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    jawline = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), jawline)
    dialog = open_chart(qtbot, db, staff, patient)
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.lot_id)
    row.area.setCurrentIndex(row.area.findData("jawline"))
    dialog.day.setFocus()
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Enter)
    assert dialog.isVisible() and dialog.saved is None
    assert patient_procedures(db, staff.doctor, patient.id) == []
    # The Save button still saves.
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None


def test_esc_with_typed_data_asks_before_discarding(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    keep = Asked(False)
    monkeypatch.setattr(Prompts, "confirm", staticmethod(keep))
    dialog = open_chart(qtbot, db, staff, patient)
    qtbot.keyClicks(dialog.notes, "Patient anxious")
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert len(keep.questions) == 1 and dialog.isVisible()
    dialog.close()
    assert len(keep.questions) == 2 and dialog.isVisible()

    discard = Asked(True)
    monkeypatch.setattr(Prompts, "confirm", staticmethod(discard))
    qtbot.keyClick(dialog.notes, Qt.Key.Key_Escape)
    assert discard.questions and not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected

    # An untouched form closes without a question.
    untouched = open_chart(qtbot, db, staff, patient)
    discard.questions.clear()
    qtbot.keyClick(untouched.scan, Qt.Key.Key_Escape)
    assert discard.questions == [] and not untouched.isVisible()


def test_an_error_goes_away_once_its_field_is_fixed(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    dialog = open_chart(qtbot, db, staff, patient)
    typed = dialog.day.text()
    dialog.day.setText("31/02/2026")
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None
    assert "Not a date" in dialog.errors.message("performed_at")
    assert dialog.placement_message.text()
    dialog.day.setText("")
    qtbot.keyClicks(dialog.day, typed)
    assert not dialog.errors.message("performed_at")
    row = dialog.rows[0]
    row.area.setCurrentIndex(row.area.findData("neck"))
    scan(qtbot, dialog.scan, box_code("PDO-2301"))
    assert dialog.placement_message.text() == ""


def test_the_chart_dialog_fits_a_1366_by_768_screen_without_sideways_scrolling(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    dialog = open_chart(qtbot, db, staff, patient)
    for lot_number in ("PDO-2301", "PDO-2302", "PDO-2301"):
        scan(qtbot, dialog.scan, box_code(lot_number))
    dialog.resize(dialog.minimumSize())
    qtbot.wait(10)
    assert dialog.width() <= 1366 and dialog.height() <= 768 - 40
    for row in dialog.rows:
        assert row.width() >= row.minimumSizeHint().width()
        remove = row.findChildren(type(dialog.save_button))[-1]
        right = remove.mapTo(dialog, remove.rect().topRight()).x()
        assert remove.isVisible() and right < dialog.width()


def test_patient_form_enter_does_not_save_and_esc_asks(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked = Asked(False)
    monkeypatch.setattr(Prompts, "confirm", staticmethod(asked))
    dialog = PatientDialog(db, staff.nurse)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.full_name.setText("Trần Văn An")  # QTest types only ASCII
    qtbot.keyClicks(dialog.date_of_birth, "01/02/1980")
    qtbot.keyClicks(dialog.phone, "0903 123 456")
    qtbot.keyClick(dialog.phone, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.saved is None
    assert search_patients(db, staff.nurse, "") == []

    qtbot.keyClick(dialog.phone, Qt.Key.Key_Escape)
    assert asked.questions and dialog.isVisible()

    # A wrong date shows its message until it is corrected.
    dialog.date_of_birth.setText("")
    qtbot.keyClicks(dialog.date_of_birth, "31/02/1980")
    dialog.submit()
    assert dialog.errors.message("date_of_birth")
    dialog.date_of_birth.setText("")
    qtbot.keyClicks(dialog.date_of_birth, "28/02/1980")
    assert not dialog.errors.message("date_of_birth")
