"""The phone round on Today: one key per patient, the next patient selected, the note shown."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.access.permissions import Actor, command_line_actor, logged_in_actor
from db.access.users import create_user
from db.consent.records import ConsentInput, record_consent
from db.consent.texts import current_text
from db.record.followups import DayList, FollowUpRow
from db.record.patients import register_patient
from db.record.procedures import PlacementInput
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from desktop.pages.today import TodayPage
from desktop.widgets.follow_up_list import FollowUpList
from tests.conftest import Staff, patient_input
from tests.desktop.test_follow_ups import Clock, cell, local
from tests.helpers import PASSWORD, audit_rows, chart

NAMES = ("Phạm Thu An", "Lý Minh Bảo", "Đỗ Hải Châu", "Vũ Thị Dung")


def agree_to_calls(db: Database, staff: Staff, patient_id: int, when: datetime) -> None:
    text = current_text(db, staff.nurse, "reminders", "vi")
    record_consent(
        db,
        staff.nurse,
        ConsentInput(patient_id, "reminders", "vi", text.id, "oral", when, witness="Lê Thị Lan"),
    )


def round_clinic(db_url: str, staff: Staff, clock: Clock) -> tuple[Database, Actor]:
    """Four patients treated a week ago, so their 7-day visits are due today; the last one
    did not consent to calls and was treated by a second doctor."""
    db = open_database(db_url, clock=clock)
    today = clock.now.astimezone().date()
    second_id = create_user(db, command_line_actor(), "hai", "BS. Lê Văn Hai", {"doctor"}, PASSWORD)
    second = logged_in_actor(second_id, "hai", "BS. Lê Văn Hai", frozenset({"doctor"}), "test-pc")
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Vline", "PDO", "cog", "19G", 100))
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(
            product.id, "VL-1", today + timedelta(days=500), 40, today - timedelta(days=30)
        ),
    )
    for index, name in enumerate(NAMES):
        last = index == len(NAMES) - 1
        patient = register_patient(
            db, staff.nurse, patient_input(full_name=name, phone=f"0903 555 11{index}")
        )
        if not last:
            agree_to_calls(db, staff, patient.id, clock.now)
        performed = local(today - timedelta(days=7), 9 + index)
        clock.now = performed.astimezone(UTC) + timedelta(hours=1)
        doctor = second if last else staff.doctor
        chart(db, doctor, patient.id, performed, PlacementInput("neck", "both", lot.lot_id, 2))
    clock.now = local(today, 8).astimezone(UTC)
    return db, second


def due_today(page: TodayPage) -> FollowUpList:
    return page.sections[DayList.DUE_TODAY].follow_ups


def test_one_key_records_the_call_and_selects_the_next_patient(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    clock = Clock(datetime(2026, 6, 10, 3, 0, tzinfo=UTC))
    db, second = round_clinic(db_url, staff, clock)
    page = TodayPage(db, staff.nurse)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    calls = due_today(page)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 4)
    assert calls.phone_round is not None
    calls.table.selectRow(0)

    # The note typed during the call, then one key in the list.
    calls.phone_round.note.setText("Comes Friday at 9, by motorbike")
    calls.table.setFocus()
    qtbot.keyClick(calls.table, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: "Comes Friday at 9" in cell(calls.table, 0, 6))
    assert "Reached, visit confirmed" in cell(calls.table, 0, 6)
    selected = calls.selected()
    assert isinstance(selected, FollowUpRow) and selected.full_name == NAMES[1]
    assert calls.phone_round.note.text() == ""

    qtbot.keyClick(calls.table, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: "No answer" in cell(calls.table, 1, 6))
    selected = calls.selected()
    assert isinstance(selected, FollowUpRow) and selected.full_name == NAMES[2]
    calls.phone_round.buttons["rebooked"].click()
    qtbot.waitUntil(lambda: "another date" in cell(calls.table, 2, 6))
    assert len(audit_rows(db, record_type="contact_attempt")) == 3

    # Every row is shown whole; a patient who refused calls is marked in words.
    assert calls.table.verticalScrollBar().maximum() == 0
    assert "no consent: do not call" in cell(calls.table, 3, 2)

    # One doctor's patients only.
    page.doctor.setCurrentIndex(page.doctor.findData(second.user_id))
    qtbot.waitUntil(lambda: calls.model.rowCount() == 1)
    assert NAMES[3] in cell(calls.table, 0, 1)
    assert page.sections[DayList.DUE_TODAY].title.text() == "Due today: 1"
    page.doctor.setCurrentIndex(0)
    qtbot.waitUntil(lambda: calls.model.rowCount() == 4)
    db.dispose()
