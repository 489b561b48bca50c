"""Backups: a verified copy of the clinic database, and a restore that never loses the present.

SQLite is copied with its online backup API, so the copy is consistent while the program is in
use; PostgreSQL with `pg_dump --format=custom`. Every copy is checked before it takes its final
name. A restore checks the file first, keeps the database it replaces as a dated copy, and only
then replaces it.
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
from db.access.permissions import Actor, Permission, authorize, require_session
from db.audit import chain as audit
from db.audit import checkpoints
from db.clock import Clock, utc_now
from db.errors import BackupError, DatabaseError
from db.storage import pg_archive, restore_journal
from db.storage.database import Database, make_engine, parse_url, sqlite_path
from db.storage.local_state import database_key
from db.storage.schema_check import (
    differences,
    reference_schema,
    sqlite_objects,
)
from db.storage.sqlite_checks import (
    SQLITE_HEADER,
    foreign_key_problems,
    integrity_problems,
    sqlite_connection,
    tables,
)
from db.wording import say

THREADBOOK_TABLES = frozenset({"alembic_version", "audit_event", "audit_chain_head"})
SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".dump"


@dataclass(frozen=True)
class BackupInfo:
    """A checked backup file.

    Attributes:
        revision: the schema revision it was made with.
        patients: how many patients it holds (None for a PostgreSQL archive, read without a server).
    """

    path: Path
    revision: str
    patients: int | None
    size: int


@dataclass(frozen=True)
class RestoreResult:
    restored: BackupInfo
    kept_copy: Path | None
    migrated: bool


def suffix_for(db_url: URL) -> str:
    return SQLITE_SUFFIX if db_url.get_backend_name() == "sqlite" else PG_SUFFIX


# -- checking a file -------------------------------------------------------------------------


def inspect_backup(path: Path, shown_as: Path | None = None) -> BackupInfo:
    """Check that `path` is an undamaged Threadbook backup; raise BackupError saying why not.

    Messages name `shown_as` when the file checked is a working copy of the one the user chose.
    """
    name = shown_as or path
    try:
        with path.open("rb") as file:
            head = file.read(len(SQLITE_HEADER))
    except FileNotFoundError:
        raise BackupError(say("There is no file {name}.", name=name)) from None
    except OSError as exc:
        raise BackupError(
            say("Cannot read {name}: {reason}.", name=name, reason=exc.strerror or exc)
        ) from None
    if head.startswith(pg_archive.PG_ARCHIVE_HEADER):
        revision = pg_archive.inspect_archive(path, name)
        return BackupInfo(name, revision, None, path.stat().st_size)
    if head != SQLITE_HEADER:
        raise BackupError(
            say("{name} is not a Threadbook backup (it is not a database file).", name=name)
        )
    try:
        with sqlite_connection(path) as connection:
            found = tables(connection)
            if not found.issuperset(THREADBOOK_TABLES):
                raise BackupError(
                    say("{name} is a database, but not a Threadbook backup.", name=name)
                )
            problems = integrity_problems(connection) or foreign_key_problems(connection)
            if problems:
                raise BackupError(
                    say(
                        "{name} is damaged ({problem}); it cannot be used.",
                        name=name,
                        problem=problems[0],
                    )
                )
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            if revision is None:
                raise BackupError(
                    say("{name} is a Threadbook database that was never set up.", name=name)
                )
            if str(revision[0]) in migrations.known_revisions():
                # Before anything reads its tables: a planted view or trigger is refused.
                _refuse_foreign_schema(connection, str(revision[0]), name)
            patients = connection.execute("SELECT count(*) FROM patient").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(
            say("{name} is damaged ({exc}); it cannot be used.", name=name, exc=exc)
        ) from None
    return BackupInfo(name, str(revision[0]), int(patients[0]), path.stat().st_size)


def _refuse_foreign_schema(connection: sqlite3.Connection, revision: str, name: Path) -> None:
    problems = differences(sqlite_objects(connection), reference_schema(revision))
    if problems:
        raise BackupError(
            say(
                "{name} is not exactly a Threadbook database: {problems}. It may have been "
                "altered outside Threadbook; the current database has not been changed.",
                name=name,
                problems=_first(problems),
            )
        )


def _first(problems: list[str]) -> str:
    if len(problems) > 3:
        return say(
            "{first} (and {more} more)", first="; ".join(problems[:3]), more=len(problems) - 3
        )
    return "; ".join(problems)


def _refuse_newer(info: BackupInfo) -> None:
    if info.revision not in migrations.known_revisions():
        raise BackupError(
            say(
                "{path} was made by a newer version of Threadbook (schema {revision}). "
                "Install that version to restore it. The current database has not been "
                "changed.",
                path=info.path,
                revision=info.revision,
            )
        )


# -- SQLite ----------------------------------------------------------------------------------


def _sqlite_copy(source: sqlite3.Connection, target_path: Path) -> None:
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
        _sqlite_copy(source, target)
    finally:
        raw.close()


def _keep_sqlite(live: Path, kept: Path) -> None:
    """Copy the database about to be replaced; a file SQLite cannot read is copied as bytes."""
    try:
        with sqlite_connection(live, read_only=False) as source:
            _sqlite_copy(source, kept)
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


# -- backup and restore ----------------------------------------------------------------------


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _authorize(db: Database, actor: Actor) -> None:
    with db.read() as session:
        authorize(session, actor, Permission.BACKUP)


def backup(db: Database, path: Path, actor: Actor, kind: str = "manual") -> BackupInfo:
    """Write a checked copy of the database to `path`; `actor` needs the backup permission."""
    _authorize(db, actor)
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
                _reason=_reason(exc),
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
                reason=_reason(exc),
            )
        ) from None


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


def _reason(exc: BaseException) -> str:
    if isinstance(exc, OSError) and exc.strerror:
        return exc.strerror.lower()
    return str(exc)


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
            _authorize(target, actor)
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
        _refuse_newer(info)
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
                _reason=_reason(exc),
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
            chain = audit.verify_chain(session, _carried_checkpoint(shown_as))
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
    _refuse_newer(info)
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
