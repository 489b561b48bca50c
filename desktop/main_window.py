"""The main window: who is logged in, a list of pages on the left, the page on the right."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.access.language import set_own_language
from db.access.permissions import Actor, Permission, role_words
from db.access.screen_lock import lock_session
from db.access.users import logout
from db.errors import ThreadbookError
from db.record.patients import PatientRecord, open_patient
from db.settings import load_settings
from db.storage.database import Database
from desktop.dialogs.change_password import ChangePasswordDialog
from desktop.dialogs.patient_form import PatientDialog
from desktop.idle_lock import IdleWatcher
from desktop.language_choice import NAMES, language_box
from desktop.live import LiveUpdates
from desktop.lock_screen import LockScreen
from desktop.messages import Prompts
from desktop.pages.audit_viewer import AuditViewerPage
from desktop.pages.backups import BackupsPage
from desktop.pages.calendar import CalendarPage
from desktop.pages.catalogue import CataloguePage
from desktop.pages.clinic_settings import ClinicSettingsPage
from desktop.pages.complications import ComplicationsPage
from desktop.pages.inventory import InventoryPage
from desktop.pages.patient_file import FILE_SHOWS, PatientFilePage
from desktop.pages.patients import PatientsPage
from desktop.pages.protocol import ProtocolPage
from desktop.pages.recall import RecallPage
from desktop.pages.reports import ReportsPage
from desktop.pages.today import TodayPage
from desktop.pages.users import UsersPage
from desktop.worker import Runner
from desktop.writes import write

log = logging.getLogger(__name__)

# The records each live page shows: a change to one of these, on any PC, refreshes the page.
TODAY_SHOWS = frozenset(
    {"follow_up", "contact_attempt", "review", "procedure", "patient", "appointment"}
)
CALENDAR_SHOWS = frozenset({"follow_up", "appointment", "procedure", "setting"})


class MainWindow(QMainWindow):
    """One logged-in session.

    Attributes:
        idle_watcher: locks the window after the clinic's `idle_lock_minutes` without input.

    Signals:
        logged_out(): the user logged out; the application shows the login screen again.
        user_switched(object): another user logged in at the lock screen (their Actor); this
            window has closed and the application opens one for them.
    """

    logged_out = Signal()
    user_switched = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, *, idle_clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.dialog: PatientDialog | None = None
        self._logging_out = False
        self._hidden_dialogs: list[QDialog] = []
        self.patient_file: PatientFilePage | None = None
        settings = load_settings(db)
        self.setWindowTitle(f"Threadbook — {settings.clinic_name}".rstrip(" —"))
        self.resize(1100, 700)

        self.user_label = QLabel(
            self.tr("Logged in as {0} ({1})").format(
                actor.full_name, ", ".join(role_words(role) for role in sorted(actor.roles))
            )
        )
        self.user_label.setObjectName("user_label")
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.log_out)
        self.password_button = QPushButton(self.tr("Change my password"))
        self.password_button.clicked.connect(self.change_password)
        self.lock_button = QPushButton(self.tr("Lock"))
        self.lock_button.setToolTip(self.tr("Hide patient data until you return (Ctrl+L)"))
        self.lock_button.clicked.connect(lambda: self.lock(idle=False))
        clinic = QLabel(settings.clinic_name)
        clinic.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(clinic)
        bar.addStretch(1)
        bar.addWidget(self.user_label)
        self.language = language_box(actor.language)
        self.language.setToolTip(self.tr("The language of your window, from your next login"))
        self.language.activated.connect(self.choose_language)
        bar.addWidget(self.language)
        bar.addWidget(self.password_button)
        bar.addWidget(self.lock_button)
        bar.addWidget(self.logout_button)

        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}
        self.shortcuts: list[QShortcut] = []
        # Started by the application once logged in; pages subscribe to what they show.
        self.live = LiveUpdates(db, self)
        self.lock_runner = Runner(self)

        if actor.may(Permission.PATIENT_READ):
            self.today = TodayPage(db, actor)
            self.today.open_patient.connect(self.open_patient)
            self._add_page("today", self.tr("Today"), self.today)
            self.live.subscribe(self.today, TODAY_SHOWS, self.today.refresh)
            self.calendar = CalendarPage(db, actor)
            self.calendar.open_patient.connect(self.open_patient)
            self._add_page("calendar", self.tr("Calendar"), self.calendar)
            self.live.subscribe(self.calendar, CALENDAR_SHOWS, self.calendar.refresh)
            self.patients = PatientsPage(db, actor)
            self.patients.open_requested.connect(self.open_patient)
            self.patients.new_requested.connect(self.new_patient)
            self._add_page("patients", self.tr("Patients"), self.patients)
            self.live.subscribe(self.patients, {"patient"}, self.patients.refresh)
            shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
            shortcut.activated.connect(self.show_patients)
            self.shortcuts.append(shortcut)
        if actor.may(Permission.PATIENT_READ):
            self.inventory = InventoryPage(db, actor)
            self._add_page("inventory", self.tr("Inventory"), self.inventory)
            self.live.subscribe(
                self.inventory,
                {"lot", "stock_movement", "thread_product"},
                self.inventory.refresh_if_shown,
            )
            self.complications = ComplicationsPage(db, actor)
            self.complications.open_patient.connect(self.open_patient)
            self._add_page("complications", self.tr("Complications"), self.complications)
            self.live.subscribe(
                self.complications,
                {"complication", "complication_update"},
                self.complications.refresh_if_shown,
            )
            self.recall = RecallPage(db, actor)
            self.recall.open_patient.connect(self.open_recalled)
            self._add_page("recall", self.tr("Lot recall"), self.recall)
            self._add_page("catalogue", self.tr("Thread catalogue"), CataloguePage(db, actor))
        if actor.may(Permission.REPORTS_VIEW):
            self.reports = ReportsPage(db, actor)
            self._add_page("reports", self.tr("Reports"), self.reports)
        if actor.may(Permission.SETTINGS_EDIT):
            self._add_page("clinic", self.tr("Clinic settings"), ClinicSettingsPage(db, actor))
            self._add_page("protocol", self.tr("Follow-up protocol"), ProtocolPage(db, actor))
            # Loads the sheet's PDF libraries: only for the administrators who edit the texts.
            from desktop.pages.care_texts import CareTextsPage
            from desktop.pages.consent_texts import ConsentTextsPage
            from desktop.pages.photo_views import PhotoViewsPage

            self._add_page("care_texts", self.tr("Aftercare texts"), CareTextsPage(db, actor))
            self._add_page("consent_texts", self.tr("Consent texts"), ConsentTextsPage(db, actor))
            self._add_page("photo_views", self.tr("Photo views"), PhotoViewsPage(db, actor))
        if actor.may(Permission.USERS_MANAGE):
            self._add_page("users", self.tr("Staff accounts"), UsersPage(db, actor))
        if actor.may(Permission.AUDIT_VIEW):
            self._add_page("audit", self.tr("Audit trail"), AuditViewerPage(db, actor))
        if actor.may(Permission.BACKUP):
            self.backups = BackupsPage(db, actor)
            self.backups.restored.connect(self._after_restore)
            self._add_page("backups", self.tr("Backups"), self.backups)
        self.nav.currentRowChanged.connect(self._nav_changed)
        # Clicking the highlighted entry while a patient's file is open goes back to its page.
        self.nav.clicked.connect(lambda index: self._nav_changed(index.row()))

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        self.work = QWidget()
        layout = QVBoxLayout(self.work)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.lock_screen = LockScreen(db, actor)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.lock_screen.switched.connect(self._switch_to)
        # The lock screen replaces everything, so no patient data stays on screen behind it.
        self.screens = QStackedWidget()
        self.screens.addWidget(self.work)
        self.screens.addWidget(self.lock_screen)
        self.setCentralWidget(self.screens)
        lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        lock_shortcut.activated.connect(lambda: self.lock(idle=False))
        self.shortcuts.append(lock_shortcut)
        self.nav.setCurrentRow(0)
        if "patients" in self.pages:
            self.patients.focus_search()

        self.idle_watcher = IdleWatcher(settings.integer("idle_lock_minutes"), idle_clock, self)
        self.idle_watcher.idle.connect(lambda: self.lock(idle=True))
        self.idle_watcher.start()

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        self.nav.addItem(title)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(list(self.pages.values())[row])

    def show_patients(self) -> None:
        if self.locked:
            return
        self.nav.setCurrentRow(list(self.pages).index("patients"))
        self.stack.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def open_patient(self, patient_id: int) -> None:
        # Opening a file is audited, a write that may wait on another PC's.
        write(self, lambda: open_patient(self.db, self.actor, patient_id), self._show_file)

    def open_recalled(self, patient_id: int, lot_id: int, on_map: bool) -> None:
        """A patient who received a recalled lot: that lot's threads picked out on their map."""

        def shown(record: PatientRecord) -> None:
            self._show_file(record)
            if self.patient_file is not None:
                self.patient_file.show_lot(lot_id, on_map)

        write(self, lambda: open_patient(self.db, self.actor, patient_id), shown)

    def _show_file(self, record: PatientRecord) -> None:
        if self.patient_file is not None:
            self.stack.removeWidget(self.patient_file)
            self.patient_file.deleteLater()
        self.patient_file = PatientFilePage(self.db, self.actor, record)
        self.patient_file.back_requested.connect(self.show_patients)
        # The file follows its patient's records, changed here or on another PC; the patient
        # list follows the feed too, so nothing here needs telling the other.
        self.live.subscribe(
            self.patient_file, FILE_SHOWS, self.patient_file.refresh, patient_id=record.id
        )
        self.stack.addWidget(self.patient_file)
        self.stack.setCurrentWidget(self.patient_file)
        # A patient's file belongs under Patients: the menu says so, not the page left behind.
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(list(self.pages).index("patients"))
        self.nav.blockSignals(False)

    def new_patient(self) -> PatientDialog:
        dialog = PatientDialog(self.db, self.actor, None, self)
        dialog.accepted.connect(lambda: self._registered(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _registered(self, dialog: PatientDialog) -> None:
        if dialog.saved is not None:
            self.patients.search.setText(dialog.saved.mrn)
            self.patients.run_search()
            self.open_patient(dialog.saved.id)

    def change_password(self) -> ChangePasswordDialog:
        dialog = ChangePasswordDialog(self.db, self.actor, self)
        dialog.accepted.connect(
            lambda: Prompts.inform(self, self.tr("Your password has been changed."))
        )
        dialog.open()
        return dialog

    def choose_language(self) -> None:
        """Store this account's language; the window speaks it from the next login on."""
        chosen = str(self.language.currentData())
        if chosen == self.actor.language:
            return
        try:
            self.actor = set_own_language(self.db, self.actor, chosen)
        except ThreadbookError as exc:
            self.language.setCurrentIndex(self.language.findData(self.actor.language))
            Prompts.show_error(self, exc.message)
            return
        Prompts.inform(
            self,
            self.tr("Saved. Your window will be in {language} from your next login.").format(
                language=NAMES[chosen]
            ),
        )

    @property
    def locked(self) -> bool:
        return self.screens.currentWidget() is self.lock_screen

    def lock(self, idle: bool) -> None:
        """Hide every page and open dialog behind the lock screen; unsaved forms are kept."""
        if self.locked:
            return
        # Message boxes end when hidden (their question goes unanswered); forms wait hidden.
        self._hidden_dialogs = [
            dialog
            for dialog in self.findChildren(QDialog)
            if dialog.isVisible() and not isinstance(dialog, QMessageBox)
        ]
        for dialog in self.findChildren(QDialog):
            dialog.hide()
        self.lock_screen.prepare(idle)
        self.screens.setCurrentWidget(self.lock_screen)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(False)
        self.lock_screen.password.setFocus()
        # The screen stays locked even when the trail cannot be written just now.
        self.lock_runner.start(
            lambda: lock_session(self.db, self.actor, idle=idle),
            lambda _result: None,
            lambda message: log.warning("could not audit the screen lock: %s", message),
            latest_only=False,
        )

    def _unlocked(self) -> None:
        self.screens.setCurrentWidget(self.work)
        for shortcut in self.shortcuts:
            shortcut.setEnabled(True)
        for dialog in self._hidden_dialogs:
            dialog.show()
        self._hidden_dialogs = []
        try:
            minutes: int | None = load_settings(self.db).integer("idle_lock_minutes")
        except ThreadbookError:
            minutes = None
        self.idle_watcher.resume(minutes)  # a changed setting applies from the next lock

    def _switch_to(self, other: Actor) -> None:
        """Another user logged in at the lock screen: end this session and discard its forms."""
        for dialog in self._hidden_dialogs:
            dialog.reject()
            dialog.deleteLater()
        self._hidden_dialogs = []
        with contextlib.suppress(ThreadbookError):
            logout(self.db, self.actor, replaced_by=other.username)
        self._logging_out = True
        self.close()
        self.user_switched.emit(other)

    def _after_restore(self) -> None:
        # The restored database may hold other accounts and roles: everyone logs in again.
        Prompts.inform(self, self.tr("The backup was restored. Log in again to continue with it."))
        self.log_out()

    def log_out(self) -> None:
        self.live.stop()
        try:
            logout(self.db, self.actor)
        finally:
            self._logging_out = True
            self.close()
            self.logged_out.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.idle_watcher.stop()
        self.live.stop()
        if not self._logging_out:
            with contextlib.suppress(ThreadbookError):
                logout(self.db, self.actor)
        event.accept()
