"""What every form holding clinical data does the same way: Enter never saves, Ctrl+S does,
and typed data is never thrown away without asking."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextEdit,
    QWidget,
)

from desktop.messages import Prompts

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def _value(widget: QWidget) -> object:
    if hasattr(widget, "form_value"):
        return widget.form_value()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return (widget.currentIndex(), widget.currentText())
    if isinstance(widget, QCheckBox | QRadioButton):
        return widget.isChecked()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    return None


_INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QCheckBox,
    QRadioButton,
    QAbstractSpinBox,
)
# Their inner line edits belong to them.
_COMPOUND = (QAbstractSpinBox, QComboBox)


def _is_input(widget: QWidget) -> bool:
    """Qt's own inputs, and any widget of ours that says what it holds (`form_value()`, with a
    `changed` signal): the thread map's drawing, say."""
    return isinstance(widget, _INPUTS) or hasattr(widget, "form_value")


def _inputs(root: QWidget) -> list[QWidget]:
    """The input widgets under root (a spin box's inner line edit is not one of its own)."""
    found: list[QWidget] = [root] if _is_input(root) else []
    for child in root.findChildren(QWidget):
        if _is_input(child) and not isinstance(child.parent(), _COMPOUND):
            found.append(child)
    return found


def form_state(root: QWidget) -> tuple[object, ...]:
    """What the user has put into a form, to tell later whether anything was typed."""
    return tuple(_value(widget) for widget in _inputs(root) if not widget.property("not_data"))


def on_edit(root: QWidget, callback: Callable[[], None]) -> None:
    """Call `callback` whenever the user changes any input in root."""
    for widget in _inputs(root):
        if hasattr(widget, "form_value"):
            widget.changed.connect(callback)  # type: ignore[attr-defined]
        elif isinstance(widget, QLineEdit):
            widget.textEdited.connect(callback)
        elif isinstance(widget, QPlainTextEdit | QTextEdit):
            widget.textChanged.connect(callback)
        elif isinstance(widget, QComboBox):
            widget.currentIndexChanged.connect(callback)
        elif isinstance(widget, QCheckBox | QRadioButton):
            widget.toggled.connect(callback)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(callback)
        elif isinstance(widget, QDateTimeEdit):
            widget.dateTimeChanged.connect(callback)


class FormGuard(QObject):
    """Installed on a form dialog.

    Enter moves to the next field instead of pressing the default button (a scanner or a
    habit must not save half a record); Ctrl+S saves; Esc, Cancel and the window's close
    button ask before throwing away what was typed since the form opened.
    """

    def __init__(self, dialog: QDialog, submit: Callable[[], None]) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self._opened: tuple[object, ...] | None = None
        save = QShortcut(QKeySequence.StandardKey.Save, dialog)
        save.activated.connect(submit)
        dialog.installEventFilter(self)

    def dirty(self) -> bool:
        return self._opened is not None and form_state(self.dialog) != self._opened

    def mark_clean(self) -> None:
        """What is in the form now counts as its starting point (after a reload, say)."""
        self._opened = form_state(self.dialog)

    def cancel(self) -> None:
        if self.may_discard():
            self.dialog.reject()

    def may_discard(self) -> bool:
        if not self.dialog.isVisible() or not self.dirty():
            return True
        return Prompts.confirm(
            self.dialog,
            self.tr("Close this form without saving? What you typed will be lost."),
            self.tr("Discard what I typed"),
            self.tr("Keep editing"),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # During teardown Qt may call in after the Python side is gone.
        if watched is not getattr(self, "dialog", None):
            return False
        kind = event.type()
        if kind == QEvent.Type.Show and self._opened is None:
            self.mark_clean()
        elif kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() in _ENTER and not isinstance(self.dialog.focusWidget(), QPushButton):
                # A focused button (Save itself, Remove...) is pressed by Enter as usual.
                self.dialog.focusNextChild()
                return True
            if event.key() == Qt.Key.Key_Escape and not event.modifiers():
                self.cancel()
                return True
        elif (
            kind == QEvent.Type.Close and isinstance(event, QCloseEvent) and not self.may_discard()
        ):
            # When it may close, QDialog answers the close by reject(), which asks nothing more.
            event.ignore()
            return True
        return False


def guard_form(dialog: QDialog, submit: Callable[[], None]) -> FormGuard:
    """The dialog's guard, made once."""
    existing = dialog.findChild(FormGuard)
    if isinstance(existing, FormGuard):
        return existing
    return FormGuard(dialog, submit)
