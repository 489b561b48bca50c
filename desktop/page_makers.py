"""How each page of the main window is built and wired to it, the first time it is needed.

Each page module is imported here, inside its function: a page nobody opens this session is
never loaded. A live page subscribes to the records it shows as it is built, and reads them fresh
then, so a page built late misses nothing recorded before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from desktop.main_window import MainWindow

# The records each live page shows: a change to one of these, on any PC, refreshes the page.
TODAY_SHOWS = frozenset(
    {"follow_up", "contact_attempt", "review", "procedure", "patient", "appointment"}
)
CALENDAR_SHOWS = frozenset({"follow_up", "appointment", "procedure", "setting"})


def today(window: MainWindow) -> QWidget:
    from desktop.pages.today import TodayPage

    page = TodayPage(window.db, window.actor)
    page.open_patient.connect(window.open_patient)
    window.live.subscribe(page, TODAY_SHOWS, page.refresh)
    return page


def calendar(window: MainWindow) -> QWidget:
    from desktop.pages.calendar import CalendarPage

    page = CalendarPage(window.db, window.actor)
    page.open_patient.connect(window.open_patient)
    window.live.subscribe(page, CALENDAR_SHOWS, page.refresh)
    return page


def patients(window: MainWindow) -> QWidget:
    from desktop.pages.patients import PatientsPage

    page = PatientsPage(window.db, window.actor)
    page.open_requested.connect(window.open_patient)
    page.new_requested.connect(window.new_patient)
    window.live.subscribe(page, {"patient"}, page.refresh)
    page.focus_search()
    return page


def inventory(window: MainWindow) -> QWidget:
    from desktop.pages.inventory import InventoryPage

    page = InventoryPage(window.db, window.actor)
    window.live.subscribe(page, {"lot", "stock_movement", "thread_product"}, page.refresh_if_shown)
    return page


def complications(window: MainWindow) -> QWidget:
    from desktop.pages.complications import ComplicationsPage

    page = ComplicationsPage(window.db, window.actor)
    page.open_patient.connect(window.open_patient)
    window.live.subscribe(page, {"complication", "complication_update"}, page.refresh_if_shown)
    return page


def recall(window: MainWindow) -> QWidget:
    from desktop.pages.recall import RecallPage

    page = RecallPage(window.db, window.actor)
    page.open_patient.connect(window.open_recalled)
    return page


def catalogue(window: MainWindow) -> QWidget:
    from desktop.pages.catalogue import CataloguePage

    return CataloguePage(window.db, window.actor)


def reports(window: MainWindow) -> QWidget:
    from desktop.pages.reports import ReportsPage

    return ReportsPage(window.db, window.actor)


def clinic(window: MainWindow) -> QWidget:
    from desktop.pages.clinic_settings import ClinicSettingsPage

    return ClinicSettingsPage(window.db, window.actor)


def protocol(window: MainWindow) -> QWidget:
    from desktop.pages.protocol import ProtocolPage

    return ProtocolPage(window.db, window.actor)


def care_texts(window: MainWindow) -> QWidget:
    from desktop.pages.care_texts import CareTextsPage  # loads the sheet's PDF libraries

    return CareTextsPage(window.db, window.actor)


def consent_texts(window: MainWindow) -> QWidget:
    from desktop.pages.consent_texts import ConsentTextsPage

    return ConsentTextsPage(window.db, window.actor)


def photo_views(window: MainWindow) -> QWidget:
    from desktop.pages.photo_views import PhotoViewsPage

    return PhotoViewsPage(window.db, window.actor)


def users(window: MainWindow) -> QWidget:
    from desktop.pages.users import UsersPage

    return UsersPage(window.db, window.actor)


def audit(window: MainWindow) -> QWidget:
    from desktop.pages.audit_viewer import AuditViewerPage

    return AuditViewerPage(window.db, window.actor)


def backups(window: MainWindow) -> QWidget:
    from desktop.pages.backups import BackupsPage

    page = BackupsPage(window.db, window.actor)
    page.restored.connect(window.after_restore)
    return page
