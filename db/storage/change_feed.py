"""What the clinic's other PCs (or other windows) recorded, as it happens.

Every write appends to the audit chain and moves its head's `last_seq`, so "has anything
changed?" is one read of one row. On SQLite, which has no signal between PCs, the feed polls the
head and then reads which kinds of records the new audit rows touched, so a page refreshes only
when something it shows may have changed. On PostgreSQL each commit that changes a record sends
a NOTIFY saying just that (see `audit.announcement`), and the feed passes it on without a query:
with fifty PCs listening, every save would otherwise have all fifty read the trail. The trail is
still read when a notification names no records, after reconnecting, and now and then in case a
notification was lost with its connection.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from db.audit.chain import CHAIN_HEAD_ID, CHANGE_CHANNEL, QUIET_ACTIONS
from db.models import AuditChainHead, AuditEvent
from db.storage.database import Database

log = logging.getLogger(__name__)

POLL_SECONDS = 1.0
# With NOTIFY, the head is still read now and then, in case a notification was lost with its
# connection.
NOTIFY_FALLBACK_SECONDS = 10.0


@dataclass(frozen=True)
class Change:
    """Records written since the previous Change.

    Attributes:
        last_seq: the audit chain position this change brings the reader up to.
        record_types: table names of the records created or changed ("patient", ...).
        patient_ids: the patients those records belong to, where they belong to one.
    """

    last_seq: int
    record_types: frozenset[str]
    patient_ids: frozenset[int]

    def touches(self, record_types: Iterable[str]) -> bool:
        return not self.record_types.isdisjoint(record_types)


class _Waiter(Protocol):
    def wait(self, seconds: float) -> list[str] | None:
        """The notifications received (None: none to go by, look at the head instead)."""
        ...

    def close(self) -> None: ...


class _Sleeper:
    """SQLite: nothing to wait for but the next poll (or a wake-up, or the feed stopping)."""

    def __init__(self, woken: threading.Event) -> None:
        self._woken = woken

    def wait(self, seconds: float) -> list[str] | None:
        self._woken.wait(seconds)
        self._woken.clear()
        return None

    def close(self) -> None:
        pass


class _Listener:
    """PostgreSQL: a connection of its own that LISTENs; returns when a write is committed."""

    SLICE_SECONDS = 0.25  # how soon a stop request is noticed

    def __init__(self, db: Database, stopping: threading.Event, woken: threading.Event) -> None:
        self._db = db
        self._stopping = stopping
        self._woken = woken
        self._connection: Any = None

    def _connect(self) -> Any:
        if self._connection is None:
            pooled = self._db.engine.raw_connection()
            connection: Any = pooled.driver_connection
            pooled.detach()  # kept out of the pool: it stays in LISTEN mode until closed
            try:
                connection.rollback()
                connection.autocommit = True
                connection.execute(f"LISTEN {CHANGE_CHANNEL}")
            except BaseException:
                # Detached, so no pool would ever close it: a server gone mid-setup must not
                # leave an open connection to the garbage collector.
                connection.close()
                raise
            self._connection = connection
        return self._connection

    def wait(self, seconds: float) -> list[str] | None:
        deadline = time.monotonic() + seconds
        try:
            if self._connection is None:
                # Anything committed before LISTEN took effect is found by the check that
                # follows this return.
                self._connect()
                return None
            connection = self._connection
            while not self._stopping.is_set() and time.monotonic() < deadline:
                if self._woken.is_set():
                    self._woken.clear()
                    return None
                first = list(connection.notifies(timeout=self.SLICE_SECONDS, stop_after=1))
                if first:
                    # With those already arrived: a burst of saves is one change.
                    rest = list(connection.notifies(timeout=0))
                    return [notify.payload for notify in first + rest]
        except Exception:
            # The server went away: reconnect on the next wait, after a pause.
            log.warning("lost the change notification connection", exc_info=True)
            self.close()
            self._stopping.wait(min(seconds, POLL_SECONDS * 5))
        return None

    def close(self) -> None:
        if self._connection is not None:
            connection, self._connection = self._connection, None
            try:
                connection.close()
            except Exception:
                log.debug("closing the notification connection failed", exc_info=True)


class ChangeFeed:
    """Tells a callback, from a background thread, when other writers recorded something.

    Attributes:
        db: the clinic database to watch.
        poll_seconds: how often SQLite is polled.
    """

    def __init__(self, db: Database, poll_seconds: float = POLL_SECONDS) -> None:
        self.db = db
        self.poll_seconds = poll_seconds
        self._stopping = threading.Event()
        # Set by `wake` and by `stop`: look at the head now instead of at the next poll.
        self._woken = threading.Event()
        self._thread: threading.Thread | None = None
        self._last_seq = self._head()

    def _head(self) -> int:
        with self.db.read() as session:
            return int(
                session.scalar(
                    select(AuditChainHead.last_seq).where(AuditChainHead.id == CHAIN_HEAD_ID)
                )
                or 0
            )

    def check(self) -> Change | None:
        """What was written since the last check, or None when nothing was."""
        head = self._head()
        if head == self._last_seq:
            return None
        since, self._last_seq = self._last_seq, head
        with self.db.read() as session:
            rows = session.execute(
                select(AuditEvent.record_type, AuditEvent.patient_id)
                .where(
                    AuditEvent.seq > since,
                    AuditEvent.seq <= head,
                    AuditEvent.action.not_in(QUIET_ACTIONS),
                )
                .distinct()
            ).all()
        if not rows:
            return None
        return Change(
            head,
            frozenset(row.record_type for row in rows),
            frozenset(row.patient_id for row in rows if row.patient_id is not None),
        )

    def told(self, payloads: list[str]) -> Change | None:
        """What notifications say was written, or None when that is nothing new. Raises
        ValueError when one does not say which records it changed (too many to list, or not
        a notification this program sent): then the trail must be read."""
        seqs: list[int] = []
        types: set[str] = set()
        patients: set[int] = set()
        for payload in payloads:
            told = json.loads(payload)
            if not isinstance(told, dict):
                raise ValueError("a notification without its records")
            seq, kinds, ids = told.get("seq"), told.get("types"), told.get("patients")
            if not (
                isinstance(seq, int)
                and isinstance(kinds, list)
                and isinstance(ids, list)
                and all(isinstance(kind, str) for kind in kinds)
                and all(isinstance(i, int) for i in ids)
            ):
                raise ValueError("a notification without its records")
            if seq > self._last_seq:  # not already read from the trail
                seqs.append(seq)
                types.update(kinds)
                patients.update(ids)
        if not seqs:
            return None
        self._last_seq = max(seqs)
        return Change(self._last_seq, frozenset(types), frozenset(patients)) if types else None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self, deliver: Callable[[Change], None]) -> None:
        """Call `deliver` (in the feed's thread) with each change until `stop`."""
        if self.running:
            return
        self._stopping.clear()
        self._woken.clear()
        self._thread = threading.Thread(
            target=self._run, args=(deliver,), name="threadbook-changes", daemon=True
        )
        self._thread.start()

    def wake(self) -> None:
        """Something was just committed here: check at once (safe from any thread)."""
        self._woken.set()

    def stop(self) -> None:
        self._stopping.set()
        self._woken.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def _told_or_read(self, payloads: list[str] | None) -> Change | None:
        if payloads:
            try:
                return self.told(payloads)
            except ValueError:  # json.JSONDecodeError included
                pass
        return self.check()

    def _run(self, deliver: Callable[[Change], None]) -> None:
        waiter: _Waiter
        if self.db.is_sqlite:
            waiter, interval = _Sleeper(self._woken), self.poll_seconds
        else:
            waiter = _Listener(self.db, self._stopping, self._woken)
            interval = NOTIFY_FALLBACK_SECONDS
        try:
            while not self._stopping.is_set():
                payloads = waiter.wait(interval)
                if self._stopping.is_set():
                    break
                try:
                    change = self._told_or_read(payloads)
                except SQLAlchemyError:
                    log.warning("could not read the audit chain head", exc_info=True)
                    self._stopping.wait(self.poll_seconds)
                    continue
                if change is not None:
                    deliver(change)
        finally:
            waiter.close()
