"""PostgreSQL: each save tells the other PCs what it changed, so fifty listening PCs need not
all read the trail after every save; openings and sign-ins tell them nothing."""

from __future__ import annotations

import json
import queue
from collections.abc import Iterator
from typing import Any

import pytest
from sqlalchemy import event, text

from db.audit.chain import CHANGE_CHANNEL, PendingEvent, announcement
from db.record.patients import PatientRecord, open_patient, update_patient
from db.storage.change_feed import Change, ChangeFeed
from db.storage.database import Database, open_database
from tests.conftest import Staff, fixed_clock, patient_input

ON_POSTGRESQL = pytest.mark.parametrize("backend", ["postgresql"])


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


@pytest.fixture
def listening(db: Database) -> Iterator[Any]:
    """A bare connection listening on the channel, as a PC's feed does."""
    pooled = db.engine.raw_connection()
    connection: Any = pooled.driver_connection
    connection.rollback()
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANGE_CHANNEL}")
    yield connection
    connection.execute(f"UNLISTEN {CHANGE_CHANNEL}")
    connection.autocommit = False
    pooled.close()


def heard(connection: Any) -> list[str]:
    return [notify.payload for notify in connection.notifies(timeout=1.0)]


@ON_POSTGRESQL
def test_an_opening_tells_nobody_and_a_save_says_what_it_changed(
    db: Database, other_pc: Database, staff: Staff, patient: PatientRecord, listening: Any
) -> None:
    open_patient(other_pc, staff.doctor, patient.id)
    assert heard(listening) == []
    update_patient(
        other_pc, staff.doctor, patient.id, patient.version, patient_input(phone="0911 222 333")
    )
    (payload,) = heard(listening)
    told = json.loads(payload)
    assert told["types"] == ["patient"] and told["patients"] == [patient.id]
    with db.read() as session:
        head = session.execute(text("SELECT last_seq FROM audit_chain_head")).scalar_one()
    assert told["seq"] == head


@ON_POSTGRESQL
def test_the_feed_passes_a_save_on_without_reading_the_trail(
    db: Database, other_pc: Database, staff: Staff, patient: PatientRecord
) -> None:
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    delivered: queue.Queue[Change] = queue.Queue()
    feed = ChangeFeed(db)
    feed.start(delivered.put)
    try:
        assert_listening(feed, other_pc, staff, patient, delivered)
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            update_patient(
                other_pc,
                staff.doctor,
                patient.id,
                patient.version + 1,
                patient_input(phone="0911 333 444"),
            )
            change = delivered.get(timeout=10)
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
    finally:
        feed.stop()
    assert change.touches({"patient"}) and change.patient_ids == {patient.id}
    assert statements == []


def assert_listening(
    feed: ChangeFeed,
    other_pc: Database,
    staff: Staff,
    patient: PatientRecord,
    delivered: queue.Queue[Change],
) -> None:
    """The feed has connected and heard a first save (so the next one comes by notification)."""
    update_patient(
        other_pc, staff.doctor, patient.id, patient.version, patient_input(phone="0911 000 111")
    )
    assert delivered.get(timeout=10).patient_ids == {patient.id}


@ON_POSTGRESQL
def test_a_notification_the_program_did_not_send_makes_the_feed_read_the_trail(
    db: Database, other_pc: Database, staff: Staff, patient: PatientRecord
) -> None:
    delivered: queue.Queue[Change] = queue.Queue()
    feed = ChangeFeed(db)
    feed.start(delivered.put)
    try:
        assert_listening(feed, other_pc, staff, patient, delivered)
        with other_pc.engine.connect() as connection:
            for payload in ('{"seq": "x"}', "not json", '{"seq": 1, "types": [1]}'):
                connection.execute(
                    text("SELECT pg_notify(:c, :p)"), {"c": CHANGE_CHANNEL, "p": payload}
                )
            connection.commit()
        with pytest.raises(queue.Empty):  # nothing new in the trail: nothing delivered
            delivered.get(timeout=2)
        update_patient(
            other_pc,
            staff.doctor,
            patient.id,
            patient.version + 1,
            patient_input(phone="0911 333 444"),
        )
        assert delivered.get(timeout=10).patient_ids == {patient.id}
    finally:
        feed.stop()


def test_a_save_touching_too_many_patients_to_list_sends_only_the_chain_length() -> None:
    many = [PendingEvent("create", "patient", str(i), i, {}) for i in range(1, 3000)]
    assert announcement(9000, many) == "9000"
    few = announcement(9000, many[:3])
    assert json.loads(few) == {"seq": 9000, "types": ["patient"], "patients": [1, 2, 3]}
