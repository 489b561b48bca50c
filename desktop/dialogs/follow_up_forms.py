"""Small forms reception uses on a follow-up: a phone call, a new date, a cancellation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ValidationError
from db.record.followups import FollowUpRow, Status, record_contact, reschedule, set_status
from db.storage.database import Database
from db.vocabulary import CONTACT_OUTCOMES
from desktop.conventions import day_text, local, moment_text
from desktop.fields import DateField, FieldErrors
from desktop.widgets.terms import fill_terms, step_text
from desktop.writes import write


def describe(row: FollowUpRow) -> str:
    return QCoreApplication.translate(
        "FollowUpForms",
        "{name} ({mrn}), {phone}\n{step} follow-up after the procedure of {performed}, due {due}",
    ).format(
        name=row.full_name,
        mrn=row.mrn,
        phone=row.phone,
        step=step_text(row.label),
        performed=day_text(local(row.performed_at).date()),
        due=moment_text(row.due_at),
    )


class _FollowUpForm(QDialog):
    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, title: str, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.row = row
        self.setWindowTitle(title)
        self.setMinimumWidth(500)  # the summary line stays whole in Vietnamese
        self.form = QFormLayout()
        self.errors = FieldErrors()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        summary = QLabel(describe(row))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def prepared(self) -> Callable[[], object]:
        """Each form's own db call, with what was typed; ValidationError when it cannot be."""
        raise NotImplementedError

    def submit(self) -> None:
        try:
            work = self.prepared()
        except ValidationError as error:
            self.errors.show(error.fields)
            return
        write(self, work, lambda _saved: self.accept(), errors=self.errors)


class ContactForm(_FollowUpForm):
    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("ContactForm", "Record a phone call")
        super().__init__(db, actor, row, title, parent)
        self.outcome = QComboBox()
        fill_terms(self.outcome, CONTACT_OUTCOMES)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(60)
        self.errors.add_row(self.form, self.tr("Outcome"), "outcome", self.outcome)
        self.errors.add_row(self.form, self.tr("Note"), "note", self.note)

    def prepared(self) -> Callable[[], object]:
        return partial(
            record_contact,
            self.db,
            self.actor,
            self.row.id,
            str(self.outcome.currentData()),
            self.note.toPlainText(),
        )


class RescheduleForm(_FollowUpForm):
    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("RescheduleForm", "Move the follow-up")
        super().__init__(db, actor, row, title, parent)
        due = row.due_at.astimezone()
        self.day = DateField()
        self.day.set_value(due.date())
        self.time = QTimeEdit(QTime(due.hour, due.minute))
        self.time.setDisplayFormat("HH:mm")
        when = QWidget()
        line = QHBoxLayout(when)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.day)
        line.addWidget(self.time)
        line.addStretch(1)
        self.errors.add_row(self.form, self.tr("New date and time"), "due_at", when)

    def prepared(self) -> Callable[[], object]:
        if problem := self.day.problem():
            raise ValidationError({"due_at": problem})
        day = self.day.value()
        due = (
            datetime(
                day.year, day.month, day.day, self.time.time().hour(), self.time.time().minute()
            ).astimezone()
            if day
            else None
        )
        return partial(reschedule, self.db, self.actor, self.row.id, self.row.version, due)


class CancelForm(_FollowUpForm):
    def __init__(
        self, db: Database, actor: Actor, row: FollowUpRow, parent: QWidget | None = None
    ) -> None:
        title = QCoreApplication.translate("CancelForm", "Cancel the follow-up")
        super().__init__(db, actor, row, title, parent)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        self.errors.add_row(self.form, self.tr("Reason"), "reason", self.reason)

    def prepared(self) -> Callable[[], object]:
        return partial(
            set_status,
            self.db,
            self.actor,
            self.row.id,
            self.row.version,
            Status.CANCELLED,
            self.reason.toPlainText(),
        )
