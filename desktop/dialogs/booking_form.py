"""Booking a visit (consultation, procedure, extra review) and moving one, with a warning when
the doctor is already busy or the clinic is closed."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Role
from db.errors import ThreadbookError
from db.record.appointments import (
    BookingInput,
    CalendarEntry,
    book_visit,
    booking_warnings,
    move_visit,
    set_visit_status,
    validate_booking,
)
from db.record.patients import search_patients
from db.record.procedures import staff_with_role
from db.storage.database import Database
from db.vocabulary import VISIT_KINDS
from desktop.fields import DateField, FieldErrors, submit_buttons
from desktop.i18n import label, tr
from desktop.messages import Prompts
from desktop.writes import write


def when_row(day: date, at: QTime) -> tuple[QWidget, DateField, QTimeEdit]:
    holder = QWidget()
    line = QHBoxLayout(holder)
    line.setContentsMargins(0, 0, 0, 0)
    field = DateField()
    field.set_value(day)
    time_edit = QTimeEdit(at)
    time_edit.setDisplayFormat("HH:mm")
    line.addWidget(field)
    line.addWidget(time_edit)
    line.addStretch(1)
    return holder, field, time_edit


def combine(field: DateField, time_edit: QTimeEdit) -> datetime | None:
    day = field.value()
    if day is None:
        return None
    at = time_edit.time()
    return datetime(day.year, day.month, day.day, at.hour(), at.minute()).astimezone()


def go_ahead(parent: QWidget, warnings: list[str], action: str) -> bool:
    """Warnings are shown and the user decides; nothing stops a clinic that knows better."""
    if not warnings:
        return True
    text = "\n".join(f"• {line}" for line in warnings)
    return Prompts.confirm(
        parent,
        tr("Before you go on:\n\n{warnings}").format(warnings=text),
        action,
        tr("Go back"),
    )


class BookingDialog(QDialog):
    """Attributes:
    saved: the booked visit.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        day: date,
        at: QTime,
        patient_id: int | None = None,
        doctor_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.saved: CalendarEntry | None = None
        self.setWindowTitle(self.tr("Book a visit"))
        self.setMinimumWidth(560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, phone or record number, then Enter"))
        self.search.returnPressed.connect(self.find_patients)
        self.patient = QComboBox()
        self.patient.addItem(self.tr("Search for the patient above…"), None)
        if patient_id is not None:
            self.search.hide()
            self.patient.clear()
            self.patient.addItem(self.tr("This patient"), patient_id)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Choose…"), None)
        for entry in VISIT_KINDS:
            self.kind.addItem(label(entry), entry.code)
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("Choose…"), None)
        for person in staff_with_role(db, actor, Role.DOCTOR):
            self.doctor.addItem(person.full_name, person.user_id)
        if doctor_id is not None:
            self.doctor.setCurrentIndex(max(0, self.doctor.findData(doctor_id)))
        holder, self.day, self.time = when_row(day, at)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(15)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" minutes"))
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(50)

        form = QFormLayout()
        self.errors = FieldErrors()
        form.addRow(self.tr("Find"), self.search)
        self.errors.add_row(form, self.tr("Patient"), "patient_id", self.patient)
        self.errors.add_row(form, self.tr("Visit"), "kind", self.kind)
        self.errors.add_row(form, self.tr("Doctor"), "doctor_id", self.doctor)
        self.errors.add_row(form, self.tr("Date and time"), "starts_at", holder)
        self.errors.add_row(form, self.tr("Length"), "minutes", self.minutes)
        self.errors.add_row(form, self.tr("Note"), "note", self.note)
        buttons, self.save_button = submit_buttons(self, self.tr("Book visit"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def find_patients(self) -> None:
        try:
            found = search_patients(self.db, self.actor, self.search.text(), limit=30)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.patient.clear()
        if not found:
            self.patient.addItem(self.tr("No patient found"), None)
        for row in found:
            self.patient.addItem(f"{row.full_name} ({row.mrn}) {row.phone}", row.id)

    def current_input(self) -> BookingInput:
        patient = self.patient.currentData()
        doctor = self.doctor.currentData()
        return BookingInput(
            patient_id=int(patient or 0),
            doctor_id=int(doctor) if doctor is not None else None,
            kind=str(self.kind.currentData() or ""),
            starts_at=combine(self.day, self.time),
            minutes=self.minutes.value(),
            note=self.note.toPlainText(),
        )

    def _saved(self, record: object) -> None:
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def submit(self) -> None:
        data = self.current_input()
        errors = validate_booking(data)
        if self.patient.currentData() is None:
            errors["patient_id"] = self.tr("Find and choose the patient.")
        if problem := self.day.problem():
            errors["starts_at"] = problem
        self.errors.show(errors)
        if errors:
            return
        try:
            warnings = booking_warnings(self.db, self.actor, data)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        if not go_ahead(self, warnings, self.tr("Book anyway")):
            return
        write(self, lambda: book_visit(self.db, self.actor, data), self._saved, errors=self.errors)


class MoveVisitDialog(QDialog):
    """Attributes:
    saved: the visit at its new time.
    """

    def __init__(
        self, db: Database, actor: Actor, entry: CalendarEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.entry = entry
        self.saved: CalendarEntry | None = None
        self.setWindowTitle(self.tr("Move a visit"))
        self.setMinimumWidth(460)
        start = entry.starts_at.astimezone()
        summary = QLabel(
            self.tr("{name} ({mrn}) with {doctor}, now {when}").format(
                name=entry.full_name,
                mrn=entry.mrn,
                doctor=entry.doctor,
                when=start.strftime("%d/%m/%Y %H:%M"),
            )
        )
        summary.setWordWrap(True)
        holder, self.day, self.time = when_row(start.date(), QTime(start.hour, start.minute))
        form = QFormLayout()
        self.errors = FieldErrors()
        form.addRow(summary)
        self.errors.add_row(form, self.tr("New date and time"), "starts_at", holder)
        buttons, self.save_button = submit_buttons(self, self.tr("Move visit"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _saved(self, record: object) -> None:
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def submit(self) -> None:
        if problem := self.day.problem():
            self.errors.show({"starts_at": problem})
            return
        starts = combine(self.day, self.time)
        entry = self.entry
        data = BookingInput(entry.patient_id, entry.doctor_id, entry.what, starts, entry.minutes)
        try:
            warnings = booking_warnings(self.db, self.actor, data, ignore=entry.id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        if not go_ahead(self, warnings, self.tr("Move anyway")):
            return
        write(
            self,
            lambda: move_visit(self.db, self.actor, entry.id, entry.version, starts),
            self._saved,
            errors=self.errors,
        )


class CancelVisitDialog(QDialog):
    """Attributes:
    saved: the visit as cancelled (it stays in the record).
    """

    def __init__(
        self, db: Database, actor: Actor, entry: CalendarEntry, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.entry = entry
        self.saved: CalendarEntry | None = None
        self.setWindowTitle(self.tr("Cancel a visit"))
        self.setMinimumWidth(460)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        form = QFormLayout()
        self.errors = FieldErrors()
        summary = QLabel(
            self.tr("{name} ({mrn}), {when}").format(
                name=entry.full_name,
                mrn=entry.mrn,
                when=entry.starts_at.astimezone().strftime("%d/%m/%Y %H:%M"),
            )
        )
        summary.setWordWrap(True)
        form.addRow(summary)
        self.errors.add_row(form, self.tr("Reason"), "reason", self.reason)
        buttons, self.save_button = submit_buttons(self, self.tr("Cancel the visit"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _saved(self, record: object) -> None:
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def submit(self) -> None:
        write(
            self,
            lambda: set_visit_status(
                self.db,
                self.actor,
                self.entry.id,
                self.entry.version,
                "cancelled",
                self.reason.toPlainText(),
            ),
            self._saved,
            errors=self.errors,
        )
