"""Random edits, deletions and insertions behind the program's back, each caught by `check`.

A demo database is built once; each example tampers with it inside a transaction, runs the
checks `check` runs (the audit chain against this PC's checkpoint, records whole, records
against their replayed trail, foreign keys) in that same transaction, and rolls back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Connection, Engine, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.audit.chain import Checkpoint
from db.audit.chain_check import verify_chain
from db.audit.replay import audited_mappers, direct_edits
from db.demo.build import add_demo_records
from db.models import AuditChainHead, AuditEvent, Base
from db.storage.database import open_database
from db.storage.wholeness import incomplete_records

CASES = {"run": 0, "impossible": 0}
AUDIT_TABLES = ("audit_event", "audit_chain_head")


@dataclass
class Demo:
    engine: Engine
    checkpoint: Checkpoint
    tables: dict[str, list[str]]  # table -> columns a tamper may change


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Demo]:
    path = tmp_path_factory.mktemp("tamper") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    add_demo_records(db, 6, seed=7)
    with db.read() as session:
        head = session.get(AuditChainHead, 1)
        assert head is not None
        checkpoint = Checkpoint(head.last_seq, head.last_hash)
    tables = {
        str(m.class_.__tablename__): [
            a.key for a in m.column_attrs if a.key not in m.class_.audit_exclude
        ]
        for m in audited_mappers()
    }
    tables["audit_event"] = [c.name for c in AuditEvent.__table__.columns]
    tables["audit_chain_head"] = ["last_seq", "last_hash"]
    yield Demo(db.engine, checkpoint, tables)
    db.dispose()
    print(f"\ntampering cases detected: {CASES['run']} (refused by the database: "
          f"{CASES['impossible']})")  # fmt: skip


def _changed(value: Any, draw: int) -> Any:
    """A value that differs from `value` however the check normalises it."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1 + draw % 5
    if isinstance(value, float):
        return value + 0.5
    if isinstance(value, datetime):
        return value + timedelta(seconds=1 + draw % 3600)
    if isinstance(value, date):
        return value + timedelta(days=1 + draw % 30)
    if isinstance(value, bytes):
        return value + bytes([draw % 256])
    if value is None or value == "":
        return f"planted {draw}"
    return f"{value}~{draw % 7}"


def _empty_of(column: Any) -> Any:
    """A value of the column's type to change an empty (NULL) cell from (a straight thread's
    missing bend, say)."""
    kind = getattr(column.type, "impl_instance", column.type)
    try:
        python = kind.python_type
    except NotImplementedError:
        return None
    samples: dict[type, Any] = {
        datetime: datetime(2026, 1, 1, tzinfo=UTC),
        date: date(2026, 1, 1),
        bool: False,
        int: 0,
        float: 0.0,
        bytes: b"",
    }
    return samples.get(python)


def _detected(connection: Connection, demo: Demo) -> list[str]:
    session = Session(bind=connection)
    found = []
    chain = verify_chain(session, [demo.checkpoint])
    if not chain.ok:
        found.append(chain.message)
    edits = direct_edits(session, limit=1)
    if edits.differences:
        found.append(edits.shown[0].described())
    found += incomplete_records(session, limit=1)
    driver = connection.connection.driver_connection
    assert isinstance(driver, sqlite3.Connection)
    found += [str(row) for row in driver.execute("PRAGMA foreign_key_check").fetchmany(1)]
    session.close()
    return found


def _tamper(connection: Connection, demo: Demo, kind: str, table: str, a: int, b: int) -> str:
    model = Base.metadata.tables[table]
    (key,) = model.primary_key.columns
    count = connection.scalar(select(func.count()).select_from(model)) or 0
    if count == 0:
        return ""
    row = connection.execute(select(model).order_by(key).offset(a % count).limit(1)).one()
    values = dict(row._mapping)
    if kind == "edit":
        columns = [c for c in demo.tables[table] if c != key.name]
        column = columns[b % len(columns)]
        new = _changed(_empty_of(model.c[column]) if values[column] is None else values[column], b)
        if isinstance(values[column], str) and model.c[column].type.length:  # type: ignore[attr-defined]
            new = str(new)[: model.c[column].type.length]  # type: ignore[attr-defined]
            if new == values[column]:
                new = str(new)[:-1] + ("x" if not str(new).endswith("x") else "y")
        connection.execute(model.update().where(key == values[key.name]).values({column: new}))
        return f"{table}.{column} of {values[key.name]}: {values[column]!r} -> {new!r}"
    if kind == "delete":
        connection.execute(model.delete().where(key == values[key.name]))
        return f"{table} row {values[key.name]} deleted"
    top = connection.scalar(select(func.max(key))) if key.type.python_type is int else None
    values[key.name] = (top or 0) + 1 + b % 3 if top is not None else f"planted{b}"
    if table == "audit_event":
        values["hash"] = "f" * 64
    connection.execute(insert(model), [values])
    return f"{table} row {values[key.name]} inserted"


@st.composite
def tampers(draw: st.DrawFn, tables: list[str]) -> tuple[str, str, int, int]:
    table = draw(st.sampled_from(tables))
    kinds = ["edit"] if table == "audit_chain_head" else ["edit", "delete", "insert"]
    return (
        draw(st.sampled_from(kinds)),
        table,
        draw(st.integers(0, 10**6)),
        draw(st.integers(0, 10**6)),
    )


def _run(demo: Demo, case: tuple[str, str, int, int]) -> None:
    with demo.engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert isinstance(driver, sqlite3.Connection)
        # As the sqlite3 shell runs by default: no foreign key enforcement.
        driver.execute("PRAGMA foreign_keys=OFF")
        transaction = connection.begin()
        try:
            try:
                with connection.begin_nested():
                    what = _tamper(connection, demo, *case)
            except IntegrityError:
                CASES["impossible"] += 1  # a duplicate key: the database itself refused it
                return
            if what:
                CASES["run"] += 1
                assert _detected(connection, demo), f"not detected: {what}"
        finally:
            transaction.rollback()
            driver.execute("PRAGMA foreign_keys=ON")


# Reference rows a migration seeds without audit rows (photo views) are not covered.
TABLES = sorted(
    [
        *(
            str(m.class_.__tablename__)
            for m in audited_mappers()
            if not getattr(m.class_, "audit_seeded_by_migration", False)
        ),
        *AUDIT_TABLES,
    ]
)


@settings(
    max_examples=200,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=tampers(TABLES))
def test_random_tampering_is_always_detected(demo: Demo, case: tuple[str, str, int, int]) -> None:
    _run(demo, case)


@pytest.mark.slow
@settings(
    max_examples=3000,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(case=tampers(TABLES))
def test_thousands_of_random_tamperings_are_all_detected(
    demo: Demo, case: tuple[str, str, int, int]
) -> None:
    _run(demo, case)
