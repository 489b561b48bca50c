"""The change feed: what one PC records, another learns of, without a manual refresh."""

from __future__ import annotations

import queue
from collections.abc import Iterator

import pytest

from db.record.patients import PatientRecord, open_patient, register_patient, update_patient
from db.storage.change_feed import Change, ChangeFeed
from db.storage.database import Database, open_database
from tests.conftest import Staff, fixed_clock, patient_input


@pytest.fixture
def other_pc(db_url: str) -> Iterator[Database]:
    """A second program on the same database: its own engine and connections."""
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


def test_check_reports_what_another_connection_wrote(
    db: Database, other_pc: Database, staff: Staff
) -> None:
    feed = ChangeFeed(db)
    assert feed.check() is None
    record = register_patient(other_pc, staff.nurse, patient_input())
    change = feed.check()
    assert change is not None
    assert change.touches({"patient"}) and not change.touches({"stock_lot"})
    assert change.patient_ids == {record.id}
    assert feed.check() is None


def test_reading_and_logging_in_are_not_changes(
    db: Database, other_pc: Database, staff: Staff, patient: PatientRecord
) -> None:
    feed = ChangeFeed(db)
    open_patient(other_pc, staff.doctor, patient.id)
    assert feed.check() is None


def test_the_running_feed_delivers_each_change(
    db: Database, other_pc: Database, staff: Staff, patient: PatientRecord
) -> None:
    delivered: queue.Queue[Change] = queue.Queue()
    feed = ChangeFeed(db, poll_seconds=0.1)
    feed.start(delivered.put)
    try:
        update_patient(
            other_pc, staff.doctor, patient.id, patient.version, patient_input(phone="0911 222 333")
        )
        change = delivered.get(timeout=10)
    finally:
        feed.stop()
    assert change.touches({"patient"}) and change.patient_ids == {patient.id}
    assert not feed.running
