"""The top of the chart form: the patient's alerts in red, each acknowledged by the doctor,
and the written reason an absolute contraindication needs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from db.record.alerts import MIN_REASON, AlertRecord
from desktop.i18n import tr
from desktop.widgets.alert_banner import RED, AlertBanner, alert_what


class AlertCheck(QWidget):
    """Signals:
    changed(): an acknowledgement or the reason changed.
    """

    changed = Signal()

    def __init__(
        self, alerts: list[AlertRecord], allergies_note: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.alerts = [alert for alert in alerts if alert.active]
        self.banner = AlertBanner()
        self.banner.show_alerts(self.alerts, allergies_note)
        self.boxes: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.banner)
        for alert in self.alerts:
            if not alert.asks:
                continue
            box = QCheckBox(tr("I have checked: {what}").format(what=alert_what(alert)))
            box.setStyleSheet(f"color: {RED};")
            box.toggled.connect(self.changed)
            self.boxes[alert.id] = box
            layout.addWidget(box)
        self.absolute = any(alert.asks and alert.level == "absolute" for alert in self.alerts)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            tr("Absolute contraindication: write the clinical reason for going ahead")
        )
        self.reason.setFixedHeight(44)
        self.reason.setVisible(self.absolute)
        self.reason.textChanged.connect(self.changed)
        layout.addWidget(self.reason)
        self.message = QLabel()
        self.message.setObjectName("alert_message")
        self.message.setStyleSheet(f"color: {RED};")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self.setVisible(self.banner.isVisibleTo(self) or bool(self.boxes))

    def acknowledged(self) -> tuple[int, ...]:
        return tuple(alert_id for alert_id, box in self.boxes.items() if box.isChecked())

    def reason_text(self) -> str:
        return self.reason.toPlainText() if self.absolute else ""

    def problems(self) -> dict[str, str]:
        """What the form can say before saving (the database checks the same again)."""
        errors: dict[str, str] = {}
        if any(not box.isChecked() for box in self.boxes.values()):
            errors["alerts"] = tr("Tick each alert once you have checked it with the patient.")
        if self.absolute and len(self.reason_text().strip()) < MIN_REASON:
            errors["alert_reason"] = tr(
                "This patient has an absolute contraindication. To go ahead, write the clinical "
                "reason (at least {n} characters)."
            ).format(n=MIN_REASON)
        return errors

    def show_problems(self, errors: dict[str, str]) -> None:
        text = "\n".join(errors[key] for key in ("alerts", "alert_reason") if key in errors)
        self.message.setText(text)
        self.message.setVisible(bool(text))
