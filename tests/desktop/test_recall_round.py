"""Working a recall: one line per patient, each call recorded with one key and audited, and
the count of patients reached beside the recall's reason."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.record.patients import register_patient
from db.record.procedures import PlacementInput
from db.stock.movements import recall_lot
from db.storage.database import Database
from desktop.pages.recall import RecallPage
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import audit_rows, chart


def cell(page: RecallPage, row: int, column: int) -> str:
    item = page.table.item(row, column)
    return item.text() if item is not None else ""


def test_each_patient_once_and_each_call_counted_toward_reached(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock
) -> None:
    names = ("Bùi Thị Ánh", "Cao Văn Bình", "Đinh Thị Cúc")
    for index, name in enumerate(names):
        patient = register_patient(db, staff.nurse, patient_input(full_name=name))
        visits = 2 if index == 0 else 1
        for visit in range(visits):
            when = stock.now - timedelta(days=40 - 20 * visit, hours=index)
            chart(db, staff.doctor, patient.id, when,
                  PlacementInput("neck", "both", stock.lot_id, 2),
                  PlacementInput("jawline", "left", stock.lot_id, 1))  # fmt: skip
    recall_lot(db, staff.doctor, stock.lot_id, "Maker's notice RC-7: sterility", db.today())

    page = RecallPage(db, staff.nurse)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.search("PDO-2301")
    qtbot.waitUntil(lambda: page.table.rowCount() == 3)
    assert sorted(cell(page, row, 0).split(" (")[0] for row in range(3)) == sorted(names)
    first = next(row for row in range(3) if cell(page, row, 0).startswith(names[0]))
    assert cell(page, first, 2).count("Neck ×2") == 2 and cell(page, first, 3) == "6"
    assert "RC-7: sterility" in page.summary.text()
    assert "0 of 3 patients reached" in page.summary.text()
    assert page.table.horizontalScrollBar().maximum() == 0

    page.table.selectRow(0)
    page.calls.note.setText("Will come Monday for a check")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "1 of 3 patients reached" in page.summary.text())
    assert "Will come Monday" in cell(page, 0, 4) and cell(page, 0, 5) == "Yes"
    selected = page.selected()
    assert selected is not None and selected.full_name in cell(page, 1, 0)
    qtbot.keyClick(page.table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: "No answer" in cell(page, 1, 4))
    assert "1 of 3 patients reached" in page.summary.text()
    assert len(audit_rows(db, record_type="recall_contact")) == 2

    opened: list[tuple[int, int, bool]] = []
    page.open_patient.connect(lambda *sent: opened.append(sent))
    page.open_button.click()
    page.map_button.click()
    assert [(lot, on_map) for _patient, lot, on_map in opened] == [
        (selected.lot_id, False),
        (selected.lot_id, True),
    ]
