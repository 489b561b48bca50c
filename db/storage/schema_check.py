"""Whether a database's schema is exactly what Threadbook's migrations make, and nothing more.

A file from outside (a backup to restore, a database someone else handed over) could carry a
trigger that rewrites records whenever the audit trail is written, a view, a changed table or a
missing index. SQLite: the file's whole `sqlite_master` (tables, indexes, triggers, views and
their SQL) is compared with the copy shipped with the program for its newest revision, and
when it differs, with that of an empty database migrated to the same revision in memory.
PostgreSQL: the objects only a person could have added (triggers, rules, views, functions,
policies) are refused, and tables and indexes are compared by name with the same reference.
"""

from __future__ import annotations

import json
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from importlib.resources.abc import Traversable
from pathlib import Path

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.pool import StaticPool

from db import migrations
from db.errors import DatabaseError
from db.resources import RESOURCES
from db.wording import say

# Tables SQLite makes itself (AUTOINCREMENT counters, ANALYZE statistics), with their only SQL.
SQLITE_INTERNAL = {
    "sqlite_sequence": "CREATE TABLE sqlite_sequence(name,seq)",
    "sqlite_stat1": "CREATE TABLE sqlite_stat1(tbl,idx,stat)",
    "sqlite_stat4": "CREATE TABLE sqlite_stat4(tbl,idx,neq,nlt,ndlt,sample)",
}


@dataclass(frozen=True, order=True)
class SchemaObject:
    kind: str  # table, index, trigger, view
    name: str
    table: str
    sql: str

    def described(self) -> str:
        if self.kind == "table":
            return object_words(self.kind, self.name)
        return say(
            "{kind} '{name}' on table '{table}'",
            kind=kind_words(self.kind),
            name=self.name,
            table=self.table,
        )


def kind_words(kind: str) -> str:
    """A kind of database object in the session's language (SQL's own name if not listed)."""
    words = {
        "table": say("table"),
        "index": say("index"),
        "trigger": say("trigger"),
        "view": say("view"),
        "materialized view": say("materialized view"),
        "function": say("function"),
        "rule": say("rule"),
        "policy": say("policy"),
    }
    return words.get(kind, kind)


def object_words(kind: str, name: str) -> str:
    return say("{kind} '{name}'", kind=kind_words(kind), name=name)


class SchemaMismatch(DatabaseError):
    """The database's schema differs from the one its revision should have.

    Attributes:
        differences: one line per added, missing or changed object.
    """

    def __init__(self, differences: list[str]) -> None:
        shown = "; ".join(differences[:5])
        if len(differences) > 5:
            shown = say("{first} (and {more} more)", first=shown, more=len(differences) - 5)
        super().__init__(
            say(
                "The database's structure is not exactly Threadbook's: {problems}. It may have "
                "been altered outside Threadbook, so it is not used.",
                problems=shown,
            )
        )
        self.differences = differences


def sqlite_objects(connection: sqlite3.Connection) -> set[SchemaObject]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {SchemaObject(str(t), str(n), str(tb), str(sql or "")) for t, n, tb, sql in rows}


_reference_lock = threading.Lock()
_references: dict[str, frozenset[SchemaObject]] = {}


def reference_schema(revision: str) -> frozenset[SchemaObject]:
    """The schema an empty database has once migrated to `revision` (built once per run)."""
    with _reference_lock:
        if revision not in _references:
            _references[revision] = _build_reference(revision)
        return _references[revision]


def _build_reference(revision: str) -> frozenset[SchemaObject]:
    if revision not in migrations.known_revisions():
        raise DatabaseError(say("Threadbook has no schema {revision}.", revision=revision))
    from alembic import command

    engine = create_engine("sqlite://", poolclass=StaticPool)
    try:
        command.upgrade(migrations.config(engine), revision)
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert isinstance(driver, sqlite3.Connection)
            return frozenset(sqlite_objects(driver))
        finally:
            raw.close()
    finally:
        engine.dispose()


