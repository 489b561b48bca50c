"""Patient-file tabs for what follows a procedure: follow-ups, complications, the timeline."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QFont
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
from db.record.complications import ComplicationFilter, ComplicationRecord, list_complications
from db.record.followups import patient_follow_ups
from db.record.patients import PatientRecord
from db.record.procedures import patient_procedures
from db.record.timeline import Event
from db.storage.database import Database
from db.vocabulary import AREAS, COMPLICATION_TYPES, OUTCOMES, term
from desktop.conventions import day_text
from desktop.dialogs.complication_form import ComplicationDialog, ComplicationUpdateDialog
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.widgets.follow_up_list import FollowUpList
from desktop.widgets.tables import list_table


def _table(headers: tuple[str, ...]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels([tr(h) for h in headers])
    list_table(table)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class FollowUpsTab(QWidget):
    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.list = FollowUpList(
            db, actor, ("due", "step", "procedure", "areas", "status", "call"), show_open=False
        )
        self.list.changed.connect(self.refresh)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        self.refresh()

    def refresh(self) -> None:
        rows = patient_follow_ups(self.db, self.actor, self.patient.id)
        self.list.set_rows(rows, self.db.today())


class ComplicationsTab(QWidget):
    HEADERS = (
        QT_TR_NOOP("Onset"),
        QT_TR_NOOP("Type"),
        QT_TR_NOOP("Area"),
        QT_TR_NOOP("Severity"),
        QT_TR_NOOP("Outcome"),
        QT_TR_NOOP("Product / lot"),
        QT_TR_NOOP("Procedure"),
    )

    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.records: list[ComplicationRecord] = []
        self.dialog: QWidget | None = None
        may = actor.may(Permission.COMPLICATION_RECORD)
        self.add_button = QPushButton(self.tr("Record complication…"))
        self.update_button = QPushButton(self.tr("Add update…"))
        for button in (self.add_button, self.update_button):
            button.setVisible(may)
        self.update_button.setEnabled(False)
        self.add_button.clicked.connect(self.record)
        self.update_button.clicked.connect(self.add_update)
        self.table = _table(self.HEADERS)
        self.table.itemSelectionChanged.connect(
            lambda: self.update_button.setEnabled(self.table.currentRow() >= 0)
        )
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.update_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.records = list_complications(
            self.db, self.actor, ComplicationFilter(patient_id=self.patient.id)
        )
        fill_complications(self.table, self.records, with_patient=False)

    def record(self) -> ComplicationDialog:
        procedures = patient_procedures(self.db, self.actor, self.patient.id)
        dialog = ComplicationDialog(self.db, self.actor, procedures, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def add_update(self) -> ComplicationUpdateDialog | None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.records):
            return None
        dialog = ComplicationUpdateDialog(self.db, self.actor, self.records[index], self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog


def complication_kind(record: ComplicationRecord) -> str:
    return (
        record.kind_other
        if record.kind == "other"
        else label(term(COMPLICATION_TYPES, record.kind))
    )


def fill_complications(
    table: QTableWidget, records: list[ComplicationRecord], with_patient: bool
) -> None:
    table.setRowCount(len(records))
    for index, r in enumerate(records):
        values = [
            format_date(r.onset_date),
            complication_kind(r),
            label(term(AREAS, r.area)),
            tr("{severity}, serious").format(severity=r.severity) if r.serious else str(r.severity),
            label(term(OUTCOMES, r.outcome))
            + (f" {format_date(r.resolution_date)}" if r.resolution_date else ""),
            f"{r.product} / {r.lot_number}" if r.lot_number else tr("whole procedure"),
            tr("{0} of {1}").format(r.procedure_id, day_text(r.performed_at.astimezone().date())),
        ]
        if with_patient:
            values[1:1] = [f"{r.full_name} ({r.mrn})"]
            values.append(r.doctor)
        for column, value in enumerate(values):
            item = QTableWidgetItem(value)
            if r.open:
                font = QFont()
                font.setBold(True)
                item.setFont(font)
            table.setItem(index, column, item)


STATE_COLOURS = {
    "voided": "#888888",
    "missed": "#b00020",
    "cancelled": "#888888",
    "open": "#b00020",
    "planned": "#1a4f8b",
    "expected": "#5d4037",
}


class TimelineTab(QWidget):
    """Built from what the file's other tabs loaded, so opening a file queries each once."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = _table((QT_TR_NOOP("Date"), QT_TR_NOOP("Event"), QT_TR_NOOP("Details")))
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)

    def show_events(self, events: list[Event], today: date) -> None:
        """`events` in order; those after `today` are in italics."""
        self.table.setRowCount(len(events))
        for index, event in enumerate(events):
            for column, value in enumerate((format_date(event.day), event.title, event.detail)):
                item = QTableWidgetItem(value)
                colour = STATE_COLOURS.get(event.state)
                if colour:
                    item.setForeground(QBrush(QColor(colour)))
                if event.day > today:
                    font = QFont()
                    font.setItalic(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)
