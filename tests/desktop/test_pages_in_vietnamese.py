"""Every page, and every tab of a patient's file, opened by nurse, doctor and administrator in
Vietnamese on a filled demo clinic: no English left on screen, in headers or in the rows."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.consent.records import patient_consents
from db.demo.build import add_demo_records
from db.models import Lot, Patient, PatientAlert, Placement, Procedure, ThreadProduct, User
from db.photos.imaging import prepare_photo
from db.photos.records import import_photos, photo_views
from db.record.alerts import AlertInput, add_alert
from db.record.appointments import BookingInput, book_visit
from db.storage.database import Database, open_database
from desktop.main_window import MainWindow
from desktop.models.audit_table import shown
from desktop.pages.audit_viewer import AuditViewerPage
from desktop.pages.photo_views import PhotoViewsPage
from desktop.pages.recall import RecallPage
from desktop.pages.reports import ReportsPage
from desktop.worker import Runner
from tests.db.test_photos import phone_photo
from tests.desktop.test_fits_the_screen import SCREEN, actor
from tests.desktop.untranslated import Leftover, english_left
from tests.helpers import give_consent, written

ROLES = ("demo.nurse", "demo.doctor", "demo.admin")


class Clinic:
    """A demo clinic with photos, an alert and today's bookings on its busiest patient."""

    def __init__(self, db: Database) -> None:
        self.db = db
        add_demo_records(db, 40, seed=7)
        doctor, nurse = actor(db, "demo.doctor"), actor(db, "demo.nurse")
        with db.read() as session:
            busiest = (
                select(Procedure.patient_id)
                .group_by(Procedure.patient_id)
                .order_by(func.count().desc())
            )
            self.patient_id = session.scalars(busiest.limit(1)).one()
            used = select(Lot.lot_number).join(Placement, Placement.lot_id == Lot.id)
            self.lot_number = session.scalars(used.limit(1)).one()
        now = db.now()
        if not any(
            c.purpose == "photographs" and c.withdrawn_at is None
            for c in patient_consents(db, nurse, self.patient_id)
        ):
            give_consent(db, nurse, self.patient_id, "photographs", now - timedelta(days=40))
        views = [view.code for view in photo_views(db, nurse)]
        photo = prepare_photo("IMG_0001.JPG", phone_photo("jpeg"))
        for stage, days in (("before", 30), ("follow_up", 1)):
            import_photos(
                db, nurse, self.patient_id, stage, (now - timedelta(days=days)).date(), None,
                [(view, photo) for view in views],
            )  # fmt: skip
        add_alert(db, doctor, self.patient_id, AlertInput("allergy", "relative", "Lidocaine"))
        add_alert(db, doctor, self.patient_id, AlertInput("contraindication", "absolute", "",
                                                          "pregnancy"))  # fmt: skip
        today = db.today()
        for hour, kind in ((9, "consultation"), (10, "procedure"), (15, "review")):
            starts = datetime.combine(today, time(hour)).astimezone()
            book_visit(db, nurse, BookingInput(self.patient_id, doctor.user_id, kind, starts))

    def data(self) -> tuple[str, ...]:
        """The records' own words (names of people, products, lots), never translated."""
        with self.db.read() as session:
            texts = [
                *session.scalars(select(Patient.full_name)),
                *session.scalars(select(User.full_name)),
                *session.scalars(select(User.username)),
                *session.scalars(select(ThreadProduct.name)),
                *session.scalars(select(ThreadProduct.manufacturer)),
                *session.scalars(select(Lot.lot_number)),
                # Typed by the staff as the patient said them: allergies, alert details.
                *session.scalars(select(Patient.allergies)),
                *session.scalars(select(PatientAlert.detail)),
            ]
        # A language chooser names each language in itself, so anyone can find theirs.
        return (*texts, "English")


@pytest.fixture(scope="module")
def clinic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Clinic]:
    path: Path = tmp_path_factory.mktemp("pages") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    yield Clinic(db)
    db.dispose()


