"""Patient alerts: recorded and ended by a doctor, audited, and answered before charting."""

from __future__ import annotations

from datetime import timedelta

import pytest

from db.errors import PermissionDenied, ValidationError
from db.record.alerts import AlertInput, add_alert, end_alert, patient_alerts
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows, changes, treatment_consent


def procedure(
    db: Database, staff: Staff, patient: PatientRecord, stock: Stock, **answers: object
) -> ProcedureInput:
    performed = stock.now - timedelta(minutes=5)
    placements = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    consent = treatment_consent(
        db, staff.doctor, patient.id, performed - timedelta(minutes=30), placements
    )
    return ProcedureInput(
        patient.id,
        performed,
        staff.doctor.user_id,
        None,
        consent,
        "local",
        placements,
        **answers,  # type: ignore[arg-type]
    )


def test_a_doctor_records_and_ends_alerts_and_each_step_is_audited(
    db: Database, staff: Staff, patient: PatientRecord
) -> None:
    allergy = add_alert(
        db, staff.doctor, patient.id, AlertInput("allergy", "relative", " Lidocaine: hives ")
    )
    pregnancy = add_alert(
        db,
        staff.doctor,
        patient.id,
        AlertInput("contraindication", "absolute", "", code="pregnancy"),
    )
    assert [a.label() for a in patient_alerts(db, staff.nurse, patient.id)] == [
        "Contraindication: Pregnancy or breastfeeding",
        "Allergy: Lidocaine: hives",
    ]
    ended = end_alert(db, staff.doctor, pregnancy.id, pregnancy.version, "Baby born 02/11")
    assert not ended.active and ended.end_reason == "Baby born 02/11"
    assert [a.id for a in patient_alerts(db, staff.nurse, patient.id)] == [allergy.id]
    assert len(patient_alerts(db, staff.nurse, patient.id, include_ended=True)) == 2

    trail = audit_rows(db, record_type="patient_alert")
    assert [row.action for row in trail] == ["create", "create", "update"]
    assert all(row.patient_id == patient.id for row in trail)
    assert changes(trail[-1])["end_reason"] == ["", "Baby born 02/11"]


def test_a_nurse_cannot_record_or_end_an_alert(
    db: Database, staff: Staff, patient: PatientRecord
) -> None:
    with pytest.raises(PermissionDenied):
        add_alert(db, staff.nurse, patient.id, AlertInput("allergy", "relative", "Latex"))
    alert = add_alert(db, staff.doctor, patient.id, AlertInput("allergy", "relative", "Latex"))
    with pytest.raises(PermissionDenied):
        end_alert(db, staff.nurse, alert.id, alert.version, "It was a mistake")
    assert patient_alerts(db, staff.doctor, patient.id)[0].active


def test_an_alert_needs_what_it_is(db: Database, staff: Staff, patient: PatientRecord) -> None:
    with pytest.raises(ValidationError) as refused:
        add_alert(db, staff.doctor, patient.id, AlertInput("allergy", "relative", "  "))
    assert "detail" in refused.value.fields
    with pytest.raises(ValidationError) as refused:
        add_alert(db, staff.doctor, patient.id, AlertInput("contraindication", "absolute"))
    assert "code" in refused.value.fields
    assert patient_alerts(db, staff.doctor, patient.id) == []


def test_charting_asks_for_each_alert_and_stores_the_acknowledgement(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    warfarin = add_alert(
        db,
        staff.doctor,
        patient.id,
        AlertInput("contraindication", "relative", "warfarin 5 mg", code="anticoagulant"),
    )
    add_alert(db, staff.doctor, patient.id, AlertInput("history", "note", "Migraine"))
    data = procedure(db, staff, patient, stock)
    with pytest.raises(ValidationError) as refused:
        chart_procedure(db, staff.doctor, data)
    assert "alerts" in refused.value.fields
    assert audit_rows(db, record_type="procedure") == []

    charted = chart_procedure(
        db, staff.doctor, ProcedureInput(**{**data.__dict__, "acknowledged_alerts": (warfarin.id,)})
    )
    assert charted.alert_acknowledgement == (
        "relative: Contraindication: Anticoagulant or antiplatelet medicine, bleeding disorder "
        "(warfarin 5 mg)"
    )
    assert charted.alert_reason == ""


def test_an_absolute_contraindication_stops_charting_until_the_doctor_writes_why(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    infection = add_alert(
        db,
        staff.doctor,
        patient.id,
        AlertInput("contraindication", "absolute", "acne on the left cheek", code="skin_infection"),
    )
    base = procedure(db, staff, patient, stock, acknowledged_alerts=(infection.id,))
    with pytest.raises(ValidationError) as refused:
        chart_procedure(db, staff.doctor, base)
    assert "alert_reason" in refused.value.fields
    reason = "Acne is on the left cheek only; threads go in the right jawline."
    charted = chart_procedure(
        db, staff.doctor, ProcedureInput(**{**base.__dict__, "alert_reason": reason})
    )
    assert charted.alert_reason == reason
    assert charted.alert_acknowledgement.startswith("absolute: Contraindication: Active skin")
