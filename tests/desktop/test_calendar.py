"""The calendar, booking with conflict warnings, moving, and the booked procedure charted from
Today, on a fixed clock."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from db.record.appointments import BookingInput, book_visit, calendar
from db.record.procedures import PlacementInput
from desktop.dialogs.booking_form import BookingDialog, MoveVisitDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.messages import Prompts
from desktop.pages.calendar import CalendarPage
from desktop.pages.today import TodayPage
from tests.conftest import Staff
from tests.db.test_appointments import MONDAY, at, clinic
from tests.helpers import chart, treatment_consent, written


class Answers:
    def __init__(self, *answers: bool) -> None:
        self.answers = list(answers)
        self.questions: list[str] = []

    def __call__(self, parent: object, text: str, yes: str, no: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0)


def text_of(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


def cell_texts(page: CalendarPage) -> list[str]:
    grid = page.grid
    cells = (
        text_of(grid.item(row, column))
        for row in range(grid.rowCount())
        for column in range(grid.columnCount())
    )
    return [text for text in cells if text]


def test_the_calendar_shows_visits_and_follow_ups_and_warns_of_a_double_booking(
    qtbot: QtBot, db_url: str, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, clock, (lan, nam), lot = clinic(db_url, staff)
    clock.now = (MONDAY + timedelta(hours=1)).astimezone(UTC)
    chart(
        db,
        staff.doctor,
        lan,
        MONDAY + timedelta(minutes=30),
        PlacementInput("neck", "both", lot, 2),
    )
    book_visit(
        db, staff.nurse, BookingInput(nam, staff.doctor.user_id, "consultation", at(16, 9, 0))
    )
    page = CalendarPage(db, staff.nurse)
    qtbot.addWidget(page)
    page.show_day(date(2026, 11, 16))
    assert cell_texts(page) == [
        "08:30 Mai Thị Lan · 7 days follow-up (Test Doctor)",
        "09:00 Hồ Văn Nam · Consultation (Test Doctor)",
    ]
    page.span.setCurrentIndex(page.span.findData(7))
    assert page.grid.columnCount() == 7 and len(cell_texts(page)) == 2
    assert "closed" in text_of(page.grid.horizontalHeaderItem(6))

    # Booking Nam again over Lan's review: warned; going back books nothing.
    answers = Answers(False, True)
    monkeypatch.setattr(Prompts, "confirm", staticmethod(answers))
    page.show_day(date(2026, 11, 16))
    page.grid.setCurrentCell(3, 0)  # 08:30
    dialog = page.book()
    assert isinstance(dialog, BookingDialog)
    dialog.search.setText("Hồ Văn")
    dialog.find_patients()
    dialog.kind.setCurrentIndex(dialog.kind.findData("review"))
    dialog.doctor.setCurrentIndex(dialog.doctor.findData(staff.doctor.user_id))
    assert dialog.time.time() == QTime(8, 30)
    dialog.save_button.click()
    written(qtbot)
    assert "already sees Mai Thị Lan at 08:30" in answers.questions[0]
    assert dialog.saved is None and len(calendar(db, staff.nurse, date(2026, 11, 16), 1)) == 2
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    # Both are in the 08:30 slot, one line each.
    qtbot.waitUntil(lambda: "Hồ Văn Nam · Extra review" in cell_texts(page)[0])
    assert "08:30 Mai Thị Lan · 7 days follow-up" in cell_texts(page)[0]

    # Moving the consultation to a Sunday warns that the clinic is closed.
    page.grid.setCurrentCell(4, 0)  # 09:00
    assert page.selected_visit() is not None
    move = page.move_visit()
    assert isinstance(move, MoveVisitDialog)
    move.day.set_value(date(2026, 11, 15))
    answers.answers = [True]
    move.save_button.click()
    written(qtbot)
    assert "closed on 15/11/2026" in answers.questions[-1]
    assert move.saved is not None and move.saved.starts_at.astimezone().date() == date(2026, 11, 15)
    db.dispose()


def test_a_booked_procedure_is_charted_from_today_and_the_patient_marked_arrived(
    qtbot: QtBot, db_url: str, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: True))
    db, clock, (lan, _nam), lot = clinic(db_url, staff)
    visit = book_visit(
        db, staff.nurse, BookingInput(lan, staff.doctor.user_id, "procedure", at(9, 10, 0))
    )
    clock.now = at(9, 10, 40).astimezone(UTC)
    neck = (PlacementInput("neck", "both", lot, 2),)
    treatment_consent(db, staff.doctor, lan, at(9, 10, 5), neck)
    page = TodayPage(db, staff.doctor)
    qtbot.addWidget(page)
    page.tick()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1)
    assert page.visits_title.text() == "Booked visits today: 1"
    page.visits.table.selectRow(0)
    dialog = page.visits.chart()
    assert isinstance(dialog, ProcedureDialog) and dialog.appointment_id == visit.id
    dialog.time.setTime(QTime(10, 20))
    row = dialog.rows[0]
    row.set_lots(dialog.lots, lot)
    row.area.setCurrentIndex(row.area.findData("neck"))
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None, dialog.errors.message("performed_at")
    qtbot.waitUntil(lambda: text_of(page.visits.table.item(0, 5)) == "Arrived")
    (done,) = calendar(db, staff.nurse, date(2026, 11, 9), 1)[-1:]
    assert done.procedure_id == dialog.saved.id
    db.dispose()
