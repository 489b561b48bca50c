"""The patient list: holds one page of search results and fetches the next on scroll."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from db.record.patients import PatientRow
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, listed, tr

PAGE_SIZE = 100
SEX_LABELS = {
    "female": QT_TR_NOOP("Female"),
    "male": QT_TR_NOOP("Male"),
    "other": QT_TR_NOOP("Other"),
}
Index = QModelIndex | QPersistentModelIndex
FetchPage = Callable[[int, int], list[PatientRow]]


def age_on(born: date, today: date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientTableModel(QAbstractTableModel):
    """Rows of `PatientRow`; more are fetched (PAGE_SIZE at a time) only when scrolled to."""

    COLUMNS = (
        QT_TR_NOOP("MRN"),
        QT_TR_NOOP("Name"),
        QT_TR_NOOP("Date of birth"),
        QT_TR_NOOP("Age"),
        QT_TR_NOOP("Sex"),
        QT_TR_NOOP("Phone"),
    )

    def __init__(self, today: Callable[[], date], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PatientRow] = []
        self._fetch: FetchPage | None = None
        self._exhausted = True
        self._today = today
        self.today = today()

    def set_results(self, rows: list[PatientRow], fetch_page: FetchPage | None) -> None:
        """Show the first page; `fetch_page(offset, limit)` loads the following ones."""
        self.beginResetModel()
        try:
            self.today = self._today()  # ages as of today, also after midnight
            self._rows = list(rows)
            self._fetch = fetch_page
            self._exhausted = fetch_page is None or len(rows) < PAGE_SIZE
        finally:
            self.endResetModel()

    def refresh_rows(self, rows: list[PatientRow], *, complete: bool) -> None:
        """Replace the rows in place: views keep their selection and scroll position.

        A layout change, not a reset: persistent indexes (the view's selection and current
        row) follow their patient to its new row, or are dropped when it left the list.
        `complete` says whether every match is now loaded.
        """
        self.layoutAboutToBeChanged.emit()
        try:
            old_ids = [row.id for row in self._rows]
            self._rows = list(rows)
            self._exhausted = complete or self._fetch is None
            new_rows = {row.id: number for number, row in enumerate(self._rows)}
            before = self.persistentIndexList()
            after = []
            for index in before:
                number = new_rows.get(old_ids[index.row()]) if index.row() < len(old_ids) else None
                after.append(
                    self.index(number, index.column()) if number is not None else QModelIndex()
                )
            self.changePersistentIndexList(before, after)
        finally:
            self.layoutChanged.emit()

    def row_at(self, row: int) -> PatientRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        more = self._fetch(len(self._rows), PAGE_SIZE)
        self._exhausted = len(more) < PAGE_SIZE
        if more:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == 0:
            return row.mrn
        if column == 1:
            return row.full_name
        if column == 2:
            return format_date(row.date_of_birth)
        if column == 3:
            return str(age_on(row.date_of_birth, self.today))
        if column == 4:
            return listed(SEX_LABELS, row.sex)
        return row.phone
