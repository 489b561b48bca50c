"""One report table (db.reports.tables.Table) as a read-only Qt model; sorting by a column
sorts by the value itself (numbers as numbers, dates as dates)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from db.reports.formatting import shown
from db.reports.tables import Kind, Table
from desktop.i18n import tr

Index = QModelIndex | QPersistentModelIndex
RIGHT = frozenset({Kind.COUNT, Kind.SHARE, Kind.MEAN})
SIGNAL = QColor("#fdeeee")


class ReportTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.table: Table | None = None

    def set_table(self, table: Table | None) -> None:
        self.beginResetModel()
        try:
            self.table = table
        finally:
            self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.table is None else len(self.table.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if (
            self.table is not None
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return tr(self.table.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self.table is None or not index.isValid():
            return None
        row = self.table.rows[index.row()]
        column = self.table.columns[index.column()]
        value = row[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return shown(value, column.kind, tr)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and any(
            c.kind is Kind.FLAG and v for c, v in zip(self.table.columns, row, strict=True)
        ):
            return QBrush(SIGNAL)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.table is None:
            return
        kind = self.table.columns[column].kind

        def key(row: tuple[object, ...]) -> tuple[int, object]:
            value = row[column]
            if value is None:
                return (1, 0)
            return (0, str(value).casefold() if kind is Kind.TEXT else value)

        self.layoutAboutToBeChanged.emit()
        try:
            descending = order == Qt.SortOrder.DescendingOrder
            self.table.rows.sort(key=key, reverse=descending)
        finally:
            self.layoutChanged.emit()
