"""First run: the clinic's details and its first administrator."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.access.users import SetupInput, setup_clinic
from db.errors import DamagedDatabase, ThreadbookError
from db.storage.database import Database
from desktop.dialogs.connection import StartDialog
from desktop.fields import FieldErrors
from desktop.language_choice import language_box
from desktop.writes import write


class SetupDialog(StartDialog):
    """Shown when the database has no users yet.

    Attributes:
        actor: the administrator created, once accepted.
    """

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.damaged: DamagedDatabase | None = None
        self.setWindowTitle(self.tr("Set up Threadbook"))
        self.setMinimumWidth(520)

        intro = QLabel(
            self.tr(
                "Welcome. Enter your clinic's details and create the first administrator "
                "account. More staff accounts can be added afterwards."
            )
        )
        intro.setWordWrap(True)

        self.clinic_name = QLineEdit()
        self.clinic_address = QPlainTextEdit()
        self.clinic_address.setFixedHeight(60)
        self.clinic_phone = QLineEdit()
        self.clinic_phone.setPlaceholderText("+84 24 3826 0000")
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("for example: admin"))
        self.full_name = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again = QLineEdit()
        self.password_again.setEchoMode(QLineEdit.EchoMode.Password)
        self.also_doctor = QCheckBox(self.tr("This administrator also treats patients (doctor)"))
        self.also_doctor.setChecked(True)

        # Vietnamese first: the clinic's language for the login screen and new accounts.
        self.language = language_box("vi")

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, "Ngôn ngữ / Language", "language", self.language)
        self.errors.add_row(form, self.tr("Clinic name"), "clinic_name", self.clinic_name)
        form.addRow(self.tr("Address"), self.clinic_address)
        self.errors.add_row(form, self.tr("Phone"), "clinic_phone", self.clinic_phone)
        self.errors.add_row(form, self.tr("Administrator username"), "username", self.username)
        self.errors.add_row(form, self.tr("Full name"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("Password (10+ characters)"), "password", self.password)
        form.addRow(self.tr("Password again"), self.password_again)
        form.addRow("", self.also_doctor)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            self.tr("Create clinic"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        # A PC joining a clinic that already works on a server chooses it here instead.
        self.database_button = self.add_database_button(buttons)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        data = SetupInput(
            clinic_name=self.clinic_name.text(),
            clinic_address=self.clinic_address.toPlainText(),
            clinic_phone=self.clinic_phone.text(),
            username=self.username.text(),
            full_name=self.full_name.text(),
            password=self.password.text(),
            password_again=self.password_again.text(),
            also_doctor=self.also_doctor.isChecked(),
            language=str(self.language.currentData()),
        )
        write(
            self,
            lambda: setup_clinic(self.db, data),
            self._created,
            errors=self.errors,
            refused=self._refused,
        )

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, DamagedDatabase):
            self.damaged = error
            self.reject()
            return True
        return False

    def _created(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
