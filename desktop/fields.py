"""Form building blocks: a dd/mm/yyyy date field and messages shown next to fields."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import tr

_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})\s*$")


def parse_date(text: str) -> date | None:
    """dd/mm/yyyy (also with '.' or '-'); None when it is not a real date."""
    match = _DATE.match(text)
    if not match:
        return None
    day, month, year = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def format_date(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


class DateField(QLineEdit):
    """A date typed as dd/mm/yyyy, the way Vietnamese staff write it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("00/00/00000") + 24)

    def value(self) -> date | None:
        return parse_date(self.text())

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value))

    def problem(self) -> str | None:
        if self.text().strip() and self.value() is None:
            return tr("Not a date: type it as dd/mm/yyyy, for example 05/03/1985.")
        return None


class FieldErrors:
    """Shows a red message under each field of a QFormLayout that has a problem."""

    def __init__(self) -> None:
        self._labels: dict[str, QLabel] = {}

    def add_row(self, form: QFormLayout, label: str, name: str, widget: QWidget) -> None:
        holder = QWidget()
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        message = QLabel()
        message.setObjectName(f"error_{name}")
        message.setStyleSheet("color: #b00020;")
        message.setWordWrap(True)
        message.hide()
        column.addWidget(message)
        self._labels[name] = message
        form.addRow(label, holder)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._labels)

    def show(self, errors: dict[str, str]) -> None:
        for name, label in self._labels.items():
            text = errors.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))

    def message(self, name: str) -> str:
        label = self._labels[name]
        return label.text() if label.isVisible() or label.text() else ""

    def clear(self) -> None:
        self.show({})


def submit_buttons(
    dialog: QDialog, label: str, submit: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """A form's buttons: one named for what it does (it runs `submit`), and Cancel."""
    buttons = QDialogButtonBox()
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(dialog.reject)
    return buttons, action
