"""Follow-ups as a table model: the view draws only the rows on screen, whatever the count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db.record.followups import FollowUpRow
from desktop.i18n import tr

Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    "planned": "Planned",
    "attended": "Attended",
    "no_show": "No-show",
    "cancelled": "Cancelled",
}
ALL_COLUMNS = {
    "due": "Due",
    "late": "Days late",
    "patient": "Patient",
    "phone": "Phone",
    "procedure": "Procedure",
    "areas": "Areas",
    "step": "Follow-up",
    "status": "Status",
    "call": "Last call",
}
LATE = QColor("#b00020")
NO_CONTACT = QColor("#888888")


class FollowUpTableModel(QAbstractTableModel):
    def __init__(
        self, columns: tuple[str, ...], today: date, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[FollowUpRow] = []
        self.today = today

    def set_rows(self, rows: list[FollowUpRow], today: date) -> None:
        self.beginResetModel()
        try:
            self.rows = rows
            self.today = today
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(ALL_COLUMNS[self.columns[section]])
        return None

    def text(self, row: int, column: int) -> str:
        follow_up = self.rows[row]
        key = self.columns[column]
        due = follow_up.due_at.astimezone()
        if key == "due":
            return (
                due.strftime("%H:%M")
                if due.date() == self.today
                else due.strftime("%d/%m/%Y %H:%M")
            )
        if key == "late":
            return str(follow_up.days_overdue(self.today))
        if key == "patient":
            return f"{follow_up.full_name} ({follow_up.mrn})"
        if key == "phone":
            return follow_up.phone if follow_up.contact_consent else f"{follow_up.phone} ✕"
        if key == "procedure":
            return follow_up.performed_at.astimezone().strftime("%d/%m/%Y")
        if key == "areas":
            return follow_up.areas
        if key == "step":
            return follow_up.label
        if key == "status":
            reason = f": {follow_up.status_reason}" if follow_up.status_reason else ""
            return tr(STATUS_LABELS.get(follow_up.status, follow_up.status)) + reason
        return follow_up.last_contact

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(index.row(), index.column())
        follow_up = self.rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "late" and follow_up.days_overdue(self.today) > 14:
                return QBrush(LATE)
            if key == "phone" and not follow_up.contact_consent:
                return QBrush(NO_CONTACT)
        if role == Qt.ItemDataRole.ToolTipRole and key == "phone" and not follow_up.contact_consent:
            return tr("The patient did not agree to phone or SMS contact.")
        return None
