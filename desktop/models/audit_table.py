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
from desktop.widgets.terms import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
# Starts fetching the page older than the given seq; the answer comes back via `append_page`.
RequestPage = Callable[[int], None]

# What the audit rows store (db/audit), worded for the viewer; an unknown code is shown as stored.
ACTIONS = {
    "create": QT_TRANSLATE_NOOP("AuditTableModel", "created"),
    "update": QT_TRANSLATE_NOOP("AuditTableModel", "changed"),
    "void": QT_TRANSLATE_NOOP("AuditTableModel", "voided"),
    "deactivate": QT_TRANSLATE_NOOP("AuditTableModel", "deactivated"),
    "reactivate": QT_TRANSLATE_NOOP("AuditTableModel", "reactivated"),
    "view": QT_TRANSLATE_NOOP("AuditTableModel", "viewed"),
    "print": QT_TRANSLATE_NOOP("AuditTableModel", "printed"),
    "export": QT_TRANSLATE_NOOP("AuditTableModel", "exported"),
    "login": QT_TRANSLATE_NOOP("AuditTableModel", "logged in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditTableModel", "failed login"),
    "login_refused_locked": QT_TRANSLATE_NOOP("AuditTableModel", "login refused: account locked"),
    "lockout": QT_TRANSLATE_NOOP("AuditTableModel", "account locked after wrong passwords"),
    "lockout_ended": QT_TRANSLATE_NOOP("AuditTableModel", "account lock lifted"),
    "logout": QT_TRANSLATE_NOOP("AuditTableModel", "logged out"),
    "password_changed": QT_TRANSLATE_NOOP("AuditTableModel", "changed own password"),
    "password_reset": QT_TRANSLATE_NOOP("AuditTableModel", "password reset"),
    "lock": QT_TRANSLATE_NOOP("AuditTableModel", "screen locked"),
    "auto_lock": QT_TRANSLATE_NOOP("AuditTableModel", "screen locked when idle"),
    "unlock": QT_TRANSLATE_NOOP("AuditTableModel", "screen unlocked"),
    "unlock_refused": QT_TRANSLATE_NOOP("AuditTableModel", "unlock refused"),
    "backup": QT_TRANSLATE_NOOP("AuditTableModel", "backup"),
    "restore": QT_TRANSLATE_NOOP("AuditTableModel", "restore"),
    "recall_search": QT_TRANSLATE_NOOP("AuditTableModel", "recall search"),
}
RECORD_TYPES = {
    "patient": QT_TRANSLATE_NOOP("AuditTableModel", "patient"),
    "procedure": QT_TRANSLATE_NOOP("AuditTableModel", "procedure"),
    "placement": QT_TRANSLATE_NOOP("AuditTableModel", "placement"),
    "follow_up": QT_TRANSLATE_NOOP("AuditTableModel", "follow-up"),
    "contact_attempt": QT_TRANSLATE_NOOP("AuditTableModel", "phone call"),
    "review": QT_TRANSLATE_NOOP("AuditTableModel", "review"),
    "complication": QT_TRANSLATE_NOOP("AuditTableModel", "complication"),
    "complication_update": QT_TRANSLATE_NOOP("AuditTableModel", "complication update"),
    "thread_product": QT_TRANSLATE_NOOP("AuditTableModel", "thread product"),
    "lot": QT_TRANSLATE_NOOP("AuditTableModel", "lot"),
    "stock_movement": QT_TRANSLATE_NOOP("AuditTableModel", "stock movement"),
    "user_account": QT_TRANSLATE_NOOP("AuditTableModel", "staff account"),
    "setting": QT_TRANSLATE_NOOP("AuditTableModel", "setting"),
    "database": QT_TRANSLATE_NOOP("AuditTableModel", "database"),
}


def action_text(code: str) -> str:
    label = ACTIONS.get(code)
    return QCoreApplication.translate("AuditTableModel", label) if label else code


def record_type_text(code: str) -> str:
    label = RECORD_TYPES.get(code)
    return QCoreApplication.translate("AuditTableModel", label) if label else code


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


def change_summary(entry: AuditEntry) -> str:
    """'phone: 0912 345 678 → 0911 222 333; ...' on one line, for the table."""
    if entry.changes:
        return "; ".join(
            f"{c.name}: {shown(c.new)}"
            if c.old is None
            else f"{c.name}: {shown(c.old)} → {shown(c.new)}"
            for c in entry.changes
        )
    return ", ".join(f"{key}: {shown(value)}" for key, value in sorted(entry.details.items()))


class AuditTableModel(QAbstractTableModel):
    """Holds the rows fetched so far (newest first) and asks for older ones on scroll."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditTableModel", "Time"),
        QT_TRANSLATE_NOOP("AuditTableModel", "User"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Workstation"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Action"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Record"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Patient"),
        QT_TRANSLATE_NOOP("AuditTableModel", "Changes"),
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
            return self.tr(self.COLUMNS[section])
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
            return entry.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M:%S")
        if column == 1:
            return entry.username
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
