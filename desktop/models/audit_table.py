"""Audit rows for the viewer: one page at a time, the next asked for only when scrolled to."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from db.audit.trail import PAGE_SIZE, AuditEntry
from desktop.conventions import moment_text
from desktop.i18n import QT_TR_NOOP, listed, tr
from desktop.models.audit_fields import field_text, value_text

Index = QModelIndex | QPersistentModelIndex
# Starts fetching the page older than the given seq; the answer comes back via `append_page`.
RequestPage = Callable[[int], None]

# What the audit rows store (db/audit), worded for the viewer; an unknown code is shown as stored.
ACTIONS = {
    "create": QT_TR_NOOP("created"),
    "update": QT_TR_NOOP("changed"),
    "void": QT_TR_NOOP("voided"),
    "deactivate": QT_TR_NOOP("deactivated"),
    "reactivate": QT_TR_NOOP("reactivated"),
    "view": QT_TR_NOOP("viewed"),
    "print": QT_TR_NOOP("printed"),
    "export": QT_TR_NOOP("exported"),
    "login": QT_TR_NOOP("logged in"),
    "login_failed": QT_TR_NOOP("failed login"),
    "login_refused_locked": QT_TR_NOOP("login refused: account locked"),
    "lockout": QT_TR_NOOP("account locked after wrong passwords"),
    "lockout_ended": QT_TR_NOOP("account lock lifted"),
    "logout": QT_TR_NOOP("logged out"),
    "password_changed": QT_TR_NOOP("changed own password"),
    "password_reset": QT_TR_NOOP("password reset"),
    "lock": QT_TR_NOOP("screen locked"),
    "auto_lock": QT_TR_NOOP("screen locked when idle"),
    "unlock": QT_TR_NOOP("screen unlocked"),
    "unlock_refused": QT_TR_NOOP("unlock refused"),
    "backup": QT_TR_NOOP("backup"),
    "restore": QT_TR_NOOP("restore"),
    "recall_search": QT_TR_NOOP("recall search"),
}
RECORD_TYPES = {
    "patient": QT_TR_NOOP("patient"),
    "procedure": QT_TR_NOOP("procedure"),
    "placement": QT_TR_NOOP("placement"),
    "follow_up": QT_TR_NOOP("follow-up"),
    "contact_attempt": QT_TR_NOOP("phone call"),
    "review": QT_TR_NOOP("review"),
    "complication": QT_TR_NOOP("complication"),
    "complication_update": QT_TR_NOOP("complication update"),
    "thread_product": QT_TR_NOOP("thread product"),
    "lot": QT_TR_NOOP("lot"),
    "stock_movement": QT_TR_NOOP("stock movement"),
    "user_account": QT_TR_NOOP("staff account"),
    "setting": QT_TR_NOOP("setting"),
    "database": QT_TR_NOOP("database"),
    "clinic": QT_TR_NOOP("whole clinic"),
    "patient_alert": QT_TR_NOOP("patient alert"),
    "appointment": QT_TR_NOOP("booked visit"),
    "consent": QT_TR_NOOP("consent"),
    "consent_text": QT_TR_NOOP("consent text"),
    "consent_signature": QT_TR_NOOP("consent signature"),
    "consent_document": QT_TR_NOOP("scanned consent form"),
    "photo": QT_TR_NOOP("photo"),
    "photo_view": QT_TR_NOOP("photo view"),
    "recall_contact": QT_TR_NOOP("recall call"),
    "thread_line": QT_TR_NOOP("drawn thread"),
}


def action_text(code: str) -> str:
    return listed(ACTIONS, code)


def record_type_text(code: str) -> str:
    return listed(RECORD_TYPES, code)


def username_text(username: str) -> str:
    """Events without a logged-in user are stored as 'system', the command line's as
    'command-line' (db.access.permissions.command_line_actor)."""
    if username == "system":
        return QCoreApplication.translate("AuditTableModel", "system")
    if username == "command-line":
        return QCoreApplication.translate("AuditTableModel", "command line")
    return username


def shown(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("AuditTableModel", "yes")
            if value
            else QCoreApplication.translate("AuditTableModel", "no")
        )
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def change_text(entry: AuditEntry, name: str, value: Any) -> str:
    """One stored value of a change: codes and moments in words, anything else as stored."""
    worded = value_text(entry.record_type, name, value)
    return shown(value) if worded is None else worded


def change_summary(entry: AuditEntry) -> str:
    """'phone: 0912 345 678 → 0911 222 333; ...' on one line, for the table."""
    if entry.changes:
        return "; ".join(
            f"{field_text(c.name)}: {change_text(entry, c.name, c.new)}"
            if c.old is None
            else f"{field_text(c.name)}: {change_text(entry, c.name, c.old)} → "
            f"{change_text(entry, c.name, c.new)}"
            for c in entry.changes
        )
    return ", ".join(
        f"{field_text(key)}: {shown(value)}" for key, value in sorted(entry.details.items())
    )


class AuditTableModel(QAbstractTableModel):
    """Holds the rows fetched so far (newest first) and asks for older ones on scroll."""

    COLUMNS = (
        QT_TR_NOOP("Time"),
        QT_TR_NOOP("User"),
        QT_TR_NOOP("Workstation"),
        QT_TR_NOOP("Action"),
        QT_TR_NOOP("Record"),
        QT_TR_NOOP("Patient"),
        QT_TR_NOOP("Changes"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[AuditEntry] = []
        self._request: RequestPage | None = None
        self._exhausted = True
        self._loading = False

    def set_first_page(self, rows: list[AuditEntry], request: RequestPage | None) -> None:
        self.beginResetModel()
        try:
            self._rows = list(rows)
            self._request = request
            self._exhausted = request is None or len(rows) < PAGE_SIZE
            self._loading = False
        finally:
            self.endResetModel()

    def append_page(self, rows: list[AuditEntry]) -> None:
        self._loading = False
        self._exhausted = len(rows) < PAGE_SIZE
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def page_failed(self) -> None:
        self._loading = False
        self._exhausted = True

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted and not self._loading

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._request is None or not self._rows:
            return
        self._loading = True
        self._request(self._rows[-1].seq)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return moment_text(entry.occurred_at, seconds=True)
        if column == 1:
            return username_text(entry.username)
        if column == 2:
            return entry.workstation
        if column == 3:
            return action_text(entry.action)
        if column == 4:
            return (
                self.tr("{kind} {number}")
                .format(kind=record_type_text(entry.record_type), number=entry.record_id)
                .strip()
            )
        if column == 5:
            return entry.patient_mrn or (str(entry.patient_id) if entry.patient_id else "")
        return change_summary(entry)
