"""Moving a clinic up from its SQLite file to a PostgreSQL server, audit trail and all.

Rows are copied as they are (ids, times, audit hashes), in one transaction on the server: either
the whole clinic arrives, with every table's row count matching the source and the audit chain
verifying, or nothing does.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Connection,
    FromClause,
    Integer,
    Table,
    bindparam,
    func,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.orm import Session

from db.audit import chain as audit
from db.audit.chain_check import ChainCheck, verify_chain
from db.errors import Conflict, DatabaseError
from db.models import AuditChainHead, AuditEvent, Base, User
from db.storage.database import Database, make_engine, open_database, parse_url
from db.wording import say

BATCH = 2000
Progress = Callable[[str, int], None]


@dataclass(frozen=True)
class TableCount:
    table: str
    source: int
    target: int


@dataclass(frozen=True)
class CopyResult:
    counts: list[TableCount]
    chain: ChainCheck

    @property
    def rows(self) -> int:
        return sum(count.source for count in self.counts)


def _count(connection: Connection, table: FromClause) -> int:
    return int(connection.scalar(select(func.count()).select_from(table)) or 0)


def _refuse_foreign_tables(target_url: str) -> None:
    """Before migrating: a database holding another program's tables is left alone."""
    engine = make_engine(target_url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
    finally:
        engine.dispose()
    if tables and "alembic_version" not in tables:
        raise Conflict(
            say(
                "The target database already holds tables that are not Threadbook's. Copy "
                "into a new, empty database (see 'Several PCs' in the README).",
            )
        )


def _refuse_non_empty(connection: Connection) -> None:
    recorded = connection.scalar(
        select(AuditChainHead.last_seq).where(AuditChainHead.id == audit.CHAIN_HEAD_ID)
    )
    if recorded or _count(connection, AuditEvent.__table__) or _count(connection, User.__table__):
        raise Conflict(
            say(
                "The target database already holds a clinic's records; copy-to only fills "
                "an empty one, so nothing there is overwritten. Create a new database and "
                "copy into it.",
            )
        )


def _upsert(table: Table) -> Any:
    """Insert, replacing any row a migration placed there (a seed row, an initial counter)."""
    keys = [column.name for column in table.primary_key.columns]
    statement = pg_insert(table)
    others = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
    if not others:
        return statement.on_conflict_do_nothing(index_elements=keys)
    return statement.on_conflict_do_update(index_elements=keys, set_=others)


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    # A column pointing into its own table (a patient merged into another) is filled in after
    # every row exists, since a row may point to one with a higher id.
    self_refs = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
    keys = [column.name for column in table.primary_key.columns]
    later: list[dict[str, Any]] = []
    copied = 0
    result = source.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*table.primary_key.columns)
    )
    for batch in result.mappings().partitions():
        rows = [dict(row) for row in batch]
        for row in rows:
            pointers = {name: row[name] for name in self_refs if row[name] is not None}
            if pointers:
                later.append({**{f"k_{k}": row[k] for k in keys}, **pointers})
                row.update(dict.fromkeys(pointers))
        target.execute(_upsert(table), rows)
        copied += len(rows)
    for name in self_refs:
        fills = [
            {**{k: v for k, v in row.items() if k.startswith("k_")}, "v": row[name]}
            for row in later
            if name in row
        ]
        if fills:
            statement = (
                update(table)
                .where(*(table.c[k] == bindparam(f"k_{k}") for k in keys))
                .values({name: bindparam("v")})
            )
            target.execute(statement, fills)
    return copied


def _reset_sequences(target: Connection, table: Table) -> None:
    """Let the server's id sequences continue after the highest id copied."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    column = keys[0].name
    target.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence(:table, :column), "
            f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM "{table.name}"'
        ),
        {"table": table.name, "column": column},
    )


def copy_database(
    source: Database, target_url: str, progress: Progress | None = None
) -> CopyResult:
    """Copy every table of `source` into the empty PostgreSQL database at `target_url`."""
    if parse_url(target_url).get_backend_name() != "postgresql":
        raise DatabaseError(
            say(
                "copy-to copies into a PostgreSQL database: give a URL such as "
                "postgresql+psycopg://threadbook@server/threadbook.",
            )
        )
    with source.read() as session:
        source_chain = verify_chain(session)
    if not source_chain.ok:
        raise DatabaseError(
            say(
                "The audit trail of this database does not verify ({message}); it is not "
                "copied. Restore a backup, or ask for help before moving it.",
                message=source_chain.message,
            )
        )
    _refuse_foreign_tables(target_url)
    target = open_database(target_url, clock=source.clock)
    try:
        return _copy_all(source, target, progress)
    finally:
        target.dispose()


def _copy_all(source: Database, target: Database, progress: Progress | None) -> CopyResult:
    counts: list[TableCount] = []
    # One read transaction on the source: a consistent snapshot even if someone is still working.
    with source.engine.connect() as reading, reading.begin(), target.engine.begin() as writing:
        _refuse_non_empty(writing)
        for table in Base.metadata.sorted_tables:
            copied = _copy_table(reading, writing, table)
            _reset_sequences(writing, table)
            if progress:
                progress(table.name, copied)
        for table in Base.metadata.sorted_tables:
            counts.append(TableCount(table.name, _count(reading, table), _count(writing, table)))
        wrong = [c for c in counts if c.source != c.target]
        if wrong:
            listed = ", ".join(f"{c.table} {c.source} → {c.target}" for c in wrong)
            raise DatabaseError(
                say("Row counts differ after copying ({listed}); nothing was saved.", listed=listed)
            )
        with Session(bind=writing) as session:
            chain = verify_chain(session)
        if not chain.ok:
            raise DatabaseError(
                say(
                    "The copied audit trail does not verify ({message}); nothing was saved.",
                    message=chain.message,
                )
            )
        source_name = source.url.render_as_string(hide_password=True)
        audit.append(
            writing,
            None,
            [
                audit.PendingEvent(
                    "database_copied_in",
                    "",
                    "",
                    None,
                    {"from": source_name, "rows": sum(c.source for c in counts)},
                )
            ],
            source.clock(),
        )
    with target.engine.begin() as connection:
        connection.execute(text("ANALYZE"))
    with target.read() as session:
        chain = verify_chain(session)
    return CopyResult(counts, chain)
