"""The demo's bulk loader writes exactly the rows the program's own audit path writes."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.access.users import authenticate
from db.audit import chain
from db.audit.chain import PendingEvent
from db.audit.chain_check import verify_chain
from db.audit.replay import direct_edits
from db.demo import bulk
from db.demo.build import add_demo_records
from db.errors import Conflict
from db.models import (
    AuditEvent,
    Complication,
    DrawnThread,
    FollowUp,
    Patient,
    Placement,
    Procedure,
    StockMovement,
)
from db.record.patients import register_patient
from db.storage.database import Database, open_database
from tests.conftest import Staff, fixed_clock, patient_input, sqlite_url

AWKWARD = [
    PendingEvent("create", "patient", "17", 17, {"changes": {"full_name": [None, 'Lê Thị "Ánh"']}}),
    PendingEvent("create", "thread_line", "3", 9, {"changes": {"start_x": [None, 1e-05]}}),
    PendingEvent("view", "", "", None, {}),
    PendingEvent("create", "lot", "4", None, {"note": "a\\b\nc\tđ", "n": [1, 2.5, None, True]}),
]


def test_bulk_audit_rows_are_the_rows_the_chain_itself_appends(db: Database) -> None:
    when = datetime(2026, 11, 30, 8, 15, 30, 123456, tzinfo=UTC)
    trail = select(*AuditEvent.__table__.columns).order_by(AuditEvent.seq)
    with db.engine.connect() as connection:
        with connection.begin() as trying:
            chain.append(connection, None, AWKWARD, when)
            by_chain = connection.execute(trail).all()
            trying.rollback()
        with connection.begin():
            bulk.append_events(connection, AWKWARD, when)
        by_bulk = connection.execute(trail).all()
    assert len(by_bulk) >= len(AWKWARD)
    assert by_bulk == by_chain
    with db.read() as session:
        assert verify_chain(session).ok


def test_bulk_create_events_describe_records_as_the_flush_hook_does(db: Database) -> None:
    add_demo_records(db, patients=25, seed=5)
    with db.read() as session:
        for model in (Patient, Procedure, Placement, DrawnThread, FollowUp, Complication):
            table = model.__table__
            rows = [dict(row._mapping) for row in session.execute(select(table)).all()]
            assert rows, model
            assert bulk.creation_events(model, rows) == [
                chain.creation_event(model, row) for row in rows
            ]


def test_a_demo_with_few_charts_is_whole_and_the_program_carries_on_after_it(
    db: Database,
) -> None:
    seen: list[tuple[int, int]] = []
    made = add_demo_records(db, patients=60, seed=11, progress=lambda d, t: seen.append((d, t)),
                            charted=12)  # fmt: skip
    assert seen[-1] == (60, 60)
    with db.read() as session:
        assert verify_chain(session).ok
        assert direct_edits(session).differences == 0
        patients = session.scalar(select(func.count(Patient.id)))
        treated = set(session.scalars(select(Procedure.patient_id).distinct()))
        last_seq = session.scalar(select(func.max(AuditEvent.seq)))
        # Every stock movement's lot adds up: received covers what was charted from it.
        short = session.execute(
            select(StockMovement.lot_id)
            .group_by(StockMovement.lot_id)
            .having(func.sum(StockMovement.quantity) < 0)
        ).all()
    assert patients == 60
    assert made.procedures_added > 0
    # At most the 12 charted patients (every fifth) have procedures; the rest are registered.
    assert treated and treated <= {pid for pid in range(1, 61) if pid % 5 == 0}
    assert short == []
    # The ids the demo chose leave the program's own next record free to be saved.
    username, password = next((u, p) for u, role, p in made.staff if role == "nurse")
    nurse = authenticate(db, username, password)
    saved = register_patient(db, nurse, patient_input())
    assert saved.id == 61
    with db.read() as session:
        assert (session.scalar(select(func.max(AuditEvent.seq))) or 0) > (last_seq or 0)
        assert verify_chain(session).ok


def test_the_same_seed_makes_the_same_demo(db: Database, tmp_path: Path) -> None:
    add_demo_records(db, patients=20, seed=3)
    other = open_database(sqlite_url(tmp_path / "other.sqlite3"), clock=fixed_clock())
    try:
        add_demo_records(other, patients=20, seed=3)
        shown = select(Patient.mrn, Patient.full_name, Patient.phone).order_by(Patient.id)
        charted = select(Procedure.patient_id, Procedure.performed_at).order_by(Procedure.id)
        with db.read() as one, other.read() as two:
            assert one.execute(shown).all() == two.execute(shown).all()
            assert one.execute(charted).all() == two.execute(charted).all()
    finally:
        other.dispose()


def test_demo_records_are_refused_on_a_clinic_database(db: Database, staff: Staff) -> None:
    register_patient(db, staff.nurse, patient_input())
    with pytest.raises(Conflict):
        add_demo_records(db, patients=5, seed=1)
    with db.read() as session:
        assert session.scalar(select(func.count(Patient.id))) == 1
        assert session.scalar(select(func.count(Procedure.id))) == 0
