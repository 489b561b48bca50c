from datetime import datetime, time, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from db.errors import Conflict, PermissionDenied, ValidationError
from db.models import AuditEvent, Placement, Procedure, StockMovement
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import (
    PlacementInput,
    ProcedureInput,
    chart_procedure,
    patient_procedures,
    void_procedure,
)
from db.stock.lots import inventory
from db.stock.movements import IntakeInput, recall_lot, receive_stock
from db.stock.recall import patients_with_lot
from db.storage.database import Database
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import give_consent, treatment_consent


def procedure_input(
    db: Database,
    patient: PatientRecord,
    staff: Staff,
    stock: Stock,
    *placements: PlacementInput,
    **changes: object,
) -> ProcedureInput:
    values: dict[str, object] = {
        "patient_id": patient.id,
        "performed_at": stock.now - timedelta(hours=1),
        "doctor_id": staff.doctor.user_id,
        "nurse_id": staff.nurse.user_id,
        "anaesthesia": "local",
        "placements": placements
        or (
            PlacementInput("nasolabial", "both", stock.lot_id, 4),
            PlacementInput("jawline", "left", stock.lot_id, 2),
        ),
    }
    given_at: Any = changes.pop("consent_at", stock.now - timedelta(hours=2))
    values.update(changes)
    if "consent_id" not in values:
        values["consent_id"] = treatment_consent(
            db,
            staff.doctor,
            patient.id,
            given_at,
            values["placements"],  # type: ignore[arg-type]
        )
    return ProcedureInput(**values)  # type: ignore[arg-type]


def counts(db: Database) -> tuple[int, int, int, int]:
    with db.read() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Procedure, Placement, StockMovement, AuditEvent)
        )


def on_hand(db: Database, staff: Staff, lot_id: int) -> int:
    return next(r.on_hand for r in inventory(db, staff.nurse) if r.lot_id == lot_id)


