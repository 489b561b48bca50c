"""The language pick list of the setup screen and of each account's own settings."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from db.wording import LANGUAGES

# Each language is named in itself, so a reader of either finds their own.
NAMES = {"vi": "Tiếng Việt", "en": "English"}


def language_box(chosen: str, parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("language")
    for code in LANGUAGES:
        box.addItem(NAMES[code], code)
    box.setCurrentIndex(max(0, box.findData(chosen)))
    return box
