"""Every user changes their own password here (reached from the main window's top bar)."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.passwords import MIN_LENGTH
from db.access.permissions import Actor
from db.access.users import change_own_password
from db.errors import ThreadbookError, ValidationError
from db.storage.database import Database
from desktop.fields import FieldErrors, submit_buttons
from desktop.writes import write


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class ChangePasswordDialog(QDialog):
    """Current password, then the new one twice.

    Attributes:
        changed: True once the new password is saved.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.changed = False
        self.setWindowTitle(self.tr("Change my password"))
        self.setMinimumWidth(460)

        intro = QLabel(
            self.tr(
                "{name}: choose a password of at least {length} characters that only you know."
            ).format(name=actor.full_name, length=MIN_LENGTH)
        )
        intro.setWordWrap(True)
        self.current = password_field()
        self.new = password_field()
        self.again = password_field()
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Current password"), "current", self.current)
        self.errors.add_row(form, self.tr("New password"), "password", self.new)
        form.addRow(self.tr("New password again"), self.again)

        buttons, self.save_button = submit_buttons(self, self.tr("Change password"), self.submit)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        change = partial(
            change_own_password,
            self.db,
            self.actor,
            self.current.text(),
            self.new.text(),
            self.again.text(),
        )
        write(self, change, self._changed, errors=self.errors, refused=self._refused)

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, ValidationError) and "current" in error.fields:
            self.current.clear()
            self.current.setFocus()
        return False  # the problems are shown beside their fields as usual

    def _changed(self, _result: object) -> None:
        self.changed = True
        self.accept()
