"""Lot recall: type or scan a lot, see everyone who received it, export the list."""

from __future__ import annotations

from pathlib import Path

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
from db.stock.recall import RecallRow, patients_with_lot, recall_csv_rows, record_export
from db.storage.database import Database
from db.vocabulary import AREAS, SIDES, term
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.messages import Prompts
from desktop.widgets.scan_field import ScanField
from desktop.widgets.tables import list_table
from desktop.worker import Runner

HEADERS = (
    QT_TR_NOOP("Patient"),
    QT_TR_NOOP("MRN"),
    QT_TR_NOOP("Phone"),
    QT_TR_NOOP("Contact OK"),
    QT_TR_NOOP("Procedure"),
    QT_TR_NOOP("Date"),
    QT_TR_NOOP("Area"),
    QT_TR_NOOP("Side"),
    QT_TR_NOOP("Threads"),
    QT_TR_NOOP("Doctor"),
    QT_TR_NOOP("Product"),
    QT_TR_NOOP("Lot"),
)


class RecallPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.rows: list[RecallRow] = []
        self.query_lot = ""

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
        self.summary = QLabel()
        self.summary.setObjectName("recall_summary")
        self.summary.setWordWrap(True)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        list_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

        top = QHBoxLayout()
        top.addWidget(self.lot, 2)
        top.addWidget(self.product, 1)
        top.addWidget(find)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)

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
        self.query_lot = lot
        db, actor = self.db, self.actor
        self.summary.setText(self.tr("Searching…"))
        self.runner.start(
            lambda: patients_with_lot(db, actor, lot, product), self._show, self.summary.setText
        )

    def _show(self, rows: list[RecallRow]) -> None:
        self.rows = rows
        self.table.setRowCount(len(rows))
        for index, r in enumerate(rows):
            values = (
                r.full_name, r.mrn, r.phone, self.tr("yes") if r.contact_consent else self.tr("NO"),
                str(r.procedure_id), format_date(r.performed_at.astimezone().date()),
                r.area_other if r.area == "other" else label(term(AREAS, r.area)),
                label(term(SIDES, r.side)), str(r.thread_count),
                r.doctor, r.product, r.lot_number,
            )  # fmt: skip
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        patients = len({r.patient_id for r in rows})
        if rows:
            self.summary.setText(
                self.tr("Lot {0}: {1} patient(s), {2} placement(s).").format(
                    self.query_lot, patients, len(rows)
                )
            )
        else:
            self.summary.setText(self.tr("No patient received lot {0}.").format(self.query_lot))
        self.export_button.setEnabled(bool(rows))

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
