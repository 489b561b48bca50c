"""Administrators edit the care advice printed on aftercare sheets, one language at a time."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.aftercare.texts import (
    SECTION_KEYS,
    CareSection,
    CareText,
    load_care_text,
    restore_default_care_text,
    save_care_text,
)
from db.errors import ThreadbookError, ValidationError
from db.storage.database import Database
from desktop.dialogs.aftercare_preview import SHEET_LANGUAGES
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.writes import write

# What each section is for, and where the sheet prints it.
SECTION_HELP = {
    "first_days": QT_TR_NOOP("The first days after the procedure."),
    "two_weeks": QT_TR_NOOP("The first two weeks, and anything that lasts longer."),
    "warning_signs": QT_TR_NOOP(
        "When to call the clinic at once. Printed in a red box, with the clinic's "
        "phone number set large under it."
    ),
    "expect": QT_TR_NOOP(
        "What to expect. Printed after the follow-up dates, below how long the threads "
        "used take to dissolve."
    ),
}


class SectionEditor(QWidget):
    """The heading and text of one section."""

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.title = QLineEdit()
        self.title.setObjectName(f"title_{key}")
        self.body = QPlainTextEdit()
        self.body.setObjectName(f"body_{key}")
        self.body.setMinimumHeight(150)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        self.error.hide()
        help_text = QLabel(tr(SECTION_HELP[key]))
        help_text.setWordWrap(True)
        help_text.setStyleSheet("font-weight: 600;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(help_text)
        layout.addWidget(self.error)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

    def set_section(self, section: CareSection) -> None:
        self.title.setText(section.title)
        self.body.setPlainText(section.body)
        self.show_error("")

    def section(self) -> CareSection:
        return CareSection(self.key, self.title.text(), self.body.toPlainText())

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))


class CareTextsPage(QWidget):
    """Attributes:
    text: the language's text as last loaded or saved (its `stored` value guards a save).
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.text: CareText | None = None

        title = QLabel(self.tr("Aftercare texts"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        intro = QLabel(
            self.tr("The advice printed on every aftercare sheet. Each line that starts with "
                    "“- ” prints as a bullet point; other lines print as paragraphs, and an "
                    "empty line starts a new paragraph.")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.language = QComboBox()
        for code, name in SHEET_LANGUAGES:
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._language_changed)
        self.state = QLabel()
        self.state.setObjectName("state")

        self.editors = {key: SectionEditor(key) for key in SECTION_KEYS}
        sections = QWidget()
        column = QVBoxLayout(sections)
        for editor in self.editors.values():
            column.addWidget(editor)
        column.addStretch(1)
        self.sections_area = QScrollArea()
        self.sections_area.setWidgetResizable(True)
        self.sections_area.setWidget(sections)

        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        self.restore_button = QPushButton(self.tr("Restore default…"))
        self.restore_button.clicked.connect(self.restore_default)
        self.message = QLabel()
        self.message.setObjectName("message")

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.state)
        layout.addWidget(self.sections_area, 1)
        layout.addLayout(buttons)
        self._shown_language = self.current_language
        self.load()

    @property
    def current_language(self) -> str:
        return str(self.language.currentData())

    def load(self) -> None:
        self.show_text(load_care_text(self.db, self.current_language))

    def show_text(self, text: CareText) -> None:
        self.text = text
        for section in text.sections:
            self.editors[section.key].set_section(section)
        self.state.setText(
            self.tr("Edited by the clinic.")
            if text.edited
            else self.tr("The text shipped with Threadbook.")
        )
        self.restore_button.setEnabled(text.edited)

    def sections(self) -> tuple[CareSection, ...]:
        return tuple(self.editors[key].section() for key in SECTION_KEYS)

    def has_changes(self) -> bool:
        return self.text is not None and self.sections() != self.text.sections

    def _language_changed(self) -> None:
        if self.current_language == self._shown_language:
            return
        if self.has_changes() and not Prompts.confirm(
            self,
            self.tr("Your changes to this text are not saved. Discard them?"),
            self.tr("Discard changes"),
            self.tr("Keep editing"),
        ):
            self.language.blockSignals(True)
            self.language.setCurrentIndex(self.language.findData(self._shown_language))
            self.language.blockSignals(False)
            return
        self._shown_language = self.current_language
        self.message.setText("")
        self.load()

    def save(self) -> None:
        assert self.text is not None
        for editor in self.editors.values():
            editor.show_error("")
        language = self.current_language
        save = partial(
            save_care_text, self.db, self.actor, language, self.sections(), self.text.stored
        )
        write(self, save, self._saved, refused=self._refused)

    def _refused(self, error: ThreadbookError) -> bool:
        if not isinstance(error, ValidationError):
            return False
        marked = [key for key in SECTION_KEYS if key in error.fields]
        if not marked:
            return False  # nothing to mark: the message box says what is wrong
        for key in marked:
            self.editors[key].show_error(tr(error.fields[key]))
        self.sections_area.ensureWidgetVisible(self.editors[marked[0]])
        self.message.setText(self.tr("Not saved: correct the sections marked in red."))
        return True

    def _saved(self, saved: CareText) -> None:
        self.show_text(saved)
        self.message.setText(self.tr("Saved. Sheets printed from now on use this text."))

    def restore_default(self) -> None:
        assert self.text is not None
        if not Prompts.confirm(
            self,
            self.tr("Replace the clinic's text in this language with the text shipped with "
                    "Threadbook? The edited text stays in the audit trail."),
            self.tr("Restore default"),
            self.tr("Cancel"),
        ):  # fmt: skip
            return
        restore = partial(
            restore_default_care_text, self.db, self.actor, self.current_language, self.text.stored
        )
        write(self, restore, self._restored)

    def _restored(self, restored: CareText) -> None:
        self.show_text(restored)
        self.message.setText(self.tr("The default text is back in use."))
