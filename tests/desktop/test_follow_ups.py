"""Reception's Today page and a doctor's review visit, on an injected clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from db.record.complications import list_complications
from db.record.followups import DayList, patient_follow_ups
from db.record.patients import register_patient
from db.record.procedures import PlacementInput
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from desktop.dialogs.complication_form import ComplicationDialog
from desktop.dialogs.review_form import ReviewDialog
from desktop.pages.patient_file import PatientFilePage
from desktop.pages.today import TodayPage
from tests.conftest import Staff, patient_input
from tests.helpers import chart, written


def cell(table: QTableView, row: int, column: int) -> str:
    return str(table.model().index(row, column).data())


class Clock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def local(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour).astimezone()


def clinic(db_url: str, staff: Staff, clock: Clock) -> tuple[Database, int]:
    """A procedure charted 6 days before the clock's day: its 7-day visit is tomorrow."""
    db = open_database(db_url, clock=clock)
    today = clock.now.astimezone().date()
    product = add_product(
        db, staff.nurse, ProductInput("Lotus", "Vline Cog", "PDO", "cog", "19G", 100)
    )
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(
            product.id, "VL-1", today + timedelta(days=500), 40, today - timedelta(days=30)
        ),
    )
    patient = register_patient(
        db, staff.nurse, patient_input(full_name="Trịnh Thu Hằng", phone="0903 555 111")
    )
    performed = local(today - timedelta(days=6), 10)
    clock.now = performed.astimezone(UTC) + timedelta(hours=1)
    chart(
        db, staff.doctor, patient.id, performed, PlacementInput("nasolabial", "both", lot.lot_id, 4)
    )
    clock.now = local(today, 8).astimezone(UTC)
    return db, patient.id


