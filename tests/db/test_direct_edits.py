"""`check` sees records changed, inserted or deleted behind the program's back."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import create_engine, text

from db.record.patients import PatientRecord, register_patient
from db.record.procedures import PlacementInput, void_procedure
from db.storage.database import Database
from db.storage.integrity import record_checks
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import chart


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def _edits(db: Database) -> str:
    (found,) = [c for c in record_checks(db) if c.name == "records match the trail"]
    assert not found.ok
    return found.detail


def test_an_untouched_database_matches_its_trail(
    db: Database, staff: Staff, patient: PatientRecord, stock: Stock
) -> None:
    chart(db, staff.doctor, patient.id, stock.now - timedelta(hours=1),
          PlacementInput("jawline", "left", stock.lot_id, 2))  # fmt: skip
    assert all(c.ok for c in record_checks(db)), record_checks(db)


def test_wiped_allergies_and_changed_notes_are_reported_by_record_field_and_value(
    db: Database, db_url: str, staff: Staff
) -> None:
    patient = register_patient(db, staff.nurse, patient_input(allergies="penicillin"))
    _sql(db_url, f"UPDATE patient SET allergies = '', medical_notes = 'x' WHERE id = {patient.id}")
    detail = _edits(db)
    assert f"patient {patient.id} allergies is None but the audit trail says 'penicillin'" in detail
    assert f"patient {patient.id} medical_notes is 'x' but the audit trail says None" in detail


def test_an_unvoided_procedure_is_reported(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord, stock: Stock
) -> None:
    done = chart(db, staff.doctor, patient.id, stock.now - timedelta(hours=1),
                 PlacementInput("jawline", "left", stock.lot_id, 2))  # fmt: skip
    void_procedure(db, staff.doctor, done.id, done.version, "charted twice", True)
    _sql(db_url, f"UPDATE procedure SET voided_at = NULL WHERE id = {done.id}")
    assert f"procedure {done.id} voided_at is None but the audit trail says '" in _edits(db)


def test_roles_granted_behind_the_programs_back_are_reported(
    db: Database, db_url: str, staff: Staff
) -> None:
    _sql(
        db_url,
        f"UPDATE user_account SET roles = 'admin,doctor,nurse' WHERE id = {staff.nurse.user_id}",
    )
    detail = _edits(db)
    assert f"user_account {staff.nurse.user_id} roles is 'admin,doctor,nurse'" in detail
    assert "the audit trail says 'nurse'" in detail


def test_a_patient_deleted_with_all_their_rows_is_reported(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    _sql(
        db_url,
        f"DELETE FROM patient_search_term WHERE patient_id = {patient.id}",
        f"DELETE FROM patient WHERE id = {patient.id}",
    )
    assert f"patient {patient.id} is in the audit trail but its row is gone" in _edits(db)


def test_a_row_inserted_outside_the_program_is_reported(
    db: Database, db_url: str, staff: Staff
) -> None:
    _sql(
        db_url,
        "INSERT INTO setting (key, value, version) VALUES ('planted', 'x', 1)",
    )
    assert "setting planted has no history in the audit trail" in _edits(db)


def test_a_mangled_audit_row_is_reported_not_a_crash(
    db: Database, db_url: str, staff: Staff, patient: PatientRecord
) -> None:
    _sql(db_url, "UPDATE audit_event SET details = details || '~' WHERE seq = 2")
    checks = {c.name: c for c in record_checks(db)}
    assert (
        not checks["audit trail"].ok and "does not match its hash" in checks["audit trail"].detail
    )
