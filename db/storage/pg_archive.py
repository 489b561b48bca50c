"""PostgreSQL backups: `pg_dump` custom-format archives, checked before any server sees them.

An archive is read with `pg_restore` alone, without a server: its list of objects must hold only
what Threadbook's migrations make (no trigger, function, view or rule), every data block must
read back, and its audit trail must verify, row by row, from the archive's own data.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from db import migrations
from db.audit import chain as audit
from db.audit.chain_check import ChainCheck, walk_rows
from db.errors import BackupError
from db.storage.schema_check import archive_differences
from db.wording import say

PG_ARCHIVE_HEADER = b"PGDMP"
REQUIRED_TABLES = ("alembic_version", "audit_event", "audit_chain_head")


def pg_tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(
            say(
                "{name} was not found. Install the PostgreSQL client tools (on Debian or Ubuntu "
                "the package postgresql-client; on Windows the command-line tools of the "
                "PostgreSQL installer) and make sure {name} is on the PATH.",
                name=name,
            )
        )
    return found


def _connection(url: URL) -> tuple[str, dict[str, str]]:
    """A libpq connection string without the password, which goes in the environment."""
    plain = url.set(drivername="postgresql", password=None)
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return plain.render_as_string(hide_password=False), env


def _run(args: list[str], env: dict[str, str] | None, what: str) -> str:
    try:
        result = subprocess.run(
            args, capture_output=True, text=True, env=env, timeout=3600, check=False
        )
    except (OSError, subprocess.SubprocessError) as exc:
        raise BackupError(say("{what} failed: {reason}", what=what, reason=exc)) from None
    if result.returncode != 0:
        reason = (result.stderr.strip().splitlines() or [say("no reason given")])[0]
        raise BackupError(say("{what} failed: {reason}", what=what, reason=reason))
    return result.stdout


def dump(url: URL, target: Path) -> None:
    connection, env = _connection(url)
    _run(
        [pg_tool("pg_dump"), "--format=custom", f"--file={target}", f"--dbname={connection}"],
        env,
        "pg_dump",
    )


def restore_archive(url: URL, path: Path) -> None:
    """Replace the server's tables with the archive's, in one transaction."""
    connection, env = _connection(url)
    _run(
        [
            pg_tool("pg_restore"),
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


def _refusal(path: Path, problems: list[str]) -> BackupError:
    shown = "; ".join(problems[:3])
    if len(problems) > 3:
        shown = say("{first} (and {more} more)", first=shown, more=len(problems) - 3)
    return BackupError(
        say(
            "{name} is not exactly a Threadbook database: {problems}. It may have been "
            "altered outside Threadbook; the current database has not been changed.",
            name=path,
            problems=shown,
        )
    )


def inspect_archive(path: Path, name: Path) -> str:
    """Check an archive as far as can be done without a server; return its schema revision."""
    pg_restore = pg_tool("pg_restore")
    listing = _run([pg_restore, "--list", str(path)], None, say("Reading {name}", name=name))
    for table in REQUIRED_TABLES:
        if f"TABLE DATA public {table} " not in listing:
            raise BackupError(
                say("{name} is a PostgreSQL backup, but not of a Threadbook database.", name=name)
            )
    revision = _revision(pg_restore, path, name)
    if revision in migrations.known_revisions():
        problems = archive_differences(listing, revision)
        if problems:
            raise _refusal(name, problems)
    # Reading every data block to /dev/null finds a truncated or damaged archive.
    _run([pg_restore, f"--file={os.devnull}", str(path)], None, say("Checking {name}", name=name))
    return revision


def _revision(pg_restore: str, path: Path, name: Path) -> str:
    data = _run(
        [pg_restore, "--data-only", "--table=alembic_version", "--file=-", str(path)],
        None,
        say("Reading {name}", name=name),
    )
    lines = data.splitlines()
    revision = next(
        (lines[i + 1].strip() for i, line in enumerate(lines[:-1]) if line.startswith("COPY ")),
        "",
    )
    if not revision or revision == "\\.":
        raise BackupError(say("{name} is a Threadbook database that was never set up.", name=name))
    return revision


# -- the archive's audit trail ---------------------------------------------------------------

_ESCAPES = {"b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}


def _copy_value(field: str) -> str | None:
    """One field of COPY's text format: \\N is NULL, backslash escapes as PostgreSQL writes."""
    if field == "\\N":
        return None
    if "\\" not in field:
        return field
    out: list[str] = []
    raw = bytearray()
    i = 0
    while i < len(field):
        char = field[i]
        if char != "\\" or i + 1 == len(field):
            if raw:
                out.append(raw.decode("utf-8"))
                raw.clear()
            out.append(char)
            i += 1
            continue
        code = field[i + 1]
        if code in "01234567":
            digits = field[i + 1 : i + 4]
            octal = digits[: len(digits) - len(digits.lstrip("01234567"))] or digits[:1]
            raw.append(int(octal, 8) & 0xFF)
            i += 1 + len(octal)
            continue
        if code == "x" and i + 2 < len(field):
            raw.append(int(field[i + 2 : i + 4], 16))
            i += 4
            continue
        if raw:
            out.append(raw.decode("utf-8"))
            raw.clear()
        out.append(_ESCAPES.get(code, code))
        i += 2
    if raw:
        out.append(raw.decode("utf-8"))
    return "".join(out)


