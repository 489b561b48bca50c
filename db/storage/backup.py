"""Backups: a verified copy of the clinic database, and a restore that never loses the present.

SQLite is copied with its online backup API, so the copy is consistent while the program is in
use; PostgreSQL with `pg_dump --format=custom`. Every copy is checked before it takes its final
name. A restore checks the file first, keeps the database it replaces as a dated copy, and only
then replaces it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL

from db import migrations
from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.clock import Clock, utc_now
from db.errors import BackupError, DatabaseError
from db.storage.database import Database, make_engine, open_database, parse_url, sqlite_path
from db.storage.sqlite_checks import (
    SQLITE_HEADER,
    foreign_key_problems,
    integrity_problems,
    sqlite_connection,
    tables,
)
from db.wording import say

THREADBOOK_TABLES = frozenset({"alembic_version", "audit_event", "audit_chain_head"})
PG_ARCHIVE_HEADER = b"PGDMP"
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
    if head.startswith(PG_ARCHIVE_HEADER):
        return _inspect_pg_archive(path)
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
            patients = connection.execute("SELECT count(*) FROM patient").fetchone()
    except sqlite3.Error as exc:
        raise BackupError(
            say("{name} is damaged ({exc}); it cannot be used.", name=name, exc=exc)
        ) from None
    if revision is None:
        raise BackupError(say("{name} is a Threadbook database that was never set up.", name=name))
    return BackupInfo(name, str(revision[0]), int(patients[0]), path.stat().st_size)


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


# -- PostgreSQL ------------------------------------------------------------------------------


def _pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            say(
                "{name} was not found. Install the PostgreSQL client tools (on Debian or "
                "Ubuntu the package postgresql-client; on Windows the command-line tools "
                "of the PostgreSQL installer) and make sure {name} is on the PATH.",
                name=name,
            )
        )
    return found


def _pg_connection(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, which goes in the environment."""
    plain = url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return plain.render_as_string(hide_password=False), env


def _run_pg(args: list[str], env: dict[str, str] | None, what: str) -> str:
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, env=env, timeout=3600, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError(say("{what} failed: {exc}", what=what, exc=exc)) from None
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or ["no reason given"])[0]
        raise BackupError(say("{what} failed: {reason}", what=what, reason=reason))
    return result.stdout


def _backup_pg(url: URL, target: Path) -> None:
    connection, env = _pg_connection(url)
    _run_pg(
        [_pg_tool("pg_dump"), "--format=custom", f"--file={target}", f"--dbname={connection}"],
        env,
        "pg_dump",
    )


def _inspect_pg_archive(path: Path) -> BackupInfo:
    pg_restore = _pg_tool("pg_restore")
    listing = _run_pg([pg_restore, "--list", str(path)], None, say("Reading {path}", path=path))
    for table in THREADBOOK_TABLES:
        if f"TABLE DATA public {table} " not in listing:
            raise BackupError(
                say("{path} is a PostgreSQL backup, but not of a Threadbook database.", path=path)
            )
    # Reading every data block to /dev/null finds a truncated or damaged archive.
    _run_pg(
        [pg_restore, f"--file={os.devnull}", str(path)], None, say("Checking {path}", path=path)
    )
    data = _run_pg(
        [pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)],
        None,
        say("Reading {path}", path=path),
    )
    lines = data.splitlines()
    revision = next(
        (lines[i + 1].strip() for i, line in enumerate(lines[:-1]) if line.startswith("COPY ")),
        "",
    )
    if not revision or revision == "\\.":
        raise BackupError(say("{path} is a Threadbook database that was never set up.", path=path))
    return BackupInfo(path, revision, None, path.stat().st_size)


def _restore_pg(url: URL, path: Path) -> None:
    connection, env = _pg_connection(url)
    _run_pg(
        [
            _pg_tool("pg_restore"),
            "--clean",
            "--if-exists",
            "--no-owner",
            "--single-transaction",
            "--exit-on-error",
            f"--dbname={connection}",
            str(path),
        ],
        env,
        "pg_restore",
    )


