"""Run db calls off the GUI thread and hand the result back by signal."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from db.errors import ThreadbookError

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a job's outcome out of the pool thread."""

    finished = Signal(int, object)
    failed = Signal(int, str)


class _Job(QRunnable):
    def __init__(self, job_id: int, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.job_id = job_id
        self.work = work
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.work()
        except ThreadbookError as exc:
            self.relay.failed.emit(self.job_id, exc.message)
        except Exception:
            log.exception("background task failed")
            self.relay.failed.emit(
                self.job_id, "An unexpected error occurred; the details are in the log."
            )
        else:
            self.relay.finished.emit(self.job_id, result)


class Runner(QObject):
    """Starts background jobs for one page; callbacks run in the GUI thread.

    With `latest_only`, the result of a job superseded by a newer one is dropped (search as
    you type).

    Signals:
        busy_changed(bool): a job started, or the last one ended.
    """

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._last_id = 0
        self._pending: dict[int, tuple[Callable[[Any], None], Callable[[str], None], bool]] = {}
        # Lives in the GUI thread: queued connections deliver to our slots there.
        self._relay = _Relay(self)
        self._relay.finished.connect(self._finished)
        self._relay.failed.connect(self._failed)

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def start(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None],
        *,
        latest_only: bool = True,
    ) -> None:
        self._last_id += 1
        was_idle = not self._pending
        self._pending[self._last_id] = (on_done, on_error, latest_only)
        if was_idle:
            self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(_Job(self._last_id, work, self._relay))

    def _take(self, job_id: int) -> tuple[Callable[[Any], None], Callable[[str], None]] | None:
        on_done, on_error, latest_only = self._pending.pop(job_id)
        if not self._pending:
            self.busy_changed.emit(False)
        if latest_only and job_id != self._last_id:
            return None
        return on_done, on_error

    def _finished(self, job_id: int, result: object) -> None:
        if callbacks := self._take(job_id):
            callbacks[0](result)

    def _failed(self, job_id: int, message: str) -> None:
        if callbacks := self._take(job_id):
            callbacks[1](message)

    def wait(self, msecs: int = 30000) -> bool:
        return QThreadPool.globalInstance().waitForDone(msecs)
