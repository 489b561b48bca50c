"""Recording a complication, and adding a step to its course."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.record.complications import (
    ComplicationInput,
    ComplicationRecord,
    record_complication,
    update_complication,
)
from db.record.procedures import ProcedureRecord
from db.storage.database import Database
from db.vocabulary import ACTIONS, AREAS, COMPLICATION_TYPES, OUTCOMES, SEVERITIES, term
from db.wording import language
from desktop.conventions import day_text, local
from desktop.fields import DateField, FieldErrors, format_date, submit_buttons
from desktop.i18n import label
from desktop.widgets.terms import fill_terms
from desktop.writes import write


class _Course:
    """Severity, seriousness, actions, outcome and resolution date: what changes over time."""

    def __init__(self, form: QFormLayout, errors: FieldErrors) -> None:
        self.severity = QComboBox()
        fill_terms(
            self.severity,
            SEVERITIES,
            QCoreApplication.translate("ComplicationCourse", "Choose severity…"),
        )
        self.serious = QCheckBox(
            QCoreApplication.translate(
                "ComplicationCourse",
                "Serious: needed hospital care or surgery, or left lasting harm",
            )
        )
        actions = QWidget()
        grid = QGridLayout(actions)
        grid.setContentsMargins(0, 0, 0, 0)
        self.action_boxes: dict[str, QCheckBox] = {}
        for index, entry in enumerate(ACTIONS):
            box = QCheckBox(label(entry))
            self.action_boxes[entry.code] = box
            grid.addWidget(box, index // 4, index % 4)
        self.outcome = QComboBox()
        fill_terms(self.outcome, OUTCOMES)
        self.resolution = DateField()
        errors.add_row(
            form,
            QCoreApplication.translate("ComplicationCourse", "Severity"),
            "severity",
            self.severity,
        )
        form.addRow("", self.serious)
        errors.add_row(
            form,
            QCoreApplication.translate("ComplicationCourse", "Actions taken"),
            "actions",
            actions,
        )
        errors.add_row(
            form,
            QCoreApplication.translate("ComplicationCourse", "Outcome"),
            "outcome",
            self.outcome,
        )
        errors.add_row(
            form,
            QCoreApplication.translate("ComplicationCourse", "Resolved on"),
            "resolution_date",
            self.resolution,
        )

    def fill(self, record: ComplicationRecord) -> None:
        self.severity.setCurrentIndex(self.severity.findData(str(record.severity)))
        self.serious.setChecked(record.serious)
        for code, box in self.action_boxes.items():
            box.setChecked(code in record.actions)
        self.outcome.setCurrentIndex(self.outcome.findData(record.outcome))
        self.resolution.set_value(record.resolution_date)

    def chosen_actions(self) -> tuple[str, ...]:
        return tuple(code for code, box in self.action_boxes.items() if box.isChecked())


class ComplicationDialog(QDialog):
    """New complication for one of the patient's procedures.

    Attributes:
        saved: the complication as stored, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        procedures: list[ProcedureRecord],
        procedure_id: int | None = None,
        kind: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.procedures = [p for p in procedures if not p.voided]
        self.saved: ComplicationRecord | None = None
        self.setWindowTitle(self.tr("Record a complication"))
        self.setMinimumWidth(640)

        self.procedure = QComboBox()
        for procedure in self.procedures:
            when = day_text(local(procedure.performed_at).date())
            self.procedure.addItem(
                self.tr("{date}: procedure {number} by {doctor}").format(
                    date=when, number=procedure.id, doctor=procedure.doctor
                ),
                procedure.id,
            )
        if procedure_id is not None:
            self.procedure.setCurrentIndex(max(0, self.procedure.findData(procedure_id)))
        self.placement = QComboBox()
        self.kind = QComboBox()
        fill_terms(self.kind, COMPLICATION_TYPES, self.tr("Choose the type…"))
        if kind:
            self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.kind_other = QLineEdit()
        self.kind_other.setPlaceholderText(self.tr("describe it"))
        self.area = QComboBox()
        self.onset = DateField()
        self.onset.set_value(db.today())
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Procedure"), "procedure", self.procedure)
        self.errors.add_row(form, self.tr("Lot involved"), "placement", self.placement)
        self.errors.add_row(form, self.tr("Type"), "kind", self.kind)
        form.addRow("", self.kind_other)
        self.errors.add_row(form, self.tr("Area"), "area", self.area)
        self.errors.add_row(form, self.tr("Onset"), "onset_date", self.onset)
        self.course = _Course(form, self.errors)
        self.errors.add_row(form, self.tr("Notes"), "notes", self.notes)
        buttons, self.save_button = submit_buttons(self, self.tr("Save complication"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.procedure.currentIndexChanged.connect(self._fill_areas)
        self.procedure.currentIndexChanged.connect(self._fill_placements)
        self.placement.currentIndexChanged.connect(self._placement_area)
        self.kind.currentIndexChanged.connect(
            lambda: self.kind_other.setVisible(self.kind.currentData() == "other")
        )
        self.kind_other.setVisible(self.kind.currentData() == "other")
        self._fill_areas()
        self._fill_placements()

    def _fill_areas(self) -> None:
        """The areas this procedure treated come first; nothing is chosen for the user."""
        procedure = self._selected_procedure()
        treated = {p.area for p in procedure.placements} if procedure else set()
        ordered = [t for t in AREAS if t.code in treated] + [
            t for t in AREAS if t.code not in treated
        ]
        chosen = self.area.currentData()
        self.area.blockSignals(True)
        self.area.clear()
        fill_terms(self.area, tuple(ordered), self.tr("Choose the area…"))
        if treated:
            self.area.insertSeparator(len(treated) + 1)
        self.area.setCurrentIndex(max(0, self.area.findData(chosen)))
        self.area.blockSignals(False)

    def _selected_procedure(self) -> ProcedureRecord | None:
        procedure_id = self.procedure.currentData()
        return next((p for p in self.procedures if p.id == procedure_id), None)

    def _fill_placements(self) -> None:
        self.placement.clear()
        self.placement.addItem(self.tr("— the whole procedure —"), None)
        procedure = self._selected_procedure()
        for placement in procedure.placements if procedure else ():
            self.placement.addItem(
                self.tr("{area}: {product}, lot {lot} (exp. {expiry})").format(
                    area=placement.area_label(language()),
                    product=placement.product,
                    lot=placement.lot_number,
                    expiry=format_date(placement.expiry_date),
                ),
                placement.id,
            )
        if procedure and len(procedure.placements) == 1:
            self.placement.setCurrentIndex(1)

    def _placement_area(self) -> None:
        procedure = self._selected_procedure()
        placement_id = self.placement.currentData()
        for placement in procedure.placements if procedure else ():
            if placement.id == placement_id:
                self.area.setCurrentIndex(self.area.findData(placement.area))

    def current_input(self) -> ComplicationInput:
        return ComplicationInput(
            procedure_id=int(self.procedure.currentData() or 0),
            placement_id=self.placement.currentData(),
            kind=str(self.kind.currentData() or ""),
            kind_other=self.kind_other.text(),
            area=str(self.area.currentData() or ""),
            onset_date=self.onset.value(),
            severity=int(self.course.severity.currentData() or 0),
            serious=self.course.serious.isChecked(),
            actions=self.course.chosen_actions(),
            outcome=str(self.course.outcome.currentData()),
            resolution_date=self.course.resolution.value(),
            notes=self.notes.toPlainText(),
        )

    def submit(self) -> None:
        problems = {
            key: message
            for key, message in (
                ("onset_date", self.onset.problem()),
                ("resolution_date", self.course.resolution.problem()),
            )
            if message
        }
        if not self.procedures:
            problems["procedure"] = self.tr(
                "This patient has no procedure to link the complication to."
            )
        if problems:
            self.errors.show(problems)
            return
        data = self.current_input()
        write(
            self,
            lambda: record_complication(self.db, self.actor, data),
            self._saved,
            errors=self.errors,
        )

    def _saved(self, record: ComplicationRecord) -> None:
        self.saved = record
        self.accept()


class ComplicationUpdateDialog(QDialog):
    """A new step in a complication's course; earlier steps stay as they were."""

    def __init__(
        self, db: Database, actor: Actor, record: ComplicationRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.record = record
        self.saved: ComplicationRecord | None = None
        kind = (
            record.kind_other
            if record.kind == "other"
            else label(term(COMPLICATION_TYPES, record.kind))
        )
        self.setWindowTitle(self.tr("Update: {complication}").format(complication=kind))
        self.setMinimumWidth(640)
        history = "\n".join(
            (
                self.tr("{date}  {by}: severity {severity}, {outcome} — {note}")
                if step.note
                else self.tr("{date}  {by}: severity {severity}, {outcome}")
            ).format(
                date=day_text(local(step.recorded_at).date()),
                by=step.by,
                severity=step.severity,
                outcome=label(term(OUTCOMES, step.outcome)),
                # db marks the first step "recorded"; later notes are the doctor's own words.
                note=self.tr("first recorded")
                if index == 0 and step.note == "recorded"
                else step.note,
            )
            for index, step in enumerate(record.course)
        )
        course = QLabel(history)
        course.setWordWrap(True)
        form = QFormLayout()
        self.errors = FieldErrors()
        form.addRow(self.tr("Course so far"), course)
        self.course = _Course(form, self.errors)
        self.course.fill(record)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.errors.add_row(form, self.tr("Note"), "note", self.note)
        buttons, self.save_button = submit_buttons(self, self.tr("Save update"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        if problem := self.course.resolution.problem():
            self.errors.show({"resolution_date": problem})
            return
        update = partial(
            update_complication,
            self.db,
            self.actor,
            self.record.id,
            self.record.version,
            severity=int(self.course.severity.currentData()),
            serious=self.course.serious.isChecked(),
            actions=self.course.chosen_actions(),
            outcome=str(self.course.outcome.currentData()),
            resolution_date=self.course.resolution.value(),
            note=self.note.toPlainText(),
        )
        write(self, update, self._saved, errors=self.errors)

    def _saved(self, record: ComplicationRecord) -> None:
        self.saved = record
        self.accept()
