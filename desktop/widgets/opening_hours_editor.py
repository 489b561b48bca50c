"""Opening hours per weekday and the clinic's closed days, as an administrator sets them."""

from __future__ import annotations

import json

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.record.opening_hours import WEEKDAYS, hours_from_text
from desktop.conventions import weekday_name
from desktop.i18n import tr


def _time_edit() -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    return edit


class OpeningHoursEditor(QWidget):
    """Seven rows (open?, from, to); `closed` is the box of closed days, one 'dd/mm/yyyy note'
    a line, which the page places in its own row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        self.days: list[tuple[QCheckBox, QTimeEdit, QTimeEdit]] = []
        for row in range(len(WEEKDAYS)):
            open_box = QCheckBox(weekday_name(row))
            start, end = _time_edit(), _time_edit()
            open_box.toggled.connect(start.setEnabled)
            open_box.toggled.connect(end.setEnabled)
            grid.addWidget(open_box, row, 0)
            grid.addWidget(start, row, 1)
            grid.addWidget(QLabel(tr("to")), row, 2)
            grid.addWidget(end, row, 3)
            self.days.append((open_box, start, end))
        grid.setColumnStretch(4, 1)
        self.closed = QPlainTextEdit()
        self.closed.setPlaceholderText(
            tr("One a line, e.g.\n17/02/2026 Tết\n30/04/2026 Reunification Day")
        )
        self.closed.setFixedHeight(90)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)

    def load(self, hours_text: str, closed_text: str) -> None:
        for (open_box, start, end), span in zip(
            self.days, hours_from_text(hours_text), strict=True
        ):
            opens, _, closes = span.partition("-")
            open_box.setChecked(bool(span.strip()))
            start.setTime(QTime.fromString(opens.strip() or "08:00", "HH:mm"))
            end.setTime(QTime.fromString(closes.strip() or "17:00", "HH:mm"))
            start.setEnabled(open_box.isChecked())
            end.setEnabled(open_box.isChecked())
        self.closed.setPlainText(closed_text)

    def hours_text(self) -> str:
        spans = [
            f"{start.time().toString('HH:mm')}-{end.time().toString('HH:mm')}"
            if open_box.isChecked()
            else ""
            for open_box, start, end in self.days
        ]
        return json.dumps(spans)

    def closed_text(self) -> str:
        return self.closed.toPlainText()
