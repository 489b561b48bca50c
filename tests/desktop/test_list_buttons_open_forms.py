"""The buttons of the Today page's lists open their forms for the chosen row (each form's module
is loaded only when first opened, so the first screen starts without them)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from pytestqt.qtbot import QtBot

from db.record.appointments import BookingInput, book_visit
from db.record.patients import open_patient
from desktop.dialogs.booking_form import CancelVisitDialog
from desktop.dialogs.follow_up_forms import CancelForm, ContactForm, RescheduleForm
from desktop.pages.patient_file import PatientFilePage
from desktop.pages.today import TodayPage
from tests.conftest import Staff
from tests.db.test_appointments import at
from tests.db.test_appointments import clinic as booking_clinic
from tests.desktop.test_follow_ups import Clock
from tests.desktop.test_follow_ups import clinic as follow_up_clinic


def test_call_move_and_cancel_open_their_forms_for_the_selected_follow_up(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    clock = Clock(datetime(2026, 6, 10, 3, 0, tzinfo=UTC))
    db, patient_id = follow_up_clinic(db_url, staff, clock)
    clock.now += timedelta(days=1)
    page = PatientFilePage(db, staff.nurse, open_patient(db, staff.nurse, patient_id))
    qtbot.addWidget(page)
    follow_ups = page.follow_ups.list
    follow_ups.table.selectRow(0)
    chosen = follow_ups.selected()
    assert chosen is not None
    for key, form_type in (("call", ContactForm), ("move", RescheduleForm), ("cancel", CancelForm)):
        follow_ups.buttons[key].click()
        form = follow_ups.dialog
        assert isinstance(form, form_type) and form.isVisible()
        assert form.row.id == chosen.id
        form.reject()
    db.dispose()


def test_cancel_opens_the_cancel_form_for_the_selected_booked_visit(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    db, _clock, (lan, _nam), _lot = booking_clinic(db_url, staff)
    visit = book_visit(
        db, staff.nurse, BookingInput(lan, staff.doctor.user_id, "consultation", at(9, 10, 0))
    )
    page = TodayPage(db, staff.nurse)
    qtbot.addWidget(page)
    page.tick()
    qtbot.waitUntil(lambda: page.visits.table.rowCount() == 1)
    page.visits.table.selectRow(0)
    dialog = page.visits.cancel()
    assert isinstance(dialog, CancelVisitDialog) and dialog.isVisible()
    assert dialog.entry.id == visit.id
    dialog.reject()
    db.dispose()
