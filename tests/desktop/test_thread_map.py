"""Drawing threads on the chart form's map with the mouse and a pen, saving them, and finding
them again on the patient's lifetime map: faded, filtered, voided ones gone, a recall picked out."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord
from db.record.procedures import (
    PlacementInput,
    ProcedureRecord,
    patient_procedures,
    void_procedure,
)
from db.stock.movements import recall_lot
from db.storage.database import Database
from db.threadmap.geometry import ThreadLine
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from desktop.pages.patient_file import PatientFilePage
from desktop.widgets.thread_map.editor import ThreadMapEditor
from tests.conftest import Staff, Stock
from tests.desktop.drawing import (
    JAWLINE_LEFT,
    LEFT,
    NASOLABIAL_LEFT,
    NASOLABIAL_RIGHT,
    NONE,
    at,
    draw,
)
from tests.helpers import chart, treatment_consent, written


def near(line: ThreadLine, start: tuple[float, float], end: tuple[float, float]) -> bool:
    """The stored line is where it was drawn, to within a screen pixel."""
    points = ((line.start, start), (line.end, end))
    return all(abs(p[0] * 600 - q[0]) < 2 and abs(p[1] * 800 - q[1]) < 2 for p, q in points)


def opened_chart(qtbot: QtBot, page: PatientFilePage) -> ProcedureDialog:
    dialog = page.procedures.chart()
    dialog.resize(1340, 700)
    qtbot.waitExposed(dialog)
    return dialog


# The offscreen platform cannot raise the tooltip's window, and says so.
@pytest.mark.qt_log_ignore("^This plugin does not support raise\\(\\)$")
def test_drawn_threads_are_saved_and_found_again_on_the_patient_map(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    consented = (
        PlacementInput("nasolabial", "both", stock.lot_id, 2),
        PlacementInput("jawline", "left", stock.second_lot_id, 1),
    )
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), consented)
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    dialog = opened_chart(qtbot, page)
    canvas = dialog.map.canvas
    assert "No threads drawn" in dialog.map.hint.text()

    first = dialog.rows[0]
    first.set_lots(dialog.lots, stock.lot_id)
    draw(canvas, *NASOLABIAL_RIGHT)
    draw(canvas, *NASOLABIAL_LEFT)
    # Drawn on both folds: the placement's area and sides are proposed from the drawing.
    assert (first.value().area, first.value().side) == ("nasolabial", "both")
    assert first.drawn.text() == "2 of 2 threads drawn."

    # An area chosen by hand turns the map to a view that shows it.
    second = dialog.add_row(stock.second_lot_id)
    second.area.setCurrentIndex(second.area.findData("abdomen"))
    assert canvas.view == "torso"
    second.area.setCurrentIndex(0)
    dialog.map.tabs.choose("left")
    draw(canvas, *JAWLINE_LEFT)
    assert (second.value().area, second.value().side) == ("jawline", "left")
    second.count.setValue(1)
    # Bent by dragging its middle handle down a little.
    handle = canvas.mapFromScene(canvas.handle.pos())
    QTest.mousePress(canvas.viewport(), LEFT, NONE, handle)
    QTest.mouseMove(canvas.viewport(), handle + QPoint(0, 10))
    QTest.mouseRelease(canvas.viewport(), LEFT, NONE, handle + QPoint(0, 12))
    (jaw,) = second.value().lines
    assert jaw.bend is not None and near(jaw, *JAWLINE_LEFT)
    drawn = [row.value().lines for row in dialog.rows]

    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None, dialog.placement_message.text()
    assert [p.lines for p in dialog.saved.placements] == drawn

    # Opened again, as the next doctor would: the same geometry, lots and areas, exactly.
    (stored,) = patient_procedures(db, staff.doctor, patient.id)
    assert [p.lines for p in stored.placements] == drawn
    again = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(again)
    again.show()
    again.tabs.setCurrentWidget(again.thread_map)
    qtbot.waitExposed(again.thread_map)
    shown = again.thread_map.threads
    assert sorted((t.line.view, t.lot_id, t.area, t.side) for t in shown) == [
        ("front", stock.lot_id, "nasolabial", "both"),
        ("front", stock.lot_id, "nasolabial", "both"),
        ("left", stock.second_lot_id, "jawline", "left"),
    ]
    assert {t.line for t in shown} == {line for lines in drawn for line in lines}
    assert again.thread_map.tabs.tabText(0) == "Front (2)"
    assert "3 threads from 1 procedures" in again.thread_map.summary.text()

    # A click on a thread says when, which product and lot, who, and where.
    view = again.thread_map.view
    again.thread_map.tabs.choose("front")
    middle = ((NASOLABIAL_RIGHT[0][0] + NASOLABIAL_RIGHT[1][0]) / 2, 420)
    QTest.mouseClick(view.viewport(), LEFT, NONE, at(view, middle))
    details = again.thread_map.details.text()
    assert "PDO-2301" in details and staff.doctor.full_name in details
    assert "Nasolabial folds, Both sides" in details
    # Resting the pointer on it says the same in a tooltip; off the threads, nothing.
    where = at(view, middle)
    hover = QHelpEvent(QEvent.Type.ToolTip, where, view.viewport().mapToGlobal(where))
    QApplication.sendEvent(view.viewport(), hover)
    assert QToolTip.isVisible() and QToolTip.text() == details
    away = at(view, (20, 20))
    QApplication.sendEvent(
        view.viewport(), QHelpEvent(QEvent.Type.ToolTip, away, view.viewport().mapToGlobal(away))
    )
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_count_that_disagrees_with_the_drawing_is_refused_beside_its_placement(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    consented = (PlacementInput("nasolabial", "both", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), consented)
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    dialog = opened_chart(qtbot, page)
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.lot_id)
    for start, end in (NASOLABIAL_RIGHT, NASOLABIAL_LEFT):
        draw(dialog.map.canvas, start, end)
    draw(dialog.map.canvas, (256, 380), (244, 440))
    assert "Threads drawn: 3; thread count: 2" in row.drawn.text()

    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is None
    assert row.message.isVisible()
    assert "the drawing shows 3 and the thread count says 2" in row.message.text()
    assert patient_procedures(db, staff.doctor, patient.id) == []

    # A placement removed takes its drawn threads with it (and undo does not bring them back).
    extra = dialog.add_row(stock.lot_id)
    draw(dialog.map.canvas, (200.0, 470.0), (240.0, 540.0))
    assert len(dialog.map.lines_of(extra)) == 1
    extra.remove_requested.emit(extra)
    assert len(dialog.map.drawn_threads()) == 3
    dialog.map.undo()
    assert len(dialog.map.drawn_threads()) == 3 and dialog.rows == [row]

    # Undo the third thread: the message goes, and the procedure saves.
    dialog.map.undo()
    assert not row.message.isVisible()
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    assert len(dialog.saved.placements[0].lines) == 2


def test_move_delete_undo_and_a_pen_before_saving(qtbot: QtBot) -> None:
    editor = ThreadMapEditor()
    qtbot.addWidget(editor)
    editor.resize(420, 640)
    owner = object()
    editor.set_current(owner)
    editor.show()
    qtbot.waitExposed(editor)
    canvas = editor.canvas
    draw(canvas, (200, 300), (260, 420))
    (line,) = editor.lines_of(owner)
    # Dragged by its body (away from the bend handle in its middle) it moves, both ends alike.
    QTest.mousePress(canvas.viewport(), LEFT, NONE, at(canvas, (215, 330)))
    QTest.mouseMove(canvas.viewport(), at(canvas, (235, 330)))
    QTest.mouseRelease(canvas.viewport(), LEFT, NONE, at(canvas, (255, 330)))
    (shifted,) = editor.lines_of(owner)
    assert near(shifted, (240, 300), (300, 420))
    editor.undo()
    assert editor.lines_of(owner) == (line,)
    # Selected, the Delete key removes it; undo puts it back.
    QTest.mouseClick(canvas.viewport(), LEFT, NONE, at(canvas, (215, 330)))
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    assert editor.lines_of(owner) == ()
    assert "No threads drawn" in editor.hint.text()
    editor.undo()
    assert editor.lines_of(owner) == (line,)
    # A fan: the selected thread copied beside itself, twice, each copy parallel to it.
    QTest.mouseClick(canvas.viewport(), LEFT, NONE, at(canvas, (215, 330)))
    editor.copy_button.click()
    editor.copy_button.click()
    fan = editor.lines_of(owner)
    assert len(fan) == 3 and fan[0] == line
    shifts = {(round(b.start[0] - a.start[0], 6), round(b.end[0] - a.end[0], 6)) for a, b in
              itertools.pairwise(fan)}  # fmt: skip
    assert len(shifts) == 1 and abs(next(iter(shifts))[0]) > 0.01
    editor.undo()
    editor.undo()
    # A click that does not travel draws nothing.
    QTest.mouseClick(canvas.viewport(), LEFT, NONE, at(canvas, (400, 200)))
    assert len(editor.lines_of(owner)) == 1

    # A pen tablet draws as the mouse does, once (its events are not turned into mouse ones).
    def pen(kind: QEvent.Type, point: tuple[float, float]) -> None:
        where = QPointF(at(canvas, point))
        event = QTabletEvent(
            kind, QPointingDevice.primaryPointingDevice(), where,
            QPointF(canvas.viewport().mapToGlobal(where)), 0.5, 0.0, 0.0, 0.0, 0.0, 0.0, NONE,
            LEFT, LEFT if kind != QEvent.Type.TabletRelease else Qt.MouseButton.NoButton,
        )  # fmt: skip
        QApplication.sendEvent(canvas.viewport(), event)

    pen(QEvent.Type.TabletPress, (350, 300))
    pen(QEvent.Type.TabletMove, (360, 360))
    pen(QEvent.Type.TabletRelease, (370, 420))
    assert len(editor.lines_of(owner)) == 2
    assert near(editor.lines_of(owner)[1], (350, 300), (370, 420))


def test_a_voided_procedure_leaves_the_map_and_filters_narrow_it(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    old_line = ThreadLine("front", (0.44, 0.49), (0.42, 0.56))
    new_line = ThreadLine("front", (0.56, 0.49), (0.58, 0.56), (0.6, 0.52))
    voided_line = ThreadLine("front", (0.3, 0.6), (0.4, 0.68))

    def charted(
        days_ago: int, area: str, side: str, lot_id: int, line: ThreadLine
    ) -> ProcedureRecord:
        when = stock.now - timedelta(days=days_ago)
        placement = PlacementInput(area, side, lot_id, 1, lines=(line,))
        return chart(db, staff.doctor, patient.id, when, placement)

    old = charted(300, "nasolabial", "right", stock.lot_id, old_line)
    charted(2, "nasolabial", "left", stock.second_lot_id, new_line)
    mistake = charted(1, "jowls", "right", stock.lot_id, voided_line)
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.thread_map)
    tab = page.thread_map
    qtbot.waitExposed(tab)
    assert {t.line for t in tab.threads} == {old_line, new_line, voided_line}

    void_procedure(db, staff.doctor, mistake.id, mistake.version, "Charted twice", False)
    page.refresh()
    assert {t.line for t in tab.threads} == {old_line, new_line}
    faded = {item.line: item.pen().color().alphaF() for item in tab.view.threads}
    assert faded[old_line] < faded[new_line]  # 300 days of a PDO thread's ~7 months: faint

    tab.lot.setCurrentIndex(tab.lot.findData(stock.second_lot_id))
    assert [t.line for t in tab.view.shown()] == [new_line]
    tab.lot.setCurrentIndex(0)
    tab.until.set_value((old.performed_at + timedelta(days=1)).astimezone().date())
    tab.until.editingFinished.emit()
    assert [t.line for t in tab.view.shown()] == [old_line]
    assert "1 threads from 1 procedures" in tab.summary.text()
    tab.since.setText("31/02/2025")
    tab.since.editingFinished.emit()
    assert "Not a date" in tab.summary.text()


def test_a_recalled_lot_is_picked_out_on_the_patient_map(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    recalled = ThreadLine("front", (0.44, 0.49), (0.42, 0.56))
    other = ThreadLine("front", (0.56, 0.49), (0.58, 0.56))
    chart(db, staff.doctor, patient.id, stock.now - timedelta(days=20),
          PlacementInput("nasolabial", "right", stock.lot_id, 1, lines=(recalled,)),
          PlacementInput("nasolabial", "left", stock.second_lot_id, 1, lines=(other,)))  # fmt: skip
    recall_lot(db, staff.doctor, stock.lot_id, "Maker's notice RC-7", db.today())
    window = MainWindow(db, staff.doctor)
    qtbot.addWidget(window)
    window.resize(1366, 728)
    window.show()
    window.recall.search("PDO-2301")
    qtbot.waitUntil(lambda: window.recall.table.rowCount() == 1)
    window.recall.table.selectRow(0)
    window.recall.map_button.click()
    written(qtbot)
    assert window.patient_file is not None
    tab = window.patient_file.thread_map
    assert window.patient_file.tabs.currentWidget() is tab
    emphasis = {item.line: item.emphasis for item in tab.view.threads}
    assert emphasis == {recalled: 1, other: -1}
    assert "PDO-2301" in tab.recall_text.text()
    widths = {item.line: item.pen().widthF() for item in tab.view.threads}
    assert widths[recalled] > widths[other]


def test_closing_the_chart_form_asks_before_drawn_threads_are_lost(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []

    def confirm(parent: object, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Prompts, "confirm", staticmethod(confirm))
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    dialog = opened_chart(qtbot, page)
    draw(dialog.map.canvas, *NASOLABIAL_RIGHT)
    # Only the drawing changed (the area it proposed is put back): still, closing asks.
    dialog.rows[0].area.setCurrentIndex(0)
    dialog.rows[0].side.setCurrentIndex(dialog.rows[0].side.findData("both"))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
