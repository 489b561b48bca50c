"""Reception's patient search: type a name, phone or MRN; results appear as you type."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.record.patient_search import NameOrder
from db.record.patients import PatientRow, search_patients
from db.storage.database import Database
from desktop.conventions import number_text
from desktop.models.patient_table import PAGE_SIZE, FetchPage, PatientTableModel
from desktop.widgets.tables import list_table
from desktop.worker import Runner

SEARCH_DELAY_MS = 150


class PatientsPage(QWidget):
    """Search box, result table and 'New patient'.

    Signals:
        open_requested(int): the user chose a patient (double-click or Enter).
        new_requested(): the user asked to register a patient.
    """

    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.model = PatientTableModel(db.today, self)
        self._open_single = False
        self._loaded = False
        self._shown_query = ""

        self.search = QLineEdit()
        self.search.setObjectName("patient_search")
        self.search.setPlaceholderText(
            self.tr("Search by name (accents optional), phone or record number")
        )
        self.search.setClearButtonEnabled(True)
        self.order = QComboBox()
        self.order.setObjectName("name_order")
        self.order.addItem(self.tr("Sort by given name"), NameOrder.GIVEN)
        self.order.addItem(self.tr("Sort by family name"), NameOrder.FAMILY)
        self.order.setToolTip(
            self.tr("Vietnamese register order: by given name (tên), or by family name (họ)")
        )
        self.order.currentIndexChanged.connect(self.run_search)
        self.new_button = QPushButton(self.tr("New patient"))
        self.new_button.setEnabled(actor.may(Permission.PATIENT_CREATE))
        self.new_button.clicked.connect(self.new_requested)

        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.status = QLabel()
        self.status.setObjectName("search_status")

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SEARCH_DELAY_MS)
        self.timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self.timer.start)
        self.search.returnPressed.connect(self._enter_in_search)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.order)
        top.addWidget(self.new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

    def run_search(self) -> None:
        """Query off the GUI thread; a newer keystroke supersedes an older query."""
        self.timer.stop()
        query = self.search.text()
        db, actor, order = self.db, self.actor, self.name_order()
        self.status.setText(self.tr("Searching…"))
        self.runner.start(
            lambda: search_patients(db, actor, query, PAGE_SIZE, 0, order),
            lambda rows: self._show(query, rows),
            self._failed,
        )

    def refresh(self) -> None:
        """Run the shown search again in place (a record changed, maybe on another PC).

        The rows already loaded, and room for a page of newcomers, are fetched again in one
        query; the selected patient stays selected and the list keeps its scroll position.
        """
        if self.timer.isActive() or self.runner.busy:
            return  # a newer search is on its way and will show the change
        query = self._shown_query
        limit = self.model.rowCount() + PAGE_SIZE
        db, actor, order = self.db, self.actor, self.name_order()
        self.runner.start(
            lambda: search_patients(db, actor, query, limit, 0, order),
            lambda rows: self._refreshed(query, rows, limit),
            self._failed,
        )

    def _refreshed(self, query: str, rows: list[PatientRow], limit: int) -> None:
        complete = len(rows) < limit
        self.model.refresh_rows(rows, complete=complete)
        self._show_status(query, rows, complete)

    def name_order(self) -> NameOrder:
        return NameOrder(self.order.currentData())

    def _fetch_page_for(self, query: str) -> FetchPage:
        db, actor, order = self.db, self.actor, self.name_order()

        def fetch_page(offset: int, limit: int) -> list[PatientRow]:
            return search_patients(db, actor, query, limit, offset, order)

        return fetch_page

    def _show(self, query: str, rows: list[PatientRow]) -> None:
        self._shown_query = query
        self.model.set_results(rows, self._fetch_page_for(query))
        self._show_status(query, rows, len(rows) < PAGE_SIZE)
        if rows:
            self.table.selectRow(0)
        if self._open_single:
            self._open_when_single()

    def _show_status(self, query: str, rows: list[PatientRow], complete: bool) -> None:
        if not rows:
            self.status.setText(
                self.tr("No patient matches “{0}”.").format(query)
                if query.strip()
                else self.tr("No patients registered yet.")
            )
        elif complete:
            self.status.setText(self.tr("{0} patient(s)").format(number_text(len(rows))))
        else:
            self.status.setText(
                self.tr("Showing the first {0}; scroll for more").format(number_text(len(rows)))
            )

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _enter_in_search(self) -> None:
        """Enter opens the only match; typed fast, it opens it as soon as the search answers."""
        if self.timer.isActive() or self.runner.busy:
            self._open_single = True
            self.run_search()
            return
        self._open_when_single()

    def _open_when_single(self) -> None:
        self._open_single = False
        if self.model.rowCount() == 1:
            self.open_requested.emit(self.model.row_at(0).id)
        elif self.model.rowCount() > 1:
            self.table.setFocus()

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # The list loads when first shown: at start-up the Today page has the machine to itself.
        if not self._loaded:
            self._loaded = True
            self.run_search()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
