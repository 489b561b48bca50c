"""Several PCs writing at once: no silent overwrite, no broken audit chain, no duplicate MRN."""

from __future__ import annotations

from functools import partial

import pytest
from sqlalchemy import func, select

from db.audit.chain_check import verify_chain
from db.errors import Conflict
from db.models import AuditEvent, Patient
from db.record.patients import PatientRecord, open_patient, register_patient, update_patient
from db.storage.database import Database, open_database
from tests.concurrency import Outcome, actor_named, race_processes, race_threads
from tests.conftest import Staff, fixed_clock, patient_input

EDITORS = ("nurse", "doctor")


def save_edit(patient_id: int, version: int, db: Database, party: int) -> str:
    """One PC saves the form it opened at `version`; each party types a different phone."""
    actor = actor_named(db, EDITORS[party], workstation=f"pc-{party}")
    phone = f"0911 000 00{party}"
    update_patient(db, actor, patient_id, version, patient_input(phone=phone))
    return phone


def register_and_open(patient_id: int, db: Database, party: int) -> list[str]:
    """Register five patients, opening a shared file between them (an audit-only write)."""
    actor = actor_named(db, EDITORS[party % 2], workstation=f"pc-{party}")
    mrns = []
    for i in range(5):
        open_patient(db, actor, patient_id)
        data = patient_input(full_name=f"Lê Thị Lan {party}{i}", phone=f"0912 {party:03d} {i:03d}")
        mrns.append(register_patient(db, actor, data).mrn)
    return mrns


def stored(db: Database, patient_id: int) -> Patient:
    with db.read() as session:
        patient = session.get(Patient, patient_id)
        assert patient is not None
        return patient


def assert_one_saved_and_the_other_told_who(
    db: Database, patient: PatientRecord, outcomes: list[Outcome]
) -> None:
    (winner,) = [o for o in outcomes if o.ok]
    (loser,) = [o for o in outcomes if not o.ok]
    assert loser.error is not None
    assert f"changed by {EDITORS[winner.party]} at" in loser.error
    assert "what you typed is still in the form" in loser.error
    saved = stored(db, patient.id)
    assert saved.phone == winner.value
    assert saved.version == patient.version + 1
    with db.read() as session:
        assert verify_chain(session).ok


def test_second_connection_saving_a_stale_form_is_refused_naming_the_first(
    db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    reception = open_database(db_url, clock=fixed_clock())
    consulting_room = open_database(db_url, clock=fixed_clock())
    try:
        update_patient(
            consulting_room,
            staff.doctor,
            patient.id,
            patient.version,
            patient_input(phone="0911 222 333"),
        )
        with pytest.raises(Conflict, match="changed by doctor at"):
            update_patient(
                reception,
                staff.nurse,
                patient.id,
                patient.version,
                patient_input(email="new@example.com"),
            )
        assert stored(reception, patient.id).email == "huong@example.com"
        assert stored(reception, patient.id).phone == "0911 222 333"
    finally:
        reception.dispose()
        consulting_room.dispose()


def test_two_threads_saving_at_the_same_moment(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    outcomes = race_threads(db_url, partial(save_edit, patient.id, patient.version), 2)
    assert_one_saved_and_the_other_told_who(db, patient, outcomes)


def test_two_processes_saving_at_the_same_moment(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    outcomes = race_processes(db_url, partial(save_edit, patient.id, patient.version), 2)
    assert_one_saved_and_the_other_told_who(db, patient, outcomes)


def test_many_writers_keep_the_audit_chain_whole_and_mrns_unique(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    parties = 6
    outcomes = race_threads(db_url, partial(register_and_open, patient.id), parties)
    assert all(o.ok for o in outcomes)
    mrns = [mrn for o in outcomes for mrn in o.value]
    assert len(set(mrns)) == parties * 5
    with db.read() as session:
        check = verify_chain(session)
        seqs = list(session.scalars(select(AuditEvent.seq).order_by(AuditEvent.seq)))
        count = session.scalar(select(func.count(Patient.id)))
    assert check.ok, check.message
    assert seqs == list(range(1, len(seqs) + 1))
    assert count == parties * 5 + 1
