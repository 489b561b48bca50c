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

from desktop.form_guard import guard_form, on_edit
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


def fit_window(widget: QWidget) -> None:
    """Grow the window to the height its contents now need: a message that wraps onto more
    lines must push the fields below it down, not be drawn over them."""
    window = widget.window()
    layout = window.layout()
    if layout is None or not window.isVisible():
        return
    layout.activate()
    needed = window.minimumSizeHint().height()
    if window.hasHeightForWidth():
        needed = max(needed, window.heightForWidth(window.width()))
    if window.height() < needed:
        window.resize(window.width(), needed)


class FieldErrors:
    """Shows a red message under each field of a QFormLayout that has a problem.

    A message goes away as soon as its field is fixed: `check`, when given, says which problems
    the form has now; without it, editing a field clears its message.
    """

    def __init__(self, check: Callable[[], dict[str, str]] | None = None) -> None:
        self._labels: dict[str, QLabel] = {}
        self.check = check

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
        on_edit(widget, lambda: self.recheck(name))

    def recheck(self, name: str) -> None:
        """The user changed field `name`: drop its message once the problem is gone."""
        label = self._labels.get(name)
        if label is None or not label.text():
            return
        text = self.check().get(name, "") if self.check is not None else ""
        label.setText(text)
        label.setVisible(bool(text))
        fit_window(label)

    @property
    def names(self) -> frozenset[str]:
        return frozenset(self._labels)

    def show(self, errors: dict[str, str]) -> None:
        for name, label in self._labels.items():
            text = errors.get(name, "")
            label.setText(text)
            label.setVisible(bool(text))
        if self._labels:
            fit_window(next(iter(self._labels.values())))

    def message(self, name: str) -> str:
        label = self._labels[name]
        return label.text() if label.isVisible() or label.text() else ""

    def clear(self) -> None:
        self.show({})


def submit_buttons(
    dialog: QDialog, label: str, submit: Callable[[], None]
) -> tuple[QDialogButtonBox, QPushButton]:
    """A form's buttons: one named for what it does (it runs `submit`, as does Ctrl+S), and
    Cancel, which asks before discarding typed data (see FormGuard)."""
    guard = guard_form(dialog, submit)
    buttons = QDialogButtonBox()
    action = buttons.addButton(label, QDialogButtonBox.ButtonRole.AcceptRole)
    buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(submit)
    buttons.rejected.connect(guard.cancel)
    return buttons, action
