"""Edits made behind the program's back: each audited record rebuilt from the audit trail.

Every create and update of an audited record writes the values it set into the trail, in the
same transaction. Replaying a record's trail therefore gives the values its row must hold now;
a row that differs was changed outside Threadbook (`UPDATE patient SET allergies = ''`), a row
without any history was inserted outside it, and a record whose history says it exists but
whose row is gone was deleted outside it. Columns a model keeps out of the trail
(`audit_exclude`: secrets, derived search keys, version counters) are not compared.

Both sides are read ordered by record id (as text, as the trail stores it) and merged, so the
check holds one record at a time in memory, whatever the size of the database.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import String, cast, select
from sqlalchemy.orm import Mapper, Session

from db.models import Audited, AuditEvent, Base

CHANGE_ACTIONS = ("create", "update", "void", "deactivate", "reactivate")


@dataclass(frozen=True)
class Difference:
    record_type: str
    record_id: str
    field: str  # "" for a whole record (inserted or deleted outside Threadbook)
    in_table: Any
    in_trail: Any

    def described(self) -> str:
        record = f"{self.record_type} {self.record_id}"
        if self.field == "" and self.in_trail is None:
            return f"{record} has no history in the audit trail (inserted outside Threadbook)"
        if self.field == "":
            return (
                f"{record} is in the audit trail but its row is gone (deleted outside Threadbook)"
            )
        return (
            f"{record} {self.field} is {self.in_table!r} but the audit trail says "
            f"{self.in_trail!r} (changed outside Threadbook)"
        )


@dataclass
class ReplayResult:
    records: int
    differences: int
    shown: list[Difference]


def audited_mappers() -> list[Mapper[Any]]:
    return sorted(
        (m for m in Base.registry.mappers if issubclass(m.class_, Audited)),
        key=lambda m: str(m.class_.__tablename__),
    )


def _normal(value: Any) -> Any:
    """One form for a value read from a row and the same value written into the trail."""
    if value is None or value == "":
        return None
    if isinstance(value, Enum):
        return _normal(value.value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat() if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _normal_trail(value: Any, kind: type | None) -> Any:
    if isinstance(value, str) and kind is datetime:
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            return value
        # Rows written without the ORM (a migration) may hold naive UTC, as the table does.
        return _normal(moment if moment.tzinfo else moment.replace(tzinfo=UTC))
    if isinstance(value, int | float) and kind is Decimal:
        return str(Decimal(str(value)))
    return _normal(value)


def _python_type(column: Any) -> type | None:
    kind = getattr(column.type, "impl_instance", column.type)  # a TypeDecorator's own type
    try:
        found = kind.python_type
    except NotImplementedError:
        return None
    return found if isinstance(found, type) else None


def _bytewise(session: Session, expression: Any) -> Any:
    # Both sides are merged in Python's order, which is SQLite's; PostgreSQL's "C" collation.
    return (
        expression.collate("C") if session.get_bind().dialect.name == "postgresql" else expression
    )


def _trail(session: Session, table: str) -> Iterator[tuple[str, dict[str, Any]]]:
    """(record id, replayed values) per record of `table`, ordered by record id."""
    rows = session.execute(
        select(AuditEvent.record_id, AuditEvent.details)
        .where(AuditEvent.record_type == table, AuditEvent.action.in_(CHANGE_ACTIONS))
        .order_by(_bytewise(session, AuditEvent.record_id), AuditEvent.seq)
        .execution_options(yield_per=5000)
    )
    current: str | None = None
    state: dict[str, Any] = {}
    for record_id, details in rows:
        if record_id != current:
            if current is not None:
                yield current, state
            current, state = record_id, {}
        try:
            changes = json.loads(details).get("changes", {})
        except (ValueError, AttributeError):
            continue  # an audit row altered in place: the chain check names it
        for name, change in changes.items():
            state[name] = change[1]
    if current is not None:
        yield current, state


def _rows(session: Session, mapper: Mapper[Any], names: list[str]) -> Iterator[tuple[str, Any]]:
    (key,) = mapper.primary_key  # every audited record has one key column
    identity = cast(key, String)
    columns = [mapper.local_table.c[name] for name in names]
    result = session.execute(
        select(identity, *columns)
        .order_by(_bytewise(session, identity))
        .execution_options(yield_per=5000)
    )
    for row in result:
        yield str(row[0]), row


def _compare_table(session: Session, mapper: Mapper[Any]) -> Iterator[Difference | None]:
    """Yields None per record that matches, a Difference per mismatch."""
    model: Any = mapper.class_
    table = str(model.__tablename__)
    names = [
        attr.key
        for attr in mapper.column_attrs
        if attr.key not in model.audit_exclude and attr.key in mapper.local_table.c
    ]
    kinds = {name: _python_type(mapper.local_table.c[name]) for name in names}
    history = _trail(session, table)
    rows = _rows(session, mapper, names)
    trail_item = next(history, None)
    row_item = next(rows, None)
    while trail_item is not None or row_item is not None:
        if row_item is None or (trail_item is not None and trail_item[0] < row_item[0]):
            assert trail_item is not None
            yield Difference(table, trail_item[0], "", None, trail_item[1])
            trail_item = next(history, None)
        elif trail_item is None or row_item[0] < trail_item[0]:
            # Reference rows a migration seeds (the photo views) have no create row.
            seeded = getattr(model, "audit_seeded_by_migration", False)
            yield None if seeded else Difference(table, row_item[0], "", row_item[1], None)
            row_item = next(rows, None)
        else:
            state, row = trail_item[1], row_item[1]
            same = True
            for position, name in enumerate(names, start=1):
                have = _normal(row[position])
                said = _normal_trail(state.get(name), kinds[name])
                if have != said:
                    same = False
                    yield Difference(table, row_item[0], name, have, said)
            if same:
                yield None
            trail_item, row_item = next(history, None), next(rows, None)


def direct_edits(session: Session, limit: int = 50) -> ReplayResult:
    """Compare every audited record with its replayed history; up to `limit` differences are
    kept for display, all are counted."""
    result = ReplayResult(0, 0, [])
    for mapper in audited_mappers():
        for found in _compare_table(session, mapper):
            if found is None:
                result.records += 1
                continue
            result.differences += 1
            if len(result.shown) < limit:
                result.shown.append(found)
    return result
