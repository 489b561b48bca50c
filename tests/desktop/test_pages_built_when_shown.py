"""The window builds only its first page at login; every other page is built when first opened,
shows its records then, including what was recorded since the window opened, and then follows
live changes like a page built at the start."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord, register_patient
from db.stock.movements import write_off
from db.storage.database import Database, open_database
from desktop.main_window import MainWindow
from tests.conftest import Staff, Stock, fixed_clock, patient_input
from tests.helpers import written


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


def started(qtbot: QtBot, db: Database, staff: Staff) -> MainWindow:
    window = MainWindow(db, staff.doctor)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def menu(window: MainWindow) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def opened(window: MainWindow, key: str) -> None:
    """As a user clicks the page's entry in the menu."""
    window.nav.setCurrentRow(list(window.pages).index(key))


def test_only_the_first_page_is_built_and_every_page_is_offered(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    window = started(qtbot, db, staff)
    assert menu(window) == [
        "Today",
        "Calendar",
        "Patients",
        "Inventory",
        "Complications",
        "Lot recall",
        "Thread catalogue",
        "Reports",
    ]
    assert [key for key in window.pages if window.pages.built(key)] == ["today"]
    assert window.stack.currentWidget() is window.today

    for row, key in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        assert window.stack.currentWidget() is window.pages[key]
    assert all(window.pages.built(key) for key in window.pages)
    # Opening a page again shows the same page, not a second copy.
    opened(window, "inventory")
    assert window.stack.count() == len(window.pages)


def test_a_page_opened_later_shows_its_records(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    window = started(qtbot, db, staff)
    opened(window, "inventory")
    qtbot.waitUntil(lambda: window.inventory.model.rowCount() == 2)
    opened(window, "patients")
    page = window.patients
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.busy)
    assert page.model.row_at(0).full_name == patient.full_name
    opened(window, "catalogue")
    catalogue = window.pages["catalogue"]
    assert window.stack.currentWidget() is catalogue
    assert catalogue.table.rowCount() == 1  # type: ignore[attr-defined]


def test_a_page_built_after_a_change_on_another_pc_shows_it_and_then_follows_changes(
    qtbot: QtBot, db: Database, other_pc: Database, staff: Staff, stock: Stock
) -> None:
    window = started(qtbot, db, staff)
    window.live.feed.poll_seconds = 0.1
    window.live.start()
    # Before anyone here opened Patients or Inventory, another PC registers and takes stock.
    register_patient(other_pc, staff.nurse, patient_input(full_name="Trần Thị Lan"))
    write_off(other_pc, staff.doctor, stock.lot_id, 1, "seal broken")

    opened(window, "patients")
    page = window.patients
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.busy)
    assert page.model.row_at(0).full_name == "Trần Thị Lan"
    opened(window, "inventory")
    inventory = window.inventory
    qtbot.waitUntil(lambda: inventory.model.rowCount() == 2 and not inventory.runner.busy)
    on_hand = {inventory.model.row_at(i).lot_id: inventory.model.row_at(i).on_hand for i in (0, 1)}

    # Built late, the page still follows the records live, like one built at the start.
    register_patient(other_pc, staff.nurse, patient_input(full_name="Phạm Thị Mai"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5000)
    write_off(other_pc, staff.doctor, stock.lot_id, 1, "dropped")
    qtbot.waitUntil(
        lambda: (
            inventory.model.row_at(
                next(i for i in (0, 1) if inventory.model.row_at(i).lot_id == stock.lot_id)
            ).on_hand
            == on_hand[stock.lot_id] - 1
        ),
        timeout=5000,
    )
    window.close()


def test_opening_a_patient_builds_the_patients_page_it_belongs_under(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    window = started(qtbot, db, staff)
    window.open_patient(patient.id)
    written(qtbot)
    assert window.stack.currentWidget() is window.patient_file
    assert window.nav.currentRow() == list(window.pages).index("patients")
    # Back from the file is the patient list, built now, with the patient in it.
    assert window.patient_file is not None
    window.patient_file.back_requested.emit()
    page = window.patients
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not page.runner.busy)
