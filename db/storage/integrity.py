"""Checks of a database as a whole: SQLite's own checks, the audit chain, whole records."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from db.audit import checkpoints
from db.audit.replay import ReplayResult, direct_edits
from db.storage.database import Database
from db.storage.sqlite_checks import (
    foreign_key_problems,
    integrity_problems,
    is_sqlite_file,
    sqlite_connection,
)
from db.storage.wholeness import incomplete_records


@dataclass(frozen=True)
class CheckResult:
    name: str
    ok: bool
    detail: str


def _summary(problems: list[str]) -> str:
    shown = "; ".join(problems[:3])
    return shown + (f" (and {len(problems) - 3} more)" if len(problems) > 3 else "")


def sqlite_file_checks(path: Path) -> list[CheckResult]:
    """Integrity and foreign keys of a SQLite file, read without opening it for writing."""
    if not is_sqlite_file(path):
        problem = "the file is missing" if not path.exists() else "it is not a SQLite database"
        return [CheckResult("integrity", False, problem)]
    with sqlite_connection(path) as connection:
        integrity = integrity_problems(connection)
        keys = foreign_key_problems(connection) if not integrity else []
    results = [CheckResult("integrity", not integrity, _summary(integrity) or "ok")]
    if not integrity:
        results.append(CheckResult("foreign keys", not keys, _summary(keys) or "ok"))
    return results


def record_checks(db: Database) -> list[CheckResult]:
    """The audit chain and whole records, on an opened database (SQLite or PostgreSQL)."""
    with db.read() as session:
        chain = checkpoints.verify(session, db.url)
        incomplete = incomplete_records(session)
        edits = direct_edits(session)
    return [
        CheckResult("audit trail", chain.ok, chain.message),
        CheckResult(
            "records whole",
            not incomplete,
            _summary(incomplete) if incomplete else "every record is whole",
        ),
        CheckResult(
            "records match the trail",
            edits.differences == 0,
            _edits_summary(edits),
        ),
    ]


def _edits_summary(edits: ReplayResult) -> str:
    if edits.differences == 0:
        return f"all {edits.records} records match their audit trail"
    lines = [d.described() for d in edits.shown]
    shown = "; ".join(lines[:3])
    more = edits.differences - min(3, len(lines))
    return shown + (f" (and {more} more)" if more else "")
