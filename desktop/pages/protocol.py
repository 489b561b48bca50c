"""Administrators set the follow-up protocol; procedures charted afterwards follow it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.record.followups import (
    DEFAULT_LONG_STEPS,
    DEFAULT_STEPS,
    Step,
    load_protocol,
    save_protocol,
    step_words,
)
from db.storage.database import Database
from desktop.i18n import tr
from desktop.writes import write


class StepTable(QWidget):
    """Editable rows of label, number and unit (days or months)."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([tr("Label"), tr("After"), tr("Unit")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        add = QPushButton(tr("Add step"))
        add.clicked.connect(lambda: self.add(Step(tr("new step"), days=14)))
        remove = QPushButton(tr("Remove step"))
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        box = QGroupBox(title)
        inner = QVBoxLayout(box)
        inner.addWidget(self.table)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(box)

    def add(self, step: Step) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(step.label))
        amount = QSpinBox()
        amount.setRange(0, 1830)
        amount.setValue(step.months or step.days)
        unit = QComboBox()
        unit.addItem(tr("days"), "days")
        unit.addItem(tr("months"), "months")
        unit.setCurrentIndex(1 if step.months else 0)
        self.table.setCellWidget(row, 1, amount)
        self.table.setCellWidget(row, 2, unit)

    def set_steps(self, steps: tuple[Step, ...]) -> None:
        self.table.setRowCount(0)
        for step in steps:
            self.add(replace(step, label=step_words(step.label)))

    def steps(self) -> list[Step]:
        out = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            amount = self.table.cellWidget(row, 1)
            unit = self.table.cellWidget(row, 2)
            assert isinstance(amount, QSpinBox) and isinstance(unit, QComboBox)
            label = item.text().strip() if item else ""
            if unit.currentData() == "months":
                out.append(Step(label, months=amount.value()))
            else:
                out.append(Step(label, days=amount.value()))
        return out


class ProtocolPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        title = QLabel(self.tr("Follow-up protocol"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        note = QLabel(
            self.tr(
                "Charting a procedure books these visits. A change applies to procedures charted "
                "afterwards; visits already booked keep their dates."
            )
        )
        note.setWordWrap(True)
        self.base = StepTable(self.tr("Every procedure"))
        self.long = StepTable(self.tr("Also when PLLA or PCL threads were placed"))
        save = QPushButton(self.tr("Save protocol"))
        save.clicked.connect(self.save)
        defaults = QPushButton(self.tr("Restore the default protocol"))
        defaults.clicked.connect(self.restore_defaults)
        self.message = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(save)
        buttons.addWidget(defaults)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addWidget(self.base, 2)
        layout.addWidget(self.long, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.load()

    def load(self) -> None:
        base, long = load_protocol(self.db)
        self.base.set_steps(base)
        self.long.set_steps(long)

    def restore_defaults(self) -> None:
        self.base.set_steps(DEFAULT_STEPS)
        self.long.set_steps(DEFAULT_LONG_STEPS)
        self.message.setText(self.tr("Default protocol shown; save to use it."))

    def save(self) -> None:
        base, long = self.base.steps(), self.long.steps()
        write(self, lambda: save_protocol(self.db, self.actor, base, long), self._saved)

    def _saved(self, _result: object) -> None:
        self.message.setText(self.tr("Saved. Procedures charted from now on follow this protocol."))