def settled(qtbot: QtBot, window: QWidget) -> None:
    """Every list the window loads off the GUI thread has arrived."""
    qtbot.waitUntil(lambda: not any(r.busy for r in window.findChildren(Runner)), timeout=20000)
    for _ in range(3):
        QApplication.processEvents()


def page_views(qtbot: QtBot, clinic: Clinic, page: QWidget) -> Iterator[str]:
    """Each state of a page worth reading: every report tab, a recall list with its rows."""
    if isinstance(page, ReportsPage):
        for index in range(page.tabs.count()):
            page.tabs.setCurrentIndex(index)
            yield page.tabs.tabText(index)
        return
    if isinstance(page, RecallPage):
        page.search(clinic.lot_number)
        settled(qtbot, page)
        assert page.table.rowCount() > 0
    yield ""


def stored_words(clinic: Clinic, window: MainWindow, page: QWidget) -> tuple[str, ...]:
    """What a page shows as it is stored, on purpose.

    The admin page naming each photo view in both languages shows the English name; the audit
    trail shows each change's stored values (its field names are worded, and must be translated).
    """
    if isinstance(page, PhotoViewsPage):
        return tuple(view.label_en for view in photo_views(clinic.db, window.actor))
    if isinstance(page, AuditViewerPage):
        entries = [page.model.entry(row) for row in range(page.model.rowCount())]
        return tuple(
            text
            for entry in entries
            for text in (
                *(shown(change.old) for change in entry.changes),
                *(shown(change.new) for change in entry.changes),
                *(shown(value) for value in entry.details.values()),
            )
        )
    return ()


def leftovers(qtbot: QtBot, clinic: Clinic, window: MainWindow, data: tuple[str, ...]) -> dict[
    str, list[Leftover]
]:  # fmt: skip
    found: dict[str, list[Leftover]] = {}
    for key, page in window.pages.items():
        window.stack.setCurrentWidget(page)
        settled(qtbot, window)
        for state in page_views(qtbot, clinic, page):
            settled(qtbot, window)
            left = english_left(window, data + stored_words(clinic, window, page))
            if left:
                found[f"{key} {state}".strip()] = left
    return found


def file_leftovers(
    qtbot: QtBot, window: MainWindow, patient_id: int, data: tuple[str, ...]
) -> dict[str, list[Leftover]]:
    found: dict[str, list[Leftover]] = {}
    window.open_patient(patient_id)
    written(qtbot)
    settled(qtbot, window)
    page = window.patient_file
    assert page is not None
    tabs = page.findChild(QTabWidget)
    assert tabs is not None and tabs.count() >= 8
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settled(qtbot, window)
        if left := english_left(window, data):
            found[f"patient file: {tabs.tabText(index)}"] = left
    return found


def opened(qtbot: QtBot, clinic: Clinic, username: str) -> MainWindow:
    window = MainWindow(clinic.db, actor(clinic.db, username))
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("username", ROLES)
def test_every_page_shows_no_english(
    qtbot: QtBot, vietnamese: None, clinic: Clinic, username: str
) -> None:
    window = opened(qtbot, clinic, username)
    data = clinic.data()
    found = leftovers(qtbot, clinic, window, data)
    if "patients" in window.pages:
        found |= file_leftovers(qtbot, window, clinic.patient_id, data)
    assert found == {}, "\n".join(
        f"{page}: {left}" for page, lefts in found.items() for left in lefts
    )


def test_the_check_reads_rows_and_finds_english_pages(qtbot: QtBot, clinic: Clinic) -> None:
    """Without the Vietnamese catalogues the same walk reports headers and cells."""
    window = opened(qtbot, clinic, "demo.doctor")
    found = leftovers(qtbot, clinic, window, clinic.data())
    texts = {left.text for lefts in found.values() for left in lefts}
    assert {"Patients", "Patients with it", "Any complication", "Last contact"} <= texts
    assert "patients" in found and "recall" in found
