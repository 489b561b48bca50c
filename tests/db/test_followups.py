from datetime import UTC, date, datetime, timedelta

import pytest

from db.errors import PermissionDenied, ValidationError
from db.record.followups import (
    DayList,
    Status,
    Step,
    day_lists,
    patient_follow_ups,
    plan,
    record_contact,
    reschedule,
    save_protocol,
    set_status,
)
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import PlacementInput, void_procedure
from db.record.reviews import ReviewInput, record_review
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import chart as chart_at


def test_pdo_only_procedure_gets_four_follow_ups() -> None:
    from db.record.followups import DEFAULT_LONG_STEPS, DEFAULT_STEPS

    performed = datetime(2026, 1, 31, 10, 30).astimezone()
    due = plan(performed, {"PDO"}, DEFAULT_STEPS, DEFAULT_LONG_STEPS)
    assert [(label, when.date()) for label, when in due] == [
        ("7 days", date(2026, 2, 7)),
        ("1 month", date(2026, 2, 28)),  # 31 January + 1 month: the last day of February
        ("3 months", date(2026, 4, 30)),
        ("6 months", date(2026, 7, 31)),
    ]
    assert all(when.hour == 10 and when.minute == 30 for _, when in due)


def test_plla_or_pcl_adds_the_twelve_month_review() -> None:
    from db.record.followups import DEFAULT_LONG_STEPS, DEFAULT_STEPS

    performed = datetime(2026, 3, 2, 9, 0).astimezone()
    labels = [
        label for label, _ in plan(performed, {"PDO", "PLLA"}, DEFAULT_STEPS, DEFAULT_LONG_STEPS)
    ]
    assert labels == ["7 days", "1 month", "3 months", "6 months", "12 months"]
    last = plan(performed, {"PCL"}, DEFAULT_STEPS, DEFAULT_LONG_STEPS)[-1][1]
    assert last.date() == date(2027, 3, 2)


def chart(db: Database, staff: Staff, patient: PatientRecord, lot_id: int, when: datetime) -> int:
    return chart_at(
        db, staff.doctor, patient.id, when, PlacementInput("jawline", "both", lot_id, 4)
    ).id


