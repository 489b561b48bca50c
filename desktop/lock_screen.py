"""The screen that hides patient data when the window is locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.access.screen_lock import unlock_session
from db.access.users import authenticate
from db.errors import ThreadbookError
from db.storage.database import Database
from desktop.writes import write


class LockScreen(QWidget):
    """The locked user unlocks with their password, or someone else logs in instead.

    Signals:
        unlocked(): the same user proved it is them; their work is shown again.
        switched(object): another user logged in (their Actor); the first one's session ends.
    """

    unlocked = Signal()
    switched = Signal(object)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor

        title = QLabel(self.tr("Threadbook is locked"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason = QLabel()
        self.reason.setObjectName("lock_reason")
        self.reason.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reason.setWordWrap(True)

        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setObjectName("unlock_password")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.unlock)
        self.password.returnPressed.connect(self.unlock)
        self.message = _error_label("unlock_message")
        own = QFormLayout()
        own.addRow(self.tr("Password of {0}").format(actor.full_name), self.password)
        own_row = QHBoxLayout()
        own_row.addLayout(own, 1)
        own_row.addWidget(self.unlock_button)

        other_intro = QLabel(
            self.tr(
                "Someone else? Log in with your own account. {0} will be logged out, and "
                "anything they had not saved will be lost."
            ).format(actor.full_name)
        )
        other_intro.setWordWrap(True)
        self.other_username = QLineEdit()
        self.other_password = QLineEdit()
        self.other_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.switch_button = QPushButton(self.tr("Log in instead"))
        self.switch_button.clicked.connect(self.switch_user)
        self.other_password.returnPressed.connect(self.switch_user)
        self.other_message = _error_label("switch_message")
        other = QFormLayout()
        other.addRow(self.tr("Username"), self.other_username)
        other.addRow(self.tr("Password"), self.other_password)
        other_buttons = QHBoxLayout()
        other_buttons.addStretch(1)
        other_buttons.addWidget(self.switch_button)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        panel = QWidget()
        panel.setFixedWidth(500)
        column = QVBoxLayout(panel)
        column.addWidget(title)
        column.addWidget(self.reason)
        column.addSpacing(12)
        column.addLayout(own_row)
        column.addWidget(self.message)
        column.addSpacing(18)
        column.addWidget(line)
        column.addWidget(other_intro)
        column.addLayout(other)
        column.addLayout(other_buttons)
        column.addWidget(self.other_message)

        centred = QHBoxLayout()
        centred.addStretch(1)
        centred.addWidget(panel)
        centred.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(centred)
        outer.addStretch(2)

    def prepare(self, idle: bool) -> None:
        """Clear the fields and say why the window locked."""
        for field in (self.password, self.other_username, self.other_password):
            field.clear()
        self.message.hide()
        self.other_message.hide()
        self.reason.setText(
            self.tr("Locked after a time without use. Patient records are hidden.")
            if idle
            else self.tr("Locked by {0}. Patient records are hidden.").format(self.actor.full_name)
        )
        self.password.setFocus()

    def unlock(self) -> None:
        password = self.password.text()
        write(
            self,
            lambda: unlock_session(self.db, self.actor, password),
            self._unlocked,
            refused=self._wrong,
        )

    def _unlocked(self, _result: object) -> None:
        self.password.clear()
        self.unlocked.emit()

    def _wrong(self, error: ThreadbookError) -> bool:
        _show(self.message, error.message)
        self.password.clear()
        self.password.setFocus()
        return True

    def switch_user(self) -> None:
        username = self.other_username.text().strip().lower()
        password = self.other_password.text()
        self.other_password.clear()
        if username == self.actor.username:
            # The locked user typed their own name below: that is simply an unlock.
            write(
                self,
                lambda: unlock_session(self.db, self.actor, password),
                lambda _result: self.unlocked.emit(),
                refused=self._other_refused,
            )
        else:
            write(
                self,
                lambda: authenticate(self.db, username, password),
                self.switched.emit,
                refused=self._other_refused,
            )

    def _other_refused(self, error: ThreadbookError) -> bool:
        _show(self.other_message, error.message)
        return True


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet("color: #b00020;")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, text: str) -> None:
    label.setText(text)
    label.show()
