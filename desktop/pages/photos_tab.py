"""The Photos tab of a patient's file: one row per session (date and stage), one column per view.

The list comes first without pixels; thumbnails follow from a background job, a screenful at a
time, so a file with hundreds of photos opens at once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QDragEnterEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.consent.records import patient_consents
from db.errors import ThreadbookError
from db.photos.records import PhotoRecord, ViewRecord, patient_photos, photo_views, thumbnails
from db.photos.records import void_photo as void_stored_photo
from db.record.patients import PatientRecord
from db.storage.database import Database
from db.wording import language
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.worker import Runner
from desktop.writes import write

PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".heic", ".heif"}
THUMB_BATCH = 24
STAGE_LABELS = {
    "before": QT_TR_NOOP("Before"),
    "after": QT_TR_NOOP("Right after"),
    "follow_up": QT_TR_NOOP("Follow-up"),
}


def view_label(view: ViewRecord) -> str:
    """A view's name in the program's language: the clinic names each view in both."""
    return view.label_vi if language() == "vi" else view.label_en


def photo_paths(paths: list[Path]) -> list[Path]:
    """Files from a drop or a dialog, folders opened one level, in name order (camera order)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(p for p in path.iterdir() if p.suffix.lower() in PHOTO_SUFFIXES)
        elif path.is_file():
            found.append(path)
    return found


class PhotosTab(QWidget):
    """Signals:
    import_requested(list): files to import (from the button or dropped on the tab).
    """

    import_requested = Signal(list)

    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.photos: list[PhotoRecord] = []
        self.views: list[ViewRecord] = []
        self.cells: dict[int, tuple[int, int]] = {}
        self.pending: list[int] = []
        self.runner = Runner(self)
        self.setAcceptDrops(True)

        may = actor.may(Permission.PHOTO_IMPORT)
        self.import_button = QPushButton(self.tr("Import photos…"))
        self.import_button.setVisible(may)
        self.import_button.clicked.connect(self.choose_files)
        self.compare_button = QPushButton(self.tr("Compare…"))
        self.void_button = QPushButton(self.tr("Void photo…"))
        self.void_button.setVisible(may)
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_selected)
        self.notice = QLabel()
        self.notice.setWordWrap(True)

        self.table = QTableWidget()
        self.table.setIconSize(QSize(160, 160))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setDefaultSectionSize(176)
        self.table.horizontalHeader().setDefaultSectionSize(176)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.verticalScrollBar().valueChanged.connect(lambda _: self._load_visible())

        top = QHBoxLayout()
        top.addWidget(self.notice, 1)
        top.addWidget(self.void_button)
        top.addWidget(self.compare_button)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    # ------------------------------------------------------------ listing

    def refresh(self) -> None:
        try:
            self.views = photo_views(self.db, self.actor)
            self.photos = patient_photos(self.db, self.actor, self.patient.id)
            consented = any(
                c.purpose == "photographs" and c.active
                for c in patient_consents(self.db, self.actor, self.patient.id)
            )
        except ThreadbookError as exc:
            self.notice.setText(exc.message)
            return
        self.import_button.setEnabled(consented)
        if not consented:
            self.notice.setText(
                self.tr(
                    "No consent to clinical photographs in force: record it "
                    "in Consents before importing photos."
                )
            )
        else:
            self.notice.setText(
                self.tr("{count} photos. Drop photo files here to import them.").format(
                    count=len(self.photos)
                )
            )
        used = {p.view for p in self.photos}
        self.views = [v for v in self.views if v.active or v.code in used]
        order = {stage: rank for rank, stage in enumerate(STAGE_LABELS)}
        sessions = sorted(
            {(p.taken_on, p.stage) for p in self.photos},
            key=lambda session: (session[0], order[session[1]]),
            reverse=True,
        )
        self.table.clear()
        self.table.setColumnCount(len(self.views))
        self.table.setHorizontalHeaderLabels([self._view_label(v) for v in self.views])
        self.table.setRowCount(len(sessions))
        self.table.setVerticalHeaderLabels(
            [
                tr("{date}\n{stage}").format(date=format_date(day), stage=tr(STAGE_LABELS[stage]))
                for day, stage in sessions
            ]
        )
        column_of = {v.code: i for i, v in enumerate(self.views)}
        row_of = {session: i for i, session in enumerate(sessions)}
        self.cells = {}
        for photo in self.photos:
            cell = (row_of[(photo.taken_on, photo.stage)], column_of[photo.view])
            if photo.voided and cell in self.cells.values():
                continue  # a voided photo yields its cell to the one that replaced it
            self.cells[photo.id] = cell
            item = QTableWidgetItem(tr("voided") if photo.voided else "")
            item.setData(Qt.ItemDataRole.UserRole, photo.id)
            if photo.voided:
                item.setForeground(QColor("#b00020"))
                item.setToolTip(photo.void_reason)
            self.table.setItem(*cell, item)
        self.pending = [p.id for p in self.photos if p.id in self.cells]
        self._load_visible()

    @staticmethod
    def _view_label(view: ViewRecord) -> str:
        return view_label(view)

    def _load_visible(self) -> None:
        """Ask for the thumbnails of the rows on screen first, then the rest, a batch at a time."""
        if not self.pending or self.runner.busy:
            return
        top = self.table.rowAt(0)
        visible = [pid for pid in self.pending if self.cells[pid][0] >= max(top, 0)]
        batch = (visible or self.pending)[:THUMB_BATCH]
        db, actor = self.db, self.actor
        self.runner.start(
            lambda: thumbnails(db, actor, batch),
            self._show_thumbnails,
            self.notice.setText,
            latest_only=False,
        )

    def _show_thumbnails(self, found: dict[int, bytes]) -> None:
        for photo_id, data in found.items():
            pixmap = QPixmap()
            if pixmap.loadFromData(data) and photo_id in self.cells:
                item = self.table.item(*self.cells[photo_id])
                if item is not None:
                    item.setIcon(QIcon(pixmap))
        self.pending = [pid for pid in self.pending if pid not in found]
        self._load_visible()

    # ------------------------------------------------------------ actions

    def selected(self) -> PhotoRecord | None:
        item = self.table.currentItem()
        if item is None or not item.isSelected():
            return None
        photo_id = item.data(Qt.ItemDataRole.UserRole)
        return next((p for p in self.photos if p.id == photo_id), None)

    def _selection_changed(self) -> None:
        photo = self.selected()
        self.void_button.setEnabled(photo is not None and not photo.voided)

    def choose_files(self) -> None:
        chosen = Prompts.open_files(
            self, self.tr("Photos to import"), self.tr("Photos (*.jpg *.jpeg *.png *.heic *.heif)")
        )
        if chosen:
            self.import_requested.emit(chosen)

    def void_selected(self) -> None:
        photo = self.selected()
        if photo is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Void photo"), self.tr("Why is this photo voided?")
        )
        if not ok:
            return
        write(
            self,
            lambda: void_stored_photo(self.db, self.actor, photo.id, photo.version, reason),
            lambda _voided: self.refresh(),
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.import_button.isEnabled():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        files = photo_paths(paths)
        if files:
            event.acceptProposedAction()
            self.import_requested.emit(files)
