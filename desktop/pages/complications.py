"""All complications, open ones first, with filters; and the lots flagged by the signals."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission, Role
from db.record.complications import ComplicationFilter, ComplicationRecord, list_complications
from db.record.procedures import staff_with_role
from db.stock.lot_signals import Signal as LotSignal
from db.stock.lot_signals import signals
from db.stock.products import list_products
from db.storage.database import Database
from db.vocabulary import COMPLICATION_TYPES, term
from desktop.conventions import number_text
from desktop.dialogs.complication_form import ComplicationUpdateDialog
from desktop.fields import DateField
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.pages.patient_history import _table, fill_complications
from desktop.worker import Runner

LIMIT = 1000
HEADERS = (
    QT_TR_NOOP("Onset"),
    QT_TR_NOOP("Patient"),
    QT_TR_NOOP("Type"),
    QT_TR_NOOP("Area"),
    QT_TR_NOOP("Severity"),
    QT_TR_NOOP("Outcome"),
    QT_TR_NOOP("Product / lot"),
    QT_TR_NOOP("Procedure"),
    QT_TR_NOOP("Doctor"),
)


def signal_text(signal: LotSignal) -> str:
    """In words first ('7 infections in 120 patients; about 2 expected'), then the figure for
    those who want it."""
    where = (
        tr("Lot {lot} of {product}").format(lot=signal.lot_number, product=signal.product)
        if signal.scope == "lot"
        else signal.product
    )
    expected = signal.treated * signal.reference_rate
    about = number_text(expected) if expected >= 1 else tr("fewer than 1")
    odds = 1 / signal.p_value if signal.p_value else 0
    chance = (
        tr("by chance about 1 time in {n}").format(n=number_text(odds))
        if odds >= 2
        else tr("could well be chance")
    )
    return tr(
        "{where}: {kind} in {cases} of {treated} patients; about {expected} expected from "
        "published rates ({chance}; p = {p})"
    ).format(
        where=where,
        kind=label(term(COMPLICATION_TYPES, signal.kind)).lower(),
        cases=signal.cases,
        treated=signal.treated,
        expected=about,
        chance=chance,
        p=f"{signal.p_value or 0.0:.2g}",
    )


class ComplicationsPage(QWidget):
    """Signals:
    open_patient(int)
    """

    open_patient = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.signal_runner = Runner(self)
        self.records: list[ComplicationRecord] = []
        self.dialog: QWidget | None = None

        self.kind = QComboBox()
        self.kind.addItem(self.tr("All types"), None)
        for entry in COMPLICATION_TYPES:
            self.kind.addItem(label(entry), entry.code)
        self.product = QComboBox()
        self.product.addItem(self.tr("All products"), None)
        for product in list_products(db, actor, include_inactive=True):
            self.product.addItem(f"{product.manufacturer} {product.name}", product.id)
        self.lot = QLineEdit()
        self.lot.setPlaceholderText(self.tr("Lot"))
        self.lot.setMaximumWidth(140)
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("All doctors"), None)
        for person in staff_with_role(db, actor, Role.DOCTOR):
            self.doctor.addItem(person.full_name, person.user_id)
        self.onset_from = DateField()
        self.onset_to = DateField()
        apply = QPushButton(self.tr("Show"))
        apply.clicked.connect(self.refresh)
        for combo in (self.kind, self.product, self.doctor):
            combo.currentIndexChanged.connect(self.refresh)
        self.lot.returnPressed.connect(self.refresh)

        filters = QHBoxLayout()
        for widget in (self.kind, self.product, self.lot, self.doctor):
            filters.addWidget(widget)
        filters.addWidget(QLabel(self.tr("onset from")))
        filters.addWidget(self.onset_from)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.onset_to)
        filters.addWidget(apply)
        filters.addStretch(1)

        self.table = _table(HEADERS)
        self.table.cellDoubleClicked.connect(lambda row, _c: self._open(row))
        self.status = QLabel()
        open_button = QPushButton(self.tr("Open patient"))
        open_button.clicked.connect(lambda: self._open(self.table.currentRow()))
        self.update_button = QPushButton(self.tr("Add update…"))
        self.update_button.setVisible(actor.may(Permission.COMPLICATION_RECORD))
        self.update_button.clicked.connect(self.add_update)
        actions = QHBoxLayout()
        actions.addWidget(open_button)
        actions.addWidget(self.update_button)
        actions.addStretch(1)
        actions.addWidget(self.status)

        self.signals_box = QGroupBox(self.tr("Lot and product signals"))
        self.signals_label = QLabel()
        self.signals_label.setObjectName("signals_label")
        self.signals_label.setWordWrap(True)
        QVBoxLayout(self.signals_box).addWidget(self.signals_label)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.signals_box)

    def current_filter(self) -> ComplicationFilter:
        return ComplicationFilter(
            kind=self.kind.currentData(),
            product_id=self.product.currentData(),
            lot_number=self.lot.text().strip() or None,
            doctor_id=self.doctor.currentData(),
            onset_from=self.onset_from.value(),
            onset_to=self.onset_to.value(),
        )

    def refresh(self) -> None:
        db, actor, where = self.db, self.actor, self.current_filter()
        self.runner.start(
            lambda: list_complications(db, actor, where), self._show, self.status.setText
        )
        self.signal_runner.start(
            lambda: signals(db, actor, only_flagged=True),
            self._show_signals,
            self.signals_label.setText,
        )

    def refresh_if_shown(self) -> None:
        """For live updates: a hidden page reloads when it is next shown."""
        if self.isVisible():
            self.refresh()

    def _show(self, records: list[ComplicationRecord]) -> None:
        index = self.table.currentRow()
        chosen = self.records[index].id if 0 <= index < len(self.records) else None
        scroll = self.table.verticalScrollBar().value()
        self.records = records
        fill_complications(self.table, records, with_patient=True)
        for row, record in enumerate(records):
            if record.id == chosen:
                self.table.selectRow(row)
                break
        self.table.verticalScrollBar().setValue(scroll)
        still_open = sum(1 for r in records if r.open)
        self.status.setText(
            self.tr("{0} complication(s), {1} open").format(
                number_text(len(records)), number_text(still_open)
            )
        )

    def _show_signals(self, found: list[LotSignal]) -> None:
        if not found:
            self.signals_label.setText(
                self.tr(
                    "No lot or product has improbably many complications "
                    "(p < 0.01, at least 3 cases)."
                )
            )
            self.signals_label.setStyleSheet("")
            return
        self.signals_label.setStyleSheet("color: #b00020;")
        self.signals_label.setText("\n".join("⚑ " + signal_text(s) for s in found))

    def _open(self, index: int) -> None:
        if 0 <= index < len(self.records):
            self.open_patient.emit(self.records[index].patient_id)

    def add_update(self) -> ComplicationUpdateDialog | None:
        index = self.table.currentRow()
        if not 0 <= index < len(self.records):
            return None
        dialog = ComplicationUpdateDialog(self.db, self.actor, self.records[index], self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