def test_charting_saves_procedure_placements_and_stock_together(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    record = chart_procedure(db, staff.doctor, procedure_input(db, patient, staff, stock))
    assert [p.area for p in record.placements] == ["nasolabial", "jawline"]
    assert record.doctor == "Test Doctor" and record.nurse == "Test Nurse"
    assert on_hand(db, staff, stock.lot_id) == 20 - 6
    (listed,) = patient_procedures(db, staff.nurse, patient.id)
    assert listed.placements[0].lot_number == "PDO-2301"
    with db.read() as session:
        actions = {(e.record_type, e.action) for e in session.scalars(select(AuditEvent))}
    assert {
        ("procedure", "create"),
        ("placement", "create"),
        ("stock_movement", "create"),
    } <= actions


@pytest.mark.parametrize(
    "which", ["expired", "recalled", "short", "contraindicated", "no consent", "future"]
)
def test_each_refusal_names_the_problem_and_writes_nothing(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, which: str
) -> None:
    today = db.clock().astimezone().date()
    data = procedure_input(db, patient, staff, stock)
    expected = ""
    if which == "expired":
        # A box expiring in 10 days, then a procedure charted 11 days later.
        lot = receive_stock(
            db,
            staff.nurse,
            IntakeInput(stock.product_id, "OLD-1", today + timedelta(days=10), 5, today),
        )
        # Local noon 11 days on: the procedure's local date is the 11th day at any hour of the
        # run, in any time zone (an hour before "11 days on" was the 10th day just after
        # midnight, so the lot had not expired yet).
        later = datetime.combine(today + timedelta(days=11), time(12, 0)).astimezone()
        db = Database(db.engine, clock=lambda: later)  # the same connections, 11 days on
        data = procedure_input(
            db,
            patient,
            staff,
            stock,
            PlacementInput("neck", "midline", lot.lot_id, 2),
            performed_at=later - timedelta(hours=1),
            consent_at=later - timedelta(hours=2),
        )
        expected = "Lot OLD-1 (Excellence Visage) expired on"
    elif which == "recalled":
        recall_lot(db, staff.doctor, stock.second_lot_id, "maker's notice 2026-7", today)
        data = procedure_input(
            db, patient, staff, stock, PlacementInput("neck", "midline", stock.second_lot_id, 1)
        )
        expected = "was recalled"
    elif which == "short":
        data = procedure_input(
            db,
            patient,
            staff,
            stock,
            PlacementInput("neck", "left", stock.second_lot_id, 3),
            PlacementInput("neck", "right", stock.second_lot_id, 3),
        )
        expected = "Lot PDO-2302 (Excellence Visage) has 5 thread(s) in stock, but 6 are charted"
    elif which == "contraindicated":
        data = procedure_input(
            db, patient, staff, stock, PlacementInput("nose", "midline", stock.lot_id, 2)
        )
        expected = "Threads are not suited to nose or buttock augmentation"
    elif which == "no consent":
        data = procedure_input(db, patient, staff, stock, consent_id=None)
        expected = "Choose the patient's signed consent"
    elif which == "future":
        data = procedure_input(
            db, patient, staff, stock, performed_at=stock.now + timedelta(days=1)
        )
        expected = "before it happens"
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        chart_procedure(db, staff.doctor, data)
    assert expected in refused.value.message
    assert counts(db) == before


def test_contraindicated_area_with_a_written_reason_is_stored(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    reason = "Patient declined surgery; informed of risks and limited duration."
    record = chart_procedure(
        db,
        staff.doctor,
        procedure_input(
            db,
            patient,
            staff,
            stock,
            PlacementInput("nose", "midline", stock.lot_id, 2),
            contraindication_reason=reason,
        ),
    )
    assert record.contraindication_reason == reason


def test_nurse_may_not_chart(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    data = procedure_input(db, patient, staff, stock)
    before = counts(db)
    with pytest.raises(PermissionDenied):
        chart_procedure(db, staff.nurse, data)
    assert counts(db) == before


def test_performing_doctor_must_be_a_doctor(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    with pytest.raises(ValidationError, match="not an active doctor"):
        chart_procedure(
            db,
            staff.doctor,
            procedure_input(db, patient, staff, stock, doctor_id=staff.nurse.user_id),
        )


@pytest.mark.parametrize(("back", "expected_stock"), [(True, 20), (False, 14)])
def test_void_keeps_the_record_and_says_what_happened_to_the_threads(
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    back: bool,
    expected_stock: int,
) -> None:
    record = chart_procedure(db, staff.doctor, procedure_input(db, patient, staff, stock))
    voided = void_procedure(
        db, staff.doctor, record.id, record.version, "charted on the wrong patient", back
    )
    assert voided.voided and voided.void_reason == "charted on the wrong patient"
    assert on_hand(db, staff, stock.lot_id) == expected_stock
    (listed,) = patient_procedures(db, staff.doctor, patient.id)
    assert listed.voided and len(listed.placements) == 2
    with pytest.raises(Conflict):
        void_procedure(db, staff.doctor, record.id, voided.version, "again", back)
    with db.read() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "void")
            )
            == 1
        )


def test_recall_lists_every_patient_who_received_the_lot(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    other = register_patient(
        db, staff.nurse, patient_input(full_name="Đặng Thu Trang", phone="0987 111 222")
    )
    give_consent(db, staff.nurse, patient.id, "reminders", stock.now)
    chart_procedure(db, staff.doctor, procedure_input(db, patient, staff, stock))
    chart_procedure(
        db,
        staff.doctor,
        procedure_input(
            db, other, staff, stock, PlacementInput("neck", "midline", stock.second_lot_id, 1)
        ),
    )
    voided = chart_procedure(
        db,
        staff.doctor,
        procedure_input(db, other, staff, stock, PlacementInput("brow", "left", stock.lot_id, 1)),
    )
    void_procedure(db, staff.doctor, voided.id, voided.version, "entered twice", True)

    rows = patients_with_lot(db, staff.nurse, " pdo-2301 ")
    assert {(r.full_name, r.area) for r in rows} == {
        ("Nguyễn Thị Hương", "nasolabial"),
        ("Nguyễn Thị Hương", "jawline"),
    }
    assert (
        rows[0].phone == "0912 345 678"
        and rows[0].contact_consent
        and rows[0].doctor == "Test Doctor"
    )
    assert [r.full_name for r in patients_with_lot(db, staff.nurse, "PDO-2302")] == [
        "Đặng Thu Trang"
    ]
    assert patients_with_lot(db, staff.nurse, "PDO-2301", product_text="InstaLift") == []
    assert len(patients_with_lot(db, staff.nurse, "PDO-2301", product_text="aptos")) == 2
    assert patients_with_lot(db, staff.nurse, "NOPE") == []
