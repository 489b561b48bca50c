"""Run db calls off the GUI thread and hand each result back in the GUI thread.

Worker threads never touch Qt: the GUI thread polls their futures while jobs are pending, so
no signal crosses threads and no Qt object is created or destroyed off the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from db.errors import ThreadbookError
from desktop.i18n import tr

log = logging.getLogger(__name__)

POLL_MS = 10
_EXECUTOR = ThreadPoolExecutor(max_workers=4, thread_name_prefix="threadbook-db")


UNEXPECTED = "An unexpected error occurred; the details are in the log."


@dataclass
class _Pending:
    future: Future[Any]
    on_done: Callable[[Any], None]
    on_refused: Callable[[ThreadbookError], None]
    latest_only: bool


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
        self._pending: dict[int, _Pending] = {}
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._deliver)

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
        """Run `work`; `on_error` gets the refusal's message."""
        self.start_refusable(
            work, on_done, lambda error: on_error(error.message), latest_only=latest_only
        )

    def start_refusable(
        self,
        work: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_refused: Callable[[ThreadbookError], None],
        *,
        latest_only: bool = True,
    ) -> None:
        """Run `work`; `on_refused` gets the refusal itself (a ValidationError keeps its fields).

        Anything else raised is logged and handed on as a ThreadbookError with a plain message.
        """
        self._last_id += 1
        was_idle = not self._pending
        self._pending[self._last_id] = _Pending(
            _EXECUTOR.submit(work), on_done, on_refused, latest_only
        )
        if was_idle:
            self._poll.start()
            self.busy_changed.emit(True)

    def wait(self, timeout: float = 60.0) -> bool:
        """Block until this runner's jobs end and deliver their results (at close, say)."""
        _, unfinished = wait([job.future for job in self._pending.values()], timeout)
        self._deliver()
        return not unfinished

    def _deliver(self) -> None:
        finished = [(job_id, job) for job_id, job in self._pending.items() if job.future.done()]
        for job_id, _job in finished:
            del self._pending[job_id]
        if not self._pending:
            self._poll.stop()
            self.busy_changed.emit(False)
        for job_id, job in finished:
            if job.latest_only and job_id != self._last_id:
                continue
            error = job.future.exception()
            if error is None:
                job.on_done(job.future.result())
            elif isinstance(error, ThreadbookError):
                job.on_refused(error)
            else:
                log.error("background task failed", exc_info=error)
                job.on_refused(ThreadbookError(tr(UNEXPECTED)))
