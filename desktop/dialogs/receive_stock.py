"""Stock intake: scan the box (or type), check, and take the threads into stock."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.stock.barcodes import ScanError, parse_box
from db.stock.lots import LotRow
from db.stock.movements import IntakeInput, receive_stock, validate_intake
from db.stock.products import list_products, product_by_gtin
from db.storage.database import Database
from desktop.dialogs.product_form import ProductDialog
from desktop.fields import DateField, FieldErrors, submit_buttons
from desktop.messages import Prompts
from desktop.widgets.scan_field import ScanField
from desktop.writes import write


class ReceiveStockDialog(QDialog):
    """Attributes:
    saved: the lot after intake, once accepted.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.saved: LotRow | None = None
        self.setWindowTitle(self.tr("Receive stock"))
        self.setMinimumWidth(520)

        self.scan = ScanField()
        self.scan.scanned.connect(self.apply_scan)
        self.scan_message = QLabel()
        self.scan_message.setWordWrap(True)
        self.scan_message.setObjectName("scan_message")
        self.product = QComboBox()
        self.lot_number = QLineEdit()
        self.expiry = DateField()
        self.quantity = QSpinBox()
        self.quantity.setRange(1, 100_000)
        self.quantity.setValue(10)
        self.quantity.setSuffix(self.tr(" threads"))
        self.received = DateField()
        self.received.set_value(db.today())
        self.supplier = QLineEdit()
        self._load_products()

        form = QFormLayout()
        form.addRow(self.tr("Scan"), self.scan)
        form.addRow("", self.scan_message)
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Product"), "product", self.product)
        self.errors.add_row(form, self.tr("Lot number"), "lot_number", self.lot_number)
        self.errors.add_row(form, self.tr("Expiry date"), "expiry_date", self.expiry)
        self.errors.add_row(form, self.tr("Quantity"), "quantity", self.quantity)
        self.errors.add_row(form, self.tr("Received on"), "received_date", self.received)
        self.errors.add_row(form, self.tr("Supplier"), "supplier", self.supplier)

        buttons, self.save_button = submit_buttons(self, self.tr("Take into stock"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.scan.setFocus()

    def _load_products(self, select_id: int | None = None) -> None:
        self.product.clear()
        for product in list_products(self.db, self.actor):
            self.product.addItem(product.label, product.id)
        if select_id is not None:
            self.product.setCurrentIndex(self.product.findData(select_id))

    def apply_scan(self, text: str) -> None:
        self.scan.clear()
        try:
            box = parse_box(text)
        except ScanError as exc:
            self._scan_problem(exc.message)
            return
        product = product_by_gtin(self.db, self.actor, box.gtin)
        if product is None:
            asked = Prompts.confirm(
                self,
                self.tr("No product in the catalogue has GTIN {gtin}. Add it now?").format(
                    gtin=box.gtin
                ),
                self.tr("Add product"),
                self.tr("Not now"),
            )
            if not asked:
                self._scan_problem(
                    self.tr("Unknown GTIN {gtin}: add the product first.").format(gtin=box.gtin)
                )
                return
            product = ProductDialog.ask(self.db, self.actor, box.gtin, self)
            if product is None:
                return
            self._load_products()
        self.product.setCurrentIndex(self.product.findData(product.id))
        if box.lot_number:
            self.lot_number.setText(box.lot_number)
        if box.expiry:
            self.expiry.set_value(box.expiry)
        self.scan_message.setStyleSheet("color: #1b5e20;")
        self.scan_message.setText(
            self.tr("Read: {product}, lot {lot}. Check the quantity, then take into stock.").format(
                product=product.label, lot=box.lot_number or "?"
            )
        )
        self.quantity.setFocus()
        self.quantity.selectAll()

    def _scan_problem(self, message: str) -> None:
        self.scan_message.setStyleSheet("color: #b00020;")
        self.scan_message.setText(message)
        self.scan.setFocus()

    def current_input(self) -> IntakeInput:
        product_id = self.product.currentData()
        return IntakeInput(
            product_id=int(product_id) if product_id is not None else 0,
            lot_number=self.lot_number.text(),
            expiry_date=self.expiry.value(),
            quantity=self.quantity.value(),
            received_date=self.received.value(),
            supplier=self.supplier.text(),
        )

    def submit(self) -> None:
        data = self.current_input()
        errors = validate_intake(data, self.db.today())
        if self.product.currentData() is None:
            errors["product"] = self.tr("Choose the product, or add it to the catalogue first.")
        for field, widget in (("expiry_date", self.expiry), ("received_date", self.received)):
            if problem := widget.problem():
                errors[field] = problem
        self.errors.show(errors)
        if errors:
            return
        write(
            self, lambda: receive_stock(self.db, self.actor, data), self._saved, errors=self.errors
        )

    def _saved(self, received: LotRow) -> None:
        self.saved = received
        self.accept()
