"""Keeping each save's audit checkpoint on a thread of its own.

Signing and writing the checkpoint file took a third of the time of opening a patient's file
(which saves its audited "file opened" event). A save now hands its chain head to one writer
thread and returns; the writer keeps only the newest head of each database, so a burst of saves
writes the file once. Reading a checkpoint (`checkpoints.latest`) and the program's exit wait
for what is still on its way, so nothing in this process ever sees an older checkpoint than
its last save; a process killed in between leaves the checkpoint of a moment before, which is
what a checkpoint always is: the newest head this PC had seen.
"""

from __future__ import annotations

import atexit
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from db.storage.local_state import state_dir

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Head:
    url: URL
    seq: int
    hash: str
    at: datetime
    folder: Path  # the state folder when the save committed, not when the thread writes


_changed = threading.Condition()
_waiting: dict[tuple[str, Path], _Head] = {}
_writing = 0
_thread: threading.Thread | None = None


def keep(url: URL, seq: int, last_hash: str, at: datetime) -> None:
    """Have (seq, hash) kept as this PC's checkpoint of `url`, soon, off the caller's thread."""
    global _thread
    head = _Head(url, seq, last_hash, at, state_dir())
    key = (url.render_as_string(hide_password=True), head.folder)
    with _changed:
        earlier = _waiting.get(key)
        if earlier is None or earlier.seq < seq:
            _waiting[key] = head
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_write_forever, name="audit checkpoints", daemon=True)
            _thread.start()
        _changed.notify_all()


def flush() -> None:
    """Wait until every checkpoint handed over so far is in its file."""
    if threading.current_thread() is _thread:
        return
    with _changed:
        _changed.wait_for(lambda: not _waiting and not _writing)


def _write_forever() -> None:
    global _writing
    from db.audit import checkpoints

    while True:
        with _changed:
            _changed.wait_for(lambda: bool(_waiting))
            _, head = _waiting.popitem()
            _writing += 1
        try:
            checkpoints.remember(head.url, head.seq, head.hash, head.at, folder=head.folder)
        except Exception:  # a full disk or a locked folder must not stop later checkpoints
            log.warning("could not keep the audit checkpoint", exc_info=True)
        finally:
            with _changed:
                _writing -= 1
                _changed.notify_all()


atexit.register(flush)
