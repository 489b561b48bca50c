"""The login screen."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.access.users import authenticate
from db.errors import AuthenticationFailed, DamagedDatabase, ThreadbookError
from db.storage.database import Database
from desktop.dialogs.connection import StartDialog
from desktop.writes import write


def describe_database(db: Database) -> str:
    """Where the records are, in words staff recognise (no password, no driver name)."""
    url = db.url
    if db.is_sqlite:
        return QCoreApplication.translate("LoginDialog", "This PC's file: {path}").format(
            path=url.database or ""
        )
    return QCoreApplication.translate("LoginDialog", "{database} on server {server}").format(
        database=url.database or "", server=url.host or "localhost"
    )


class LoginDialog(StartDialog):
    """Asks for username and password; "Database…" switches to another database.

    Attributes:
        actor: who logged in, once accepted.
    """

    def __init__(
        self, db: Database, clinic_name: str, parent: QWidget | None = None, note: str = ""
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor: Actor | None = None
        self.damaged: DamagedDatabase | None = None
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
        self.database_button = self.add_database_button(buttons)
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

    def submit(self) -> None:
        username, password = self.username.text(), self.password.text()
        write(
            self, lambda: authenticate(self.db, username, password), self._in, refused=self._refused
        )

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, DamagedDatabase):
            # Found by the quick check running behind this screen: nothing was written.
            self.damaged = error
            self.reject()
            return True
        if isinstance(error, AuthenticationFailed):
            self.message.setText(error.message)
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return True
        return False

    def _in(self, actor: Actor) -> None:
        self.actor = actor
        self.accept()
