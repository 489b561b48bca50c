"""SQLite's own checks on a file, through a plain connection (usable on a damaged file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

# Tables every Threadbook database has had since its first schema.
THREADBOOK_TABLES = frozenset({"alembic_version", "audit_event", "audit_chain_head", "patient"})
SQLITE_HEADER = b"SQLite format 3\x00"


@contextmanager
def sqlite_connection(path: Path, *, read_only: bool = True) -> Iterator[sqlite3.Connection]:
    """A plain connection to a SQLite file, read-only unless asked; closed on exit."""
    if read_only:
        connection = sqlite3.connect(f"file:{quote(str(path))}?mode=ro", uri=True, timeout=10)
    else:
        connection = sqlite3.connect(path, timeout=10)
    try:
        # A file from outside is hostile until checked: its schema may not call functions.
        connection.execute("PRAGMA trusted_schema=OFF")
        yield connection
    finally:
        connection.close()


def is_sqlite_file(path: Path) -> bool:
    try:
        with path.open("rb") as file:
            return file.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def quick_check(connection: sqlite3.Connection) -> str | None:
    """None when SQLite's quick check passes, else its first complaint."""
    try:
        rows = connection.execute("PRAGMA quick_check(5)").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first


def integrity_problems(connection: sqlite3.Connection) -> list[str]:
    """SQLite's full integrity check: every page, index and constraint ('ok' becomes [])."""
    try:
        rows = connection.execute("PRAGMA integrity_check(20)").fetchall()
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    problems = [str(row[0]) for row in rows]
    return [] if problems == ["ok"] else problems


def foreign_key_problems(connection: sqlite3.Connection) -> list[str]:
    try:
        rows = connection.execute("PRAGMA foreign_key_check").fetchmany(20)
    except sqlite3.DatabaseError as exc:
        return [str(exc)]
    return [
        f"{table} row {rowid} points to a missing {parent} row" for table, rowid, parent, _ in rows
    ]


def tables(connection: sqlite3.Connection) -> set[str]:
    rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall()
    return {str(row[0]) for row in rows}
