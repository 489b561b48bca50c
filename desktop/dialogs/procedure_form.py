"""Charting a procedure: who, when, consent, and each placement with the lot used."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Role
from db.consent.records import usable_treatment_consents
from db.errors import ThreadbookError, ValidationError
from db.record.alerts import patient_alerts
from db.record.patients import PatientRecord
from db.record.procedures import (
    ProcedureInput,
    ProcedureRecord,
    chart_procedure,
    needs_reason,
    staff_with_role,
    validate_procedure,
)
from db.stock.lots import LotRow
from db.storage.database import Database
from db.vocabulary import ANAESTHESIA, AREAS, CONTRAINDICATED_AREAS, term
from desktop.conventions import moment_text
from desktop.dialogs.consent_form import ConsentDialog
from desktop.dialogs.procedure_placements import PlacementsPanel
from desktop.fields import DateField, FieldErrors, submit_buttons
from desktop.i18n import label
from desktop.messages import Prompts
from desktop.widgets.alert_check import AlertCheck
from desktop.widgets.placement_row import PlacementRow
from desktop.widgets.terms import fill_terms
from desktop.writes import write

# The map beside the form: the rest of a 1366-pixel screen is the placements' (whole lot labels).
MAP_WIDTH = 420


def _local(day: date, time: QTime) -> datetime:
    return datetime(day.year, day.month, day.day, time.hour(), time.minute()).astimezone()


class ProcedureDialog(QDialog):
    """Attributes:
    saved: the charted procedure, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        patient: PatientRecord,
        parent: QWidget | None = None,
        appointment_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        # The booked procedure this chart carries out, when charted from Today.
        self.appointment_id = appointment_id
        self.saved: ProcedureRecord | None = None
        # In red at the top: what the doctor must see before placing a thread.
        self.alert_check = AlertCheck(patient_alerts(db, actor, patient.id), patient.allergies)
        self.alert_check.changed.connect(self._recheck_alerts)
        self.setWindowTitle(
            self.tr("Chart procedure: {name} ({mrn})").format(
                name=patient.full_name, mrn=patient.mrn
            )
        )
        self.setMinimumSize(900, 620)
        self.resize(1340, 700)  # a whole lot label and the map, on a 1366x768 screen

        now = QTime(db.now().hour, db.now().minute)
        self.day = DateField()
        self.day.set_value(db.today())
        self.day.editingFinished.connect(self.reload_lots)
        self.time = QTimeEdit(now)
        self.time.setDisplayFormat("HH:mm")
        self.doctor = QComboBox()
        for person in staff_with_role(db, actor, Role.DOCTOR):
            self.doctor.addItem(person.full_name, person.user_id)
        self.doctor.setCurrentIndex(max(0, self.doctor.findData(actor.user_id)))
        self.nurse = QComboBox()
        self.nurse.addItem(self.tr("— none —"), None)
        for person in staff_with_role(db, actor, Role.NURSE):
            self.nurse.addItem(person.full_name, person.user_id)
        self.consent = QComboBox()
        self.consent.setMinimumContentsLength(50)
        self.record_consent_button = QPushButton(self.tr("Record consent…"))
        self.record_consent_button.clicked.connect(self.obtain_consent)
        self.consent_dialog: ConsentDialog | None = None
        self.reload_consents(None)
        self.anaesthesia = QComboBox()
        fill_terms(self.anaesthesia, ANAESTHESIA)
        self.anaesthesia.setCurrentIndex(self.anaesthesia.findData("local"))
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        when = QHBoxLayout()
        when.addWidget(self.day)
        when.addWidget(self.time)
        when.addStretch(1)
        consent_row = QHBoxLayout()
        consent_row.addWidget(self.consent, 1)
        consent_row.addWidget(self.record_consent_button)

        form = QFormLayout()
        self.errors = FieldErrors(self.problems)
        when_holder = QWidget()
        when_holder.setLayout(when)
        when.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Date and time"), "performed_at", when_holder)
        self.errors.add_row(form, self.tr("Performing doctor"), "doctor_id", self.doctor)
        self.errors.add_row(form, self.tr("Assisting nurse"), "nurse_id", self.nurse)
        consent_holder = QWidget()
        consent_holder.setLayout(consent_row)
        consent_row.setContentsMargins(0, 0, 0, 0)
        self.errors.add_row(form, self.tr("Signed consent"), "consent", consent_holder)
        self.errors.add_row(form, self.tr("Anaesthesia"), "anaesthesia", self.anaesthesia)
        self.errors.add_row(form, self.tr("Notes"), "notes", self.notes)

        self.placements = PlacementsPanel(db, actor, self.procedure_day)
        self.placements.rows_changed.connect(self._update_warning)
        self.placements.edited.connect(self._recheck_placements)
        # The names the rest of the program and its tests know the parts by.
        self.rows = self.placements.rows
        self.scan = self.placements.scan
        self.scan_message = self.placements.scan_message
        self.placement_message = self.placements.message
        self.map = self.placements.map

        self.warning = QLabel(
            self.tr(
                "⚠ Threads are not suited to nose or buttock augmentation: they cannot hold a "
                "shape long-term and complications are more likely. Write the clinical reason "
                "for going ahead; it is kept with the procedure."
            )
        )
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background: #fff3e0; color: #8a3c00; border: 1px solid #e65100; padding: 6px;"
        )
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(50)
        self.reason.textChanged.connect(self._recheck_placements)
        self.reason_error = QLabel()
        self.reason_error.setStyleSheet("color: #b00020;")
        self.reason_error.setWordWrap(True)
        for widget in (self.warning, self.reason, self.reason_error):
            widget.hide()

        buttons, self.save_button = submit_buttons(self, self.tr("Save procedure"), self.submit)

        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addLayout(form)
        left.addWidget(self.placements, 1)
        for widget in (self.warning, self.reason, self.reason_error):
            left.addWidget(widget)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        self.map.setFixedWidth(MAP_WIDTH)
        columns.addWidget(self.map)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alert_check)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.reload_lots()
        self.add_row(None)
        # A doctor starts by scanning the box; the scanner types into the focused field.
        self.scan.setFocus()

    # ------------------------------------------------------------ lots and rows

    def reload_consents(self, chosen: int | None) -> None:
        """The patient's signed treatment consents not yet used by a procedure."""
        self.consent.clear()
        self.consent.addItem(self.tr("Choose the signed consent…"), None)
        for consent in usable_treatment_consents(self.db, self.actor, self.patient.id):
            areas = ", ".join(label(term(AREAS, code)) for code in consent.areas)
            self.consent.addItem(
                self.tr("{when} · {areas} · {materials}").format(
                    when=moment_text(consent.given_at),
                    areas=areas,
                    materials=", ".join(consent.materials),
                ),
                consent.id,
            )
        index = self.consent.findData(chosen) if chosen is not None else -1
        self.consent.setCurrentIndex(index if index > 0 else min(1, self.consent.count() - 1))

    def obtain_consent(self) -> ConsentDialog:
        """Open the consent form for the areas and materials charted so far."""
        data = [row.value() for row in self.rows]
        by_id = {lot.lot_id: lot.material for lot in self.lots}
        dialog = ConsentDialog(
            self.db,
            self.actor,
            self.patient,
            "treatment",
            areas=tuple(p.area for p in data if p.area),
            materials=tuple(by_id[p.lot_id] for p in data if p.lot_id in by_id),
            parent=self,
        )
        dialog.accepted.connect(lambda: self._consent_recorded(dialog))
        dialog.open()
        self.consent_dialog = dialog
        return dialog

    def _consent_recorded(self, dialog: ConsentDialog) -> None:
        if dialog.saved is not None:
            self.reload_consents(dialog.saved.id)

    def procedure_day(self) -> date:
        return self.day.value() or self.db.today()

    @property
    def lots(self) -> list[LotRow]:
        return self.placements.lots

    def reload_lots(self) -> None:
        """Lots usable on the procedure date (expiry is judged on that date)."""
        self.placements.reload_lots()

    def add_row(self, lot_id: int | None) -> PlacementRow:
        return self.placements.add_row(lot_id)

    def _recheck_placements(self) -> None:
        """Once shown, the placement and reason messages follow what is fixed."""
        shown = any(row.message.text() for row in self.rows)
        if not (shown or self.placement_message.text() or self.reason_error.text()):
            return
        errors = self.problems()
        self.placements.show_problems(errors)
        reason = errors.get("contraindication_reason", "")
        self.reason_error.setText(reason)
        self.reason_error.setVisible(bool(reason))

    def _update_warning(self) -> None:
        show = any(row.value().area in CONTRAINDICATED_AREAS for row in self.rows)
        for widget in (self.warning, self.reason):
            widget.setVisible(show)
        if not show:
            self.reason_error.hide()

    # ------------------------------------------------------------ saving

    def current_input(self) -> ProcedureInput:
        day = self.day.value()
        consent = self.consent.currentData()
        nurse = self.nurse.currentData()
        doctor = self.doctor.currentData()
        return ProcedureInput(
            patient_id=self.patient.id,
            performed_at=_local(day, self.time.time()) if day else None,
            doctor_id=int(doctor) if doctor is not None else None,
            nurse_id=int(nurse) if nurse is not None else None,
            consent_id=int(consent) if consent is not None else None,
            anaesthesia=str(self.anaesthesia.currentData()),
            placements=tuple(row.value() for row in self.rows),
            notes=self.notes.toPlainText(),
            contraindication_reason=self.reason.toPlainText(),
            acknowledged_alerts=self.alert_check.acknowledged(),
            alert_reason=self.alert_check.reason_text(),
            appointment_id=self.appointment_id,
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        self.placements.show_problems(errors)
        reason = errors.get("contraindication_reason", "")
        self.reason_error.setText(reason)
        self.reason_error.setVisible(bool(reason))
        self.alert_check.show_problems(errors)

    def problems(self) -> dict[str, str]:
        errors = validate_procedure(self.current_input(), self.db.now())
        if problem := self.day.problem():
            errors["performed_at"] = problem
        return errors | self.alert_check.problems()

    def _recheck_alerts(self) -> None:
        if self.alert_check.message.text():
            self.alert_check.show_problems(self.alert_check.problems())

    def submit(self) -> None:
        data = self.current_input()
        errors = self.problems()
        self._show_errors(errors)
        if errors:
            return
        if needs_reason(data) and not Prompts.confirm(
            self,
            self.tr(
                "This procedure includes nose or buttock augmentation, which threads are not "
                "suited to. Your reason will be stored with it. Chart it anyway?"
            ),
            self.tr("Chart with my reason"),
            self.tr("Go back"),
        ):
            return
        write(
            self,
            lambda: chart_procedure(self.db, self.actor, data),
            self._saved,
            refused=self._refused,
        )

    def _refused(self, error: ThreadbookError) -> bool:
        if isinstance(error, ValidationError):
            self._show_errors(error.fields)
            return True
        return False

    def _saved(self, procedure: ProcedureRecord) -> None:
        self.saved = procedure
        self.accept()
