"""Booked visits: warnings about a busy doctor or a closed clinic, moves, arrivals, and the
booked procedure that becomes the chart."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from db.errors import PermissionDenied, ValidationError
from db.record.appointments import (
    BookingInput,
    book_visit,
    booking_warnings,
    calendar,
    move_visit,
    set_visit_status,
    visits_on,
)
from db.record.patients import register_patient
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.settings import save_settings
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from tests.conftest import Staff, patient_input
from tests.desktop.test_follow_ups import Clock
from tests.helpers import audit_rows, chart, treatment_consent

# Monday 9 November 2026, 08:00 local.
MONDAY = datetime(2026, 11, 9, 8, 0).astimezone()


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute).astimezone()


def clinic(db_url: str, staff: Staff) -> tuple[Database, Clock, list[int], int]:
    clock = Clock(MONDAY.astimezone(UTC))
    db = open_database(db_url, clock=clock)
    patients = [
        register_patient(db, staff.nurse, patient_input(full_name=name, phone="0903 000 111")).id
        for name in ("Mai Thị Lan", "Hồ Văn Nam")
    ]
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Vline", "PDO", "cog", "19G", 100))
    lot = receive_stock(
        db, staff.nurse, IntakeInput(product.id, "VL-1", date(2028, 1, 31), 40, date(2026, 10, 1))
    )
    return db, clock, patients, lot.lot_id


def booking(
    patient_id: int, staff: Staff, starts: datetime, kind: str = "consultation"
) -> BookingInput:
    return BookingInput(patient_id, staff.doctor.user_id, kind, starts, 30)


def test_a_double_booked_doctor_or_a_closed_day_is_warned_about(db_url: str, staff: Staff) -> None:
    db, _clock, (lan, nam), _lot = clinic(db_url, staff)
    save_settings(db, staff.admin, {"closed_days": "11/11/2026 Staff training"})
    first = book_visit(db, staff.nurse, booking(lan, staff, at(10, 9, 0)))
    assert booking_warnings(db, staff.nurse, booking(nam, staff, at(10, 11, 0))) == []
    clash = booking_warnings(db, staff.nurse, booking(nam, staff, at(10, 9, 15)))
    assert clash == ["Test Doctor already sees Mai Thị Lan at 09:00."]
    closed = booking_warnings(db, staff.nurse, booking(nam, staff, at(11, 10, 0)))
    assert closed == ["The clinic is closed on 11/11/2026 (Staff training)."]
    sunday = booking_warnings(db, staff.nurse, booking(nam, staff, at(15, 10, 0)))
    assert sunday == ["The clinic is closed on 15/11/2026."]
    late = booking_warnings(db, staff.nurse, booking(nam, staff, at(10, 16, 45)))
    assert late == ["10/11/2026 16:45 is outside opening hours (08:00-17:00)."]
    # A visit does not clash with itself when it is moved.
    assert booking_warnings(db, staff.nurse, booking(lan, staff, at(10, 9, 0)), first.id) == []
    db.dispose()


def test_a_follow_up_at_that_time_also_makes_the_doctor_busy(db_url: str, staff: Staff) -> None:
    db, clock, (lan, nam), lot = clinic(db_url, staff)
    clock.now = (MONDAY + timedelta(hours=1)).astimezone(UTC)
    chart(
        db,
        staff.doctor,
        lan,
        MONDAY + timedelta(minutes=30),
        PlacementInput("neck", "both", lot, 2),
    )
    # Its 7-day review is on Monday 16 at 08:30.
    clash = booking_warnings(db, staff.nurse, booking(nam, staff, at(16, 8, 30)))
    assert clash == ["Test Doctor already sees Mai Thị Lan at 08:30."]
    db.dispose()


def test_visits_are_moved_closed_and_listed_on_the_calendar(db_url: str, staff: Staff) -> None:
    db, _clock, (lan, nam), _lot = clinic(db_url, staff)
    visit = book_visit(db, staff.nurse, booking(lan, staff, at(10, 9, 0)))
    moved = move_visit(db, staff.nurse, visit.id, visit.version, at(12, 14, 30))
    assert moved.starts_at.astimezone() == at(12, 14, 30)
    other = book_visit(db, staff.nurse, booking(nam, staff, at(12, 10, 0), "review"))
    week = calendar(db, staff.nurse, date(2026, 11, 9), 7)
    assert [(e.full_name, e.what, e.starts_at.astimezone()) for e in week] == [
        ("Hồ Văn Nam", "review", at(12, 10, 0)),
        ("Mai Thị Lan", "consultation", at(12, 14, 30)),
    ]
    set_visit_status(db, staff.nurse, other.id, other.version, "no_show")
    with pytest.raises(ValidationError):
        set_visit_status(db, staff.nurse, moved.id, moved.version, "cancelled", "")
    set_visit_status(db, staff.nurse, moved.id, moved.version, "cancelled", "patient is abroad")
    assert [e.status for e in calendar(db, staff.nurse, date(2026, 11, 12), 1)] == ["no_show"]
    assert [r.action for r in audit_rows(db, record_type="appointment")] == [
        "create", "update", "create", "update", "update"
    ]  # fmt: skip
    with pytest.raises(PermissionDenied):
        book_visit(db, staff.admin, booking(lan, staff, at(13, 9, 0)))
    db.dispose()


def test_a_booked_procedure_becomes_the_chart_when_the_patient_arrives(
    db_url: str, staff: Staff
) -> None:
    db, clock, (lan, _nam), lot = clinic(db_url, staff)
    visit = book_visit(db, staff.nurse, booking(lan, staff, at(9, 10, 0), "procedure"))
    assert [v.id for v in visits_on(db, staff.nurse, date(2026, 11, 9))] == [visit.id]
    clock.now = at(9, 11, 0).astimezone(UTC)
    performed = at(9, 10, 30)
    neck = (PlacementInput("neck", "both", lot, 2),)
    consent = treatment_consent(db, staff.doctor, lan, at(9, 10, 10), neck)
    chart_procedure(
        db,
        staff.doctor,
        ProcedureInput(
            lan,
            performed,
            staff.doctor.user_id,
            None,
            consent,
            "local",
            neck,
            appointment_id=visit.id,
        ),
    )
    (done,) = visits_on(db, staff.nurse, date(2026, 11, 9))
    assert done.status == "arrived" and done.procedure_id is not None
    db.dispose()