def differences(found: Iterable[SchemaObject], expected: Iterable[SchemaObject]) -> list[str]:
    """One line per object added, missing or changed; [] when the schemas are the same."""
    wanted = {(o.kind, o.name): o for o in expected}
    have = {(o.kind, o.name): o for o in found}
    problems: list[str] = []
    for key, item in sorted(have.items()):
        if key in wanted:
            if " ".join(item.sql.split()) != " ".join(wanted[key].sql.split()) or (
                item.table != wanted[key].table
            ):
                problems.append(say("the {item} differs from Threadbook's", item=item.described()))
        elif item.kind == "table" and SQLITE_INTERNAL.get(item.name) == item.sql:
            continue
        else:
            problems.append(say("it has an unexpected {item}", item=item.described()))
    for key, item in sorted(wanted.items()):
        if key not in have:
            problems.append(say("its {item} is missing", item=item.described()))
    return problems


def sqlite_differences(connection: sqlite3.Connection, revision: str) -> list[str]:
    """What a SQLite file holds beyond, or lacks from, or has changed in `revision`'s schema.

    A file equal to the schema shipped with the program is the migrations' own. Any other is
    compared with the schema built by running the migrations here, so a SQLAlchemy that
    writes its statements differently from the one that made the shipped copy refuses nothing.
    """
    found = sqlite_objects(connection)
    shipped = shipped_sqlite_schema(revision)
    if shipped is not None and not differences(found, shipped):
        return []
    return differences(found, reference_schema(revision))


def refuse_foreign_sqlite_schema(connection: sqlite3.Connection, revision: str) -> None:
    """Raise SchemaMismatch naming every difference from `revision`'s schema."""
    problems = sqlite_differences(connection, revision)
    if problems:
        raise SchemaMismatch(problems)


# -- PostgreSQL ------------------------------------------------------------------------------

_PG_ADDED_OBJECTS = text(
    """
    SELECT 'trigger', t.tgname || ' on ' || c.relname FROM pg_trigger t
      JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE NOT t.tgisinternal AND n.nspname = current_schema()
    UNION ALL
    SELECT 'rule', rulename || ' on ' || tablename FROM pg_rules
     WHERE schemaname = current_schema()
    UNION ALL
    SELECT CASE c.relkind WHEN 'v' THEN 'view' WHEN 'm' THEN 'materialized view'
                          WHEN 'f' THEN 'foreign table' ELSE 'relation' END, c.relname
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('v', 'm', 'f')
    UNION ALL
    SELECT 'function', p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = current_schema()
    UNION ALL
    SELECT 'policy', policyname || ' on ' || tablename FROM pg_policies
     WHERE schemaname = current_schema()
    UNION ALL
    SELECT 'event trigger', evtname FROM pg_event_trigger
    """
)

_PG_TABLES_AND_INDEXES = text(
    """
    SELECT CASE c.relkind WHEN 'i' THEN 'index' ELSE 'table' END, c.relname
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p', 'i')
    """
)


def _expected_names(revision: str) -> set[tuple[str, str]]:
    shipped = shipped_names(revision)
    return shipped if shipped is not None else built_names(revision)


def built_names(revision: str) -> set[tuple[str, str]]:
    # SQLite names a primary key or unique constraint's index itself; PostgreSQL by its own
    # rules, so only tables and the indexes the migrations name are compared.
    return {
        (o.kind, o.name)
        for o in reference_schema(revision)
        if o.kind in {"table", "index"} and not o.name.startswith("sqlite_")
    }


def _shipped_file(name: str) -> Traversable | None:
    if not re.fullmatch(r"[0-9A-Za-z_-]+", name):
        return None
    return RESOURCES / "schema" / f"{name}.json"


def _shipped_rows(name: str) -> list[list[str]] | None:
    file = _shipped_file(name)
    if file is None:
        return None
    try:
        return list(json.loads(file.read_text(encoding="utf-8")))
    except FileNotFoundError:
        return None


def shipped_names(revision: str) -> set[tuple[str, str]] | None:
    """The tables and indexes of `revision`, kept with the program for the revisions it was
    released with (`python -m db.storage.schema_check` writes the newest one's). Building them
    means running every migration on an in-memory database: most of a second of Python at
    every start on PostgreSQL, while the window is being built. Only names are kept: unlike
    SQLite's statements, they do not depend on the SQLAlchemy version that made them."""
    rows = _shipped_rows(revision)
    if rows is None:
        return None
    return {(str(kind), str(name)) for kind, name in rows}


