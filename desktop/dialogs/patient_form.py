"""Register a patient or edit one; problems are shown next to their field."""

from __future__ import annotations

from dataclasses import fields
from datetime import date
from functools import partial

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.errors import Conflict, ThreadbookError
from db.record.patients import (
    PatientInput,
    PatientRecord,
    find_duplicates,
    open_patient,
    register_patient,
    update_patient,
    validate_patient,
)
from db.storage.database import Database
from desktop.fields import DateField, FieldErrors, format_date
from desktop.form_guard import guard_form
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.writes import write

SEX_CHOICES = (
    ("female", QT_TR_NOOP("Female")),
    ("male", QT_TR_NOOP("Male")),
    ("other", QT_TR_NOOP("Other")),
)
LANGUAGE_CHOICES = (("vi", QT_TR_NOOP("Vietnamese")), ("en", QT_TR_NOOP("English")))


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
            else self.tr("Edit {name} ({mrn})").format(name=record.full_name, mrn=record.mrn)
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

        form = QFormLayout()
        self.errors = FieldErrors(self.problems)
        self.labels = {
            "full_name": self.tr("Full name"),
            "date_of_birth": self.tr("Date of birth"),
            "sex": self.tr("Sex"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail (optional)"),
            "address": self.tr("Address (optional)"),
            "language": self.tr("Language of printed sheets"),
            "allergies": self.tr("Allergies"),
            "medical_notes": self.tr("Medical notes"),
        }
        for name, widget in (
            ("full_name", self.full_name),
            ("date_of_birth", self.date_of_birth),
            ("sex", self.sex),
            ("phone", self.phone),
            ("email", self.email),
            ("address", self.address),
            ("language", self.language),
            ("allergies", self.allergies),
            ("medical_notes", self.medical_notes),
        ):
            self.errors.add_row(form, self.labels[name], name, widget)

        # Shown after a reload caused by someone else's save: what this user typed that
        # differs from the stored record, so nothing typed is lost from sight.
        self.conflict_note = QLabel()
        self.conflict_note.setObjectName("conflict_note")
        self.conflict_note.setWordWrap(True)
        self.conflict_note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.conflict_note.setStyleSheet(
            "background: #fff4ce; border: 1px solid #e0c060; padding: 6px;"
        )
        self.conflict_note.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        self.guard = guard_form(self, self.submit)
        buttons.rejected.connect(self.guard.cancel)

        layout = QVBoxLayout(self)
        layout.addWidget(self.conflict_note)
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
        data = record.as_input()
        for f in fields(PatientInput):
            self._set(f.name, getattr(data, f.name))

    def _set(self, name: str, value: object) -> None:
        widget = getattr(self, name)
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(0, widget.findData(value)))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, DateField):
            widget.set_value(value if isinstance(value, date) else None)
        else:
            widget.setText(str(value))

    def _shown(self, name: str, value: object) -> str:
        if isinstance(value, date):
            return format_date(value)
        if name in ("sex", "language") and isinstance(value, str):
            choices = dict(SEX_CHOICES if name == "sex" else LANGUAGE_CHOICES)
            return tr(choices[value]) if value in choices else value
        return str(value) or self.tr("(empty)")

    def reload(self, fresh: PatientRecord, changed_by: str) -> None:
        """Show the record as now stored, keeping what this user typed.

        A field only this user changed keeps their text. A field the other person changed
        shows theirs; where both changed it, this user's text is listed above the form.
        """
        assert self.record is not None
        base = self.record.as_input()
        mine = self.current_input().cleaned()
        theirs = fresh.as_input()
        self.record = fresh
        self._fill(fresh)
        clashes = []
        for f in fields(PatientInput):
            typed, before, now = (getattr(x, f.name) for x in (mine, base, theirs))
            if typed in (before, now):
                continue
            if now == before:
                self._set(f.name, typed)
            else:
                clashes.append(
                    self.tr("• {field}: {typed}").format(
                        field=self.labels[f.name], typed=self._shown(f.name, typed)
                    )
                )
        text = self.tr(
            "Saved by {name} while you were editing. The form now shows that version, with "
            "your changes kept wherever they did not change the same field."
        ).format(name=changed_by)
        if clashes:
            text += "\n" + self.tr(
                "You both changed these; theirs is in the form, what you typed is here:"
            )
            text += "\n" + "\n".join(clashes)
        text += "\n" + self.tr("Check the form, then save again.")
        self.conflict_note.setText(text)
        self.conflict_note.show()

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
        )

    def problems(self) -> dict[str, str]:
        errors = validate_patient(self.current_input(), self.db.today())
        if problem := self.date_of_birth.problem():
            errors["date_of_birth"] = problem
        return errors

    def check(self) -> dict[str, str]:
        """Show every problem next to its field; empty when the form can be saved."""
        errors = self.problems()
        self.errors.show(errors)
        return errors

    def _duplicates_accepted(self, data: PatientInput) -> bool:
        exclude = self.record.id if self.record else None
        duplicates = find_duplicates(self.db, self.actor, data, exclude)
        if not duplicates:
            return True
        lines = "\n".join(
            self.tr("• {name}, {born}, {phone} ({mrn})").format(
                name=p.full_name, born=format_date(p.date_of_birth), phone=p.phone, mrn=p.mrn
            )
            for p in duplicates[:8]
        )
        text = self.tr(
            "These patients have the same name and date of birth, or the same phone:\n\n"
            "{patients}\n\nIf this is one of them, go back and open their file instead."
        ).format(patients=lines)
        return Prompts.confirm(self, text, self.tr("Save anyway"), self.tr("Go back"))

    def submit(self) -> None:
        if self.check():
            return
        data = self.current_input()
        try:
            if not self._duplicates_accepted(data):
                return
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        record = self.record
        if record is None:
            work = partial(register_patient, self.db, self.actor, data)
        else:
            work = partial(update_patient, self.db, self.actor, record.id, record.version, data)
        write(self, work, self._saved, errors=self.errors, refused=self._refused)

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, Conflict) and self.record is not None:
            self._offer_reload(error)
            return True
        return False

    def _saved(self, record: PatientRecord) -> None:
        self.saved = record
        self.accept()

    def _offer_reload(self, conflict: Conflict) -> None:
        assert self.record is not None
        if not Prompts.confirm(
            self, conflict.message, self.tr("Reload, keeping what I typed"), self.tr("Not now")
        ):
            return
        try:
            fresh = open_patient(self.db, self.actor, self.record.id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.reload(fresh, conflict.changed_by or self.tr("someone else"))
