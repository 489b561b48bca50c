"""Restoring a backup without ever losing the present.

Every check runs on the file (or a staged copy) before the current database is touched; the
current database is then kept as a dated copy, and replaced.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session

from db import migrations
from db.access.permissions import Actor, require_session
from db.audit import chain as audit
from db.audit import checkpoints
from db.audit.chain_check import verify_chain
from db.clock import Clock, utc_now
from db.errors import BackupError, DatabaseError
from db.storage import pg_archive, restore_journal
from db.storage.backup import authorize_backup, reason_of, sqlite_copy
from db.storage.backup_check import BackupInfo, inspect_backup, refuse_newer, suffix_for
from db.storage.database import Database, make_engine, parse_url, sqlite_path
from db.storage.sqlite_checks import (
    SQLITE_HEADER,
    sqlite_connection,
)
from db.wording import say


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    kept_copy: Path | None
    migrated: bool


def _keep_sqlite(live: Path, kept: Path) -> None:
    """Copy the database about to be replaced; a file SQLite cannot read is copied as bytes."""
    try:
        with sqlite_connection(live, read_only=False) as source:
            sqlite_copy(source, kept)
    except sqlite3.Error:
        kept.unlink(missing_ok=True)
        shutil.copy2(live, kept)
        wal = live.with_name(live.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))


def _replace_sqlite(staging: Path, live: Path) -> None:
    """Write the staged database over the live one through SQLite's own locking, so another
    program on this PC sees either the old or the new database; a live file too damaged for
    SQLite to write is replaced as a file."""
    with sqlite_connection(staging, read_only=False) as source:
        try:
            with sqlite_connection(live, read_only=False) as target:
                source.backup(target)
            return
        except sqlite3.DatabaseError:
            pass
    for extra in ("-wal", "-shm"):
        live.with_name(live.name + extra).unlink(missing_ok=True)
    staging.replace(live)


def _carried_checkpoint(path: Path) -> list[audit.Checkpoint]:
    """The checkpoint a backup carries; a backup made before checkpoints has none."""
    beside = checkpoints.for_backup(path)
    if not beside.exists():
        return []
    try:
        return [checkpoints.parse(beside.read_text(encoding="utf-8")).checkpoint]
    except (OSError, UnicodeDecodeError, checkpoints.CheckpointError) as exc:
        raise BackupError(
            say(
                "The checkpoint beside {path} cannot be trusted ({reason}); the backup is not "
                "restored. The current database has not been changed.",
                path=path,
                reason=exc,
            )
        ) from None


def _remember_restored(url: URL, head: audit.Checkpoint | None, when: datetime) -> None:
    # A restore legitimately replaces the chain: its head becomes this PC's checkpoint.
    if head is not None:
        with contextlib.suppress(OSError):
            checkpoints.remember(url, head.seq, head.hash, when, replace=True)


def kept_copy_name(when: datetime, suffix: str) -> str:
    return f"replaced-{when.astimezone():%Y-%m-%d_%H%M%S}{suffix}"


def restore(
    target: Database | str,
    path: Path,
    keep_folder: Path,
    actor: Actor,
    clock: Clock = utc_now,
) -> RestoreResult:
    """Replace the database `target` with the backup at `path` on behalf of `actor` (who
    needs the backup permission; the command line may name a database by its URL)."""
    if not require_session(actor, writing=True).command_line and not isinstance(target, Database):
        raise BackupError(say("Open the database to restore it on a person's behalf."))
    return _restore(target, path, keep_folder, actor, clock)


def restore_damaged(url: str, path: Path, keep_folder: Path) -> RestoreResult:
    """At start, before anyone can log in: replace a database too damaged to open with the
    newest good backup the user chose; audited as the program."""
    return _restore(url, path, keep_folder, None, utc_now)


def _restore(
    target: Database | str,
    path: Path,
    keep_folder: Path,
    actor: Actor | None,
    clock: Clock,
) -> RestoreResult:
    """Replace the database `target` (an open Database, or a URL) with the backup at `path`.

    Every check runs before the current database is touched: the file is a Threadbook backup
    with exactly Threadbook's schema, undamaged, not from a newer version, and its audit trail
    verifies. The current database is then kept in `keep_folder` as a dated copy, and replaced.
    On SQLite the restore's audit row is written into the checked copy before it replaces the
    current file, so the two land together or not at all. `actor`, when given, needs the
    backup permission; a URL is how the command line, or the start of the program, restores
    a database it cannot open.
    """
    if isinstance(target, Database):
        url, clock = target.url, target.clock
        if actor is not None:
            authorize_backup(target, actor)
    else:
        url = parse_url(target)
    path = path.expanduser().absolute()
    if not path.is_file():
        raise BackupError(say("There is no file {path}.", path=path))
    live = sqlite_path(url)
    if url.get_backend_name() == "sqlite" and live is None:
        raise BackupError(say("An in-memory database cannot be restored into."))
    if live is not None and live.exists() and path.resolve() == live.resolve():
        raise BackupError(say("{path} is the database itself, not a backup of it.", path=path))
    _refuse_other_kind(path, live is not None)
    kept_path = keep_folder.expanduser() / kept_copy_name(clock(), suffix_for(url))
    if isinstance(target, Database):
        # Pooled connections are closed so none holds the old file during the replacement.
        target.engine.dispose()
    if live is not None:
        return _restore_sqlite(path, live, kept_path, actor, clock)
    info, migrated, kept = _restore_postgresql(url, path, kept_path, actor)
    # Opened directly: open_database would finish the pending restore as the program itself.
    restored = (
        target
        if isinstance(target, Database)
        else Database(make_engine(url.render_as_string(hide_password=False)), clock)
    )
    try:
        with restored.write(actor) as session:
            _record_restore(session, path, info, kept)
        _remember_restored(url, session.info.get(audit.HEAD_KEY), clock())
        restore_journal.end(url)
    finally:
        if restored is not target:
            restored.dispose()
    return RestoreResult(info, kept, migrated)


def _refuse_other_kind(path: Path, into_sqlite: bool) -> None:
    """A pg_dump archive cannot become a SQLite file, nor a SQLite file a server's tables."""
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise BackupError(
            say("Cannot read {name}: {reason}.", name=path, reason=exc.strerror or exc)
        ) from None
    if into_sqlite and head.startswith(pg_archive.PG_ARCHIVE_HEADER):
        raise BackupError(
            say(
                "{path} is a backup of a PostgreSQL server; it can only be restored into a "
                "PostgreSQL database. The current database has not been changed.",
                path=path,
            )
        )
    if not into_sqlite and head == SQLITE_HEADER:
        raise BackupError(
            say(
                "{path} is a backup of a SQLite file; to move it onto the server, restore it "
                "into a SQLite file and use `copy-to`. The current database has not been "
                "changed.",
                path=path,
            )
        )


