"""Pick lists from the word lists, and the default follow-up steps, in the window's language."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from db.vocabulary import Term
from desktop.i18n import QT_TR_NOOP, label, tr


def fill_terms(box: QComboBox, terms: tuple[Term, ...], prompt: str = "") -> None:
    """One item per word-list entry, its stored code as the item's data; with a prompt first,
    nothing is chosen until the user chooses."""
    if prompt:
        box.addItem(prompt, None)
    for entry in terms:
        box.addItem(label(entry), entry.code)


# The default follow-up protocol's step names (db/record/followups.py), stored in English on
# each follow-up; a step the clinic named itself is shown as it was typed.
DEFAULT_STEP_NAMES = (
    QT_TR_NOOP("7 days"),
    QT_TR_NOOP("1 month"),
    QT_TR_NOOP("3 months"),
    QT_TR_NOOP("6 months"),
    QT_TR_NOOP("12 months"),
)


def step_text(name: str) -> str:
    return tr(name) if name in DEFAULT_STEP_NAMES else name
