"""A patient's file: their details; procedures and follow-ups join it as they are recorded."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.errors import ThreadbookError
from db.record.patients import PatientRecord, reread_patient
from db.record.timeline import build_timeline
from db.storage.database import Database
from desktop.dialogs.patient_form import LANGUAGE_CHOICES, SEX_CHOICES, PatientDialog
from desktop.dialogs.photo_import import PhotoImportDialog
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, tr
from desktop.models.patient_table import age_on
from desktop.pages.alerts_tab import AlertsTab
from desktop.pages.consents_tab import ConsentsTab
from desktop.pages.patient_history import ComplicationsTab, FollowUpsTab, TimelineTab
from desktop.pages.photos_tab import PhotosTab
from desktop.pages.procedures_tab import ProceduresTab
from desktop.pages.thread_map_tab import ThreadMapTab
from desktop.widgets.alert_banner import AlertBanner

if TYPE_CHECKING:
    from desktop.dialogs.export_record import ExportRecordDialog
    from desktop.dialogs.photo_compare import PhotoCompareDialog

log = logging.getLogger(__name__)

# What a patient's file shows: a change to one of these records of this patient refreshes it.
FILE_SHOWS = frozenset(
    {
        "patient",
        "procedure",
        "placement",
        "follow_up",
        "contact_attempt",
        "review",
        "complication",
        "complication_update",
        "consent",
        "consent_signature",
        "consent_document",
        "photo",
    }
)


class PatientFilePage(QWidget):
    """Header with the patient's identity, tabs below it.

    Signals:
        back_requested(): return to the patient list.
    """

    back_requested = Signal()

    def __init__(
        self, db: Database, actor: Actor, record: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.record = record
        self.dialog: PatientDialog | None = None
        self.export_dialog: ExportRecordDialog | None = None

        back = QPushButton(self.tr("← Patients"))
        back.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("patient_title")
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.edit_button = QPushButton(self.tr("Edit details"))
        self.edit_button.setEnabled(actor.may(Permission.PATIENT_EDIT_CONTACT))
        self.edit_button.clicked.connect(self.edit)

        self.export_button = QPushButton(self.tr("Export record…"))
        self.export_button.setEnabled(actor.may(Permission.PRINT))
        self.export_button.clicked.connect(self.export_record)

        top = QHBoxLayout()
        top.addWidget(back)
        top.addWidget(self.title, 1)
        top.addWidget(self.export_button)
        top.addWidget(self.edit_button)

        self.details = QWidget()
        self.form = QFormLayout(self.details)
        self.values: dict[str, QLabel] = {}
        for key, label in (
            ("mrn", QT_TR_NOOP("Record number")),
            ("date_of_birth", QT_TR_NOOP("Date of birth")),
            ("sex", QT_TR_NOOP("Sex")),
            ("phone", QT_TR_NOOP("Phone")),
            ("email", QT_TR_NOOP("E-mail")),
            ("address", QT_TR_NOOP("Address")),
            ("language", QT_TR_NOOP("Sheet language")),
            ("contact_consent", QT_TR_NOOP("Reminders by phone, SMS or Zalo")),
            ("allergies", QT_TR_NOOP("Allergies")),
            ("medical_notes", QT_TR_NOOP("Medical notes")),
        ):
            value = QLabel()
            value.setObjectName(f"value_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[key] = value
            self.form.addRow(tr(label), value)

        # Above the tabs, so the alerts stay in sight whichever tab is open.
        self.alerts = AlertBanner()
        self.tabs = QTabWidget()
        self.procedures = ProceduresTab(db, actor, record)
        self.thread_map = ThreadMapTab(db, actor, record.id)
        self.alerts_tab = AlertsTab(db, actor, record.id)
        self.alerts_tab.changed.connect(self.refresh_alerts)
        self.follow_ups = FollowUpsTab(db, actor, record)
        self.complications = ComplicationsTab(db, actor, record)
        self.timeline = TimelineTab()
        self.consents = ConsentsTab(db, actor, record)
        self.photos = PhotosTab(db, actor, record)
        self.tabs.addTab(self.procedures, self.tr("Procedures"))
        self.tabs.addTab(self.thread_map, self.tr("Thread map"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.addTab(self.complications, self.tr("Complications"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.photos, self.tr("Photos"))
        self.tabs.addTab(self.alerts_tab, self.tr("Alerts"))
        self.tabs.addTab(self.consents, self.tr("Consents"))
        self.tabs.addTab(self.details, self.tr("Details"))
        self.procedures.charted.connect(lambda _record: self._history_changed())
        self.follow_ups.list.changed.connect(self._history_changed)
        self.consents.changed.connect(self._consents_changed)
        self.photos.import_requested.connect(self.import_photos)
        self.photos.compare_button.clicked.connect(self.compare_photos)
        self.photo_dialog: PhotoImportDialog | PhotoCompareDialog | None = None
        self.setAcceptDrops(True)
        self._show_timeline()

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.alerts)
        layout.addWidget(self.tabs, 1)
        self.show_record(record)

    def show_record(self, record: PatientRecord) -> None:
        self.record = record
        age = age_on(record.date_of_birth, self.db.today())
        self.title.setText(
            self.tr("{name}  ·  {mrn}  ·  {age} years").format(
                name=record.full_name, mrn=record.mrn, age=age
            )
        )
        language = dict(LANGUAGE_CHOICES).get(record.language, record.language)
        shown = {
            "mrn": record.mrn,
            "date_of_birth": format_date(record.date_of_birth),
            "sex": tr(dict(SEX_CHOICES).get(record.sex, record.sex)),
            "phone": record.phone,
            "email": record.email or "—",
            "address": record.address or "—",
            "language": tr(language),
            "contact_consent": self.tr("Agreed")
            if record.contact_consent
            else self.tr("Not agreed"),
            "allergies": record.allergies or self.tr("None recorded"),
            "medical_notes": record.medical_notes or "—",
        }
        for key, text in shown.items():
            self.values[key].setText(text)
        self.values["allergies"].setStyleSheet(
            "color: #b00020; font-weight: 600;" if record.allergies else ""
        )
        self.refresh_alerts()

    def refresh_alerts(self) -> None:
        self.alerts.show_alerts(self.alerts_tab.alerts, self.record.allergies)

    def refresh(self) -> None:
        """Show the file as now stored: a change here, or on another PC, reached the feed."""
        try:
            record = reread_patient(self.db, self.actor, self.record.id)
        except ThreadbookError as exc:
            log.warning("could not refresh the open patient file: %s", exc.message)
            return
        self.show_record(record)
        self.procedures.refresh()
        self.consents.refresh()
        self.photos.refresh()
        self._history_changed()

    def _consents_changed(self) -> None:
        """Reminders consent shows in the details; treatment consents in the chart form."""
        agreed = any(c.purpose == "reminders" and c.active for c in self.consents.consents)
        self.show_record(replace(self.record, contact_consent=agreed))
        self.photos.refresh()

    def import_photos(self, paths: list[Path]) -> PhotoImportDialog:
        """Photos dropped on the file or chosen: checked, assigned to views, then stored."""
        dialog = PhotoImportDialog(self.db, self.actor, self.record, paths, self)
        dialog.accepted.connect(self.photos.refresh)
        dialog.open()
        self.photo_dialog = dialog
        return dialog

    def compare_photos(self) -> PhotoCompareDialog:
        # Imported when first wanted: its PDF export pulls in reportlab, which the start can skip.
        from desktop.dialogs.photo_compare import PhotoCompareDialog

        dialog = PhotoCompareDialog(self.db, self.actor, self.record, self.photos.photos,
                                    self.photos.views, self)  # fmt: skip
        dialog.open()
        self.photo_dialog = dialog
        return dialog

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        self.photos.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        self.tabs.setCurrentWidget(self.photos)
        self.photos.dropEvent(event)

    def show_lot(self, lot_id: int, on_map: bool) -> None:
        """A recalled lot: its threads picked out on the map, which is shown if asked for."""
        self.thread_map.highlight_lot(lot_id)
        if on_map:
            self.tabs.setCurrentWidget(self.thread_map)

    def _history_changed(self) -> None:
        self.thread_map.refresh()
        self.follow_ups.refresh()
        self.complications.refresh()
        self._show_timeline()

    def _show_timeline(self) -> None:
        self.timeline.show_events(
            build_timeline(
                self.procedures.procedures, self.follow_ups.list.rows, self.complications.records
            ),
            self.db.today(),
        )

    def edit(self) -> PatientDialog:
        """Open the edit form (window-modal, without blocking the event loop)."""
        dialog = PatientDialog(self.db, self.actor, self.record, self)
        dialog.accepted.connect(lambda: self._edited(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def export_record(self) -> ExportRecordDialog:
        """Open the export choice (window-modal, without blocking the event loop)."""
        # Imported here: the PDF summary loads reportlab, which opening a file does not need.
        from desktop.dialogs.export_record import ExportRecordDialog

        dialog = ExportRecordDialog(self.db, self.actor, self.record, self)
        dialog.open()
        self.export_dialog = dialog
        return dialog

    def _edited(self, dialog: PatientDialog) -> None:
        if dialog.saved is not None:
            self.show_record(dialog.saved)
