"""The program's icon and name, set once at start, and the log line saying a window is up."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.first_window import MESSAGE, FirstWindowWatch
from desktop.identity import ICON_SIZES, present, render_icon


def test_every_window_gets_the_threadbook_icon_at_each_size(qapp: QApplication) -> None:
    present(qapp)
    icon = qapp.windowIcon()
    sizes = {size.width() for size in icon.availableSizes()}
    assert sizes == set(ICON_SIZES)
    assert qapp.desktopFileName() == "threadbook"
    assert qapp.applicationName() == "Threadbook"


@pytest.mark.parametrize("size", [16, 256])
def test_the_icon_is_drawn_from_the_svg_not_left_blank(size: int) -> None:
    image = render_icon(size)
    assert (image.width(), image.height()) == (size, size)
    # The corners are transparent (rounded square); the middle shows the teal ground or the book.
    assert image.pixelColor(0, 0).alpha() == 0
    centre = image.pixelColor(size // 2, size * 3 // 16)
    assert centre.alpha() == 255
    assert centre == QColor("#1d5c63")


def test_the_first_visible_window_is_logged_once(
    qapp: QApplication, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="desktop.first_window")
    FirstWindowWatch(qapp)
    qtbot.wait(50)
    assert not [r for r in caplog.records if MESSAGE in r.message]  # nothing shown yet

    label = QLabel("Log in")
    label.setWindowTitle("Log in to Threadbook")
    qtbot.addWidget(label)
    label.show()

    def lines() -> list[str]:
        return [r.message for r in caplog.records if MESSAGE in r.message]

    qtbot.waitUntil(lambda: bool(lines()))
    label.hide()
    label.show()
    qtbot.wait(100)
    assert lines() == [f"{MESSAGE}: Log in to Threadbook"]