def test_today_page_lists_and_moves_to_the_next_day_at_midnight(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    clock = Clock(datetime(2026, 6, 10, 3, 0, tzinfo=UTC))
    db, patient_id = clinic(db_url, staff, clock)
    page = TodayPage(db, staff.nurse)
    qtbot.addWidget(page)
    page.tick()
    written(qtbot)
    week = page.sections[DayList.COMING_WEEK].follow_ups
    today = page.sections[DayList.DUE_TODAY].follow_ups
    qtbot.waitUntil(lambda: week.table.model().rowCount() == 1)
    assert today.table.model().rowCount() == 0
    assert "Trịnh Thu Hằng" in cell(week.table, 0, 1)
    assert cell(week.table, 0, 4) == "Nasolabial folds"

    # Midnight passes while the page stays open: the visit moves to "due today".
    clock.now += timedelta(days=1)
    page.tick()
    written(qtbot)
    qtbot.waitUntil(lambda: today.table.model().rowCount() == 1)
    assert week.table.model().rowCount() == 0
    assert page.heading.text().endswith(clock.now.astimezone().strftime("%d/%m/%Y"))

    opened: list[int] = []
    page.open_patient.connect(opened.append)
    today.table.doubleClicked.emit(today.model.index(0, 1))
    assert opened == [patient_id]

    # Two days later it is overdue by one day, with the phone call recorded against it.
    clock.now += timedelta(days=2)
    page.tick()
    written(qtbot)
    overdue = page.sections[DayList.OVERDUE].follow_ups
    qtbot.waitUntil(lambda: overdue.table.model().rowCount() == 1)
    assert cell(overdue.table, 0, 1) == "2"
    db.dispose()


def test_a_complication_found_at_review_opens_its_form_pre_filled(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    clock = Clock(datetime(2026, 6, 10, 3, 0, tzinfo=UTC))
    db, patient_id = clinic(db_url, staff, clock)
    clock.now += timedelta(days=1)
    from db.record.patients import open_patient

    page = PatientFilePage(db, staff.doctor, open_patient(db, staff.doctor, patient_id))
    qtbot.addWidget(page)
    follow_ups = page.follow_ups.list
    follow_ups.table.selectRow(0)
    dialog = follow_ups.review()
    assert isinstance(dialog, ReviewDialog)
    dialog.day.set_value(clock.now.astimezone().date())
    dialog.checks["infection"].setChecked(True)
    dialog.gais.setCurrentIndex(dialog.gais.findData(3))
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    assert patient_follow_ups(db, staff.doctor, patient_id)[0].status == "attended"

    form = follow_ups.dialog
    assert isinstance(form, ComplicationDialog)
    assert form.kind.currentData() == "infection"
    assert form.area.currentData() == "nasolabial"
    assert form.placement.currentData() is not None
    form.onset.set_value(clock.now.astimezone().date())
    form.save_button.click()
    written(qtbot)
    # Nothing the doctor did not choose is recorded: severity starts blank.
    assert form.saved is None and form.errors.message("severity")
    form.course.severity.setCurrentIndex(form.course.severity.findData("1"))
    assert not form.errors.message("severity")
    form.save_button.click()
    written(qtbot)
    assert form.saved is not None
    (logged,) = list_complications(db, staff.doctor)
    assert (logged.kind, logged.lot_number, logged.outcome) == ("infection", "VL-1", "ongoing")
    db.dispose()


def test_a_long_list_says_its_total_and_shows_more_on_request(
    qtbot: QtBot, db_url: str, staff: Staff
) -> None:
    """Three overdue patients with room for two: the title says three, the button brings the
    third; the empty lists say so in words instead of showing a blank row."""
    clock = Clock(datetime(2026, 6, 10, 3, 0, tzinfo=UTC))
    db, _ = clinic(db_url, staff, clock)
    today = clock.now.astimezone().date()
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(
            add_product(
                db, staff.nurse, ProductInput("Lotus", "Mono", "PDO", "mono", "29G", 100)
            ).id,
            "MO-1",
            today + timedelta(days=500),
            40,
            today - timedelta(days=60),
        ),
    )
    names = ("Đỗ Thị Một", "Bùi Thị Hai", "Hồ Thị Ba")
    for days_ago, name in zip((10, 11, 12), names, strict=True):
        patient = register_patient(
            db, staff.nurse, patient_input(full_name=name, phone=f"0903 555 2{days_ago}")
        )
        performed = local(today - timedelta(days=days_ago), 10)
        clock.now = performed.astimezone(UTC) + timedelta(hours=1)
        chart(
            db, staff.doctor, patient.id, performed, PlacementInput("neck", "both", lot.lot_id, 2)
        )
    # Four days on the first patient's 7-day visit is overdue too, the newest of four.
    clock.now = local(today + timedelta(days=4), 8).astimezone(UTC)

    page = TodayPage(db, staff.nurse, page=2)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    overdue = page.sections[DayList.OVERDUE]
    qtbot.waitUntil(lambda: overdue.follow_ups.model.rowCount() == 2)
    assert overdue.title.text() == "Overdue: 4 (newest 2 shown)"
    assert overdue.more.isVisible()
    assert overdue.more.text() == "Show 2 more (2 not shown yet)"

    overdue.more.click()
    qtbot.waitUntil(lambda: overdue.follow_ups.model.rowCount() == 4)
    assert overdue.title.text() == "Overdue: 4"
    assert not overdue.more.isVisible()
    shown = [cell(overdue.follow_ups.table, row, 2) for row in range(4)]
    assert "Trịnh Thu Hằng" in shown[0]
    assert [name for name, text in zip(names, shown[1:], strict=True) if name in text] == list(
        names
    )

    # The minute's refresh keeps the rows the nurse asked to see.
    page.refresh()
    written(qtbot)
    qtbot.wait(300)
    assert overdue.follow_ups.model.rowCount() == 4

    for key, words in (
        (DayList.DUE_TODAY, "Nobody is due today."),
        (DayList.COMING_WEEK, "Nobody is due in the"),
    ):
        section = page.sections[key]
        assert section.title.text().endswith(": 0")
        assert section.empty.isVisible() and section.empty.text().startswith(words)
        assert not section.follow_ups.isVisible() and not section.more.isVisible()
    assert page.no_visits.isVisible() and not page.visits.isVisible()
    db.dispose()
