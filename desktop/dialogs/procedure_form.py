"""Charting a procedure: who, when, consent, and each placement with the lot used."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
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
from db.stock.barcodes import ScanError, parse_box
from db.stock.lots import LotRow, lot_by_scan, recent_lots, usable_lots
from db.storage.database import Database
from db.vocabulary import ANAESTHESIA, AREAS, CONTRAINDICATED_AREAS, term
from desktop.conventions import moment_text
from desktop.dialogs.consent_form import ConsentDialog
from desktop.fields import DateField, FieldErrors, format_date, submit_buttons
from desktop.form_guard import on_edit
from desktop.i18n import label
from desktop.messages import Prompts
from desktop.widgets.alert_check import AlertCheck
from desktop.widgets.placement_row import PlacementRow, lot_label
from desktop.widgets.scan_field import ScanField
from desktop.widgets.terms import fill_terms
from desktop.writes import write


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
        self.rows: list[PlacementRow] = []
        self.lots: list[LotRow] = []
        self.recent = recent_lots(db, actor)
        # In red at the top: what the doctor must see before placing a thread.
        self.alert_check = AlertCheck(patient_alerts(db, actor, patient.id), patient.allergies)
        self.alert_check.changed.connect(self._recheck_alerts)
        self.setWindowTitle(
            self.tr("Chart procedure: {name} ({mrn})").format(
                name=patient.full_name, mrn=patient.mrn
            )
        )
        self.setMinimumSize(900, 620)
        self.resize(1180, 680)  # room for a whole lot label on a 1366x768 screen

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

        self.scan = ScanField()
        self.scan.scanned.connect(self.apply_scan)
        self.scan_message = QLabel()
        self.scan_message.setObjectName("scan_message")
        self.scan_message.setWordWrap(True)
        self.placements_box = QVBoxLayout()
        self.placements_box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.placements_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(150)
        add = QPushButton(self.tr("Add placement"))
        add.clicked.connect(lambda: self.add_row(None))
        self.placement_message = QLabel()
        self.placement_message.setObjectName("placement_message")
        self.placement_message.setStyleSheet("color: #b00020;")
        self.placement_message.setWordWrap(True)

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

        heading = QLabel(self.tr("Placements"))
        heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.addWidget(self.alert_check)
        layout.addLayout(form)
        layout.addWidget(heading)
        layout.addLayout(scan_row)
        layout.addWidget(self.scan_message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.placement_message)
        layout.addWidget(self.warning)
        layout.addWidget(self.reason)
        layout.addWidget(self.reason_error)
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

    def reload_lots(self) -> None:
        """Lots usable on the procedure date (expiry is judged on that date)."""
        # The lots this doctor used lately come first in each list; none is chosen for them.
        recent = {lot_id: rank for rank, lot_id in enumerate(self.recent)}
        lots = usable_lots(self.db, self.actor, self.procedure_day())
        self.lots = sorted(lots, key=lambda lot: recent.get(lot.lot_id, len(recent)))
        for row in self.rows:
            row.set_lots(self.lots, None)

    def add_row(self, lot_id: int | None) -> PlacementRow:
        """A placement row; its lot is only ever one the user chose or scanned, never a guess."""
        row = PlacementRow(self.lots, lot_id)
        row.changed.connect(self._update_warning)
        on_edit(row, self._recheck_placements)
        row.remove_requested.connect(self.remove_row)
        self.rows.append(row)
        self.placements_box.insertWidget(self.placements_box.count() - 1, row)
        self._update_warning()
        return row

    def remove_row(self, row: PlacementRow) -> None:
        self.rows.remove(row)
        row.setParent(None)
        row.deleteLater()
        self._update_warning()
        self._recheck_placements()

    def _recheck_placements(self) -> None:
        """Once shown, the placement and reason messages follow what is fixed."""
        if not (self.placement_message.text() or self.reason_error.text()):
            return
        errors = self.problems()
        placement = [m for k, m in errors.items() if k.startswith("placement")]
        self.placement_message.setText("\n".join(placement))
        reason = errors.get("contraindication_reason", "")
        self.reason_error.setText(reason)
        self.reason_error.setVisible(bool(reason))

    def _update_warning(self) -> None:
        show = any(row.value().area in CONTRAINDICATED_AREAS for row in self.rows)
        for widget in (self.warning, self.reason):
            widget.setVisible(show)
        if not show:
            self.reason_error.hide()

    def apply_scan(self, text: str) -> None:
        self.scan.clear()
        try:
            box = parse_box(text)
        except ScanError as exc:
            self._scan_message(exc.message, ok=False)
            return
        lot = lot_by_scan(self.db, self.actor, box.gtin, box.lot_number)
        if lot is None:
            message = self.tr(
                "Lot {lot} (GTIN {gtin}) has not been received into stock. "
                "Receive the box first: Inventory → Receive stock."
            )
            self._scan_message(message.format(lot=box.lot_number or "?", gtin=box.gtin), ok=False)
            return
        day = self.procedure_day()
        problem = ""
        if lot.recalled_on is not None:
            problem = self.tr("Lot {lot} was recalled: do not use it.").format(lot=lot.lot_number)
        elif lot.expiry_date < day:
            problem = self.tr("Lot {lot} expired on {expiry}: do not use it.").format(
                lot=lot.lot_number, expiry=format_date(lot.expiry_date)
            )
        elif lot.on_hand <= 0:
            problem = self.tr("Lot {lot} has no threads left in stock.").format(lot=lot.lot_number)
        if problem:
            self._scan_message(problem, ok=False)
            return
        # The box goes into the first row still waiting for its lot, else into a new row.
        waiting = next((row for row in self.rows if row.value().lot_id is None), None)
        row = waiting or self.add_row(lot.lot_id)
        row.set_lots(self.lots, lot.lot_id)
        self._recheck_placements()
        self._scan_message(
            self.tr("Added: {lot}. Choose the area and side.").format(lot=lot_label(lot)), ok=True
        )
        row.area.setFocus()

    def _scan_message(self, text: str, ok: bool) -> None:
        self.scan_message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.scan_message.setText(text)

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
        placement = [m for k, m in errors.items() if k.startswith("placement")]
        self.placement_message.setText("\n".join(placement))
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
