"""The main window: who is logged in, a list of pages on the left, the page on the right."""

from __future__ import annotations

import contextlib
import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

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
from db.settings import load_settings
from db.storage.database import Database
from desktop import page_makers as make
from desktop.idle_lock import IdleWatcher
from desktop.language_choice import NAMES, language_box
from desktop.live import LiveUpdates
from desktop.lock_screen import LockScreen
from desktop.messages import Prompts
from desktop.page_list import Pages
from desktop.worker import Runner
from desktop.writes import write

# Pages and dialogs are imported where first built: the first screen needs none but its own.
if TYPE_CHECKING:
    from db.record.patients import PatientRecord
    from desktop.dialogs.change_password import ChangePasswordDialog
    from desktop.dialogs.patient_form import PatientDialog
    from desktop.pages.backups import BackupsPage
    from desktop.pages.calendar import CalendarPage
    from desktop.pages.complications import ComplicationsPage
    from desktop.pages.inventory import InventoryPage
    from desktop.pages.patient_file import PatientFilePage
    from desktop.pages.patients import PatientsPage
    from desktop.pages.recall import RecallPage
    from desktop.pages.reports import ReportsPage
    from desktop.pages.today import TodayPage

log = logging.getLogger(__name__)


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
        self.pages = Pages(self.stack.addWidget)
        self.shortcuts: list[QShortcut] = []
        # Started by the application once logged in; pages subscribe to what they show.
        self.live = LiveUpdates(db, self)
        self.lock_runner = Runner(self)

        if actor.may(Permission.PATIENT_READ):
            self._offer("today", self.tr("Today"), make.today)
            self._offer("calendar", self.tr("Calendar"), make.calendar)
            self._offer("patients", self.tr("Patients"), make.patients)
            shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
            shortcut.activated.connect(self.show_patients)
            self.shortcuts.append(shortcut)
            self._offer("inventory", self.tr("Inventory"), make.inventory)
            self._offer("complications", self.tr("Complications"), make.complications)
            self._offer("recall", self.tr("Lot recall"), make.recall)
            self._offer("catalogue", self.tr("Thread catalogue"), make.catalogue)
        if actor.may(Permission.REPORTS_VIEW):
            self._offer("reports", self.tr("Reports"), make.reports)
        if actor.may(Permission.SETTINGS_EDIT):
            self._offer("clinic", self.tr("Clinic settings"), make.clinic)
            self._offer("protocol", self.tr("Follow-up protocol"), make.protocol)
            self._offer("care_texts", self.tr("Aftercare texts"), make.care_texts)
            self._offer("consent_texts", self.tr("Consent texts"), make.consent_texts)
            self._offer("photo_views", self.tr("Photo views"), make.photo_views)
        if actor.may(Permission.USERS_MANAGE):
            self._offer("users", self.tr("Staff accounts"), make.users)
        if actor.may(Permission.AUDIT_VIEW):
            self._offer("audit", self.tr("Audit trail"), make.audit)
        if actor.may(Permission.BACKUP):
            self._offer("backups", self.tr("Backups"), make.backups)
        for key in self.pages:
            self.nav.addItem(self.pages.title(key))
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

        self.idle_watcher = IdleWatcher(settings.integer("idle_lock_minutes"), idle_clock, self)
        self.idle_watcher.idle.connect(lambda: self.lock(idle=True))
        self.idle_watcher.start()

    def _offer(self, key: str, title: str, make_page: Callable[[MainWindow], QWidget]) -> None:
        self.pages.offer(key, title, lambda: make_page(self))

    # The pages other code works with by name; each is built on first use.
    @property
    def today(self) -> TodayPage:
        return cast("TodayPage", self.pages["today"])

    @property
    def calendar(self) -> CalendarPage:
        return cast("CalendarPage", self.pages["calendar"])

    @property
    def patients(self) -> PatientsPage:
        return cast("PatientsPage", self.pages["patients"])

    @property
    def inventory(self) -> InventoryPage:
        return cast("InventoryPage", self.pages["inventory"])

    @property
    def complications(self) -> ComplicationsPage:
        return cast("ComplicationsPage", self.pages["complications"])

    @property
    def recall(self) -> RecallPage:
        return cast("RecallPage", self.pages["recall"])

    @property
    def reports(self) -> ReportsPage:
        return cast("ReportsPage", self.pages["reports"])

    @property
    def backups(self) -> BackupsPage:
        return cast("BackupsPage", self.pages["backups"])

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(self.pages[list(self.pages)[row]])

    def show_patients(self) -> None:
        if self.locked:
            return
        self.nav.setCurrentRow(list(self.pages).index("patients"))
        self.stack.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def open_patient(self, patient_id: int) -> None:
        from db.record.patients import open_patient

        # Opening a file is audited, a write that may wait on another PC's.
        write(self, lambda: open_patient(self.db, self.actor, patient_id), self._show_file)

    def open_recalled(self, patient_id: int, lot_id: int, on_map: bool) -> None:
        """A patient who received a recalled lot: that lot's threads picked out on their map."""
        from db.record.patients import open_patient

        def shown(record: PatientRecord) -> None:
            self._show_file(record)
            if self.patient_file is not None:
                self.patient_file.show_lot(lot_id, on_map)

        write(self, lambda: open_patient(self.db, self.actor, patient_id), shown)

    def _show_file(self, record: PatientRecord) -> None:
        from desktop.pages.patient_file import FILE_SHOWS, PatientFilePage

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
        from desktop.dialogs.patient_form import PatientDialog

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
        from desktop.dialogs.change_password import ChangePasswordDialog

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

    def after_restore(self) -> None:
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
