"""Loading demo records by the hundred thousand: rows go in as plain tuples (COPY on
PostgreSQL), and their audit rows are chained here, several times faster than through the ORM.

The audit rows are exactly those `chain.append` would write: the same seq, details and hashes
(the text hashed is built the way `chain.row_hash` builds it, and a test holds the two
together), so `audit verify` and the replay check pass on a demo database as on any other.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, Table, func, select, update

from db.audit import chain
from db.models import AuditChainHead, Audited, AuditEvent, Base

try:  # the C version when there is one; the same text either way
    from json.encoder import c_encode_basestring as _quoted  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - CPython always has it
    from json.encoder import py_encode_basestring as _quoted

_Processor = Callable[[Any], Any] | None
_AUDIT = Base.metadata.tables[AuditEvent.__tablename__]
_AUDIT_COLUMNS = (
    "seq", "occurred_at", "user_id", "username", "workstation", "action",
    "record_type", "record_id", "patient_id", "details", "prev_hash", "hash",
)  # fmt: skip


def _scalar(value: Any) -> str:
    """One value as `chain._canonical` writes it inside the hashed object."""
    if value is None:
        return "null"
    if isinstance(value, str):
        return str(_quoted(value))
    if type(value) is int:
        return str(value)
    return chain._canonical(chain._plain(value))


def hashed_text(
    seq: int, occurred: str, actor: tuple[Any, str, str], event: chain.PendingEvent, details: str
) -> str:
    """The canonical JSON `chain.row_hash` hashes, written out key by key in sorted order."""
    user_id, username, workstation = actor
    return (
        f'{{"action":{_scalar(event.action)},"details":{_quoted(details)},'
        f'"occurred_at":{occurred},"patient_id":{_scalar(event.patient_id)},'
        f'"record_id":{_scalar(event.record_id)},"record_type":{_scalar(event.record_type)},'
        f'"seq":{seq},"user_id":{_scalar(user_id)},"username":{_scalar(username)},'
        f'"workstation":{_scalar(workstation)}}}'
    )


def append_events(
    connection: Connection, events: Iterable[chain.PendingEvent], when: datetime
) -> chain.Checkpoint | None:
    """`chain.append` for the program's own events (actor None), in bulk: the same rows under
    the same lock on the chain's head row, inserted as tuples."""
    head = connection.execute(
        select(AuditChainHead.last_seq, AuditChainHead.last_hash)
        .where(AuditChainHead.id == chain.CHAIN_HEAD_ID)
        .with_for_update()
    ).one()
    seq, prev = int(head.last_seq), str(head.last_hash)
    actor = (None, "system", "")
    occurred = _scalar(chain._plain(when))
    # Every row has the same time: converted for the driver once, not per row.
    (to_driver,) = _processors(connection, _AUDIT, ["occurred_at"])
    stored_when = to_driver(when) if to_driver else when
    sha256, canonical = hashlib.sha256, chain._canonical
    rows = []
    for event in events:
        seq += 1
        details = canonical(event.details)
        text = hashed_text(seq, occurred, actor, event, details)
        digest = sha256((prev + text).encode("utf-8")).hexdigest()
        rows.append(
            (seq, stored_when, None, "system", "", event.action, event.record_type, event.record_id,
             event.patient_id, details, prev, digest)
        )  # fmt: skip
        prev = digest
    if not rows:
        return None
    _write(connection, _AUDIT, _AUDIT_COLUMNS, rows)
    connection.execute(
        update(AuditChainHead)
        .where(AuditChainHead.id == chain.CHAIN_HEAD_ID)
        .values(last_seq=seq, last_hash=prev)
    )
    if connection.dialect.name == "postgresql":
        connection.execute(select(func.pg_notify(chain.CHANGE_CHANNEL, str(seq))))
    return chain.Checkpoint(seq, prev)


def _processors(connection: Connection, table: Table, names: Sequence[str]) -> list[_Processor]:
    """Each column's conversion to what the driver takes (UTC datetimes made naive, ...)."""
    dialect = connection.dialect
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]


def _defaults(table: Table, names: Sequence[str]) -> dict[str, Any]:
    """Plain default values of the columns the rows leave out, as an INSERT would add them."""
    out = {}
    for column in table.columns:
        if column.name in names or column.default is None:
            continue
        argument = getattr(column.default, "arg", None)
        if callable(argument) or not getattr(column.default, "is_scalar", False):
            raise ValueError(f"{table.name}.{column.name} has a computed default")
        out[column.name] = argument
    return out


def insert_rows(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT dict rows (keyed by column name, all with the same keys) as tuples."""
    if not rows:
        return
    names = list(rows[0])
    extra = _defaults(table, names)
    columns = [*names, *extra]
    tail = tuple(extra.values())
    tuples = [(*map(row.__getitem__, names), *tail) for row in rows]
    insert_tuples(connection, table, columns, tuples)


def insert_tuples(
    connection: Connection, table: Table, names: Sequence[str], rows: list[tuple[Any, ...]]
) -> None:
    converted = [(i, p) for i, p in enumerate(_processors(connection, table, names)) if p]
    if converted:
        changed = []
        for row in rows:
            values = list(row)
            for index, process in converted:
                if values[index] is not None:
                    values[index] = process(values[index])
            changed.append(values)
        rows = changed  # type: ignore[assignment]
    _write(connection, table, names, rows)


def _write(
    connection: Connection, table: Table, names: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Rows already converted for the driver, in `names` order."""
    quote = connection.dialect.identifier_preparer.quote
    column_list = ", ".join(quote(name) for name in names)
    raw = connection.connection.driver_connection
    assert raw is not None
    if connection.dialect.name == "postgresql":
        statement = f"COPY {quote(table.name)} ({column_list}) FROM STDIN"
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in names)
    cursor = raw.cursor()
    try:
        cursor.executemany(
            f"INSERT INTO {quote(table.name)} ({column_list}) VALUES ({marks})", rows
        )
    finally:
        cursor.close()


def creation_events(
    model: type[Audited], rows: Iterable[dict[str, Any]]
) -> list[chain.PendingEvent]:
    """`chain.creation_event` of each row (a test holds the two together), without the
    per-value function calls that made it the demo's largest cost."""
    table, audited, key = chain._columns(model)
    patient_column = model.audit_patient_column
    dated, decimal = (datetime, date), Decimal
    events = []
    for row in rows:
        changes = {}
        for attribute, column, default in audited:
            value = row.get(column, default)
            if value is None or value == "":
                continue
            if isinstance(value, dated):
                value = value.isoformat()
            elif isinstance(value, decimal):
                value = str(value)
            changes[attribute] = [None, value]
        events.append(
            chain.PendingEvent(
                "create",
                table,
                ",".join(str(row[name]) for name in key if row.get(name) is not None),
                row.get(patient_column) if patient_column else None,
                {"changes": changes},
            )
        )
    return events


def insert_audited(
    connection: Connection, model: type[Audited], rows: list[dict[str, Any]], when: datetime
) -> None:
    """Insert records and their 'create' rows in the audit trail."""
    if rows:
        insert_rows(connection, model.__table__, rows)  # type: ignore[attr-defined]
        append_events(connection, creation_events(model, rows), when)
