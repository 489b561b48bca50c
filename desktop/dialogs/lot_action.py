"""Take threads out of a lot (write-off, return to supplier) or recall the lot."""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from functools import partial

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.stock.lots import LotRow
from db.stock.movements import recall_lot, return_to_supplier, write_off
from db.storage.database import Database
from desktop.conventions import number_text
from desktop.fields import DateField, FieldErrors, format_date
from desktop.writes import write


class LotAction(Enum):
    WRITE_OFF = "write_off"
    RETURN = "return"
    RECALL = "recall"


class LotActionDialog(QDialog):
    def __init__(
        self,
        db: Database,
        actor: Actor,
        lot: LotRow,
        action: LotAction,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.lot = lot
        self.action = action
        self.saved: LotRow | None = None
        titles = {
            LotAction.WRITE_OFF: self.tr("Write off threads"),
            LotAction.RETURN: self.tr("Return threads to the supplier"),
            LotAction.RECALL: self.tr("Recall lot"),
        }
        self.setWindowTitle(titles[action])
        summary = QLabel(
            self.tr("{product}\nLot {lot}, expires {expiry}, {on_hand} on hand").format(
                product=lot.product,
                lot=lot.lot_number,
                expiry=format_date(lot.expiry_date),
                on_hand=number_text(lot.on_hand),
            )
        )
        self.quantity = QSpinBox()
        self.quantity.setRange(1, max(1, lot.on_hand))
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.recalled_on = DateField()
        self.recalled_on.set_value(db.today())

        form = QFormLayout()
        self.errors = FieldErrors()
        if action is LotAction.RECALL:
            self.errors.add_row(form, self.tr("Recalled on"), "recalled_on", self.recalled_on)
            self.errors.add_row(form, self.tr("Reason or notice"), "reason", self.reason)
            warning = QLabel(
                self.tr("A recalled lot can no longer be charted. Open the Recall page to see "
                        "every patient who received it.")
            )  # fmt: skip
            warning.setWordWrap(True)
            form.addRow("", warning)
        else:
            self.errors.add_row(form, self.tr("Threads"), "quantity", self.quantity)
            self.errors.add_row(form, self.tr("Reason"), "reason", self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        reason = self.reason.toPlainText()
        lot_id, quantity = self.lot.lot_id, self.quantity.value()
        work: Callable[[], LotRow]
        if self.action is LotAction.RECALL:
            if problem := self.recalled_on.problem():
                self.errors.show({"recalled_on": problem})
                return
            work = partial(
                recall_lot, self.db, self.actor, lot_id, reason, self.recalled_on.value()
            )
        elif self.action is LotAction.WRITE_OFF:
            work = partial(write_off, self.db, self.actor, lot_id, quantity, reason)
        else:
            work = partial(return_to_supplier, self.db, self.actor, lot_id, quantity, reason)
        write(self, work, self._saved, errors=self.errors)

    def _saved(self, saved: LotRow) -> None:
        self.saved = saved
        self.accept()
