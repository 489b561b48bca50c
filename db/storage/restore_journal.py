"""A PostgreSQL restore that was interrupted between the server's replace and its audit row.

`pg_restore --single-transaction` replaces the tables in one step, but the restore's audit row
can only be written after it, in another transaction. A note in this PC's state folder is
written before the replace and removed once the audit row is committed; the next time the
database is opened, a note still there is finished: if the database now holds the backup's
audit trail, the restore's audit row is written then; if it still holds the old one, the
restore did not happen and the note is dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import URL

from db.audit import chain as audit
from db.models import AuditChainHead
from db.storage.local_state import database_key, read_json, state_dir, write_json


def journal_path(url: URL) -> Path:
    return state_dir() / f"restore-pending-{database_key(url)}.json"


def begin(url: URL, details: dict[str, Any], restored_head: tuple[int, str] | None) -> None:
    seq, last = restored_head or (0, audit.GENESIS_HASH)
    write_json(journal_path(url), {"details": details, "seq": seq, "hash": last})


def end(url: URL) -> None:
    journal_path(url).unlink(missing_ok=True)


def finish_interrupted(db: Any) -> bool:
    """Write the audit row of a restore interrupted after its replace; True if one was."""
    path = journal_path(db.url)
    note = read_json(path)
    if note is None:
        path.unlink(missing_ok=True)
        return False
    with db.write(None) as session:
        head = session.execute(
            select(AuditChainHead.last_seq, AuditChainHead.last_hash).where(
                AuditChainHead.id == audit.CHAIN_HEAD_ID
            )
        ).first()
        landed = head is not None and (head[0], head[1]) == (note.get("seq"), note.get("hash"))
        if landed:
            details = dict(note.get("details") or {})
            details["finished_at_next_start"] = True
            audit.record_event(session, "restore", "database", "", None, details)
    path.unlink(missing_ok=True)
    return landed
