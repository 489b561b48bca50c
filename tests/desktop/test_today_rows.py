"""Today's lists show every row whole: a long list of areas wraps onto more lines and its row
grows to hold them, also after the window is made narrower."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from db.demo.build import add_demo_records
from db.storage.database import open_database
from desktop.main_window import MainWindow
from desktop.widgets.follow_up_list import ROW_ROOM
from tests.desktop.test_fits_the_screen import SCREEN, actor


def test_every_row_of_todays_lists_holds_its_wrapped_text(qtbot: QtBot, tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
    add_demo_records(db, 40, seed=7)
    window = MainWindow(db, actor(db, "demo.nurse"))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    today = window.today
    lists = [section.follow_ups for section in today.sections.values()]

    def settled() -> bool:
        busy = today.runner.busy or any(shown.refit.isActive() for shown in lists)
        return not busy and bool(today.heading.text())

    wrapped = 0
    for width in (SCREEN[0], 1000):
        window.resize(width, SCREEN[1])
        qtbot.wait(50)
        qtbot.waitUntil(settled)
        for shown in lists:
            table = shown.table
            rows = range(table.model().rowCount())
            # What each row's text needs at its columns' widths, measured by Qt itself.
            needed = [table.sizeHintForRow(row) + ROW_ROOM for row in rows]
            heights = [table.rowHeight(row) for row in rows]
            assert all(h >= n for h, n in zip(heights, needed, strict=True)), (width, heights)
            header = table.horizontalHeader().height() + 2 * table.frameWidth()
            assert table.height() >= header + sum(heights)  # the list itself never scrolls
            one_line = table.verticalHeader().defaultSectionSize()
            wrapped += sum(n > one_line + ROW_ROOM for n in needed)
    assert wrapped > 0, "no row wrapped: the lists were not tried with long text"
    db.dispose()
