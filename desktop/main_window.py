"""The main window: who is logged in, a list of pages on the left, the page on the right."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.database import Database
from db.errors import ThreadbookError
from db.patients import open_patient
from db.permissions import Actor, Permission
from db.settings import load_settings
from db.users import logout
from desktop.dialogs.patient_form import PatientDialog
from desktop.messages import Prompts
from desktop.pages.backups import BackupsPage
from desktop.pages.catalogue import CataloguePage
from desktop.pages.clinic_settings import ClinicSettingsPage
from desktop.pages.complications import ComplicationsPage
from desktop.pages.inventory import InventoryPage
from desktop.pages.patient_file import PatientFilePage
from desktop.pages.patients import PatientsPage
from desktop.pages.protocol import ProtocolPage
from desktop.pages.recall import RecallPage
from desktop.pages.today import TodayPage


class MainWindow(QMainWindow):
    """One logged-in session.

    Signals:
        logged_out(): the user logged out; the application shows the login screen again.
    """

    logged_out = Signal()

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        self.actor = actor
        self.dialog: PatientDialog | None = None
        self._logging_out = False
        self.patient_file: PatientFilePage | None = None
        settings = load_settings(db)
        self.setWindowTitle(f"Threadbook — {settings.clinic_name}".rstrip(" —"))
        self.resize(1100, 700)

        self.user_label = QLabel(
            self.tr("Logged in as {0} ({1})").format(
                actor.full_name, ", ".join(sorted(actor.roles))
            )
        )
        self.user_label.setObjectName("user_label")
        self.logout_button = QPushButton(self.tr("Log out"))
        self.logout_button.clicked.connect(self.log_out)
        clinic = QLabel(settings.clinic_name)
        clinic.setStyleSheet("font-weight: 600;")
        bar = QHBoxLayout()
        bar.addWidget(clinic)
        bar.addStretch(1)
        bar.addWidget(self.user_label)
        bar.addWidget(self.logout_button)

        self.nav = QListWidget()
        self.nav.setFixedWidth(180)
        self.stack = QStackedWidget()
        self.pages: dict[str, QWidget] = {}

        if actor.may(Permission.PATIENT_READ):
            self.today = TodayPage(db, actor)
            self.today.open_patient.connect(self.open_patient)
            self._add_page("today", self.tr("Today"), self.today)
            self.patients = PatientsPage(db, actor)
            self.patients.open_requested.connect(self.open_patient)
            self.patients.new_requested.connect(self.new_patient)
            self._add_page("patients", self.tr("Patients"), self.patients)
            shortcut = QShortcut(QKeySequence("Ctrl+F"), self)
            shortcut.activated.connect(self.show_patients)
        if actor.may(Permission.PATIENT_READ):
            self.inventory = InventoryPage(db, actor)
            self._add_page("inventory", self.tr("Inventory"), self.inventory)
            self.complications = ComplicationsPage(db, actor)
            self.complications.open_patient.connect(self.open_patient)
            self._add_page("complications", self.tr("Complications"), self.complications)
            self._add_page("recall", self.tr("Lot recall"), RecallPage(db, actor))
            self._add_page("catalogue", self.tr("Thread catalogue"), CataloguePage(db, actor))
        if actor.may(Permission.SETTINGS_EDIT):
            self._add_page("clinic", self.tr("Clinic settings"), ClinicSettingsPage(db, actor))
            self._add_page("protocol", self.tr("Follow-up protocol"), ProtocolPage(db, actor))
        if actor.may(Permission.BACKUP):
            self.backups = BackupsPage(db, actor)
            self.backups.restored.connect(self._after_restore)
            self._add_page("backups", self.tr("Backups"), self.backups)
        self.nav.currentRowChanged.connect(self._nav_changed)

        body = QHBoxLayout()
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.setCentralWidget(central)
        self.nav.setCurrentRow(0)
        if "patients" in self.pages:
            self.patients.run_search()
            self.patients.focus_search()

    def _add_page(self, key: str, title: str, page: QWidget) -> None:
        self.pages[key] = page
        self.stack.addWidget(page)
        self.nav.addItem(title)

    def _nav_changed(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.stack.setCurrentWidget(list(self.pages.values())[row])

    def show_patients(self) -> None:
        self.nav.setCurrentRow(list(self.pages).index("patients"))
        self.stack.setCurrentWidget(self.patients)
        self.patients.focus_search()

    def open_patient(self, patient_id: int) -> None:
        try:
            record = open_patient(self.db, self.actor, patient_id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        if self.patient_file is not None:
            self.stack.removeWidget(self.patient_file)
            self.patient_file.deleteLater()
        self.patient_file = PatientFilePage(self.db, self.actor, record)
        self.patient_file.back_requested.connect(self.show_patients)
        self.patient_file.changed.connect(lambda _id: self.patients.run_search())
        self.stack.addWidget(self.patient_file)
        self.stack.setCurrentWidget(self.patient_file)

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

    def _after_restore(self) -> None:
        # The restored database may hold other accounts and roles: everyone logs in again.
        Prompts.inform(self, self.tr("The backup was restored. Log in again to continue with it."))
        self.log_out()

    def log_out(self) -> None:
        try:
            logout(self.db, self.actor)
        finally:
            self._logging_out = True
            self.close()
            self.logged_out.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._logging_out:
            with contextlib.suppress(ThreadbookError):
                logout(self.db, self.actor)
        event.accept()
