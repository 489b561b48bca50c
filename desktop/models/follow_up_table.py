"""Follow-ups as a table model: the view draws only the rows on screen, whatever the count."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db.record.followups import FollowUpRow
from desktop.conventions import day_text, local, moment_text, number_text, time_text
from desktop.i18n import QT_TR_NOOP, listed, tr
from desktop.widgets.terms import step_text

Index = QModelIndex | QPersistentModelIndex

STATUS_LABELS = {
    "planned": QT_TR_NOOP("Planned"),
    "attended": QT_TR_NOOP("Attended"),
    "no_show": QT_TR_NOOP("No-show"),
    "cancelled": QT_TR_NOOP("Cancelled"),
}
ALL_COLUMNS = {
    "due": QT_TR_NOOP("Due"),
    "late": QT_TR_NOOP("Days late"),
    "patient": QT_TR_NOOP("Patient"),
    "phone": QT_TR_NOOP("Phone"),
    "procedure": QT_TR_NOOP("Procedure"),
    "areas": QT_TR_NOOP("Areas"),
    "step": QT_TR_NOOP("Follow-up"),
    "doctor": QT_TR_NOOP("Doctor"),
    "status": QT_TR_NOOP("Status"),
    "call": QT_TR_NOOP("Last call"),
}
LATE = QColor("#b00020")
NO_CONTACT = QColor("#888888")
# The only roles this model answers: a view asks for a dozen per cell each time it measures
# rows and columns, and answering the rest at once keeps the first screen quick.
_ANSWERED = frozenset(
    {Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole}
)


class FollowUpTableModel(QAbstractTableModel):
    def __init__(
        self, columns: tuple[str, ...], today: date, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[FollowUpRow] = []
        self.today = today
        self._texts: dict[tuple[int, int], str] = {}

    def set_rows(self, rows: list[FollowUpRow], today: date) -> None:
        self.beginResetModel()
        try:
            self.rows = rows
            self.today = today
            self._texts = {}
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
                time_text(follow_up.due_at)
                if due.date() == self.today
                else moment_text(follow_up.due_at)
            )
        if key == "late":
            return number_text(follow_up.days_overdue(self.today))
        if key == "patient":
            return self.tr("{name} ({mrn})").format(name=follow_up.full_name, mrn=follow_up.mrn)
        if key == "phone":
            if follow_up.contact_consent:
                return follow_up.phone
            return self.tr("{phone} (no consent: do not call)").format(phone=follow_up.phone)
        if key == "procedure":
            return day_text(local(follow_up.performed_at).date())
        if key == "areas":
            return follow_up.areas
        if key == "step":
            return step_text(follow_up.label)
        if key == "doctor":
            return follow_up.doctor
        if key == "status":
            status = listed(STATUS_LABELS, follow_up.status)
            if not follow_up.status_reason:
                return status
            return self.tr("{status}: {reason}").format(
                status=status, reason=follow_up.status_reason
            )
        return follow_up.last_contact

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role not in _ANSWERED or not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # Worded once per refresh: measuring rows and columns asks for each cell many times.
            cell = (index.row(), index.column())
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self.text(*cell)
            return text
        follow_up = self.rows[index.row()]
        key = self.columns[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "late" and follow_up.days_overdue(self.today) > 14:
                return QBrush(LATE)
            if key == "phone" and not follow_up.contact_consent:
                return QBrush(NO_CONTACT)
        if role == Qt.ItemDataRole.ToolTipRole and key == "phone" and not follow_up.contact_consent:
            return self.tr("The patient did not agree to phone or SMS contact.")
        return None
