"""Backups: a verified copy of the clinic database, signed with the audit chain's checkpoint.

SQLite is copied with its online backup API, so the copy is consistent while the program is in
use; PostgreSQL with `pg_dump --format=custom`. Every copy is checked (backup_check) before it
takes its final name; restoring one is in restore.py.
"""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import URL

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.audit import checkpoints
from db.errors import BackupError
from db.storage import pg_archive
from db.storage.backup_check import BackupInfo, inspect_backup
from db.storage.database import Database, sqlite_path
from db.storage.local_state import database_key
from db.storage.sqlite_checks import (
    sqlite_connection,
)
from db.wording import say


def sqlite_copy(source: sqlite3.Connection, target_path: Path) -> None:
    """Copy a live database into a single self-contained file (no -wal beside it)."""
    target_path.unlink(missing_ok=True)
    target = sqlite3.connect(target_path)
    try:
        source.backup(target)
        target.execute("PRAGMA journal_mode=DELETE")
    finally:
        target.close()


def _backup_sqlite(db: Database, target: Path) -> None:
    raw = db.engine.raw_connection()
    try:
        source = raw.driver_connection
        assert isinstance(source, sqlite3.Connection)
        sqlite_copy(source, target)
    finally:
        raw.close()


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def authorize_backup(db: Database, actor: Actor) -> None:
    with db.read() as session:
        authorize(session, actor, Permission.BACKUP)


def backup(db: Database, path: Path, actor: Actor, kind: str = "manual") -> BackupInfo:
    """Write a checked copy of the database to `path`; `actor` needs the backup permission."""
    authorize_backup(db, actor)
    return _backup(db, path, actor, kind)


def automatic_copy(db: Database, path: Path, kind: str) -> BackupInfo:
    """The program's own backup at start and close, audited as the program (no one asked)."""
    return _backup(db, path, None, kind)


def _backup(db: Database, path: Path, actor: Actor | None, kind: str) -> BackupInfo:
    path = path.expanduser().absolute()
    live = sqlite_path(db.url)
    if live is not None and path.resolve() == live.resolve():
        raise BackupError(
            say("{path} is the database itself; choose another file for the backup.", path=path)
        )
    if path.is_dir():
        raise BackupError(say("{path} is a folder; give the backup a file name.", path=path))
    partial = _partial(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        if db.is_sqlite:
            _backup_sqlite(db, partial)
        else:
            pg_archive.dump(db.url, partial)
        checked = inspect_backup(partial, shown_as=path)
        partial.replace(path)
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            say(
                "The backup could not be written to {path}: {_reason}. Check that the "
                "folder exists, is writable and has free space.",
                path=path,
                _reason=reason_of(exc),
            )
        ) from None
    except BackupError as exc:
        raise BackupError(
            say("The backup to {path} failed its check: {message}", path=path, message=exc.message)
        ) from None
    finally:
        with contextlib.suppress(OSError):
            partial.unlink(missing_ok=True)
    info = BackupInfo(path, checked.revision, checked.patients, checked.size)
    _sign_backup(path, db.url, db.clock())
    with db.write(actor) as session:
        audit.record_event(
            session,
            "backup",
            "database",
            "",
            None,
            {"file": str(path), "kind": kind, "bytes": info.size, "patients": info.patients},
        )
    return info


def _backup_head(path: Path) -> tuple[int, str] | None:
    if path.read_bytes()[: len(pg_archive.PG_ARCHIVE_HEADER)] == pg_archive.PG_ARCHIVE_HEADER:
        return pg_archive.archive_head(path)
    with sqlite_connection(path) as connection:
        row = connection.execute(
            "SELECT last_seq, last_hash FROM audit_chain_head WHERE id = ?",
            (audit.CHAIN_HEAD_ID,),
        ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def _sign_backup(path: Path, url: URL, when: datetime) -> None:
    """Write the signed checkpoint of the backup's audit chain beside it."""
    head = _backup_head(path)
    if head is None:
        return
    note = checkpoints.sign(database_key(url), head[0], head[1], when)
    try:
        checkpoints.for_backup(path).write_text(note, encoding="utf-8")
    except OSError as exc:
        raise BackupError(
            say(
                "The backup's checkpoint could not be written beside {path}: {reason}.",
                path=path,
                reason=reason_of(exc),
            )
        ) from None


def reason_of(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)
