"""Noticing that nobody has touched the keyboard or mouse for a while."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.HoverMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)
CHECK_INTERVAL_MS = 5000


class IdleWatcher(QObject):
    """Watches every input event of the application and says when input stopped long enough.

    Time comes from `clock` (seconds, monotonic), so tests move it instead of waiting.

    Attributes:
        clock: the source of 'now' in seconds.
        limit_seconds: how long without input counts as idle.

    Signals:
        idle(): no input for `limit_seconds`; emitted once until `resume()`.
    """

    idle = Signal()

    def __init__(
        self,
        limit_minutes: int,
        clock: Callable[[], float] = time.monotonic,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.clock = clock
        self.limit_seconds = max(1, limit_minutes) * 60
        self._last_input = clock()
        self._fired = False
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)
        self._app: QCoreApplication | None = None

    def start(self) -> None:
        self._app = QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        self.resume()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._app is not None:
            self._app.removeEventFilter(self)
            self._app = None

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY:
            self._last_input = self.clock()
        return False

    def check(self) -> None:
        if not self._fired and self.clock() - self._last_input >= self.limit_seconds:
            self._fired = True
            self.idle.emit()

    def resume(self, limit_minutes: int | None = None) -> None:
        """Count idle time from now again (after an unlock), optionally with a new limit."""
        if limit_minutes is not None:
            self.limit_seconds = max(1, limit_minutes) * 60
        self._last_input = self.clock()
        self._fired = False
