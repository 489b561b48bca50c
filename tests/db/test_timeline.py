"""A patient's timeline: procedures, follow-ups, complications and when the threads dissolve."""

from __future__ import annotations

from datetime import timedelta

from db.record.complications import (
    ComplicationFilter,
    ComplicationInput,
    list_complications,
    record_complication,
)
from db.record.followups import add_months, patient_follow_ups
from db.record.patients import PatientRecord
from db.record.procedures import (
    PlacementInput,
    patient_procedures,
    void_procedure,
)
from db.record.timeline import build_timeline
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import chart


def test_the_timeline_orders_everything_and_dates_the_dissolving(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    today = db.clock().astimezone().date()
    plla = add_product(
        db, staff.nurse, ProductInput("Aurora", "Contour", "PLLA", "cog", "3-0", 300)
    )
    lot = receive_stock(
        db, staff.nurse, IntakeInput(plla.id, "PL-1", today + timedelta(days=500), 10, today)
    )
    performed = stock.now - timedelta(hours=2)
    procedure = chart(
        db,
        staff.doctor,
        patient.id,
        performed,
        PlacementInput("jawline", "both", lot.lot_id, 2),
        PlacementInput("neck", "both", stock.lot_id, 2),
    )
    mistaken = chart(
        db, staff.doctor, patient.id, performed, PlacementInput("brow", "left", stock.lot_id, 1)
    )
    void_procedure(db, staff.doctor, mistaken.id, mistaken.version, "charted twice", True)
    record_complication(
        db,
        staff.doctor,
        ComplicationInput(
            procedure.id, None, "swelling", "jawline", today, 1, False, ("observation",), "ongoing"
        ),
    )
    events = build_timeline(
        patient_procedures(db, staff.nurse, patient.id),
        patient_follow_ups(db, staff.nurse, patient.id),
        list_complications(db, staff.nurse, ComplicationFilter(patient_id=patient.id)),
    )
    day = performed.astimezone().date()
    kinds = [(e.kind, e.state) for e in events]
    assert kinds[:3] == [("procedure", "done"), ("procedure", "voided"), ("complication", "open")]
    assert [e.day for e in events] == sorted(e.day for e in events)
    (dissolved,) = [e for e in events if e.kind == "dissolved"]
    assert dissolved.record_id == procedure.id  # none for the voided one
    assert dissolved.day == add_months(day, 15)  # the longest-lasting thread placed: PLLA
    follow_ups = [e for e in events if e.kind == "follow_up"]
    # Five planned for the PLLA procedure (12 months added); the voided one's four cancelled.
    assert sum(e.state == "planned" for e in follow_ups) == 5
    assert sum(e.state == "cancelled" for e in follow_ups) == 4
