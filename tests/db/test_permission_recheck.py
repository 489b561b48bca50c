"""Opening a file checks the account once, not in each of its reads; a change to the account
still counts at once for every write, and for reads within a second."""

from __future__ import annotations

import time
from typing import Any

import pytest
from sqlalchemy import event, text

from db.access.permissions import READ_RECHECK_SECONDS
from db.errors import PermissionDenied
from db.record.complications import ComplicationFilter, list_complications
from db.record.followups import patient_follow_ups
from db.record.patients import PatientRecord, open_patient, search_patients, update_patient
from db.record.procedures import patient_procedures
from db.storage.database import Database
from tests.conftest import Staff, patient_input


def account_reads(db: Database, work: Any) -> int:
    """How many times `work` reads the acting account (its whole row, with the password hash)."""
    seen: list[str] = []

    def note(*args: Any) -> None:
        if "FROM user_account" in args[2] and "password_hash" in args[2]:
            seen.append(args[2])

    event.listen(db.engine, "before_cursor_execute", note)
    try:
        work()
    finally:
        event.remove(db.engine, "before_cursor_execute", note)
    return len(seen)


def test_opening_a_file_checks_the_account_once(
    db: Database, staff: Staff, patient: PatientRecord
) -> None:
    def open_file() -> None:
        open_patient(db, staff.doctor, patient.id)
        patient_procedures(db, staff.doctor, patient.id)
        patient_follow_ups(db, staff.doctor, patient.id)
        list_complications(db, staff.doctor, ComplicationFilter(patient_id=patient.id))

    assert account_reads(db, open_file) == 1


def test_an_account_changed_on_another_pc_counts_at_once_for_writes_and_soon_for_reads(
    db: Database, staff: Staff, patient: PatientRecord
) -> None:
    search_patients(db, staff.nurse, "huong")  # checked just now
    with db.engine.begin() as connection:  # another PC's administrator deactivates the nurse
        connection.execute(
            text("UPDATE user_account SET active = :no WHERE id = :id"),
            {"no": False, "id": staff.nurse.user_id},
        )
    with pytest.raises(PermissionDenied, match="no longer active"):
        update_patient(
            db, staff.nurse, patient.id, patient.version, patient_input(phone="0911 222 333")
        )
    # The write read the account afresh, so reads know too.
    with pytest.raises(PermissionDenied, match="no longer active"):
        search_patients(db, staff.nurse, "huong")


def test_a_read_goes_by_the_account_as_checked_at_most_a_second_ago(
    db: Database, staff: Staff
) -> None:
    search_patients(db, staff.nurse, "huong")
    with db.engine.begin() as connection:  # another PC's administrator deactivates the nurse
        connection.execute(
            text("UPDATE user_account SET active = :no WHERE id = :id"),
            {"no": False, "id": staff.nurse.user_id},
        )
    time.sleep(READ_RECHECK_SECONDS)
    with pytest.raises(PermissionDenied, match="no longer active"):
        search_patients(db, staff.nurse, "huong")
