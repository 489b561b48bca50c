"""Writes one line to the log when the first window is on screen.

Support can see from the log how long the program took to appear; the packaging smoke test waits
for this line to know the installed program really opened a window.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)
MESSAGE = "first window on screen"


class FirstWindowWatch(QObject):
    """Polls while the event loop runs (the start-up dialogs run their own) and stops at the first
    visible, exposed top-level window.

    Signals:
        on_screen(): the first window is on screen.
    """

    on_screen = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.timer = QTimer(self)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        for widget in QApplication.topLevelWidgets():
            handle = widget.windowHandle()
            if widget.isVisible() and handle is not None and handle.isExposed():
                log.info("%s: %s", MESSAGE, widget.windowTitle())
                self.timer.stop()
                self.on_screen.emit()
                self.deleteLater()
                return