def _timestamp(text: str) -> datetime:
    # pg_dump writes timestamps without zone as 'YYYY-MM-DD HH:MM:SS[.ffffff]' (stored UTC).
    value = datetime.fromisoformat(text)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _audit_rows(pg_restore: str, path: Path) -> Iterator[dict[str, Any]]:
    args = [pg_restore, "--data-only", "--table=audit_event", "--file=-", str(path)]
    with subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, encoding="utf-8"
    ) as process:
        assert process.stdout is not None
        columns: list[str] = []
        for line in process.stdout:
            line = line.rstrip("\n")
            if not columns:
                if line.startswith("COPY "):
                    inside = line[line.index("(") + 1 : line.rindex(")")]
                    columns = [c.strip().strip('"') for c in inside.split(",")]
                continue
            if line == "\\.":
                break
            values = [_copy_value(f) for f in line.split("\t")]
            row: dict[str, Any] = dict(zip(columns, values, strict=True))
            for name in ("seq", "user_id", "patient_id"):
                if row.get(name) is not None:
                    row[name] = int(row[name])
            row["occurred_at"] = _timestamp(str(row["occurred_at"]))
            yield row
        process.stdout.read()


def verify_archive_chain(path: Path, known: Iterable[audit.Checkpoint] = ()) -> ChainCheck:
    """The archive's audit trail, verified as `verify_chain` verifies a database's."""
    pg_restore = pg_tool("pg_restore")
    rows = sorted(_audit_rows(pg_restore, path), key=lambda r: int(r["seq"]))
    head = _chain_head(pg_restore, path)
    return walk_rows(iter(rows), head, known)


def archive_head(path: Path) -> tuple[int, str] | None:
    """The archive's audit chain head row: (last seq, last hash)."""
    return _chain_head(pg_tool("pg_restore"), path)


def _chain_head(pg_restore: str, path: Path) -> tuple[int, str] | None:
    data = _run(
        [pg_restore, "--data-only", "--table=audit_chain_head", "--file=-", str(path)],
        None,
        say("Reading {name}", name=path),
    )
    columns: list[str] = []
    for line in data.splitlines():
        if line.startswith("COPY "):
            inside = line[line.index("(") + 1 : line.rindex(")")]
            columns = [c.strip().strip('"') for c in inside.split(",")]
        elif columns and line != "\\.":
            row = dict(zip(columns, line.split("\t"), strict=True))
            if row.get("id") == str(audit.CHAIN_HEAD_ID):
                return int(row["last_seq"]), str(row["last_hash"])
    return None
