"""Recording a patient alert, and ending one that no longer applies."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.record.alerts import AlertInput, AlertRecord, add_alert, end_alert, validate_alert
from db.storage.database import Database
from db.vocabulary import ALERT_KINDS, ALERT_LEVELS, CONTRAINDICATIONS
from desktop.fields import FieldErrors, submit_buttons
from desktop.i18n import label
from desktop.widgets.alert_banner import alert_text
from desktop.writes import write

# What an alert of each kind usually asks, until the doctor says otherwise.
_USUAL_LEVEL = {"allergy": "relative", "history": "note"}


class AlertDialog(QDialog):
    """Attributes:
    saved: the alert, once recorded.
    """

    def __init__(
        self, db: Database, actor: Actor, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient_id = patient_id
        self.saved: AlertRecord | None = None
        self.setWindowTitle(self.tr("Add an alert"))
        self.setMinimumWidth(560)

        self.kind = QComboBox()
        self.kind.addItem(self.tr("Choose…"), None)
        for entry in ALERT_KINDS:
            self.kind.addItem(label(entry), entry.code)
        self.code = QComboBox()
        self.code.addItem(self.tr("Choose the contraindication…"), None)
        for item in CONTRAINDICATIONS:
            self.code.addItem(label(item), item.code)
        self.detail = QLineEdit()
        self.detail.setPlaceholderText(self.tr("e.g. lidocaine: hives; warfarin 5 mg daily"))
        self.level = QComboBox()
        self.level.addItem(self.tr("Choose…"), None)
        for entry in ALERT_LEVELS:
            self.level.addItem(label(entry), entry.code)

        form = QFormLayout()
        self.errors = FieldErrors(lambda: validate_alert(self.current_input()))
        self.errors.add_row(form, self.tr("Kind"), "kind", self.kind)
        self.errors.add_row(form, self.tr("Contraindication"), "code", self.code)
        self.errors.add_row(form, self.tr("Details"), "detail", self.detail)
        self.errors.add_row(form, self.tr("When charting"), "level", self.level)
        buttons, self.save_button = submit_buttons(self, self.tr("Add alert"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.code.currentIndexChanged.connect(self._code_changed)
        self._kind_changed()

    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.code.setEnabled(kind == "contraindication")
        if kind in _USUAL_LEVEL:
            self.level.setCurrentIndex(self.level.findData(_USUAL_LEVEL[kind]))

    def _code_changed(self) -> None:
        listed = next((c for c in CONTRAINDICATIONS if c.code == self.code.currentData()), None)
        if listed is not None:
            self.level.setCurrentIndex(self.level.findData(listed.level))

    def current_input(self) -> AlertInput:
        return AlertInput(
            kind=str(self.kind.currentData() or ""),
            level=str(self.level.currentData() or ""),
            detail=self.detail.text(),
            code=str(self.code.currentData() or ""),
        )

    def _saved(self, record: object) -> None:
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def submit(self) -> None:
        data = self.current_input()
        if errors := validate_alert(data):
            self.errors.show(errors)
            return
        write(
            self,
            lambda: add_alert(self.db, self.actor, self.patient_id, data),
            self._saved,
            errors=self.errors,
        )


class EndAlertDialog(QDialog):
    """Attributes:
    saved: the alert as ended.
    """

    def __init__(
        self, db: Database, actor: Actor, alert: AlertRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.alert = alert
        self.saved: AlertRecord | None = None
        self.setWindowTitle(self.tr("End an alert"))
        self.setMinimumWidth(520)
        what = QLabel(alert_text(alert))
        what.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setFixedHeight(60)
        form = QFormLayout()
        self.errors = FieldErrors()
        form.addRow(self.tr("Alert"), what)
        self.errors.add_row(form, self.tr("Why it no longer applies"), "end_reason", self.reason)
        buttons, self.save_button = submit_buttons(self, self.tr("End alert"), self.submit)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _saved(self, record: object) -> None:
        self.saved = record  # type: ignore[assignment]
        self.accept()

    def submit(self) -> None:
        write(
            self,
            lambda: end_alert(
                self.db, self.actor, self.alert.id, self.alert.version, self.reason.toPlainText()
            ),
            self._saved,
            errors=self.errors,
        )
