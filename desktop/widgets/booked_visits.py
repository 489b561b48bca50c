"""Today's booked visits: who arrived, who did not, and the booked procedure to chart."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.errors import ThreadbookError
from db.record.appointments import CalendarEntry, set_visit_status
from db.storage.database import Database
from db.vocabulary import VISIT_KINDS, VISIT_STATUSES, term
from desktop.i18n import label as term_label
from desktop.i18n import tr
from desktop.messages import Prompts
from desktop.widgets.tables import list_table

# The forms are imported when first opened: the Today page, the first screen, shows this list,
# and the chart form brings the whole thread map with it.
if TYPE_CHECKING:
    from desktop.dialogs.booking_form import CancelVisitDialog
    from desktop.dialogs.procedure_form import ProcedureDialog


class BookedVisits(QWidget):
    """Signals:
    changed(): a visit was marked or charted.
    open_patient(int)
    """

    changed = Signal()
    open_patient = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.visits: list[CalendarEntry] = []
        self.dialog: QWidget | None = None
        headers = (tr("Time"), tr("Patient"), tr("Phone"), tr("Visit"), tr("Doctor"), tr("Status"))
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self._open())
        books = actor.may(Permission.FOLLOWUP_BOOK)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label, slot, allowed in (
            ("open", tr("Open patient"), self._open, True),
            ("arrived", tr("Arrived"), lambda: self.mark("arrived"), books),
            ("no_show", tr("No-show"), lambda: self.mark("no_show"), books),
            ("cancel", tr("Cancel…"), self.cancel, books),
            ("chart", tr("Chart the procedure…"), self.chart,
             actor.may(Permission.PROCEDURE_CHART)),
        ):  # fmt: skip
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setVisible(allowed)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(bar)
        self._selection_changed()

    def set_visits(self, visits: list[CalendarEntry]) -> None:
        chosen = self.selected()
        self.visits = visits
        self.table.setRowCount(len(visits))
        for row, visit in enumerate(visits):
            cells = (
                visit.starts_at.astimezone().strftime("%H:%M"),
                f"{visit.full_name} ({visit.mrn})",
                visit.phone,
                term_label(term(VISIT_KINDS, visit.what)),
                visit.doctor,
                term_label(term(VISIT_STATUSES, visit.status)),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if chosen is not None and visit.id == chosen.id:
                self.table.selectRow(row)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(len(visits)))
        self.table.setFixedHeight(max(height, 2 * self.table.horizontalHeader().height()))
        self._selection_changed()

    def selected(self) -> CalendarEntry | None:
        row = self.table.currentRow()
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.visits[row] if rows and 0 <= row < len(self.visits) else None

    def _selection_changed(self) -> None:
        visit = self.selected()
        open_visit = visit is not None and visit.status in ("booked", "arrived")
        self.buttons["open"].setEnabled(visit is not None)
        for key in ("arrived", "no_show", "cancel"):
            self.buttons[key].setEnabled(visit is not None and visit.status == "booked")
        self.buttons["chart"].setEnabled(
            open_visit and visit is not None and visit.what == "procedure"
            and visit.procedure_id is None
        )  # fmt: skip

    def _open(self) -> None:
        visit = self.selected()
        if visit is not None:
            self.open_patient.emit(visit.patient_id)

    def mark(self, status: str) -> None:
        visit = self.selected()
        if visit is None:
            return
        try:
            set_visit_status(self.db, self.actor, visit.id, visit.version, status)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
        self.changed.emit()

    def cancel(self) -> CancelVisitDialog | None:
        from desktop.dialogs.booking_form import CancelVisitDialog

        visit = self.selected()
        if visit is None:
            return None
        dialog = CancelVisitDialog(self.db, self.actor, visit, self)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def chart(self) -> ProcedureDialog | None:
        """The booked procedure becomes the chart: saving it marks the patient arrived."""
        from db.record.patients import open_patient
        from desktop.dialogs.procedure_form import ProcedureDialog

        visit = self.selected()
        if visit is None:
            return None
        try:
            patient = open_patient(self.db, self.actor, visit.patient_id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return None
        dialog = ProcedureDialog(self.db, self.actor, patient, self, appointment_id=visit.id)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.dialog = dialog
        return dialog
