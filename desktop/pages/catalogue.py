"""The thread catalogue: products the clinic uses. Deactivated, never deleted."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
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
from db.stock.products import ProductRecord, list_products, set_product_active
from db.storage.database import Database
from db.vocabulary import DESIGNS, term
from desktop.dialogs.product_form import ProductDialog
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.messages import Prompts
from desktop.widgets.tables import list_table
from desktop.writes import write

HEADERS = (
    QT_TR_NOOP("Manufacturer"),
    QT_TR_NOOP("Product"),
    QT_TR_NOOP("Material"),
    QT_TR_NOOP("Design"),
    QT_TR_NOOP("Gauge"),
    QT_TR_NOOP("Length"),
    QT_TR_NOOP("GTIN"),
    QT_TR_NOOP("Absorbed in"),
    QT_TR_NOOP("Status"),
)


class CataloguePage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.products: list[ProductRecord] = []
        self.dialog: ProductDialog | None = None
        may_edit = actor.may(Permission.STOCK_INTAKE)

        self.show_inactive = QCheckBox(self.tr("Show deactivated products"))
        self.show_inactive.toggled.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Add product…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.toggle_button = QPushButton(self.tr("Deactivate"))
        for button in (self.add_button, self.edit_button, self.toggle_button):
            button.setVisible(may_edit)
        self.add_button.clicked.connect(lambda: self.edit(None))
        self.edit_button.clicked.connect(lambda: self.edit(self.selected()))
        self.toggle_button.clicked.connect(self.toggle_active)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        list_table(self.table)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.edit(self.selected()))

        top = QHBoxLayout()
        top.addWidget(self.show_inactive)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.edit_button)
        top.addWidget(self.toggle_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        self.products = list_products(self.db, self.actor, self.show_inactive.isChecked())
        self.table.setRowCount(len(self.products))
        for row, product in enumerate(self.products):
            values = (
                product.manufacturer,
                product.name,
                product.material,
                label(term(DESIGNS, product.design)),
                product.gauge,
                f"{product.length_mm} mm",
                product.gtin or "—",
                self.tr("{0} months").format(product.absorption_months),
                self.tr("Active") if product.active else self.tr("Deactivated"),
            )
            for column, value in enumerate(values):
                self.table.setItem(row, column, QTableWidgetItem(value))
        self._selection_changed()

    def selected(self) -> ProductRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.products[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        product = self.selected()
        self.edit_button.setEnabled(product is not None)
        self.toggle_button.setEnabled(product is not None)
        if product is not None:
            self.toggle_button.setText(
                self.tr("Deactivate") if product.active else self.tr("Reactivate")
            )

    def edit(self, product: ProductRecord | None) -> ProductDialog | None:
        if not self.actor.may(Permission.STOCK_INTAKE):
            return None
        dialog = ProductDialog(self.db, self.actor, product, parent=self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def toggle_active(self) -> None:
        product = self.selected()
        if product is None:
            return
        write(
            self,
            partial(set_product_active, self.db, self.actor, product.id, not product.active),
            lambda _saved: self.refresh(),
            refused=self._refused,
        )

    def _refused(self, error: ThreadbookError) -> bool:
        Prompts.show_error(self, error.message)
        self.refresh()  # the refusal may come from a change made elsewhere: show it
        return True
