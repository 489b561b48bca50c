"""The login screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.database import Database
from db.errors import AuthenticationFailed
from db.permissions import Actor
from db.users import authenticate
from desktop.dialogs.connection import ConnectionDialog
from desktop.i18n import tr


def describe_database(db: Database) -> str:
    """Where the records are, in words staff recognise (no password, no driver name)."""
    url = db.url
    if db.is_sqlite:
        return tr("This PC's file: {0}").format(url.database or "")
    return tr("{0} on server {1}").format(url.database or "", url.host or "localhost")


class LoginDialog(QDialog):
    """Asks for username and password; "Database…" switches to another database.

    Attributes:
        actor: who logged in, once accepted.
        database_url: the database chosen instead, when finished with CHANGE_DATABASE.
    """

    CHANGE_DATABASE = 2

    def __init__(
        self, db: Database, clinic_name: str, parent: QWidget | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.database_url: str | None = None
        self.connection_dialog: ConnectionDialog | None = None
        self.setWindowTitle(self.tr("Threadbook: log in"))
        self.setMinimumWidth(380)

        heading = QLabel(clinic_name or "Threadbook")
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        heading.setStyleSheet("font-size: 16pt; font-weight: 600; margin: 8px;")
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setVisible(bool(note))

        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel()
        self.message.setObjectName("login_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("Username"), self.username)
        form.addRow(self.tr("Password"), self.password)

        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(
            self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.database_button = buttons.addButton(
            self.tr("Database…"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.database_button.setToolTip(self.tr("Choose this PC's file or the clinic's server"))
        self.database_button.clicked.connect(self.choose_database)
        self.where = QLabel(describe_database(db))
        self.where.setObjectName("database_location")
        self.where.setWordWrap(True)
        self.where.setStyleSheet("color: #555; font-size: 9pt;")
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.where)
        layout.addWidget(buttons)

    def choose_database(self) -> ConnectionDialog:
        """Open the connection screen (window-modal); a saved choice ends this login."""
        dialog = ConnectionDialog(self)
        dialog.accepted.connect(lambda: self._database_chosen(dialog))
        dialog.open()
        self.connection_dialog = dialog
        return dialog

    def _database_chosen(self, dialog: ConnectionDialog) -> None:
        self.database_url = dialog.saved_url
        self.done(self.CHANGE_DATABASE)

    def submit(self) -> None:
        try:
            self.actor = authenticate(self.db, self.username.text(), self.password.text())
        except AuthenticationFailed as exc:
            self.message.setText(exc.message)
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
