"""A small clinic whose report figures are known by hand, for the report and export tests.

Lot A (PDO) went to three patients, lot B (same product) to one; a second product (PLLA) to
one more. One patient of lot A had swelling; one procedure before the period and one voided
procedure must not count. Reviews at 7 days give GAIS and satisfaction; one follow-up was
reached by phone, one was a no-show, one cancelled.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from db.record.complications import ComplicationInput, record_complication
from db.record.followups import Status, patient_follow_ups, record_contact, set_status
from db.record.patients import register_patient
from db.record.procedures import PlacementInput, void_procedure
from db.record.reviews import ReviewInput, record_review
from db.reports.scope import ReportFilter
from db.stock.movements import IntakeInput, receive_stock, write_off
from db.stock.products import ProductInput, add_product
from db.storage.database import Database
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import chart


@dataclass(frozen=True)
class Clinic:
    period: ReportFilter
    today: date
    lot_a: int
    lot_b: int
    plla_product: int
    plla_lot: int
    expiring_lot: int
    swollen_patient: int


def build_clinic(db: Database, staff: Staff, stock: Stock) -> Clinic:
    today = stock.now.astimezone().date()
    nurse, doctor = staff.nurse, staff.doctor
    plla = add_product(db, nurse, ProductInput("Silhouette", "Soft", "PLLA", "cog", "2-0", 120))
    plla_lot = receive_stock(
        db, nurse, IntakeInput(plla.id, "PL-9", today + timedelta(days=700), 10, today)
    )
    expiring = receive_stock(
        db,
        nurse,
        IntakeInput(stock.product_id, "PDO-SOON", today + timedelta(days=30), 6, today),
    )
    ten_days_ago = stock.now - timedelta(days=10)
    patients = [
        register_patient(
            db, nurse, patient_input(full_name=f"Trần Thị {n}", phone=f"0912 000 00{n}")
        )
        for n in range(1, 7)
    ]
    procedures = [
        chart(db, doctor, p.id, ten_days_ago, PlacementInput("jawline", "both", stock.lot_id, 2))
        for p in patients[:3]
    ]
    chart(
        db,
        doctor,
        patients[3].id,
        ten_days_ago,
        PlacementInput("neck", "midline", stock.second_lot_id, 1),
    )
    chart(
        db,
        doctor,
        patients[4].id,
        ten_days_ago,
        PlacementInput("midface", "left", plla_lot.lot_id, 3),
    )
    # Before the period: treated and complicated, but outside what is asked.
    old = chart(
        db,
        doctor,
        patients[5].id,
        stock.now - timedelta(days=200),
        PlacementInput("jawline", "both", stock.lot_id, 1),
    )
    # Voided: it never happened.
    voided = chart(
        db, doctor, patients[5].id, ten_days_ago, PlacementInput("jawline", "both", stock.lot_id, 1)
    )
    void_procedure(db, doctor, voided.id, voided.version, "charted for the wrong patient", True)
    swelling = ComplicationInput(
        procedures[0].id,
        procedures[0].placements[0].id,
        "swelling",
        "jawline",
        today - timedelta(days=8),
        1,
        False,
        ("observation",),
        "resolved",
        today - timedelta(days=3),
    )
    record_complication(db, doctor, swelling)
    record_complication(
        db,
        doctor,
        ComplicationInput(
            old.id,
            None,
            "infection",
            "jawline",
            today - timedelta(days=190),
            2,
            False,
            ("antibiotics",),
            "resolved",
            today - timedelta(days=180),
        ),
    )
    seven_days = [
        next(f for f in patient_follow_ups(db, nurse, p.id) if f.label == "7 days")
        for p in patients[:5]
    ]
    record_review(
        db, doctor, ReviewInput(seven_days[0].id, today - timedelta(days=3), ("swelling",), 2, 4)
    )
    record_review(db, doctor, ReviewInput(seven_days[1].id, today - timedelta(days=3), (), 1, 5))
    record_review(db, doctor, ReviewInput(seven_days[4].id, today - timedelta(days=2), (), 3, None))
    set_status(db, nurse, seven_days[2].id, seven_days[2].version, Status.NO_SHOW)
    set_status(db, nurse, seven_days[3].id, seven_days[3].version, Status.CANCELLED, "moved abroad")
    one_month = next(
        f for f in patient_follow_ups(db, nurse, patients[0].id) if f.label == "1 month"
    )
    record_contact(db, nurse, one_month.id, "reached", "will come")
    write_off(db, doctor, stock.second_lot_id, 2, "packaging torn")
    period = ReportFilter(today - timedelta(days=60), today)
    return Clinic(period, today, stock.lot_id, stock.second_lot_id, plla.id, plla_lot.lot_id,
                  expiring.lot_id, patients[0].id)  # fmt: skip
