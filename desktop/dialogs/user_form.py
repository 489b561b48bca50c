"""Administrators create a staff account, edit its name and roles, or set a new password."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.passwords import MIN_LENGTH
from db.access.permissions import Actor, Role
from db.access.users import UserRow, create_user, reset_password, update_user
from db.storage.database import Database
from desktop.dialogs.change_password import password_field
from desktop.fields import FieldErrors
from desktop.i18n import QT_TR_NOOP, tr
from desktop.writes import write

ROLE_LABELS = (
    (Role.NURSE, QT_TR_NOOP("Nurse (reception)")),
    (Role.DOCTOR, QT_TR_NOOP("Doctor")),
    (Role.ADMIN, QT_TR_NOOP("Administrator")),
)


class UserDialog(QDialog):
    """A new account when `account` is None, else an edit of its name and roles.

    Attributes:
        saved: True once the change is stored.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        account: UserRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.account = account
        self.saved = False
        self.setWindowTitle(
            self.tr("New staff account")
            if account is None
            else self.tr("Edit {username}").format(username=account.username)
        )
        self.setMinimumWidth(480)

        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("for example: lan.le"))
        self.full_name = QLineEdit()
        self.roles: dict[str, QCheckBox] = {}
        role_row = QHBoxLayout()
        for role, label in ROLE_LABELS:
            box = QCheckBox(tr(label))
            self.roles[role.value] = box
            role_row.addWidget(box)
        role_row.addStretch(1)
        roles_holder = QWidget()
        roles_holder.setLayout(role_row)
        role_row.setContentsMargins(0, 0, 0, 0)
        self.password = password_field()
        self.password_again = password_field()

        form = QFormLayout()
        self.errors = FieldErrors()
        if account is None:
            self.errors.add_row(form, self.tr("Username"), "username", self.username)
        else:
            form.addRow(self.tr("Username"), QLabel(account.username))
        self.errors.add_row(form, self.tr("Full name"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("Roles"), "roles", roles_holder)
        if account is None:
            self.errors.add_row(
                form,
                self.tr("Password ({length}+ characters)").format(length=MIN_LENGTH),
                "password",
                self.password,
            )
            form.addRow(self.tr("Password again"), self.password_again)
        else:
            self.full_name.setText(account.full_name)
            for name, box in self.roles.items():
                box.setChecked(name in account.roles)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def chosen_roles(self) -> set[str]:
        return {role for role, box in self.roles.items() if box.isChecked()}

    def submit(self) -> None:
        work: Callable[[], object]
        if self.account is None:
            if self.password.text() != self.password_again.text():
                self.errors.show({"password": self.tr("The two passwords are not the same.")})
                self.adjustSize()
                return
            work = partial(
                create_user,
                self.db,
                self.actor,
                self.username.text(),
                self.full_name.text(),
                self.chosen_roles(),
                self.password.text(),
            )
        else:
            work = partial(
                update_user,
                self.db,
                self.actor,
                self.account,
                self.full_name.text(),
                self.chosen_roles(),
            )
        write(self, work, self._saved, errors=self.errors)

    def _saved(self, _result: object) -> None:
        self.saved = True
        self.accept()


class ResetPasswordDialog(QDialog):
    """A new password for someone who forgot theirs; tell it to them in person."""

    def __init__(
        self, db: Database, actor: Actor, account: UserRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.account = account
        self.saved = False
        self.setWindowTitle(
            self.tr("New password for {username}").format(username=account.username)
        )
        self.setMinimumWidth(440)
        intro = QLabel(
            self.tr(
                "Set a new password for {name}. It also lifts a lock after wrong passwords. "
                "They can change it themselves afterwards."
            ).format(name=account.full_name)
        )
        intro.setWordWrap(True)
        self.password = password_field()
        self.password_again = password_field()

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(
            form,
            self.tr("New password ({length}+ characters)").format(length=MIN_LENGTH),
            "password",
            self.password,
        )
        form.addRow(self.tr("New password again"), self.password_again)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Set password"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        reset = partial(
            reset_password,
            self.db,
            self.actor,
            self.account.id,
            self.password.text(),
            self.password_again.text(),
        )
        write(self, reset, self._saved, errors=self.errors)

    def _saved(self, _result: object) -> None:
        self.saved = True
        self.accept()
