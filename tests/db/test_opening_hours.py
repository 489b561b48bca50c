"""Follow-ups land inside opening hours, on open days, at times the doctor has free."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from db.aftercare.content import follow_up_visits
from db.aftercare.labels import labels
from db.errors import ValidationError
from db.record.followups import patient_follow_ups
from db.record.patients import register_patient
from db.record.procedures import PlacementInput, patient_procedures
from db.settings import save_settings
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from tests.conftest import Staff, patient_input
from tests.desktop.test_follow_ups import Clock
from tests.helpers import chart

# Wednesday 4 November 2026: its 7-day visit falls on Wednesday 11, its month on Friday 4 Dec.
CHARTED = datetime(2026, 11, 4, 10, 37).astimezone()


def clinic(db_url: str, staff: Staff) -> tuple[Database, Clock, int]:
    clock = Clock(CHARTED.astimezone(UTC) + timedelta(minutes=20))
    db = open_database(db_url, clock=clock)
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Vline", "PDO", "cog", "19G", 100))
    lot = receive_stock(
        db, staff.nurse, IntakeInput(product.id, "VL-1", date(2028, 1, 31), 40, date(2026, 10, 1))
    )
    return db, clock, lot.lot_id


def treat(db: Database, staff: Staff, lot_id: int, name: str, when: datetime = CHARTED) -> int:
    patient = register_patient(db, staff.nurse, patient_input(full_name=name, phone="0903 111 222"))
    chart(db, staff.doctor, patient.id, when, PlacementInput("neck", "both", lot_id, 2))
    return patient.id


def visits(db: Database, staff: Staff, patient_id: int) -> list[datetime]:
    return [row.due_at.astimezone() for row in patient_follow_ups(db, staff.nurse, patient_id)]


def test_visits_keep_off_the_charting_minute_and_the_doctor_is_not_double_booked(
    db_url: str, staff: Staff
) -> None:
    db, _clock, lot_id = clinic(db_url, staff)
    first = visits(db, staff, treat(db, staff, lot_id, "Lê Thị Một"))
    assert [when.time() for when in first] == [time(10, 45)] * 4
    second = visits(db, staff, treat(db, staff, lot_id, "Lê Thị Hai"))
    assert [when.time() for when in second] == [time(11, 0)] * 4
    assert [when.date() for when in first] == [when.date() for when in second]
    db.dispose()


def test_closed_days_and_short_hours_move_a_visit_to_the_next_open_time(
    db_url: str, staff: Staff
) -> None:
    db, clock, lot_id = clinic(db_url, staff)
    save_settings(
        db,
        staff.admin,
        {
            # Wednesdays open only in the afternoon; closed on Sundays.
            "opening_hours": '["08:00-17:00", "08:00-17:00", "13:30-19:00", "08:00-17:00", '
            '"08:00-17:00", "08:00-12:00", ""]',
            "closed_days": "11/11/2026 Clinic training day\n04/12/2026 Staff trip",
        },
    )
    # 7 days: Wednesday 11/11 is closed -> Thursday 12/11 at 10:45.
    # 1 month: Friday 4/12 is closed -> Saturday 5/12, open 8-12, at 10:45.
    # 3 months: Thursday 4/2/2027 at 10:45. 6 months: Tuesday 4/5/2027 at 10:45.
    due = visits(db, staff, treat(db, staff, lot_id, "Trần Văn Ba"))
    assert due == [
        datetime(2026, 11, 12, 10, 45).astimezone(),
        datetime(2026, 12, 5, 10, 45).astimezone(),
        datetime(2027, 2, 4, 10, 45).astimezone(),
        datetime(2027, 5, 4, 10, 45).astimezone(),
    ]
    # A procedure charted late on a Saturday: its 7-day visit is the next Saturday, at the
    # last time before closing, not at 17:10.
    late = datetime(2026, 11, 7, 11, 55).astimezone()
    clock.now = late.astimezone(UTC) + timedelta(minutes=20)
    due = visits(db, staff, treat(db, staff, lot_id, "Phan Thị Bốn", late))
    assert due[0] == datetime(2026, 11, 14, 11, 45).astimezone()
    db.dispose()


def test_the_aftercare_sheet_prints_the_booked_time(db_url: str, staff: Staff) -> None:
    db, _clock, lot_id = clinic(db_url, staff)
    patient_id = treat(db, staff, lot_id, "Võ Thị Năm")
    (procedure,) = patient_procedures(db, staff.nurse, patient_id)
    with db.read() as session:
        shown = follow_up_visits(session, procedure, "vi")
    assert shown[0].at == time(10, 45)
    assert labels("vi").visit_when(shown[0].due, shown[0].at).endswith("11/11/2026, 10:45")
    db.dispose()


def test_unreadable_opening_hours_or_closed_days_are_refused(db: Database, staff: Staff) -> None:
    with pytest.raises(ValidationError) as refused:
        save_settings(db, staff.admin, {"opening_hours": '["17:00-08:00", "", "", "", "", "", ""]'})
    assert "Monday" in refused.value.fields["opening_hours"]
    with pytest.raises(ValidationError) as refused:
        save_settings(db, staff.admin, {"closed_days": "Tết"})
    assert "dd/mm/yyyy" in refused.value.fields["closed_days"]
