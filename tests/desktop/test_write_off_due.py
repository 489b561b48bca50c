"""Expired lots that still hold threads are named as needing a write-off."""

from __future__ import annotations

from datetime import UTC, date, datetime

from pytestqt.qtbot import QtBot

from db.stock.lots import StockFilter, inventory
from db.storage.database import open_database
from desktop.pages.inventory import InventoryPage
from tests.conftest import Staff, Stock
from tests.desktop.test_follow_ups import Clock


def test_expired_threads_on_the_shelf_are_listed_for_write_off(
    qtbot: QtBot, db_url: str, staff: Staff, stock: Stock
) -> None:
    # A year and a bit later: the first lot (20 threads, expired 31/12) is past its date.
    later = open_database(db_url, clock=Clock(datetime(date.today().year + 2, 1, 5, tzinfo=UTC)))
    due = inventory(later, staff.nurse, StockFilter.TO_WRITE_OFF)
    assert [(row.lot_number, row.on_hand) for row in due] == [("PDO-2301", 20)]
    page = InventoryPage(later, staff.nurse)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.write_off_note.isVisible)
    assert "1 expired or recalled lot(s) still hold 20 thread(s)" in page.write_off_note.text()
    page.show_write_offs.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    later.dispose()
