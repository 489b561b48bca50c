"""Live refresh: the database's change feed, delivered to pages in the GUI thread.

The feed's thread never touches Qt: it queues each change, and a timer in the GUI thread hands
them on (as the background jobs in `desktop.worker` do), so no signal crosses threads.
"""

from __future__ import annotations

import queue
import weakref
from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from db.storage.change_feed import POLL_SECONDS, Change, ChangeFeed
from db.storage.database import Database

DELIVER_MS = 200

_RUNNING: weakref.WeakSet[LiveUpdates] = weakref.WeakSet()


def announce_write() -> None:
    """A write from this program was committed: look now, rather than at the next poll."""
    for live in list(_RUNNING):
        live.feed.wake()


class _Subscription(QObject):
    """Lives as a child of the subscribing page, so it goes (and disconnects) with it."""

    def __init__(
        self,
        owner: QObject,
        record_types: frozenset[str],
        refresh: Callable[[], None],
        patient_id: int | None,
    ) -> None:
        super().__init__(owner)
        self.record_types = record_types
        self.refresh = refresh
        self.patient_id = patient_id

    def deliver(self, change: Change) -> None:
        if not change.touches(self.record_types):
            return
        if self.patient_id is None or self.patient_id in change.patient_ids:
            self.refresh()


class LiveUpdates(QObject):
    """Tells subscribed pages when records they show were changed, here or on another PC.

    A page subscribes in one line: `live.subscribe(page, {"patient"}, page.refresh)`; a
    patient's file only to changes of that patient's records, with `patient_id`.

    Signals:
        changed(Change): something was recorded; emitted in the GUI thread.
    """

    changed = Signal(object)

    def __init__(
        self, db: Database, parent: QObject | None = None, poll_seconds: float = POLL_SECONDS
    ) -> None:
        super().__init__(parent)
        self.feed = ChangeFeed(db, poll_seconds)
        self._arrived: queue.SimpleQueue[Change] = queue.SimpleQueue()
        self._deliver = QTimer(self)
        self._deliver.setInterval(DELIVER_MS)
        self._deliver.timeout.connect(self._hand_on)

    def subscribe(
        self,
        owner: QObject,
        record_types: Iterable[str],
        refresh: Callable[[], None],
        *,
        patient_id: int | None = None,
    ) -> None:
        subscription = _Subscription(owner, frozenset(record_types), refresh, patient_id)
        self.changed.connect(subscription.deliver)

    def start(self) -> None:
        self.feed.start(self._arrived.put)
        self._deliver.start()
        _RUNNING.add(self)

    def stop(self) -> None:
        _RUNNING.discard(self)
        self._deliver.stop()
        self.feed.stop()

    def _hand_on(self) -> None:
        while True:
            try:
                change = self._arrived.get_nowait()
            except queue.Empty:
                return
            self.changed.emit(change)
