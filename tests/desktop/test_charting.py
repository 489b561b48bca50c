"""Receiving a box and charting a procedure by scanning it, through the windows."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, patient_procedures
from db.stock.lots import inventory
from db.stock.products import ProductRecord
from db.storage.database import Database
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.dialogs.product_form import ProductDialog
from desktop.dialogs.receive_stock import ReceiveStockDialog
from desktop.messages import Prompts
from desktop.pages.inventory import InventoryPage
from desktop.pages.patient_file import PatientFilePage
from desktop.widgets.signature_pad import SignaturePad
from tests.conftest import GTIN_PDO, TODAY, Staff, Stock
from tests.helpers import treatment_consent, written

GS = "\x1d"


def scan(qtbot: QtBot, field: object, text: str) -> None:
    """Type as a USB scanner does: characters, GS as Ctrl+], then Enter."""
    for char in text:
        if char == GS:
            qtbot.keyClick(field, Qt.Key.Key_BracketRight, Qt.KeyboardModifier.ControlModifier)
        else:
            qtbot.keyClicks(field, char)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def sign(qtbot: QtBot, pad: SignaturePad) -> None:
    """Draw a zigzag across the box with the mouse, as a patient signs."""
    pad.show()
    y = pad.height() // 2
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(20, y))
    for step in range(1, 30):
        point = QPoint(20 + step * 15, y + (25 if step % 2 else -25))
        pad.mouseMoveEvent(
            QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(pad.mapToGlobal(point)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
        )  # fmt: skip
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(20 + 29 * 15, y))


def test_chart_a_procedure_by_scanning_the_box(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    dialog = page.procedures.chart()
    assert isinstance(dialog, ProcedureDialog)
    dialog.rows[0].remove_requested.emit(dialog.rows[0])

    expiry = f"{(TODAY.year + 1) % 100:02d}1231"
    scan(qtbot, dialog.scan, f"]d201{GTIN_PDO}10PDO-2301{GS}17{expiry}")
    assert "Added" in dialog.scan_message.text(), dialog.scan_message.text()
    (row,) = dialog.rows
    assert row.value().lot_id == stock.lot_id
    row.area.setCurrentIndex(row.area.findData("jawline"))
    row.count.setValue(4)

    # Without the patient's signed consent the procedure is not charted.
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None
    assert "signed consent" in dialog.errors.message("consent")
    # The consent form opens from the chart, for the areas and materials charted so far.
    form = dialog.obtain_consent()
    assert form.area_boxes["jawline"].isChecked() and form.material_boxes["PDO"].isChecked()
    sign(qtbot, form.pad)
    form.save_button.click()
    written(qtbot)
    assert form.saved is not None and form.saved.method == "signed_screen"
    assert dialog.consent.currentData() == form.saved.id

    # A scan of a box never received is refused with the way forward.
    scan(qtbot, dialog.scan, f"(01){GTIN_PDO}(10)NEVER-SEEN(17)291231")
    assert "not been received" in dialog.scan_message.text()
    assert len(dialog.rows) == 1

    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None, dialog.placement_message.text()
    (charted,) = patient_procedures(db, staff.doctor, patient.id)
    assert [(p.area, p.lot_number, p.thread_count) for p in charted.placements] == [
        ("jawline", "PDO-2301", 4)
    ]
    assert next(r.on_hand for r in inventory(db, staff.doctor) if r.lot_id == stock.lot_id) == 16
    assert page.procedures.tree.topLevelItemCount() == 1


def test_charting_more_threads_than_in_stock_is_refused_in_the_form(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    neck = (PlacementInput("neck", "both", stock.second_lot_id, 9),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), neck)
    dialog = ProcedureDialog(db, staff.doctor, patient)
    qtbot.addWidget(dialog)
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.second_lot_id)
    row.area.setCurrentIndex(row.area.findData("neck"))
    row.count.setValue(9)
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None
    assert (
        "Lot PDO-2302 (Excellence Visage)" in dialog.placement_message.text()
        and "5 thread(s) in stock" in dialog.placement_message.text()
    )
    assert patient_procedures(db, staff.doctor, patient.id) == []


def test_nose_needs_a_written_reason(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: True))
    nose = (PlacementInput("nose", "midline", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), nose)
    dialog = ProcedureDialog(db, staff.doctor, patient)
    qtbot.addWidget(dialog)
    dialog.show()
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.lot_id)
    row.area.setCurrentIndex(row.area.findData("nose"))
    assert dialog.warning.isVisible()
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None and "write the clinical reason" in dialog.reason_error.text()
    dialog.reason.setPlainText("Declined rhinoplasty; understands limited, short-lived effect.")
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    assert dialog.saved.contraindication_reason.startswith("Declined rhinoplasty")


def test_receiving_a_box_with_an_unknown_gtin_offers_to_add_the_product(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    added: list[str] = []
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: True))

    def add_product(
        cls: type, db_: Database, actor: object, gtin: str = "", parent: object = None
    ) -> ProductRecord | None:
        added.append(gtin)
        dialog = ProductDialog(db, staff.nurse, gtin=gtin)
        dialog.manufacturer.setText("Hanmi Aesthetic")
        dialog.name.setText("Lift Fine")
        dialog.gauge.setText("19G")
        dialog.submit()
        written(qtbot)
        return dialog.saved

    monkeypatch.setattr(ProductDialog, "ask", classmethod(add_product))
    page = InventoryPage(db, staff.nurse)
    qtbot.addWidget(page)
    dialog = page.receive()
    assert isinstance(dialog, ReceiveStockDialog)
    scan(qtbot, dialog.scan, "hello")
    assert "not a GS1 code" in dialog.scan_message.text()
    scan(qtbot, dialog.scan, f"01{GTIN_PDO}17{(TODAY.year + 2) % 100:02d}0600" + "10LF-77")
    assert added == [GTIN_PDO]
    assert dialog.lot_number.text() == "LF-77"
    assert dialog.expiry.value() == date(TODAY.year + 2, 6, 30)
    dialog.quantity.setValue(12)
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None and dialog.saved.on_hand == 12
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
