"""Administrators edit the clinic's name, address and phone (printed on every sheet)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ThreadbookError
from db.record.validation import name_problem, phone_problem
from db.settings import load_settings, save_settings
from db.storage.database import Database
from db.wording import say
from desktop.fields import FieldErrors
from desktop.messages import Prompts


class ClinicSettingsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.clinic_name = QLineEdit()
        self.clinic_address = QPlainTextEdit()
        self.clinic_address.setFixedHeight(60)
        self.clinic_phone = QLineEdit()
        self.idle_lock = QSpinBox()
        self.idle_lock.setRange(1, 120)
        self.idle_lock.setSuffix(self.tr(" minutes"))
        self.saved_label = QLabel()

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Clinic name"), "clinic_name", self.clinic_name)
        form.addRow(self.tr("Address"), self.clinic_address)
        self.errors.add_row(form, self.tr("Phone"), "clinic_phone", self.clinic_phone)
        form.addRow(self.tr("Lock the screen after"), self.idle_lock)
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
        settings = load_settings(self.db)
        self.clinic_name.setText(settings.clinic_name)
        self.clinic_address.setPlainText(settings.clinic_address)
        self.clinic_phone.setText(settings.clinic_phone)
        self.idle_lock.setValue(settings.integer("idle_lock_minutes"))

    def save(self) -> None:
        errors = {
            key: message
            for key, message in (
                ("clinic_name", name_problem(self.clinic_name.text(), say("Clinic name"))),
                ("clinic_phone", phone_problem(self.clinic_phone.text())),
            )
            if message
        }
        self.errors.show(errors)
        if errors:
            return
        try:
            save_settings(
                self.db,
                self.actor,
                {
                    "clinic_name": self.clinic_name.text().strip(),
                    "clinic_address": self.clinic_address.toPlainText().strip(),
                    "clinic_phone": self.clinic_phone.text().strip(),
                    "idle_lock_minutes": str(self.idle_lock.value()),
                },
            )
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.saved_label.setText(self.tr("Saved."))
