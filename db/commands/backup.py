"""`backup FILE`, `restore FILE` and `check`."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.access.permissions import command_line_actor
from db.errors import DatabaseError
from db.storage.backup import backup
from db.storage.backup_check import BackupInfo
from db.storage.backup_folder import folder_for_url
from db.storage.database import default_url, open_database, parse_url, sqlite_path
from db.storage.integrity import CheckResult, record_checks, sqlite_file_checks
from db.storage.restore import restore


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    make = commands.add_parser(
        "backup", help="write a checked copy of the database to FILE (safe while in use)"
    )
    make.add_argument("file", metavar="FILE", type=Path)
    make.set_defaults(run=run_backup)

    back = commands.add_parser(
        "restore",
        help="replace the database with the backup FILE; the replaced one is kept as a dated copy",
    )
    back.add_argument("file", metavar="FILE", type=Path)
    back.add_argument(
        "--keep-folder",
        type=Path,
        default=None,
        help="where to keep the replaced database (default: the backup folder)",
    )
    back.set_defaults(run=run_restore)

    check = commands.add_parser(
        "check",
        help="check integrity, foreign keys, the audit trail and whole records; "
        "exit status 0 only when all pass",
    )
    check.set_defaults(run=run_check)


def run_backup(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        info = backup(db, args.file, command_line_actor(), "command line")
    finally:
        db.dispose()
    print(f"Backup written and checked: {info.path} ({_size(info.size)}, {_patients(info)}).")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    url = args.database or default_url()
    keep = args.keep_folder or folder_for_url(url)
    result = restore(url, args.file, keep, command_line_actor())
    print(f"Restored {result.restored.path} ({_patients(result.restored)}).")
    if result.kept_copy is not None:
        print(f"The database it replaced is kept as {result.kept_copy}.")
    if result.migrated:
        print("The restored database was brought up to this version's schema.")
    return 0


def run_check(args: argparse.Namespace) -> int:
    url = args.database or default_url()
    parsed = parse_url(url)
    path = sqlite_path(parsed)
    if path is None and parsed.get_backend_name() == "sqlite":
        raise DatabaseError("An in-memory database has nothing to check; give a file or server.")
    if path is not None:
        results = sqlite_file_checks(path)
    else:
        results = [CheckResult("integrity", True, "kept by the PostgreSQL server")]
    if all(result.ok for result in results):
        db = open_database(url)
        try:
            results += record_checks(db)
        finally:
            db.dispose()
    width = max(len(result.name) for result in results)
    for result in results:
        print(f"{result.name:<{width}}  {'ok  ' if result.ok else 'FAIL'}  {result.detail}")
    return 0 if all(result.ok for result in results) else 1


def _size(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB" if size >= 100_000 else f"{size / 1000:.0f} kB"


def _patients(info: BackupInfo) -> str:
    return "patients not counted" if info.patients is None else f"{info.patients} patients"
