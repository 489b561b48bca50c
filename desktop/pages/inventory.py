"""Stock by lot: what is on the shelf, what expires soon, what was recalled."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.stock.lot_signals import lot_flags
from db.stock.lots import LotRow, StockFilter, inventory
from db.storage.database import Database
from desktop.dialogs.lot_action import LotAction, LotActionDialog
from desktop.dialogs.receive_stock import ReceiveStockDialog
from desktop.i18n import QT_TR_NOOP, tr
from desktop.models.lot_table import LotTableModel
from desktop.widgets.tables import list_table
from desktop.worker import Runner

FILTERS = (
    (StockFilter.IN_STOCK, QT_TR_NOOP("Usable stock")),
    (StockFilter.EXPIRING, QT_TR_NOOP("Expiring soon")),
    (StockFilter.EXPIRED, QT_TR_NOOP("Expired")),
    (StockFilter.OUT_OF_STOCK, QT_TR_NOOP("Out of stock")),
    (StockFilter.RECALLED, QT_TR_NOOP("Recalled")),
    (StockFilter.ALL, QT_TR_NOOP("All lots")),
)


class InventoryPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.flag_runner = Runner(self)
        self.dialog: QWidget | None = None
        self.model = LotTableModel(db.today(), self)

        self.filter = QComboBox()
        for value, label in FILTERS:
            self.filter.addItem(tr(label), value)
        self.expiring_days = QSpinBox()
        self.expiring_days.setRange(1, 365)
        self.expiring_days.setValue(30)
        self.expiring_days.setPrefix(self.tr("within "))
        self.expiring_days.setSuffix(self.tr(" days"))
        self.filter.currentIndexChanged.connect(self.refresh)
        self.expiring_days.valueChanged.connect(self.refresh)

        self.receive_button = QPushButton(self.tr("Receive stock…"))
        self.receive_button.setEnabled(actor.may(Permission.STOCK_INTAKE))
        self.receive_button.clicked.connect(self.receive)
        may_take_out = actor.may(Permission.STOCK_WRITE_OFF)
        self.write_off_button = QPushButton(self.tr("Write off…"))
        self.return_button = QPushButton(self.tr("Return to supplier…"))
        self.recall_button = QPushButton(self.tr("Recall lot…"))
        for button, action in (
            (self.write_off_button, LotAction.WRITE_OFF),
            (self.return_button, LotAction.RETURN),
            (self.recall_button, LotAction.RECALL),
        ):
            button.setEnabled(False)
            button.setVisible(may_take_out)
            button.clicked.connect(lambda _=False, a=action: self.lot_action(a))

        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.status = QLabel()

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Show")))
        filters.addWidget(self.filter)
        filters.addWidget(self.expiring_days)
        filters.addStretch(1)
        filters.addWidget(self.receive_button)
        actions = QHBoxLayout()
        actions.addWidget(self.write_off_button)
        actions.addWidget(self.return_button)
        actions.addWidget(self.recall_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.status)

    def current_filter(self) -> StockFilter:
        return StockFilter(self.filter.currentData())

    def refresh(self) -> None:
        db, actor = self.db, self.actor
        which, days = self.current_filter(), self.expiring_days.value()
        self.expiring_days.setEnabled(which is StockFilter.EXPIRING)
        self.runner.start(
            lambda: inventory(db, actor, which, days),
            lambda rows: self._show(rows, days),
            self.status.setText,
        )
        # The signals take longer than the stock list: their flags arrive when ready.
        self.flag_runner.start(
            lambda: lot_flags(db, actor), self.model.set_flags, self.status.setText
        )

    def refresh_if_shown(self) -> None:
        """For live updates: a hidden page reloads when it is next shown."""
        if self.isVisible():
            self.refresh()

    def _show(self, rows: list[LotRow], days: int) -> None:
        chosen = self.selected_lot()
        scroll = self.table.verticalScrollBar().value()
        self.model.set_rows(rows, self.db.today(), days)
        if chosen is not None:
            for index, row in enumerate(rows):
                if row.lot_id == chosen.lot_id:
                    self.table.selectRow(index)
                    break
        self.table.verticalScrollBar().setValue(scroll)
        self.status.setText(
            self.tr("{0} lot(s), {1} thread(s) on hand").format(
                len(rows), sum(max(0, r.on_hand) for r in rows)
            )
        )
        self._selection_changed()

    def selected_lot(self) -> LotRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        lot = self.selected_lot()
        has_stock = lot is not None and lot.on_hand > 0
        self.write_off_button.setEnabled(has_stock)
        self.return_button.setEnabled(has_stock)
        self.recall_button.setEnabled(lot is not None and lot.recalled_on is None)

    def receive(self) -> ReceiveStockDialog:
        dialog = ReceiveStockDialog(self.db, self.actor, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def lot_action(self, action: LotAction) -> LotActionDialog | None:
        lot = self.selected_lot()
        if lot is None:
            return None
        dialog = LotActionDialog(self.db, self.actor, lot, action, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.refresh()
