"""Administrators edit the consent texts, one purpose and language at a time; each save is a new
version, and consents already given keep the version the patient read."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.consent.texts import (
    ConsentTextRecord,
    current_text,
    default_texts,
    restore_default_text,
    save_consent_text,
)
from db.errors import ThreadbookError
from db.storage.database import Database
from db.vocabulary import CONSENT_PURPOSES
from desktop.fields import FieldErrors
from desktop.i18n import label
from desktop.messages import Prompts
from desktop.writes import write


class ConsentTextsPage(QWidget):
    """Attributes:
    shown: the version in the editor; a save names it, so two administrators never overwrite
        each other.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.shown: ConsentTextRecord | None = None
        self.purpose = QComboBox()
        for entry in CONSENT_PURPOSES:
            self.purpose.addItem(label(entry), entry.code)
        self.language = QComboBox()
        self.language.addItem(self.tr("Vietnamese"), "vi")
        self.language.addItem(self.tr("English"), "en")
        self.version = QLabel()
        self.title = QLineEdit()
        self.body = QPlainTextEdit()
        self.body.setMinimumHeight(300)
        hint = QLabel(
            self.tr(
                'Lines starting with "- " are printed as bullet points. Saving makes a new '
                "version: consents already given keep the words the patient read."
            )
        )
        hint.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save as new version"))
        self.save_button.clicked.connect(self.save)
        self.default_button = QPushButton(self.tr("Use the program's wording"))
        self.default_button.clicked.connect(self.restore_default)

        choose = QHBoxLayout()
        choose.addWidget(self.purpose)
        choose.addWidget(self.language)
        choose.addWidget(self.version, 1)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Heading"), "title", self.title)
        self.errors.add_row(form, self.tr("Text"), "body", self.body)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.default_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(hint)
        layout.addLayout(form, 1)
        layout.addLayout(buttons)
        self.purpose.currentIndexChanged.connect(self.load)
        self.language.currentIndexChanged.connect(self.load)
        self.load()

    def chosen(self) -> tuple[str, str]:
        return str(self.purpose.currentData()), str(self.language.currentData())

    def load(self) -> None:
        try:
            self.show_text(current_text(self.db, self.actor, *self.chosen()))
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)

    def show_text(self, text: ConsentTextRecord) -> None:
        self.shown = text
        self.errors.clear()
        self.title.setText(text.title)
        self.body.setPlainText(text.body)
        source = (
            self.tr("the program's wording")
            if text.source == "default"
            else self.tr("the clinic's wording")
        )
        self.version.setText(
            self.tr("Version {number}, {source}").format(number=text.version_no, source=source)
        )
        self.default_button.setEnabled(
            (text.title, text.body) != default_texts(text.language)[text.purpose]
        )

    def save(self) -> None:
        if self.shown is None:
            return
        expected = self.shown.version_no
        chosen, title, body = self.chosen(), self.title.text(), self.body.toPlainText()
        write(
            self,
            lambda: save_consent_text(self.db, self.actor, *chosen, title, body, expected),
            self.show_text,
            errors=self.errors,
        )

    def restore_default(self) -> None:
        if self.shown is None:
            return
        expected = self.shown.version_no
        chosen = self.chosen()
        write(
            self,
            lambda: restore_default_text(self.db, self.actor, *chosen, expected),
            self.show_text,
            errors=self.errors,
        )