def _restore_details(path: Path, info: BackupInfo, kept: Path | None) -> dict[str, Any]:
    return {"file": str(path), "revision": info.revision, "kept_copy": str(kept) if kept else ""}


def _record_restore(session: Session, path: Path, info: BackupInfo, kept: Path | None) -> None:
    audit.record_event(session, "restore", "database", "", None, _restore_details(path, info, kept))


def _restore_sqlite(
    path: Path, live: Path, kept_path: Path, actor: Actor | None, clock: Clock
) -> RestoreResult:
    # Stage beside the live file (same disk), so the backup's own file is never changed.
    staging = live.with_name(f".{live.name}.restoring")
    try:
        live.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, staging)
        info = inspect_backup(staging, shown_as=path)
        refuse_newer(info)
        migrated = _migrate_staged(staging)
        kept: Path | None = None
        if live.exists() and live.stat().st_size > 0:
            kept = kept_path
        head = _check_and_record(staging, path, info, kept, actor, clock)
        if kept is not None:
            kept_path.parent.mkdir(parents=True, exist_ok=True)
            _keep_sqlite(live, kept_path)
        _replace_sqlite(staging, live)
        _remember_restored(URL.create("sqlite", database=str(live)), head, clock())
    except (OSError, sqlite3.Error) as exc:
        raise BackupError(
            say(
                "The restore from {path} could not be completed: {_reason}. The current "
                "database has not been replaced.",
                path=path,
                _reason=reason_of(exc),
            )
        ) from None
    finally:
        for extra in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                staging.with_name(staging.name + extra).unlink(missing_ok=True)
    return RestoreResult(info, kept, migrated)


def _check_and_record(
    staging: Path,
    shown_as: Path,
    info: BackupInfo,
    kept: Path | None,
    actor: Actor | None,
    clock: Clock,
) -> audit.Checkpoint | None:
    """Verify the staged copy's audit trail, then write the restore's audit row into it;
    returns the staged chain's new head."""
    staged = Database(make_engine(f"sqlite:///{staging}"), clock, keep_checkpoints=False)
    try:
        with staged.read() as session:
            chain = verify_chain(session, _carried_checkpoint(shown_as))
        if not chain.ok:
            raise BackupError(
                say(
                    "{path} cannot be trusted: {problem}. The current database has not been "
                    "changed.",
                    path=shown_as,
                    problem=chain.message,
                )
            )
        with staged.write(actor) as session:
            _record_restore(session, shown_as, info, kept)
        head: audit.Checkpoint | None = session.info.get(audit.HEAD_KEY)
        return head
    finally:
        staged.dispose()


def _migrate_staged(staging: Path) -> bool:
    engine = make_engine(f"sqlite:///{staging}")
    try:
        return migrations.upgrade(engine)
    except DatabaseError as exc:
        raise BackupError(exc.message) from None
    finally:
        engine.dispose()


def _restore_postgresql(
    url: URL, path: Path, kept_path: Path, actor: Actor | None
) -> tuple[BackupInfo, bool, Path | None]:
    info = inspect_backup(path)
    refuse_newer(info)
    chain = pg_archive.verify_archive_chain(path, _carried_checkpoint(path))
    if not chain.ok:
        raise BackupError(
            say(
                "{path} cannot be trusted: {problem}. The current database has not been changed.",
                path=path,
                problem=chain.message,
            )
        )
    kept_path.parent.mkdir(parents=True, exist_ok=True)
    pg_archive.dump(url, kept_path)
    details = _restore_details(path, info, kept_path)
    if actor is not None:
        details["by"] = actor.username
    restore_journal.begin(url, details, pg_archive.archive_head(path))
    pg_archive.restore_archive(url, path)
    engine = create_engine(url)
    try:
        migrated = migrations.upgrade(engine)
    finally:
        engine.dispose()
    return info, migrated, kept_path
