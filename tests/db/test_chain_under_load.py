"""Several PCs writing at once: no write lost, every one audited once, the chain whole.

The chain's head is locked only while a transaction appends its audit rows as it commits;
record writers still take turns (their checks hold until they commit), and opening a file,
which only records that it was opened, does not wait for another PC's save to finish.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterator
from functools import partial

import pytest
from sqlalchemy import select

from db.audit.chain_check import verify_chain
from db.audit.replay import direct_edits
from db.models import AuditEvent, Patient
from db.record.patients import PatientRecord, open_patient, register_patient
from db.storage.database import Database, open_database
from tests.concurrency import actor_named, race_processes
from tests.conftest import Staff, fixed_clock, patient_input

ROUNDS = 4


def register_and_open(shared_id: int, db: Database, party: int) -> list[int]:
    """A PC registers patients and opens a shared file between saves."""
    actor = actor_named(db, ("nurse", "doctor")[party % 2], workstation=f"pc-{party}")
    registered = []
    for i in range(ROUNDS):
        open_patient(db, actor, shared_id)
        data = patient_input(
            full_name=f"Trần Thị Mai {party}{i}", phone=f"0913 {party:03d} {i:03d}"
        )
        registered.append(register_patient(db, actor, data).id)
        open_patient(db, actor, registered[-1])
    return registered


def test_writers_in_separate_processes_lose_nothing_and_each_write_is_audited_once(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    parties = 4
    outcomes = race_processes(db_url, partial(register_and_open, patient.id), parties)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    registered = {pid: o.party for o in outcomes for pid in o.value}
    assert len(registered) == parties * ROUNDS
    with db.read() as session:
        stored = set(session.scalars(select(Patient.id).where(Patient.id.in_(registered))))
        events = session.execute(
            select(AuditEvent.action, AuditEvent.record_id, AuditEvent.workstation).where(
                AuditEvent.record_type == "patient", AuditEvent.workstation.like("pc-%")
            )
        ).all()
        check = verify_chain(session)
        replay = direct_edits(session)
    assert stored == set(registered)
    created = Counter((e.record_id, e.workstation) for e in events if e.action == "create")
    assert created == Counter((str(pid), f"pc-{party}") for pid, party in registered.items())
    views = Counter(e.workstation for e in events if e.action == "view")
    assert views == {f"pc-{party}": 2 * ROUNDS for party in range(parties)}
    assert check.ok, check.message
    assert replay.differences == 0


def test_a_transaction_that_only_records_events_cannot_change_a_record(
    db: Database, staff: Staff, patient: PatientRecord
) -> None:
    refused = pytest.raises(RuntimeError, match="only in a write transaction")
    with refused, db.write(staff.nurse, events_only=True) as session:
        session.get_one(Patient, patient.id).allergies = "Latex"
    with db.read() as session:
        assert session.get_one(Patient, patient.id).allergies == ""
        assert verify_chain(session).ok


@pytest.fixture
def second_pc(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_file_opens_while_another_pc_is_saving_and_saves_still_take_turns(
    db: Database, second_pc: Database, staff: Staff, patient: PatientRecord
) -> None:
    """PostgreSQL only: SQLite has one writer at a time for everything, on one PC's disk."""
    saving, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_save() -> None:
        # Another PC in the middle of a save: its change made, not yet committed.
        try:
            with second_pc.write(staff.doctor) as session:
                session.get_one(Patient, patient.id).allergies = "Lidocaine"
                session.flush()
                saving.set()
                release.wait(30)
        except BaseException as exc:
            errors.append(exc)
            saving.set()

    saver = threading.Thread(target=slow_save)
    saver.start()
    assert saving.wait(30)
    opened = open_patient(db, staff.nurse, patient.id)  # does not wait for the save
    assert opened.allergies == ""  # the other PC's change is not committed yet

    registered: list[PatientRecord] = []

    def another_save() -> None:
        try:
            data = patient_input(full_name="Đỗ Thị Hoa", phone="0914 222 333")
            registered.append(register_patient(db, staff.nurse, data))
        except BaseException as exc:
            errors.append(exc)

    other = threading.Thread(target=another_save)
    other.start()
    other.join(1.5)
    assert other.is_alive() and not registered and not errors  # a second save waits
    release.set()
    saver.join(30)
    other.join(30)
    assert not errors and registered
    with db.read() as session:
        assert session.get_one(Patient, patient.id).allergies == "Lidocaine"
        actions = list(
            session.scalars(
                select(AuditEvent.action)
                .where(AuditEvent.record_type == "patient")
                .order_by(AuditEvent.seq)
            )
        )
        assert verify_chain(session).ok
    # Each appended as it committed: the opening first, then the save it did not wait for.
    assert actions[-3:] == ["view", "update", "create"]
