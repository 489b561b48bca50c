"""Lot recall: type or scan a lot, see everyone who received it, export the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.csv_cells import csv_writer
from db.errors import ThreadbookError
from db.stock.barcodes import GS, ScanError, parse_box
from db.stock.recall import RecallRow, recall_csv_rows, record_export
from db.stock.recall_round import RecallList, RecallPatient, recall_list, record_recall_contact
from db.storage.database import Database
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.widgets.phone_round import PhoneRoundBar, recall_outcomes
from desktop.widgets.scan_field import ScanField
from desktop.widgets.tables import list_table
from desktop.worker import Runner

HEADERS = (
    QT_TR_NOOP("Patient"),
    QT_TR_NOOP("Phone"),
    QT_TR_NOOP("Placements"),
    QT_TR_NOOP("Threads"),
    QT_TR_NOOP("Last contact"),
    QT_TR_NOOP("Reached"),
)


class RecallPage(QWidget):
    """One line per patient who received the lot; reception calls each and records how it went.

    Signals:
        open_patient(int, int, bool): the patient's id, the lot's id, and whether to show
            the patient's thread map (where that lot's threads are picked out) at once.
    """

    open_patient = Signal(int, int, bool)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.rows: list[RecallRow] = []
        self.recall: RecallList | None = None
        self.query_lot = ""
        self.query_product = ""

        self.lot = ScanField()
        self.lot.setPlaceholderText(self.tr("Lot number, or scan the box"))
        self.lot.scanned.connect(self.search)
        self.product = QLineEdit()
        self.product.setPlaceholderText(self.tr("Product or maker (optional)"))
        self.product.returnPressed.connect(lambda: self.search(self.lot.text()))
        find = QPushButton(self.tr("Find patients"))
        find.clicked.connect(lambda: self.search(self.lot.text()))
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open patient"))
        self.open_button.clicked.connect(self._open_selected)
        self.map_button = QPushButton(self.tr("Show on thread map"))
        self.map_button.clicked.connect(lambda: self._open_selected(on_map=True))
        self.summary = QLabel()
        self.summary.setObjectName("recall_summary")
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        list_table(self.table)
        self.table.setWordWrap(True)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (2, 4):  # placements and the last contact wrap instead of widening
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self._open_selected())
        self.calls = PhoneRoundBar(self.table, recall_outcomes())
        self.calls.outcome_chosen.connect(self.record_call)

        top = QHBoxLayout()
        top.addWidget(self.lot, 2)
        top.addWidget(self.product, 1)
        top.addWidget(find)
        top.addWidget(self.export_button)
        actions = QHBoxLayout()
        actions.addWidget(self.open_button)
        actions.addWidget(self.map_button)
        actions.addWidget(self.calls, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

    def search(self, text: str) -> None:
        """A scanned GS1 code gives the lot (and narrows by its GTIN); typed text is the lot."""
        lot, product = text.strip(), self.product.text()
        if lot.startswith(("(", "]")) or GS in lot or (lot.isdigit() and len(lot) > 20):
            try:
                box = parse_box(text)
            except ScanError as exc:
                self.summary.setText(exc.message)
                return
            lot, product = box.lot_number or "", box.gtin
        if not lot:
            self.summary.setText(self.tr("Type or scan a lot number."))
            return
        self.lot.setText(lot)
        self.query_lot, self.query_product = lot, product
        self.summary.setText(self.tr("Searching…"))
        self._load()

    def _load(self) -> None:
        db, actor, lot, product = self.db, self.actor, self.query_lot, self.query_product
        self.runner.start(
            lambda: recall_list(db, actor, lot, product), self._show, self.summary.setText
        )

    def _show(self, recall: RecallList) -> None:
        chosen = self.selected()
        self.recall = recall
        self.rows = recall.rows
        self.table.setRowCount(len(recall.patients))
        for index, p in enumerate(recall.patients):
            phone = (
                p.phone
                if p.contact_consent
                else self.tr("{phone} (no consent to reminders)").format(phone=p.phone)
            )
            values = (
                f"{p.full_name} ({p.mrn})", phone, p.placements, str(p.threads), p.last_contact,
                self.tr("Yes") if p.reached else self.tr("Not yet"),
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
            if chosen is not None and p.patient_id == chosen.patient_id:
                self.table.selectRow(index)
        self.table.resizeRowsToContents()
        self.summary.setText(self._summary_text(recall))
        self.export_button.setEnabled(bool(recall.patients))

    def _summary_text(self, recall: RecallList) -> str:
        if not recall.patients:
            return self.tr("No patient received lot {lot}.").format(lot=self.query_lot)
        counts = self.tr("{reached} of {total} patients reached.").format(
            reached=recall.reached, total=len(recall.patients)
        )
        if recall.recalled_on is None:
            return self.tr("Lot {lot} ({products}), not recalled. {counts}").format(
                lot=recall.lot_number, products=recall.products, counts=counts
            )
        return self.tr("Lot {lot} ({products}) recalled on {day}: {reason}. {counts}").format(
            lot=recall.lot_number,
            products=recall.products,
            day=format_date(recall.recalled_on),
            reason=recall.reason or self.tr("no reason given"),
            counts=counts,
        )

    def selected(self) -> RecallPatient | None:
        rows = self.table.selectionModel().selectedRows()
        if self.recall is None or not rows:
            return None
        index = rows[0].row()
        return self.recall.patients[index] if 0 <= index < len(self.recall.patients) else None

    def _open_selected(self, on_map: bool = False) -> None:
        patient = self.selected()
        if patient is not None:
            self.open_patient.emit(patient.patient_id, patient.lot_id, on_map)

    def record_call(self, outcome: str) -> None:
        """Recorded (and audited) with the note typed; the next patient is selected."""
        patient = self.selected()
        if patient is None or self.recall is None:
            return
        try:
            record_recall_contact(
                self.db, self.actor, patient.lot_id, patient.patient_id, outcome,
                self.calls.note.text(),
            )  # fmt: skip
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.calls.note.clear()
        index = self.recall.patients.index(patient)
        if index + 1 < len(self.recall.patients):
            self.table.selectRow(index + 1)
        self.table.setFocus()
        self._load()

    def export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export recall list"), f"recall-{self.query_lot}.csv", "CSV (*.csv)"
        )
        if name:
            self.write_csv(Path(name))

    def write_csv(self, path: Path) -> None:
        try:
            with path.open("w", newline="", encoding="utf-8-sig") as handle:
                csv_writer(handle).writerows(recall_csv_rows(self.rows))
            record_export(self.db, self.actor, "recall", len(self.rows), str(path))
        except OSError as exc:
            Prompts.show_error(self, self.tr("Could not write {0}: {1}").format(path, exc.strerror))
            return
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.summary.setText(self.summary.text() + " " + self.tr("Exported to {0}.").format(path))
