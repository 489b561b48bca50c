"""Lots with their product and stock, for the inventory page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from db.stock.lots import LotRow
from db.vocabulary import COMPLICATION_TYPES, term
from desktop.conventions import number_text
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, label, tr

Index = QModelIndex | QPersistentModelIndex


def lot_status(row: LotRow, today: date, expiring_days: int, flags: list[str] | None = None) -> str:
    if flags:
        kinds = ", ".join(label(term(COMPLICATION_TYPES, kind)).lower() for kind in flags)
        if row.recalled_on is not None:
            return QCoreApplication.translate("LotTableModel", "⚑ Too many: {kinds}").format(
                kinds=kinds
            )
        return QCoreApplication.translate("LotTableModel", "⚑ Too many: {kinds} · {status}").format(
            kinds=kinds, status=lot_status(row, today, expiring_days)
        )
    if row.recalled_on is not None:
        return QCoreApplication.translate("LotTableModel", "Recalled")
    if row.expiry_date < today:
        return QCoreApplication.translate("LotTableModel", "Expired")
    if row.on_hand <= 0:
        return QCoreApplication.translate("LotTableModel", "Out of stock")
    if (row.expiry_date - today).days <= expiring_days:
        return QCoreApplication.translate("LotTableModel", "Expires in {days} days").format(
            days=number_text((row.expiry_date - today).days)
        )
    return QCoreApplication.translate("LotTableModel", "In stock")


class LotTableModel(QAbstractTableModel):
    COLUMNS = (
        QT_TR_NOOP("Product"),
        QT_TR_NOOP("Material"),
        QT_TR_NOOP("Lot"),
        QT_TR_NOOP("Expiry"),
        QT_TR_NOOP("Received"),
        QT_TR_NOOP("Used"),
        QT_TR_NOOP("Written off"),
        QT_TR_NOOP("On hand"),
        QT_TR_NOOP("Status"),
    )

    def __init__(self, today: date, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[LotRow] = []
        self.today = today
        self.expiring_days = 30
        self.lot_flags: dict[int, list[str]] = {}

    def set_rows(self, rows: list[LotRow], today: date, expiring_days: int) -> None:
        self.beginResetModel()
        try:
            self._rows = rows
            self.today = today
            self.expiring_days = expiring_days
        finally:
            self.endResetModel()

    def set_flags(self, flags: dict[int, list[str]]) -> None:
        """Lots flagged by the signals, shown in the status column."""
        self.lot_flags = flags
        if self._rows:
            status = len(self.COLUMNS) - 1
            self.dataChanged.emit(self.index(0, status), self.index(len(self._rows) - 1, status))

    def row_at(self, row: int) -> LotRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.product,
                row.material,
                row.lot_number,
                format_date(row.expiry_date),
                number_text(row.received),
                number_text(row.used),
                number_text(row.written_off),
                number_text(row.on_hand),
                lot_status(row, self.today, self.expiring_days, self.lot_flags.get(row.lot_id)),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and 4 <= column <= 7:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 8:
            if (
                row.lot_id in self.lot_flags
                or row.recalled_on is not None
                or row.expiry_date < self.today
            ):
                return QBrush(QColor("#b00020"))
            if (row.expiry_date - self.today).days <= self.expiring_days:
                return QBrush(QColor("#a05a00"))
        return None
