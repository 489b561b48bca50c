"""Charting a procedure: who, when, consent, and each placement with the lot used."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QTime, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Role
from db.consent.records import usable_treatment_consents
from db.errors import ThreadbookError, ValidationError
from db.record.patients import PatientRecord
from db.record.procedures import (
    MAX_THREADS_PER_PLACEMENT,
    PlacementInput,
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
from db.vocabulary import ANAESTHESIA, AREAS, CONTRAINDICATED_AREAS, SIDES, term
from desktop.conventions import moment_text, number_text
from desktop.dialogs.consent_form import ConsentDialog
from desktop.fields import DateField, FieldErrors, format_date, submit_buttons
from desktop.i18n import label
from desktop.messages import Prompts
from desktop.widgets.scan_field import ScanField
from desktop.widgets.terms import fill_terms
from desktop.writes import write


def lot_label(lot: LotRow) -> str:
    return QCoreApplication.translate(
        "ProcedureDialog", "{product} · {material} · lot {lot} · exp. {expiry} · {left} left"
    ).format(
        product=lot.product,
        material=lot.material,
        lot=lot.lot_number,
        expiry=format_date(lot.expiry_date),
        left=number_text(lot.on_hand),
    )


def _local(day: date, time: QTime) -> datetime:
    return datetime(day.year, day.month, day.day, time.hour(), time.minute()).astimezone()


class PlacementRow(QFrame):
    """One area, side, lot and thread count.

    Signals:
        changed(): area or lot changed (the dialog re-checks contraindications).
        remove_requested(PlacementRow)
    """

    changed = Signal()
    remove_requested = Signal(object)

    def __init__(
        self, lots: list[LotRow], lot_id: int | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.area = QComboBox()
        self.area.addItem(self.tr("Choose area…"), None)
        for entry in AREAS:
            text = label(entry)
            if entry.code in CONTRAINDICATED_AREAS:
                text = self.tr("{area} (not suited to threads)").format(area=text)
            self.area.addItem(text, entry.code)
        self.area_other = QLineEdit()
        self.area_other.setPlaceholderText(self.tr("which area?"))
        self.area_other.hide()
        self.side = QComboBox()
        fill_terms(self.side, SIDES)
        self.side.setCurrentIndex(self.side.findData("both"))
        self.lot = QComboBox()
        # Sized by a fixed length rather than its longest label (Vietnamese labels run longer),
        # so thread count and Remove stay in view; the open list shows labels in full.
        self.lot.setMinimumContentsLength(36)
        self.lot.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.count = QSpinBox()
        self.count.setRange(1, MAX_THREADS_PER_PLACEMENT)
        self.count.setValue(2)
        self.count.setSuffix(self.tr(" threads"))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.remove_requested.emit(self))
        self.area.currentIndexChanged.connect(self._area_changed)
        self.lot.currentIndexChanged.connect(self.changed)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.area)
        layout.addWidget(self.area_other)
        layout.addWidget(self.side)
        layout.addWidget(self.lot, 1)
        layout.addWidget(self.count)
        layout.addWidget(remove)
        self.set_lots(lots, lot_id)

    def set_lots(self, lots: list[LotRow], lot_id: int | None) -> None:
        current = lot_id if lot_id is not None else self.lot.currentData()
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(self.tr("Choose or scan the lot…"), None)
        for lot in lots:
            self.lot.addItem(lot_label(lot), lot.lot_id)
        index = self.lot.findData(current) if current is not None else 0
        self.lot.setCurrentIndex(max(0, index))
        self.lot.blockSignals(False)

    def _area_changed(self) -> None:
        self.area_other.setVisible(self.area.currentData() == "other")
        self.changed.emit()

    def value(self) -> PlacementInput:
        lot_id = self.lot.currentData()
        return PlacementInput(
            area=str(self.area.currentData() or ""),
            side=str(self.side.currentData()),
            lot_id=int(lot_id) if lot_id is not None else None,
            thread_count=self.count.value(),
            area_other=self.area_other.text(),
        )


class ProcedureDialog(QDialog):
    """Attributes:
    saved: the charted procedure, once accepted.
    """

    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.saved: ProcedureRecord | None = None
        self.rows: list[PlacementRow] = []
        self.lots: list[LotRow] = []
        self.recent = recent_lots(db, actor)
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
        self.errors = FieldErrors()
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
        self.lots = usable_lots(self.db, self.actor, self.procedure_day())
        for row in self.rows:
            row.set_lots(self.lots, None)

    def _default_lot(self) -> int | None:
        if self.rows:
            return self.rows[-1].value().lot_id
        usable = {lot.lot_id for lot in self.lots}
        return next((lot_id for lot_id in self.recent if lot_id in usable), None)

    def add_row(self, lot_id: int | None) -> PlacementRow:
        row = PlacementRow(self.lots, lot_id if lot_id is not None else self._default_lot())
        row.changed.connect(self._update_warning)
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
        empty = next((row for row in self.rows if row.value().lot_id is None), None)
        row = empty or self.add_row(lot.lot_id)
        row.set_lots(self.lots, lot.lot_id)
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
        )

    def _show_errors(self, errors: dict[str, str]) -> None:
        self.errors.show(errors)
        placement = [m for k, m in errors.items() if k.startswith("placement")]
        self.placement_message.setText("\n".join(placement))
        reason = errors.get("contraindication_reason", "")
        self.reason_error.setText(reason)
        self.reason_error.setVisible(bool(reason))

    def submit(self) -> None:
        data = self.current_input()
        errors = validate_procedure(data, self.db.now())
        if problem := self.day.problem():
            errors["performed_at"] = problem
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
