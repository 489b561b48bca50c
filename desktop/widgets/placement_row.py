"""One placement in the chart form: area, side, lot and thread count, and its drawn threads."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.record.procedures import MAX_THREADS_PER_PLACEMENT, PlacementInput
from db.stock.lots import LotRow
from db.threadmap.geometry import ThreadLine
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
    """One area, side, lot and thread count; below them, how many threads are drawn for it.

    Attributes:
        lines: the threads drawn on the map for this placement.
        proposed: the area and side came from where its threads were drawn (not yet changed
            by hand), so later threads may still adjust the side.

    Signals:
        changed(): area or lot changed (the dialog re-checks contraindications).
        remove_requested(PlacementRow)
        chosen(PlacementRow): picked as the placement the map's next threads belong to.
    """

    changed = Signal()
    remove_requested = Signal(object)
    chosen = Signal(object)

    def __init__(
        self, lots: list[LotRow], lot_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.lines: tuple[ThreadLine, ...] = ()
        self.any_drawn = False
        self.proposed = False
        self.target = QRadioButton()
        self.target.setToolTip(self.tr("Threads drawn on the map belong to this placement"))
        self.target.toggled.connect(self._target_toggled)
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
        self.count.valueChanged.connect(self._show_drawn)
        for combo in (self.area, self.side):
            combo.activated.connect(self._chosen_by_hand)
        self.drawn = QLabel()
        self.drawn.setObjectName("drawn_threads")
        self.drawn.hide()
        # The database's refusal of this placement's drawing, shown where the doctor looks.
        self.message = QLabel()
        self.message.setObjectName("placement_row_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()

        fields = QHBoxLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addWidget(self.target)
        fields.addWidget(self.area)
        fields.addWidget(self.area_other)
        fields.addWidget(self.side)
        fields.addWidget(self.lot, 1)
        fields.addWidget(self.count)
        fields.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(fields)
        layout.addWidget(self.drawn)
        layout.addWidget(self.message)
        self.set_lots(lots, lot_id)

    def _target_toggled(self, on: bool) -> None:
        self.setStyleSheet("PlacementRow { background: #e3f2fd; }" if on else "")
        if on:
            self.chosen.emit(self)

    def _chosen_by_hand(self) -> None:
        self.proposed = False

    def propose(self, area: str, side: str) -> None:
        """Area and side read from the drawing; the doctor can still change them."""
        self.area.setCurrentIndex(max(0, self.area.findData(area)))
        self.side.setCurrentIndex(max(0, self.side.findData(side)))
        self.proposed = True

    def set_lines(self, lines: tuple[ThreadLine, ...], any_drawn: bool) -> None:
        """The threads drawn for this placement; the count line shows once the map is used."""
        self.lines = lines
        self.any_drawn = any_drawn
        self.drawn.setVisible(any_drawn and not self.message.text())
        self._show_drawn()

    def show_problem(self, text: str) -> None:
        """The refusal replaces the running count while shown: one message, not two alike."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.drawn.setVisible(not text and self.any_drawn)

    def _show_drawn(self) -> None:
        drawn, count = len(self.lines), self.count.value()
        if not drawn:
            text = self.tr("No threads drawn for this placement (allowed: it is charted without a "
                           "drawing).")  # fmt: skip
        elif drawn == count:
            text = self.tr("{drawn} of {count} threads drawn.").format(drawn=drawn, count=count)
        else:
            text = self.tr(
                "Threads drawn: {drawn}; thread count: {count}. Draw or delete threads, or "
                "correct the count."
            ).format(drawn=drawn, count=count)
        self.drawn.setText(text)
        self.drawn.setWordWrap(True)
        mismatch = bool(drawn) and drawn != count
        self.drawn.setStyleSheet("color: #b00020;" if mismatch else "color: #555555;")

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
            lines=self.lines,
        )
