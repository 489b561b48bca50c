"""Administrators edit the clinic's name, address and phone (printed on every sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from db.access.permissions import Actor
from db.settings import load_settings, save_settings
from db.storage.database import Database
from desktop.fields import FieldErrors
from desktop.option_fields import OptionFields
from desktop.writes import write

# The settings this page owns; their labels, fields and ranges are declared in db.settings.
OWNS = ("clinic_name", "clinic_address", "clinic_phone", "idle_lock_minutes")


class ClinicSettingsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        form = QFormLayout()
        self.errors = FieldErrors()
        self.fields = OptionFields(form, self.errors, OWNS)
        self.saved_label = QLabel()
        save = QPushButton(self.tr("Save settings"))
        save.clicked.connect(self.save)

        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Clinic settings"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(save)
        layout.addWidget(self.saved_label)
        layout.addStretch(1)
        self.load()

    def load(self) -> None:
        self.fields.load(load_settings(self.db))

    def save(self) -> None:
        values = self.fields.values()
        self.errors.clear()
        self.saved_label.setText("")
        write(
            self,
            lambda: save_settings(self.db, self.actor, values),
            lambda _saved: self.saved_label.setText(self.tr("Saved.")),
            errors=self.errors,
        )
