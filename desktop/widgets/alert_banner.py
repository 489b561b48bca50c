"""The patient's alerts in red, where a procedure is planned or charted."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from db.record.alerts import AlertRecord
from db.vocabulary import ALERT_KINDS, CONTRAINDICATIONS, term
from desktop.i18n import label, tr

RED = "#b00020"
_LEVEL_ORDER = {"absolute": 0, "relative": 1, "note": 2}


def level_words(level: str) -> str:
    return {
        "absolute": tr("Stops charting"),
        "relative": tr("Acknowledge when charting"),
    }.get(level, tr("Note"))


def alert_what(alert: AlertRecord) -> str:
    """What the alert is, e.g. 'Allergy: lidocaine', in the window's language."""
    kind = label(term(ALERT_KINDS, alert.kind))
    listed = label(term(CONTRAINDICATIONS, alert.code)) if alert.code else ""
    if not listed or alert.code == "other":
        return tr("{kind}: {detail}").format(kind=kind, detail=alert.detail)
    if alert.detail:
        return tr("{kind}: {listed} ({detail})").format(
            kind=kind, listed=listed, detail=alert.detail
        )
    return tr("{kind}: {listed}").format(kind=kind, listed=listed)


def alert_text(alert: AlertRecord) -> str:
    """An alert in words: what it is and what it asks of the doctor."""
    return tr("{what} — {level}").format(what=alert_what(alert), level=level_words(alert.level))


class AlertBanner(QWidget):
    """Red lines, one per alert in force, plus the allergies written in the patient's details.
    Hidden when there is nothing to show."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("alert_banner")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setStyleSheet(
            f"color: {RED}; background: #fdecee; border: 1px solid {RED}; "
            "padding: 4px 8px; font-weight: 600;"
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        self.hide()

    def show_alerts(self, alerts: list[AlertRecord], allergies_note: str = "") -> None:
        serious_first = sorted(alerts, key=lambda alert: _LEVEL_ORDER.get(alert.level, 3))
        lines = [f"⚠ {alert_text(alert)}" for alert in serious_first if alert.active]
        if allergies_note.strip():
            lines.append(
                tr("⚠ Allergies (in the patient's details): {text}").format(
                    text=allergies_note.strip()
                )
            )
        self.label.setText("\n".join(lines))
        self.setVisible(bool(lines))

    def text(self) -> str:
        return self.label.text()