def test_charting_schedules_from_the_protocol_then_voiding_cancels(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    procedure_id = chart(db, staff, patient, stock.lot_id, stock.now - timedelta(hours=1))
    follow_ups = patient_follow_ups(db, staff.nurse, patient.id)
    assert [f.label for f in follow_ups] == ["7 days", "1 month", "3 months", "6 months"]
    assert {f.status for f in follow_ups} == {"planned"}
    void_procedure(db, staff.doctor, procedure_id, 1, "wrong patient chosen", True)
    assert {f.status for f in patient_follow_ups(db, staff.nurse, patient.id)} == {"cancelled"}


def test_an_edited_protocol_applies_to_procedures_charted_afterwards(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    chart(db, staff, patient, stock.lot_id, stock.now - timedelta(hours=3))
    with pytest.raises(PermissionDenied):
        save_protocol(db, staff.doctor, [Step("10 days", days=10)], [])
    with pytest.raises(ValidationError):
        save_protocol(db, staff.admin, [Step("same day", days=0)], [])
    save_protocol(
        db,
        staff.admin,
        [Step("10 days", days=10), Step("2 months", months=2)],
        [Step("24 months", months=24)],
    )
    chart(db, staff, patient, stock.lot_id, stock.now - timedelta(hours=1))
    labels = [f.label for f in patient_follow_ups(db, staff.nurse, patient.id)]
    assert labels.count("7 days") == 1 and labels.count("10 days") == 1 and "2 months" in labels


def test_reception_moves_calls_and_closes_follow_ups(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    chart(db, staff, patient, stock.lot_id, stock.now - timedelta(hours=1))
    first, second, third, fourth = patient_follow_ups(db, staff.nurse, patient.id)
    record_contact(db, staff.nurse, first.id, "no_answer")
    record_contact(db, staff.nurse, first.id, "reached", "will come Tuesday")
    reschedule(db, staff.nurse, first.id, first.version, first.due_at + timedelta(days=2))
    with pytest.raises(ValidationError, match="after the procedure"):
        reschedule(db, staff.nurse, second.id, second.version, stock.now - timedelta(days=3))
    set_status(db, staff.nurse, second.id, second.version, Status.NO_SHOW)
    with pytest.raises(ValidationError, match="why"):
        set_status(db, staff.nurse, third.id, third.version, Status.CANCELLED, "")
    set_status(db, staff.nurse, third.id, third.version, Status.CANCELLED, "moved to Đà Nẵng")
    rows = {r.id: r for r in patient_follow_ups(db, staff.nurse, patient.id)}
    assert rows[first.id].due_at == first.due_at + timedelta(days=2)
    assert rows[first.id].last_contact.startswith("Reached")
    assert (rows[second.id].status, rows[third.id].status, rows[fourth.id].status) == (
        "no_show",
        "cancelled",
        "planned",
    )
    assert len(rows) == 4


def test_today_lists_on_a_fixed_clock(db_url: str, staff: Staff) -> None:
    now = [datetime(2026, 5, 1, 2, 0, tzinfo=UTC)]
    db = open_database(db_url, clock=lambda: now[0])
    today = now[0].astimezone().date()
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Cog", "PDO", "cog", "19G", 100))
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(product.id, "L1", date(2028, 1, 1), 100, today - timedelta(days=200)),
    )
    patients = {}
    for name, days_ago in (
        ("Lê Thị Due", 7),
        ("Trần Thị Late", 10),
        ("Phạm Thị Soon", 4),
        ("Võ Thị Far", 60),
    ):
        record = register_patient(
            db, staff.nurse, patient_input(full_name=name, phone=f"09{days_ago:08d}")
        )
        patients[name] = record
        when = datetime.combine(
            today - timedelta(days=days_ago), datetime.min.time()
        ).astimezone() + timedelta(hours=9)
        now[0] = when.astimezone(UTC) + timedelta(hours=1)
        chart(db, staff, record, lot.lot_id, when)
    now[0] = datetime.combine(today, datetime.min.time()).astimezone().astimezone(UTC) + timedelta(
        hours=8
    )
    lists = day_lists(db, staff.nurse, today)
    assert [r.full_name for r in lists.due_today] == ["Lê Thị Due"]
    overdue = {r.full_name: r.days_overdue(today) for r in lists.overdue}
    assert overdue == {"Trần Thị Late": 3, "Võ Thị Far": 53}
    assert [r.full_name for r in lists.coming_week] == ["Phạm Thị Soon"]
    assert lists.due_today[0].areas == "Jawline contouring"
    db.dispose()


def test_long_lists_come_a_page_at_a_time_with_their_totals(db_url: str, staff: Staff) -> None:
    now = [datetime(2026, 5, 1, 2, 0, tzinfo=UTC)]
    db = open_database(db_url, clock=lambda: now[0])
    today = now[0].astimezone().date()
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Cog", "PDO", "cog", "19G", 100))
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(product.id, "L1", date(2028, 1, 1), 100, today - timedelta(days=200)),
    )

    def morning(days_ago: int, hour: int = 9) -> datetime:
        start = datetime.combine(today - timedelta(days=days_ago), datetime.min.time())
        return start.astimezone() + timedelta(hours=hour)

    # Five patients whose 7-day visit is 3 to 7 days overdue, one due today, one in 3 days.
    for index, days_ago in enumerate((10, 11, 12, 13, 14, 7, 4)):
        record = register_patient(
            db, staff.nurse, patient_input(full_name=f"Patient {index}", phone=f"0903 000 {index}")
        )
        now[0] = morning(days_ago).astimezone(UTC) + timedelta(hours=1)
        chart(db, staff, record, lot.lot_id, morning(days_ago))
    now[0] = morning(0, 8).astimezone(UTC)
    everything = day_lists(db, staff.nurse, today, limits=dict.fromkeys(DayList))
    # Two overdue visits moved to the same minute: paging must neither skip nor repeat either.
    for row in everything.overdue[2:4]:
        reschedule(db, staff.nurse, row.id, row.version, morning(5, 10))
    everything = day_lists(db, staff.nurse, today, limits=dict.fromkeys(DayList))
    assert len(everything.overdue) == 5

    lists = day_lists(db, staff.nurse, today, limits={DayList.OVERDUE: 2})
    assert (lists.due_today_total, lists.overdue_total, lists.coming_week_total) == (1, 5, 1)
    assert [r.full_name for r in lists.due_today] == ["Patient 5"]
    assert [r.full_name for r in lists.coming_week] == ["Patient 6"]
    assert [r.days_overdue(today) for r in everything.overdue] == [3, 4, 5, 5, 7]
    # Each longer page starts with the shorter one's rows, in the same order.
    for limit in (2, 3, 4, 5, 6):
        page = day_lists(db, staff.nurse, today, limits={DayList.OVERDUE: limit}).overdue
        assert [r.id for r in page] == [r.id for r in everything.overdue[:limit]]

    seen = everything.overdue[0]
    set_status(db, staff.nurse, seen.id, seen.version, Status.ATTENDED)
    assert day_lists(db, staff.nurse, today).overdue_total == 4

    # One doctor's patients: all of them are this doctor's; none are the nurse's.
    mine = day_lists(db, staff.nurse, today, doctor_id=staff.doctor.user_id)
    assert (mine.due_today_total, mine.overdue_total, mine.coming_week_total) == (1, 4, 1)
    assert {r.doctor for r in mine.overdue} == {staff.doctor.full_name}
    nobody = day_lists(db, staff.nurse, today, doctor_id=staff.nurse.user_id)
    assert (nobody.due_today_total, nobody.overdue_total, nobody.coming_week_total) == (0, 0, 0)
    assert nobody.due_today == nobody.overdue == nobody.coming_week == []
    db.dispose()


def test_review_marks_the_follow_up_attended(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    chart(db, staff, patient, stock.lot_id, stock.now - timedelta(hours=1))
    first = patient_follow_ups(db, staff.nurse, patient.id)[0]
    data = ReviewInput(
        first.id,
        stock.now.astimezone().date(),
        ("bruising",),
        2,
        4,
        "mild bruise left jaw",
        "review at 1 month",
    )
    with pytest.raises(PermissionDenied):
        record_review(db, staff.nurse, data)
    review = record_review(db, staff.doctor, data)
    assert review.gais_scale == "GAIS 1-5" and review.present == ("bruising",)
    assert patient_follow_ups(db, staff.nurse, patient.id)[0].status == "attended"
