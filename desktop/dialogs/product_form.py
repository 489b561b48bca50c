"""Add or edit a thread product in the catalogue."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.stock.products import (
    ProductInput,
    ProductRecord,
    add_product,
    update_product,
    validate_product,
)
from db.storage.database import Database
from db.vocabulary import DESIGNS, MATERIALS, material
from desktop.fields import FieldErrors
from desktop.widgets.terms import fill_terms
from desktop.writes import write


class ProductDialog(QDialog):
    """Attributes:
    saved: the product as stored, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        record: ProductRecord | None = None,
        gtin: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.record = record
        self.saved: ProductRecord | None = None
        self.setWindowTitle(
            self.tr("New thread product") if record is None else self.tr("Edit product")
        )
        self.setMinimumWidth(480)

        self.manufacturer = QLineEdit()
        self.name = QLineEdit()
        self.material = QComboBox()
        fill_terms(self.material, MATERIALS)
        self.design = QComboBox()
        fill_terms(self.design, DESIGNS)
        self.gauge = QLineEdit()
        self.gauge.setPlaceholderText(self.tr("for example 19G or USP 2-0"))
        self.length_mm = QSpinBox()
        self.length_mm.setRange(5, 1000)
        self.length_mm.setValue(100)
        self.length_mm.setSuffix(self.tr(" mm"))
        self.gtin = QLineEdit(gtin)
        self.gtin.setPlaceholderText(self.tr("optional: the 14 digits after (01) on the box"))
        self.absorption = QSpinBox()
        self.absorption.setRange(1, 120)
        self.absorption.setSuffix(self.tr(" months"))
        self.material.currentIndexChanged.connect(self._default_absorption)
        self._default_absorption()

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Manufacturer"), "manufacturer", self.manufacturer)
        self.errors.add_row(form, self.tr("Product name"), "name", self.name)
        self.errors.add_row(form, self.tr("Material"), "material", self.material)
        self.errors.add_row(form, self.tr("Design"), "design", self.design)
        self.errors.add_row(form, self.tr("Gauge"), "gauge", self.gauge)
        self.errors.add_row(form, self.tr("Length"), "length_mm", self.length_mm)
        self.errors.add_row(form, self.tr("GTIN"), "gtin", self.gtin)
        self.errors.add_row(
            form, self.tr("Absorbed in about"), "absorption_months", self.absorption
        )

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if record is not None:
            self.manufacturer.setText(record.manufacturer)
            self.name.setText(record.name)
            self.material.setCurrentIndex(self.material.findData(record.material))
            self.design.setCurrentIndex(self.design.findData(record.design))
            self.gauge.setText(record.gauge)
            self.length_mm.setValue(record.length_mm)
            self.gtin.setText(record.gtin or "")
            self.absorption.setValue(record.absorption_months)

    @classmethod
    def ask(
        cls, db: Database, actor: Actor, gtin: str = "", parent: QWidget | None = None
    ) -> ProductRecord | None:
        """Show the form modally; the product saved, or None when cancelled."""
        dialog = cls(db, actor, gtin=gtin, parent=parent)
        dialog.exec()
        return dialog.saved

    def _default_absorption(self) -> None:
        self.absorption.setValue(
            material(str(self.material.currentData())).default_absorption_months
        )

    def current_input(self) -> ProductInput:
        return ProductInput(
            manufacturer=self.manufacturer.text(),
            name=self.name.text(),
            material=str(self.material.currentData()),
            design=str(self.design.currentData()),
            gauge=self.gauge.text(),
            length_mm=self.length_mm.value(),
            gtin=self.gtin.text(),
            absorption_months=self.absorption.value(),
        )

    def submit(self) -> None:
        data = self.current_input()
        errors = validate_product(data)
        self.errors.show(errors)
        if errors:
            return
        record = self.record
        if record is None:
            work = partial(add_product, self.db, self.actor, data)
        else:
            work = partial(update_product, self.db, self.actor, record.id, record.version, data)
        write(self, work, self._saved, errors=self.errors)

    def _saved(self, product: ProductRecord) -> None:
        self.saved = product
        self.accept()