# -- backup and restore ----------------------------------------------------------------------


def _partial(path: Path) -> Path:
    return path.with_name(f".{path.name}.partial")


def _authorize(db: Database, actor: Actor | None) -> None:
    if actor is not None:
        with db.read() as session:
            authorize(session, actor, Permission.BACKUP)


def backup(
    db: Database, path: Path, actor: Actor | None = None, kind: str = "manual"
) -> BackupInfo:
    """Write a checked copy of the database to `path`. `actor` None is the program itself (an
    automatic backup) or the command line; a person needs the backup permission."""
    _authorize(db, actor)
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
            _backup_pg(db.url, partial)
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
    actor: Actor | None = None,
    clock: Clock = utc_now,
) -> RestoreResult:
    """Replace the database `target` (an open Database, or a URL) with the backup at `path`.

    The file is checked first (a Threadbook backup, undamaged, not from a newer schema); the
    current database is then kept in `keep_folder` as a dated copy; only then is it replaced,
    and the restored database is brought up to date and the restore audited. On any refusal
    the current database is untouched. `actor`, when given, needs the backup permission; a URL
    is how the command line, or the start of the program, restores a database it cannot open.
    """
    if isinstance(target, Database):
        url, clock = target.url, target.clock
        _authorize(target, actor)
    else:
        url = parse_url(target)
        if actor is not None:
            raise BackupError(say("Open the database to restore it on a person's behalf."))
    path = path.expanduser().absolute()
    if not path.is_file():
        raise BackupError(say("There is no file {path}.", path=path))
    live = sqlite_path(url)
    if url.get_backend_name() == "sqlite" and live is None:
        raise BackupError(say("An in-memory database cannot be restored into."))
    if live is not None and live.exists() and path.resolve() == live.resolve():
        raise BackupError(say("{path} is the database itself, not a backup of it.", path=path))
    kept_path = keep_folder.expanduser() / kept_copy_name(clock(), suffix_for(url))
    if isinstance(target, Database):
        # Pooled connections are closed so none holds the old file during the replacement.
        target.engine.dispose()
    if live is not None:
        info, migrated, kept = _restore_sqlite(path, live, kept_path)
    else:
        info, migrated, kept = _restore_postgresql(url, path, kept_path)
    restored = (
        target
        if isinstance(target, Database)
        else open_database(url.render_as_string(hide_password=False), clock=clock)
    )
    try:
        with restored.write(actor) as session:
            audit.record_event(
                session,
                "restore",
                "database",
                "",
                None,
                {
                    "file": str(path),
                    "revision": info.revision,
                    "kept_copy": str(kept) if kept else "",
                },
            )
    finally:
        if restored is not target:
            restored.dispose()
    return RestoreResult(info, kept, migrated)


def _restore_sqlite(
    path: Path, live: Path, kept_path: Path
) -> tuple[BackupInfo, bool, Path | None]:
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
            kept_path.parent.mkdir(parents=True, exist_ok=True)
            _keep_sqlite(live, kept_path)
            kept = kept_path
        _replace_sqlite(staging, live)
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
    return info, migrated, kept


def _migrate_staged(staging: Path) -> bool:
    engine = make_engine(f"sqlite:///{staging}")
    try:
        return migrations.upgrade(engine)
    except DatabaseError as exc:
        raise BackupError(exc.message) from None
    finally:
        engine.dispose()


def _restore_postgresql(
    url: URL, path: Path, kept_path: Path
) -> tuple[BackupInfo, bool, Path | None]:
    info = inspect_backup(path)
    _refuse_newer(info)
    kept_path.parent.mkdir(parents=True, exist_ok=True)
    _backup_pg(url, kept_path)
    _restore_pg(url, path)
    engine = create_engine(url)
    try:
        migrated = migrations.upgrade(engine)
    finally:
        engine.dispose()
    return info, migrated, kept_path
