from datetime import timedelta
from fractions import Fraction
from math import comb

import pytest
from sqlalchemy import func, select

from db.errors import PermissionDenied, ValidationError
from db.models import Complication, ComplicationUpdate
from db.record.complications import (
    ComplicationFilter,
    ComplicationInput,
    list_complications,
    record_complication,
    update_complication,
)
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import PlacementInput, ProcedureRecord
from db.stock.lot_signals import flagged, signals, upper_tail
from db.storage.database import Database
from tests.conftest import TODAY, Staff, Stock, patient_input
from tests.helpers import chart as chart_at


def chart(
    db: Database, staff: Staff, patient: PatientRecord, lot_id: int, stock: Stock
) -> ProcedureRecord:
    when = stock.now - timedelta(days=0, hours=2)
    return chart_at(
        db, staff.doctor, patient.id, when, PlacementInput("midface", "both", lot_id, 1)
    )


def complication(procedure: ProcedureRecord, **changes: object) -> ComplicationInput:
    today = TODAY
    values: dict[str, object] = {
        "procedure_id": procedure.id,
        "placement_id": procedure.placements[0].id,
        "kind": "infection",
        "area": "midface",
        "onset_date": today,
        "severity": 2,
        "serious": False,
        "actions": ("antibiotics",),
        "outcome": "ongoing",
    }
    values.update(changes)
    return ComplicationInput(**values)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"onset_date": TODAY - timedelta(days=3)}, "onset_date", "before the procedure"),
        ({"outcome": "resolved"}, "resolution_date", "needs its date"),
        (
            {"outcome": "resolved", "resolution_date": TODAY - timedelta(days=1)},
            "resolution_date",
            "before onset",
        ),
        ({"kind": "other"}, "kind", "Describe"),
        ({"severity": 6}, "severity", "1 (mild) to 5"),
        ({"outcome": "fatal", "resolution_date": TODAY}, "severity", "fatal"),
    ],
)
def test_bad_complications_are_refused_and_nothing_is_saved(
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    changes: dict[str, object],
    field: str,
    message: str,
) -> None:
    procedure = chart(db, staff, patient, stock.lot_id, stock)
    with pytest.raises(ValidationError) as refused:
        record_complication(db, staff.doctor, complication(procedure, **changes))
    assert message in refused.value.fields[field]
    assert count(db, Complication) == 0 and count(db, ComplicationUpdate) == 0


def test_updates_keep_the_course_and_open_ones_come_first(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    procedure = chart(db, staff, patient, stock.lot_id, stock)
    with pytest.raises(PermissionDenied):
        record_complication(db, staff.nurse, complication(procedure))
    first = record_complication(
        db, staff.doctor, complication(procedure, kind="bruising", actions=("observation",))
    )
    second = record_complication(db, staff.doctor, complication(procedure))
    assert first.lot_number == "PDO-2301" and first.product == "Aptos Excellence Visage"
    resolved = update_complication(
        db,
        staff.doctor,
        first.id,
        first.version,
        severity=1,
        serious=False,
        actions=("observation", "massage"),
        outcome="resolved",
        resolution_date=TODAY,
        note="faded after a week",
    )
    assert [step.outcome for step in resolved.course] == ["ongoing", "resolved"]
    assert resolved.course[1].note == "faded after a week" and resolved.course[0].actions == (
        "observation",
    )
    listed = list_complications(db, staff.nurse)
    assert [c.id for c in listed] == [second.id, first.id]
    assert [
        c.id for c in list_complications(db, staff.nurse, ComplicationFilter(kind="infection"))
    ] == [second.id]
    assert [
        c.id for c in list_complications(db, staff.nurse, ComplicationFilter(lot_number="pdo-2302"))
    ] == []


def binomial_tail_by_hand(k: int, n: int, p: float) -> float:
    return 1 - sum(comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k))


@pytest.mark.parametrize(
    ("cases", "treated", "rate", "p_value", "expect_flag"),
    [
        (4, 34, "0.025", 0.0099597, True),  # just under 0.01
        (4, 35, "0.025", 0.0110261, False),  # just over 0.01
        (6, 73, "0.025", 0.0099737, True),
        (6, 74, "0.025", 0.0106293, False),
        (8, 100, "0.025", 0.0037022, True),
        (2, 3, "0.006", 0.000107568, False),  # improbable, but fewer than three cases
        (3, 10, "0.1", 0.0701908, False),
    ],
)
def test_binomial_flag_on_hand_computed_cases(
    cases: int, treated: int, rate: str, p_value: float, expect_flag: bool
) -> None:
    exact = upper_tail(cases, treated, Fraction(rate))
    assert float(exact) == pytest.approx(p_value, rel=1e-4)
    assert float(exact) == pytest.approx(
        binomial_tail_by_hand(cases, treated, float(rate)), rel=1e-9
    )
    assert flagged(cases, treated, Fraction(rate)) is expect_flag


def test_a_lot_with_too_many_infections_is_flagged(
    db: Database, staff: Staff, stock: Stock
) -> None:
    procedures = []
    for i in range(12):
        patient = register_patient(
            db,
            staff.nurse,
            patient_input(full_name=f"Bệnh nhân {chr(65 + i)}", phone=f"0912 000 1{i:02d}"),
        )
        procedures.append(chart(db, staff, patient, stock.lot_id, stock))
    for procedure in procedures[:4]:
        record_complication(db, staff.doctor, complication(procedure))
    record_complication(db, staff.doctor, complication(procedures[5], kind="bruising"))
    found = signals(db, staff.nurse)
    lot = next(s for s in found if s.scope == "lot" and s.kind == "infection")
    assert (lot.treated, lot.cases, lot.flagged) == (12, 4, True)
    assert lot.p_value == pytest.approx(binomial_tail_by_hand(4, 12, 0.025))
    bruising = next(s for s in found if s.kind == "bruising" and s.scope == "lot")
    assert not bruising.flagged and bruising.p_value is None
    assert [s.kind for s in signals(db, staff.nurse, only_flagged=True)] == [
        "infection",
        "infection",
    ]
