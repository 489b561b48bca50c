"""A review visit: complication checklist, GAIS, satisfaction, notes, next step."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.record.followups import FollowUpRow
from db.record.reviews import ReviewInput, ReviewRecord, record_review
from db.storage.database import Database
from db.vocabulary import COMPLICATION_TYPES, GAIS
from desktop.dialogs.follow_up_forms import describe
from desktop.fields import DateField, FieldErrors, submit_buttons
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.writes import write

SATISFACTION = (
    (1, QT_TR_NOOP("1 Very dissatisfied")),
    (2, QT_TR_NOOP("2 Dissatisfied")),
    (3, QT_TR_NOOP("3 Neutral")),
    (4, QT_TR_NOOP("4 Satisfied")),
    (5, QT_TR_NOOP("5 Very satisfied")),
)


class ReviewDialog(QDialog):
    """Attributes:
    saved: the review, once accepted; `saved.present` lists complications to record next.
    """

    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.row = row
        self.saved: ReviewRecord | None = None
        self.setWindowTitle(self.tr("Review visit"))
        self.setMinimumWidth(620)

        summary = QLabel(describe(row))
        summary.setWordWrap(True)
        self.day = DateField()
        self.day.set_value(db.today())
        checklist = QGroupBox(self.tr("Complications found (unticked means absent)"))
        grid = QGridLayout(checklist)
        self.checks: dict[str, QCheckBox] = {}
        for index, entry in enumerate(COMPLICATION_TYPES):
            box = QCheckBox(label(entry))
            self.checks[entry.code] = box
            grid.addWidget(box, index // 2, index % 2)
        self.gais = QComboBox()
        self.gais.addItem(self.tr("— not assessed —"), None)
        for entry in GAIS:
            self.gais.addItem(label(entry), int(entry.code))
        self.satisfaction = QComboBox()
        self.satisfaction.addItem(self.tr("— not asked —"), None)
        for score, text in SATISFACTION:
            self.satisfaction.addItem(tr(text), score)
        self.notes = QPlainTextEdit()
        self.notes.setFixedHeight(60)
        self.next_step = QPlainTextEdit()
        self.next_step.setFixedHeight(40)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Visit date"), "reviewed_on", self.day)
        self.errors.add_row(form, self.tr("GAIS (1-5)"), "gais_score", self.gais)
        self.errors.add_row(
            form, self.tr("Patient satisfaction"), "satisfaction", self.satisfaction
        )
        self.errors.add_row(form, self.tr("Notes"), "notes", self.notes)
        self.errors.add_row(form, self.tr("Next step"), "next_step", self.next_step)
        buttons, self.save_button = submit_buttons(self, self.tr("Save review"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(checklist)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def current_input(self) -> ReviewInput:
        return ReviewInput(
            follow_up_id=self.row.id,
            reviewed_on=self.day.value(),
            present=tuple(code for code, box in self.checks.items() if box.isChecked()),
            gais_score=self.gais.currentData(),
            satisfaction=self.satisfaction.currentData(),
            notes=self.notes.toPlainText(),
            next_step=self.next_step.toPlainText(),
        )

    def submit(self) -> None:
        if problem := self.day.problem():
            self.errors.show({"reviewed_on": problem})
            return
        data = self.current_input()
        write(
            self, lambda: record_review(self.db, self.actor, data), self._saved, errors=self.errors
        )

    def _saved(self, review: ReviewRecord) -> None:
        self.saved = review
        self.accept()
