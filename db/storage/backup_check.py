"""Checking a backup file before anything trusts it: a Threadbook database (or pg_dump archive)
with exactly Threadbook's schema, undamaged, and of a version this program knows.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from db import migrations
from db.errors import BackupError
from db.storage import pg_archive
from db.storage.schema_check import sqlite_differences
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
    problems = sqlite_differences(connection, revision)
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


def refuse_newer(info: BackupInfo) -> None:
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