def shipped_sqlite_schema(revision: str) -> frozenset[SchemaObject] | None:
    """`revision`'s whole SQLite schema as the migrations made it when the program was
    released (written beside the names): SQLite's quick check behind the login screen and
    every backup's check compare with it instead of running every migration again, which
    took most of a second of Python at each start while the window was being built."""
    rows = _shipped_rows(f"{revision}-sqlite")
    if rows is None:
        return None
    return frozenset(SchemaObject(*(str(part) for part in row)) for row in rows)


def write_shipped_names(folder: Path) -> list[Path]:
    """Write the newest revision's tables and indexes, and its whole SQLite schema, into
    `folder` (resources/schema)."""
    revision = migrations.head_revision()
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in (
        (revision, [list(pair) for pair in sorted(built_names(revision))]),
        (
            f"{revision}-sqlite",
            [[o.kind, o.name, o.table, o.sql] for o in sorted(reference_schema(revision))],
        ),
    ):
        path = folder / f"{name}.json"
        lines = ",\n".join(json.dumps(row, ensure_ascii=False) for row in rows)
        path.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
        written.append(path)
    return written


def pg_differences(connection: Connection, revision: str) -> list[str]:
    """What a PostgreSQL database holds beyond (or lacks from) `revision`'s schema."""
    problems: list[str] = [
        say("it has an unexpected {item}", item=object_words(kind, name))
        for kind, name in connection.execute(_PG_ADDED_OBJECTS)
    ]
    found = {(str(k), str(n)) for k, n in connection.execute(_PG_TABLES_AND_INDEXES)}
    expected = _expected_names(revision)
    tables_found = {n for k, n in found if k == "table"}
    for kind, name in sorted(expected - found):
        problems.append(say("its {item} is missing", item=object_words(kind, name)))
    problems.extend(
        say("it has an unexpected {item}", item=object_words("table", name))
        for name in sorted(tables_found - {n for k, n in expected if k == "table"})
    )
    return problems


def refuse_foreign_pg_schema(connection: Connection, revision: str) -> None:
    problems = pg_differences(connection, revision)
    if problems:
        raise SchemaMismatch(problems)


# pg_restore --list entry types the migrations produce; any other (TRIGGER, FUNCTION, VIEW,
# RULE, POLICY, EXTENSION, ...) could run code or hide data on the server it is restored to.
PG_ARCHIVE_TYPES = frozenset(
    {
        "TABLE",
        "TABLE DATA",
        "SEQUENCE",
        "SEQUENCE OWNED BY",
        "SEQUENCE SET",
        "DEFAULT",
        "CONSTRAINT",
        "FK CONSTRAINT",
        "INDEX",
    }
)


@dataclass(frozen=True)
class ArchiveEntry:
    kind: str
    name: str


def archive_entries(listing: str) -> list[ArchiveEntry]:
    """The entries of `pg_restore --list` output ('id; oid oid TYPE schema name owner')."""
    entries = []
    for line in listing.splitlines():
        if not line.strip() or line.startswith(";"):
            continue
        _, _, rest = line.partition("; ")
        words = rest.split()[2:]  # past the two object ids
        for size in (3, 2, 1):  # the longest known type first (SEQUENCE OWNED BY, TABLE DATA)
            kind = " ".join(words[:size])
            if kind in PG_ARCHIVE_TYPES or size == 1:
                break
        rest_words = words[size:]
        name = rest_words[1] if len(rest_words) > 1 else ""
        entries.append(ArchiveEntry(kind, name))
    return entries


def archive_differences(listing: str, revision: str) -> list[str]:
    entries = archive_entries(listing)
    problems = [
        f"it holds a {e.kind.lower()} '{e.name}' that Threadbook never makes"
        for e in entries
        if e.kind not in PG_ARCHIVE_TYPES
    ]
    expected = _expected_names(revision)
    expected_tables = {n for k, n in expected if k == "table"}
    tables = {e.name for e in entries if e.kind == "TABLE"}
    indexes = {e.name for e in entries if e.kind == "INDEX"}
    problems.extend(f"it has an unexpected table '{n}'" for n in sorted(tables - expected_tables))
    problems.extend(f"its table '{n}' is missing" for n in sorted(expected_tables - tables))
    problems.extend(
        f"its index '{n}' is missing"
        for n in sorted({n for k, n in expected if k == "index"} - indexes)
    )
    return problems


if __name__ == "__main__":
    for written in write_shipped_names(Path(__file__).resolve().parents[2] / "resources/schema"):
        print(written)
