"""Voiding a procedure charted in error; it stays in history, struck through."""

from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.record.procedures import ProcedureRecord, void_procedure
from db.storage.database import Database
from desktop.conventions import moment_text
from desktop.fields import FieldErrors, submit_buttons
from desktop.writes import write


class VoidProcedureDialog(QDialog):
    def __init__(
        self, db: Database, actor: Actor, procedure: ProcedureRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.procedure = procedure
        self.saved: ProcedureRecord | None = None
        self.setWindowTitle(self.tr("Void procedure {number}").format(number=procedure.id))
        when = moment_text(procedure.performed_at)
        threads = sum(p.thread_count for p in procedure.placements)
        intro = QLabel(
            self.tr("Procedure of {date} by {doctor}, {threads} thread(s). It stays in the "
                    "patient's history, struck through, with your reason.").format(
                date=when, doctor=procedure.doctor, threads=threads
            )
        )  # fmt: skip
        intro.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.used = QRadioButton(self.tr("The threads were opened or used: they stay out of stock"))
        self.unopened = QRadioButton(
            self.tr("The threads were never opened: put them back in stock")
        )
        self.used.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.used)
        group.addButton(self.unopened)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Reason"), "reason", self.reason)
        form.addRow("", self.used)
        form.addRow("", self.unopened)
        buttons, self.void_button = submit_buttons(self, self.tr("Void procedure"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        void = partial(
            void_procedure,
            self.db,
            self.actor,
            self.procedure.id,
            self.procedure.version,
            self.reason.toPlainText(),
            self.unopened.isChecked(),
        )
        write(self, void, self._saved, errors=self.errors)

    def _saved(self, procedure: ProcedureRecord) -> None:
        self.saved = procedure
        self.accept()
