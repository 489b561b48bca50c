"""Administrators manage staff accounts: create, edit roles, reset passwords, deactivate."""

from __future__ import annotations

from datetime import datetime
from functools import partial

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, role_words
from db.access.users import UserRow, list_users, set_user_active, unlock_user
from db.errors import ThreadbookError
from db.storage.database import Database
from desktop.conventions import moment_text
from desktop.dialogs.user_form import ResetPasswordDialog, UserDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.widgets.tables import list_table
from desktop.writes import write

COLUMNS = (
    QT_TR_NOOP("Username"),
    QT_TR_NOOP("Full name"),
    QT_TR_NOOP("Roles"),
    QT_TR_NOOP("Status"),
    QT_TR_NOOP("Last login"),
)


def local_time(value: datetime | None) -> str:
    return moment_text(value) if value else "—"


def role_names(roles: frozenset[str]) -> str:
    return ", ".join(role_words(role) for role in sorted(roles))


class UsersPage(QWidget):
    """The list of every account (deactivated ones too: accounts are never deleted).

    Attributes:
        dialog: the account dialog last opened, for tests to fill in.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.rows: list[UserRow] = []
        self.dialog: UserDialog | ResetPasswordDialog | None = None

        title = QLabel(self.tr("Staff accounts"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit())

        self.new_button = QPushButton(self.tr("New account…"))
        self.new_button.clicked.connect(self.new_account)
        self.edit_button = QPushButton(self.tr("Name and roles…"))
        self.edit_button.clicked.connect(self.edit)
        self.password_button = QPushButton(self.tr("Set a new password…"))
        self.password_button.clicked.connect(self.reset_password)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setToolTip(self.tr("Lift a lock after too many wrong passwords"))
        self.unlock_button.clicked.connect(self.unlock)
        self.active_button = QPushButton(self.tr("Deactivate"))
        self.active_button.clicked.connect(self.toggle_active)
        self.status = QLabel()
        self.status.setObjectName("users_status")

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        for button in (
            self.edit_button,
            self.password_button,
            self.unlock_button,
            self.active_button,
        ):
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.reload()

    def reload(self) -> None:
        selected = self.selected()
        try:
            self.rows = list_users(self.db, self.actor)
        except ThreadbookError as exc:
            self.status.setText(exc.message)
            return
        now = self.db.clock()
        self.table.setRowCount(len(self.rows))
        for number, row in enumerate(self.rows):
            if not row.active:
                status = self.tr("Deactivated")
            elif row.locked_at(now):
                status = self.tr("Locked until {0}").format(local_time(row.locked_until))
            else:
                status = self.tr("Active")
            cells = (
                row.username,
                row.full_name,
                role_names(row.roles),
                status,
                local_time(row.last_login_at),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if not row.active:
                    item.setForeground(QColor("#777777"))
                if column == 3 and row.active and row.locked_at(now):
                    item.setForeground(QColor("#b00020"))
                self.table.setItem(number, column, item)
        active = sum(1 for row in self.rows if row.active)
        self.status.setText(
            self.tr("{0} accounts, {1} active. Accounts are never deleted.").format(
                len(self.rows), active
            )
        )
        if selected is not None:
            self.select(selected.username)
        self._selection_changed()

    def select(self, username: str) -> None:
        for number, row in enumerate(self.rows):
            if row.username == username:
                self.table.selectRow(number)

    def selected(self) -> UserRow | None:
        indexes = self.table.selectionModel().selectedRows() if self.table.model() else []
        if not indexes or indexes[0].row() >= len(self.rows):
            return None
        return self.rows[indexes[0].row()]

    def _selection_changed(self) -> None:
        row = self.selected()
        for button in (self.edit_button, self.password_button, self.active_button):
            button.setEnabled(row is not None)
        self.unlock_button.setEnabled(row is not None and row.locked_at(self.db.clock()))
        self.active_button.setText(
            self.tr("Reactivate") if row is not None and not row.active else self.tr("Deactivate")
        )

    def _opened(self, dialog: UserDialog | ResetPasswordDialog) -> None:
        dialog.accepted.connect(self.reload)
        dialog.open()
        self.dialog = dialog

    def new_account(self) -> None:
        self._opened(UserDialog(self.db, self.actor, None, self))

    def edit(self) -> None:
        if (row := self.selected()) is not None:
            self._opened(UserDialog(self.db, self.actor, row, self))

    def reset_password(self) -> None:
        if (row := self.selected()) is not None:
            self._opened(ResetPasswordDialog(self.db, self.actor, row, self))

    def unlock(self) -> None:
        if (row := self.selected()) is None:
            return
        write(
            self,
            partial(unlock_user, self.db, self.actor, row.id),
            self._written,
            refused=self._refused,
        )

    def toggle_active(self) -> None:
        if (row := self.selected()) is None:
            return
        if row.active:
            question = self.tr(
                "Deactivate {0} ({1})? They can no longer log in. Everything they recorded "
                "stays, with their name on it; you can reactivate the account later."
            ).format(row.full_name, row.username)
            if not Prompts.confirm(self, question, self.tr("Deactivate"), self.tr("Cancel")):
                return
        write(
            self,
            partial(set_user_active, self.db, self.actor, row, not row.active),
            self._written,
            refused=self._refused,
        )

    def _written(self, _result: object) -> None:
        self.reload()

    def _refused(self, error: ThreadbookError) -> bool:
        Prompts.show_error(self, error.message)
        self.reload()  # the refusal may come from a change made elsewhere: show it
        return True
