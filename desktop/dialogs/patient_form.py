"""Register a patient or edit one; problems are shown next to their field."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.database import Database
from db.errors import ThreadbookError, ValidationError
from db.patients import (
    PatientInput,
    PatientRecord,
    find_duplicates,
    register_patient,
    update_patient,
    validate_patient,
)
from db.permissions import Actor, Permission
from desktop.fields import DateField, FieldErrors, format_date
from desktop.i18n import tr
from desktop.messages import Prompts

SEX_CHOICES = (("female", "Female"), ("male", "Male"), ("other", "Other"))
LANGUAGE_CHOICES = (("vi", "Vietnamese"), ("en", "English"))


class PatientDialog(QDialog):
    """A new patient when `record` is None, else an edit of `record`.

    Attributes:
        saved: the record as stored, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        record: PatientRecord | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.record = record
        self.saved: PatientRecord | None = None
        self.setWindowTitle(
            self.tr("New patient")
            if record is None
            else self.tr("Edit {0} ({1})").format(record.full_name, record.mrn)
        )
        self.setMinimumWidth(560)

        self.full_name = QLineEdit()
        self.date_of_birth = DateField()
        self.sex = QComboBox()
        for value, label in SEX_CHOICES:
            self.sex.addItem(tr(label), value)
        self.phone = QLineEdit()
        self.phone.setPlaceholderText("0912 345 678")
        self.email = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setFixedHeight(54)
        self.language = QComboBox()
        for value, label in LANGUAGE_CHOICES:
            self.language.addItem(tr(label), value)
        self.allergies = QPlainTextEdit()
        self.allergies.setFixedHeight(54)
        self.medical_notes = QPlainTextEdit()
        self.medical_notes.setFixedHeight(80)
        self.contact_consent = QCheckBox(self.tr("Agrees to be contacted by phone or SMS"))

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Full name"), "full_name", self.full_name)
        self.errors.add_row(form, self.tr("Date of birth"), "date_of_birth", self.date_of_birth)
        self.errors.add_row(form, self.tr("Sex"), "sex", self.sex)
        self.errors.add_row(form, self.tr("Phone"), "phone", self.phone)
        self.errors.add_row(form, self.tr("E-mail (optional)"), "email", self.email)
        self.errors.add_row(form, self.tr("Address (optional)"), "address", self.address)
        self.errors.add_row(form, self.tr("Language of printed sheets"), "language", self.language)
        self.errors.add_row(form, self.tr("Allergies"), "allergies", self.allergies)
        self.errors.add_row(form, self.tr("Medical notes"), "medical_notes", self.medical_notes)
        form.addRow("", self.contact_consent)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        if record is not None:
            self._fill(record)
            clinical = actor.may(Permission.PATIENT_EDIT_CLINICAL)
            for widget in (self.allergies, self.medical_notes):
                widget.setReadOnly(not clinical)
                if not clinical:
                    widget.setToolTip(self.tr("Only a doctor can change this."))

    def _fill(self, record: PatientRecord) -> None:
        self.full_name.setText(record.full_name)
        self.date_of_birth.setText(format_date(record.date_of_birth))
        self.sex.setCurrentIndex(max(0, self.sex.findData(record.sex)))
        self.phone.setText(record.phone)
        self.email.setText(record.email)
        self.address.setPlainText(record.address)
        self.language.setCurrentIndex(max(0, self.language.findData(record.language)))
        self.allergies.setPlainText(record.allergies)
        self.medical_notes.setPlainText(record.medical_notes)
        self.contact_consent.setChecked(record.contact_consent)

    def current_input(self) -> PatientInput:
        return PatientInput(
            full_name=self.full_name.text(),
            date_of_birth=self.date_of_birth.value(),
            sex=str(self.sex.currentData()),
            phone=self.phone.text(),
            email=self.email.text(),
            address=self.address.toPlainText(),
            language=str(self.language.currentData()),
            allergies=self.allergies.toPlainText(),
            medical_notes=self.medical_notes.toPlainText(),
            contact_consent=self.contact_consent.isChecked(),
        )

    def check(self) -> dict[str, str]:
        """Show every problem next to its field; empty when the form can be saved."""
        data = self.current_input()
        errors = validate_patient(data, date.today())
        if problem := self.date_of_birth.problem():
            errors["date_of_birth"] = problem
        self.errors.show(errors)
        return errors

    def _duplicates_accepted(self, data: PatientInput) -> bool:
        exclude = self.record.id if self.record else None
        duplicates = find_duplicates(self.db, self.actor, data, exclude)
        if not duplicates:
            return True
        lines = "\n".join(
            f"• {p.full_name}, {format_date(p.date_of_birth)}, {p.phone} ({p.mrn})"
            for p in duplicates[:8]
        )
        text = self.tr(
            "These patients have the same name and date of birth, or the same phone:\n\n{0}\n\n"
            "If this is one of them, go back and open their file instead."
        ).format(lines)
        return Prompts.confirm(self, text, self.tr("Save anyway"), self.tr("Go back"))

    def submit(self) -> None:
        if self.check():
            return
        data = self.current_input()
        try:
            if not self._duplicates_accepted(data):
                return
            if self.record is None:
                self.saved = register_patient(self.db, self.actor, data)
            else:
                self.saved = update_patient(
                    self.db, self.actor, self.record.id, self.record.version, data
                )
        except ValidationError as exc:
            self.errors.show(exc.fields)
            return
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.accept()
