"""Patient-file tab listing the patient's alerts, in force and ended, with who recorded them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
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
from db.record.alerts import AlertRecord, patient_alerts
from db.storage.database import Database
from desktop.dialogs.alert_form import AlertDialog, EndAlertDialog
from desktop.widgets.alert_banner import RED, alert_what, level_words
from desktop.widgets.tables import list_table


class AlertsTab(QWidget):
    """Signals:
    changed(): an alert was added or ended (the header shows the alerts in force).
    """

    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient_id = patient_id
        self.alerts: list[AlertRecord] = []
        self.dialog: QWidget | None = None
        may = actor.may(Permission.PATIENT_ALERTS)
        self.add_button = QPushButton(self.tr("Add alert…"))
        self.end_button = QPushButton(self.tr("End alert…"))
        for button in (self.add_button, self.end_button):
            button.setVisible(may)
        self.end_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.end_button.clicked.connect(self.end)
        headers = (
            self.tr("Alert"),
            self.tr("When charting"),
            self.tr("Recorded"),
            self.tr("Ended"),
        )
        self.table = QTableWidget(0, len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.end_button)
        bar.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.alerts = patient_alerts(self.db, self.actor, self.patient_id, include_ended=True)
        self.alerts.sort(key=lambda alert: (not alert.active, -alert.id))
        self.table.setRowCount(len(self.alerts))
        for row, alert in enumerate(self.alerts):
            recorded = self.tr("{when} by {who}").format(
                when=alert.recorded_at.astimezone().strftime("%d/%m/%Y"), who=alert.recorded_by
            )
            ended = (
                self.tr("{when}: {why}").format(
                    when=alert.ended_at.astimezone().strftime("%d/%m/%Y"), why=alert.end_reason
                )
                if alert.ended_at
                else ""
            )
            cells = (alert_what(alert), level_words(alert.level), recorded, ended)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if alert.active:
                    item.setForeground(QBrush(QColor(RED)))
                self.table.setItem(row, column, item)
        self._selection()

    def _selection(self) -> None:
        index = self.table.currentRow()
        chosen = self.alerts[index] if 0 <= index < len(self.alerts) else None
        self.end_button.setEnabled(chosen is not None and chosen.active)

    def add(self) -> AlertDialog:
        dialog = AlertDialog(self.db, self.actor, self.patient_id, self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def end(self) -> EndAlertDialog | None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.alerts) or not self.alerts[index].active:
            return None
        dialog = EndAlertDialog(self.db, self.actor, self.alerts[index], self)
        dialog.accepted.connect(self._changed)
        dialog.open()
        self.dialog = dialog
        return dialog

    def _changed(self) -> None:
        self.refresh()
        self.changed.emit()
