"""One placement in the chart form: area, side, lot and thread count."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from db.record.procedures import MAX_THREADS_PER_PLACEMENT, PlacementInput
from db.stock.lots import LotRow
from db.vocabulary import AREAS, CONTRAINDICATED_AREAS, SIDES
from desktop.conventions import number_text
from desktop.fields import format_date
from desktop.i18n import label
from desktop.widgets.terms import fill_terms


def lot_label(lot: LotRow) -> str:
    return QCoreApplication.translate(
        "ProcedureDialog", "{product} · {material} · lot {lot} · exp. {expiry} · {left} left"
    ).format(
        product=lot.product,
        material=lot.material,
        lot=lot.lot_number,
        expiry=format_date(lot.expiry_date),
        left=number_text(lot.on_hand),
    )


def _fit_list(combo: QComboBox) -> None:
    """The open list as wide as its longest entry, though the closed box is narrower."""
    view = combo.view()
    view.setMinimumWidth(view.sizeHintForColumn(0) + view.verticalScrollBar().sizeHint().width())


class PlacementRow(QFrame):
    """One area, side, lot and thread count.

    Signals:
        changed(): area or lot changed (the dialog re-checks contraindications).
        remove_requested(PlacementRow)
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, lots: list[LotRow], lot_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.area = QComboBox()
        self.area.addItem(self.tr("Choose area…"), None)
        for entry in AREAS:
            text = label(entry)
            if entry.code in CONTRAINDICATED_AREAS:
                text = self.tr("{area} (not suited to threads)").format(area=text)
            self.area.addItem(text, entry.code)
        self.area_other = QLineEdit()
        self.area_other.setPlaceholderText(self.tr("which area?"))
        self.area_other.hide()
        self.side = QComboBox()
        fill_terms(self.side, SIDES)
        self.side.setCurrentIndex(self.side.findData("both"))
        self.lot = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(1, MAX_THREADS_PER_PLACEMENT)
        self.count.setValue(2)
        self.count.setSuffix(self.tr(" threads"))
        # Long names are shown whole in the open list; closed, each list keeps to a width that
        # lets the row, thread count and Remove included, fit a 1366-pixel screen.
        for combo, letters in ((self.area, 18), (self.lot, 34)):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(letters)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.area.currentIndexChanged.connect(self._area_changed)
        _fit_list(self.area)
        self.lot.currentIndexChanged.connect(self.changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        layout.addWidget(self.area_other)
        layout.addWidget(self.side)
        layout.addWidget(self.lot, 1)
        layout.addWidget(self.count)
        layout.addWidget(remove)
        self.set_lots(lots, lot_id)

    def set_lots(self, lots: list[LotRow], lot_id: int | None) -> None:
        current = lot_id if lot_id is not None else self.lot.currentData()
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(self.tr("Choose or scan the lot…"), None)
        for lot in lots:
            self.lot.addItem(lot_label(lot), lot.lot_id)
        index = self.lot.findData(current) if current is not None else 0
        self.lot.setCurrentIndex(max(0, index))
        self.lot.blockSignals(False)
        _fit_list(self.lot)

    def _area_changed(self) -> None:
        self.area_other.setVisible(self.area.currentData() == "other")
        self.changed.emit()

    def value(self) -> PlacementInput:
        lot_id = self.lot.currentData()
        return PlacementInput(
            area=str(self.area.currentData() or ""),
            side=str(self.side.currentData()),
            lot_id=int(lot_id) if lot_id is not None else None,
            thread_count=self.count.value(),
            area_other=self.area_other.text(),
        )
