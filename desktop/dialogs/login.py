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
from db.errors import AuthenticationFailed, DamagedDatabase
from db.permissions import Actor
from db.users import authenticate


class LoginDialog(QDialog):
    """Asks for username and password.

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
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.note)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def submit(self) -> None:
        try:
            self.actor = authenticate(self.db, self.username.text(), self.password.text())
        except DamagedDatabase as exc:
            # Found by the quick check running behind this screen: nothing was written.
            self.damaged = exc
            self.reject()
            return
        except AuthenticationFailed as exc:
            self.message.setText(exc.message)
            self.message.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
