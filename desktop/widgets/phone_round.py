"""The phone round: the usual outcomes of a call as one key or one click each."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from desktop.i18n import tr


def follow_up_outcomes() -> tuple[tuple[str, str], ...]:
    """(outcome code, button words) for the follow-up calls reception makes most; keys 1-4."""
    return (
        ("reached", tr("Reached, confirmed")),
        ("no_answer", tr("No answer")),
        ("left_message", tr("Left a message")),
        ("rebooked", tr("Wants another time")),
    )


def recall_outcomes() -> tuple[tuple[str, str], ...]:
    return (
        ("reached", tr("Reached, told")),
        ("no_answer", tr("No answer")),
        ("left_message", tr("Left a message")),
        ("wrong_number", tr("Wrong number")),
    )


class PhoneRoundBar(QWidget):
    """A note field and one button per usual outcome; keys 1-4 in the list press them.

    Signals:
        outcome_chosen(str): the outcome code of the call just made.
    """

    outcome_chosen = Signal(str)

    def __init__(
        self,
        table: QWidget,
        outcomes: tuple[tuple[str, str], ...] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note from the call (optional), then the outcome"))
        self.buttons: dict[str, QPushButton] = {}
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel(tr("Call:")))
        row.addWidget(self.note, 1)
        for number, (code, words) in enumerate(outcomes or follow_up_outcomes(), start=1):
            key = str(number)
            button = QPushButton(tr("{key} {outcome}").format(key=key, outcome=words))
            button.setToolTip(tr("Press {key} in the list").format(key=key))
            button.clicked.connect(lambda _checked=False, c=code: self.outcome_chosen.emit(c))
            self.buttons[code] = button
            row.addWidget(button)
            shortcut = QShortcut(QKeySequence(key), table)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(lambda c=code: self.outcome_chosen.emit(c))
