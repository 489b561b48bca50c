"""What another PC records appears in an open list, without losing the user's place in it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from db.record.followups import DayList
from db.record.patients import PatientRecord, register_patient, update_patient
from db.record.procedures import PlacementInput
from db.stock.movements import write_off
from db.storage.database import Database, open_database
from desktop.main_window import MainWindow
from tests.conftest import Staff, Stock, fixed_clock, patient_input
from tests.helpers import chart, written

PATIENTS = 130


def letters(number: int) -> str:
    return chr(ord("A") + number // 26) + chr(ord("a") + number % 26)


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


@pytest.fixture
def register(db: Database, staff: Staff) -> list[PatientRecord]:
    return [
        register_patient(
            db,
            staff.nurse,
            patient_input(full_name=f"Lê Thị Mai {letters(i)}", phone=f"0912 000 {i:03d}"),
        )
        for i in range(PATIENTS)
    ]


def test_list_updates_in_place_keeping_selection_and_scroll(
    qtbot: QtBot, db: Database, other_pc: Database, staff: Staff, register: list[PatientRecord]
) -> None:
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    window.show()
    window.show_patients()
    written(qtbot)
    page = window.patients
    qtbot.waitUntil(lambda: page.model.rowCount() == 100 and not page.runner.busy)
    page.table.scrollToBottom()  # loads the rest
    qtbot.waitUntil(lambda: page.model.rowCount() == PATIENTS)
    chosen = register[110]
    page.table.selectRow(110)
    page.table.scrollTo(page.model.index(110, 0))
    scroll = page.table.verticalScrollBar().value()
    assert scroll > 0

    window.live.feed.poll_seconds = 0.1
    window.live.start()
    # On the other PC: a patient who sorts first (given name A) is registered, the chosen
    # one's phone changes.
    register_patient(
        other_pc, staff.doctor, patient_input(full_name="Lê Thị A", phone="0913 111 222")
    )
    update_patient(
        other_pc,
        staff.doctor,
        chosen.id,
        chosen.version,
        patient_input(full_name=chosen.full_name, phone="0987 654 321"),
    )

    qtbot.waitUntil(lambda: page.model.rowCount() == PATIENTS + 1, timeout=5000)
    qtbot.waitUntil(lambda: page.model.row_at(111).phone == "0987 654 321", timeout=5000)
    assert page.model.row_at(0).full_name == "Lê Thị A"
    (selected,) = page.table.selectionModel().selectedRows()
    assert page.model.row_at(selected.row()).id == chosen.id
    assert page.table.verticalScrollBar().value() == scroll
    assert page.status.text() == f"{PATIENTS + 1} patient(s)"
    window.close()
    assert not window.live.feed.running


def test_today_page_shows_a_procedure_charted_on_another_pc(
    qtbot: QtBot,
    db: Database,
    other_pc: Database,
    staff: Staff,
    patient: PatientRecord,
    stock: Stock,
) -> None:
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    window.show()
    title = window.today.sections[DayList.COMING_WEEK].title
    qtbot.waitUntil(lambda: title.text().endswith(": 0"))
    window.live.feed.poll_seconds = 0.1
    window.live.start()

    performed = other_pc.clock() - timedelta(hours=1)
    chart(
        other_pc,
        staff.doctor,
        patient.id,
        performed,
        PlacementInput("nasolabial", "both", stock.lot_id, 4),
    )
    # Its 7-day review is in the coming week; no one pressed anything on this PC.
    qtbot.waitUntil(lambda: title.text().endswith(": 1"), timeout=5000)
    window.close()


def test_inventory_shows_stock_taken_on_another_pc_keeping_the_selected_lot(
    qtbot: QtBot,
    db: Database,
    other_pc: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
) -> None:
    window = MainWindow(db, staff.doctor)
    qtbot.addWidget(window)
    window.show()
    window.nav.setCurrentRow(list(window.pages).index("inventory"))
    page = window.inventory
    qtbot.waitUntil(lambda: page.model.rowCount() == 2 and not page.runner.busy)
    row = next(i for i in range(2) if page.model.row_at(i).lot_id == stock.second_lot_id)
    page.table.selectRow(row)
    window.live.feed.poll_seconds = 0.1
    window.live.start()

    write_off(other_pc, staff.doctor, stock.second_lot_id, 2, "seal broken")
    qtbot.waitUntil(
        lambda: any(page.model.row_at(i).on_hand == 3 for i in range(page.model.rowCount())),
        timeout=5000,
    )
    chosen = page.selected_lot()
    assert chosen is not None and chosen.lot_id == stock.second_lot_id and chosen.on_hand == 3
    window.close()


def test_the_open_patient_file_shows_a_procedure_charted_on_another_pc(
    qtbot: QtBot,
    db: Database,
    other_pc: Database,
    staff: Staff,
    patient: PatientRecord,
    stock: Stock,
) -> None:
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    window.show()
    window.open_patient(patient.id)
    written(qtbot)
    file_page = window.patient_file
    assert file_page is not None and file_page.procedures.tree.topLevelItemCount() == 0
    window.live.start()  # the feed's own delay: SQLite is polled every second

    performed = other_pc.clock() - timedelta(hours=1)
    charted = chart(
        other_pc,
        staff.doctor,
        patient.id,
        performed,
        PlacementInput("nasolabial", "both", stock.lot_id, 4),
    )
    # No one pressed anything on this PC: the file, its follow-ups and its timeline follow.
    qtbot.waitUntil(lambda: file_page.procedures.tree.topLevelItemCount() == 1, timeout=5000)
    item = file_page.procedures.tree.topLevelItem(0)
    assert item is not None and str(charted.id) in item.text(0)
    assert file_page.follow_ups.list.rows
    assert file_page.timeline.table.rowCount() > 0
    window.close()


def test_an_edit_in_the_file_reaches_the_patient_list_through_the_feed(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    window.show()
    window.show_patients()
    page = window.patients
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.busy)
    window.live.start()
    window.open_patient(patient.id)
    written(qtbot)
    assert window.patient_file is not None
    dialog = window.patient_file.edit()
    dialog.phone.setText("0987 654 321")
    dialog.submit()
    written(qtbot)
    qtbot.waitUntil(lambda: page.model.row_at(0).phone == "0987 654 321", timeout=5000)
    window.close()
