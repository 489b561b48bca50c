"""Settings fields built from the settings' declarations (db.settings.OPTIONS).

As Picard's option pages do, a page names the settings it owns; the declaration gives each its
label, its kind of field and its range, so a range or label is written once for the check, the
default and the field alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from db.settings import OPTION, ClinicSettings, Folder, Number, Option, Stored, Text, option_words
from desktop.fields import FieldErrors
from desktop.i18n import tr
from desktop.messages import Prompts


class OptionFields:
    """One field per named setting, added to `form` with its label and its error line.

    Attributes:
        editors: setting key -> the widget holding its value (QLineEdit, QPlainTextEdit or
            QSpinBox).
    """

    def __init__(self, form: QFormLayout, errors: FieldErrors, keys: Sequence[str]) -> None:
        self.editors: dict[str, QLineEdit | QPlainTextEdit | QSpinBox] = {}
        for key in keys:
            option = OPTION[key]
            editor, row = self._field(option)
            self.editors[key] = editor
            errors.add_row(form, option_words(key), key, row)

    def _field(self, option: Option) -> tuple[QLineEdit | QPlainTextEdit | QSpinBox, QWidget]:
        if isinstance(option, Stored):
            raise ValueError(f"{option.key} is kept by its own module, not edited as a field")
        if isinstance(option, Number):
            spin = QSpinBox()
            spin.setRange(option.low, option.high)
            spin.setFixedWidth(120)  # a number, not a line of text
            return spin, spin
        if isinstance(option, Text) and option.multiline:
            block = QPlainTextEdit()
            block.setFixedHeight(60)
            return block, block
        line = QLineEdit()
        if isinstance(option, Text):
            line.setMaxLength(option.limit)
        if not isinstance(option, Folder):
            return line, line
        # A folder is typed, or chosen in the system's folder dialog.
        choose = QPushButton(tr("Choose…"))
        choose.clicked.connect(lambda: self._choose(line, option.label))
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(line, 1)
        layout.addWidget(choose)
        return line, row

    def line(self, key: str) -> QLineEdit:
        editor = self.editors[key]
        assert isinstance(editor, QLineEdit), key
        return editor

    def number(self, key: str) -> QSpinBox:
        editor = self.editors[key]
        assert isinstance(editor, QSpinBox), key
        return editor

    @staticmethod
    def _choose(line: QLineEdit, title: str) -> None:
        chosen = Prompts.choose_folder(line, tr(title), line.text())
        if chosen:
            line.setText(chosen)

    def load(self, settings: ClinicSettings) -> None:
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                editor.setValue(settings.integer(key))
            elif isinstance(editor, QPlainTextEdit):
                editor.setPlainText(settings[key])
            else:
                editor.setText(settings[key])

    def values(self) -> dict[str, str]:
        """What the fields hold, as `save_settings` takes it (which cleans and checks it)."""
        values = {}
        for key, editor in self.editors.items():
            if isinstance(editor, QSpinBox):
                values[key] = str(editor.value())
            elif isinstance(editor, QPlainTextEdit):
                values[key] = editor.toPlainText()
            else:
                values[key] = editor.text()
        return values
