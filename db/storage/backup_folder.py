"""The backup folder: daily automatic copies, copies made on request, and what restores replaced.

File names say what each copy is, so the folder reads well in a file manager too:
`threadbook-2026-11-26.sqlite3` (the day's automatic copy, refreshed at every close),
`threadbook-2026-11-26_093012.sqlite3` (made on request) and
`replaced-2026-11-26_101500.sqlite3` (the database a restore replaced; never pruned).
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.pool import NullPool

from db.access.permissions import Actor, Permission, authorize
from db.audit import checkpoints
from db.errors import ThreadbookError
from db.models import AuditEvent
from db.settings import ClinicSettings, load_settings
from db.storage.backup import automatic_copy, backup
from db.storage.backup_check import BackupInfo, inspect_backup, suffix_for
from db.storage.database import Database, data_dir, parse_url, sqlite_path
from db.storage.sqlite_checks import sqlite_connection

_NAME = re.compile(
    r"^(?P<prefix>threadbook|replaced)-(?P<day>\d{4}-\d{2}-\d{2})(?P<time>_\d{6})?"
    r"(?P<suffix>\.sqlite3|\.dump)$"
)


class Kind(StrEnum):
    DAILY = "daily"
    ON_REQUEST = "on request"
    REPLACED = "replaced by a restore"


@dataclass(frozen=True)
class BackupFile:
    path: Path
    kind: Kind
    made_at: datetime
    size: int


@dataclass(frozen=True)
class LastBackup:
    at: datetime
    file: str


def default_folder() -> Path:
    return data_dir() / "backups"


def folder_from(settings: ClinicSettings) -> Path:
    configured = settings["backup_folder"].strip()
    return Path(configured).expanduser() if configured else default_folder()


def backup_folder(db: Database) -> Path:
    return folder_from(load_settings(db))


def folder_for_url(db_url: str) -> Path:
    """The backup folder of a database that may be too damaged (or too new) to open: its
    setting read with a plain connection when possible, else the default folder."""
    url = parse_url(db_url)
    path = sqlite_path(url)
    if path is None:
        in_memory = url.get_backend_name() == "sqlite"
        return default_folder() if in_memory else _folder_on_server(url)
    if not path.is_file():
        return default_folder()
    try:
        with sqlite_connection(path) as connection:
            row = connection.execute(_SETTING).fetchone()
    except sqlite3.Error:
        return default_folder()
    return _folder(row[0] if row else None)


_SETTING = "SELECT value FROM setting WHERE key = 'backup_folder'"


def _folder(configured: str | None) -> Path:
    return Path(configured).expanduser() if configured and configured.strip() else default_folder()


def _folder_on_server(url: URL) -> Path:
    """PostgreSQL: one short connection of its own (no pool, no migrations, no audit)."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": 10})
    try:
        with engine.connect() as connection:
            return _folder(connection.execute(text(_SETTING)).scalar())
    except SQLAlchemyError:
        return default_folder()
    finally:
        engine.dispose()


def daily_name(day: date, url: URL) -> str:
    return f"threadbook-{day:%Y-%m-%d}{suffix_for(url)}"


def on_request_name(when: datetime, url: URL) -> str:
    return f"threadbook-{when.astimezone():%Y-%m-%d_%H%M%S}{suffix_for(url)}"


def _kind(match: re.Match[str]) -> Kind:
    if match["prefix"] == "replaced":
        return Kind.REPLACED
    return Kind.ON_REQUEST if match["time"] else Kind.DAILY


def backup_files(folder: Path) -> list[BackupFile]:
    """The backups in `folder`, newest first (by the time in their names, then by file time)."""
    found = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    for entry in entries:
        match = _NAME.match(entry.name)
        if match is None or not entry.is_file():
            continue
        stat = entry.stat()
        found.append(
            BackupFile(
                entry, _kind(match), datetime.fromtimestamp(stat.st_mtime, UTC), stat.st_size
            )
        )
    return sorted(found, key=lambda f: (f.made_at, f.path.name), reverse=True)


def list_backups(db: Database, actor: Actor) -> list[BackupFile]:
    with db.read() as session:
        authorize(session, actor, Permission.BACKUP)
    return backup_files(backup_folder(db))


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete daily copies beyond the newest `keep`; copies made on request or kept by a
    restore stay until someone removes them."""
    daily = sorted(
        (f.path for f in backup_files(folder) if f.kind is Kind.DAILY),
        key=lambda p: p.name,
        reverse=True,
    )
    removed = []
    for old in daily[max(keep, 1) :]:
        try:
            old.unlink()
            checkpoints.for_backup(old).unlink(missing_ok=True)
        except OSError:
            continue
        removed.append(old)
    return removed


def automatic_backup(db: Database, at_start: bool) -> BackupInfo | None:
    """The day's automatic copy: at the first start of a day, and at every close.

    Returns None when nothing was due (a start on a day that already has its copy). A failure
    raises, so the window can tell the user rather than skip it.
    """
    settings = load_settings(db)
    folder = folder_from(settings)
    target = folder / daily_name(db.today(), db.url)
    if at_start and target.exists():
        return None
    info = automatic_copy(db, target, "automatic at start" if at_start else "automatic at close")
    prune(folder, settings.integer("backup_keep"))
    return info


def backup_now(db: Database, actor: Actor) -> BackupInfo:
    """A copy made on request from the backups page; it is never pruned."""
    folder = backup_folder(db)
    return backup(db, folder / on_request_name(db.clock(), db.url), actor, "on request")


def last_backup(db: Database, actor: Actor) -> LastBackup | None:
    """When the newest successful backup was made (read from the audit trail)."""
    with db.read() as session:
        authorize(session, actor, Permission.BACKUP)
        event = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.action == "backup")
            .order_by(AuditEvent.seq.desc())
            .limit(1)
        ).first()
    if event is None:
        return None
    details = json.loads(event.details)
    return LastBackup(event.occurred_at, str(details.get("file", "")))


def newest_good_backup(folder: Path) -> BackupInfo | None:
    """The newest backup in `folder` that passes every check, for a damaged database."""
    for candidate in backup_files(folder):
        if candidate.kind is Kind.REPLACED:
            continue
        try:
            return inspect_backup(candidate.path)
        except ThreadbookError:
            continue
    return None
