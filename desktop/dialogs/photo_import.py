"""Importing a batch of photos: each file is checked and cleaned in the background, the views are
assigned in camera order, the user corrects them, and the earlier photo of the same view shows
faintly over the new one to check the pose."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ValidationError
from db.photos.imaging import MAX_FILE_BYTES, PreparedPhoto, prepare_photo
from db.photos.records import (
    STAGES,
    PhotoRecord,
    ViewRecord,
    import_photos,
    patient_photos,
    photo_content,
    photo_views,
)
from db.record.patients import PatientRecord
from db.record.procedures import patient_procedures
from db.storage.database import Database
from desktop.fields import DateField, FieldErrors, format_date, submit_buttons
from desktop.i18n import tr
from desktop.pages.photos_tab import STAGE_LABELS, view_label
from desktop.worker import Runner
from desktop.writes import write

GUIDE_OPACITY = 0.35
PREVIEW_HEIGHT = 360


def read_and_prepare(path: Path) -> PreparedPhoto | str:
    """One file, read (never more than the limit) and prepared, or why it is refused; runs off
    the GUI thread."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        return prepare_photo(path.name, data)
    except OSError as exc:
        return f"{path.name}: cannot be read ({exc.strerror})."
    except ValidationError as exc:
        return next(iter(exc.fields.values()), exc.message)


class PhotoImportDialog(QDialog):
    """Attributes:
    prepared: file -> the cleaned photo, or the reason it was refused.
    saved: the stored photos, once accepted.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        patient: PatientRecord,
        paths: list[Path],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.paths = paths
        self.prepared: dict[int, PreparedPhoto | str] = {}
        self.saved: list[PhotoRecord] = []
        self.views: list[ViewRecord] = [v for v in photo_views(db, actor) if v.active]
        self.earlier = [p for p in patient_photos(db, actor, patient.id) if not p.voided]
        self.guides: dict[int, QImage] = {}
        self.guide_loading: set[int] = set()
        self.runner = Runner(self)
        self.setWindowTitle(
            self.tr("Import photos: {name} ({mrn})").format(name=patient.full_name, mrn=patient.mrn)
        )
        self.setMinimumSize(980, 640)

        self.stage = QComboBox()
        for code in STAGES:
            self.stage.addItem(tr(STAGE_LABELS[code]), code)
        self.day = DateField()
        self.day.set_value(db.today())
        self.procedure = QComboBox()
        self.procedure.addItem(self.tr("— not linked to a procedure —"), None)
        for record in patient_procedures(db, actor, patient.id):
            if not record.voided:
                self.procedure.addItem(
                    format_date(record.performed_at.astimezone().date()), record.id
                )
        if self.procedure.count() > 1:
            self.procedure.setCurrentIndex(1)

        self.table = QTableWidget(len(paths), 3)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("View"), self.tr("Check")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self.show_preview)
        self.view_boxes: list[QComboBox] = []
        for row, path in enumerate(paths):
            self.table.setItem(row, 0, QTableWidgetItem(path.name))
            box = QComboBox()
            for view in self.views:
                box.addItem(view_label(view), view.code)
            # Phones and cameras name files in the order taken: the standard set, in order.
            box.setCurrentIndex(row % max(1, len(self.views)))
            box.currentIndexChanged.connect(self.show_preview)
            self.view_boxes.append(box)
            self.table.setCellWidget(row, 1, box)
            self.table.setItem(row, 2, QTableWidgetItem(self.tr("checking…")))
        self.table.resizeColumnsToContents()
        self.preview = QLabel(self.tr("Choose a photo to see it over the earlier one."))
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumSize(PREVIEW_HEIGHT, PREVIEW_HEIGHT)
        self.guide_note = QLabel()
        self.guide_note.setWordWrap(True)

        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Taken"), "stage", self.stage)
        self.errors.add_row(form, self.tr("On"), "taken_on", self.day)
        self.errors.add_row(form, self.tr("Procedure"), "procedure", self.procedure)
        self.errors.add_row(form, self.tr("Photos"), "photo", self.table)
        right = QVBoxLayout()
        right.addWidget(self.preview, 1)
        right.addWidget(self.guide_note)
        body = QHBoxLayout()
        body.addLayout(form, 3)
        body.addLayout(right, 2)
        buttons, self.save_button = submit_buttons(self, self.tr("Store photos"), self.submit)
        self.save_button.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(buttons)
        for row, path in enumerate(paths):
            self._check(row, path)

    def _check(self, row: int, path: Path) -> None:
        """Prepare one file in the background; its row says ready, or why it is refused."""

        def done(result: PreparedPhoto | str) -> None:
            self._prepared(row, result)

        self.runner.start(lambda: read_and_prepare(path), done, done, latest_only=False)

    def _prepared(self, row: int, result: PreparedPhoto | str) -> None:
        self.prepared[row] = result
        item = QTableWidgetItem()
        self.table.setItem(row, 2, item)
        if isinstance(result, PreparedPhoto):
            item.setText(
                self.tr("ready ({width} × {height})").format(
                    width=result.width, height=result.height
                )
            )
        else:
            item.setText(result)
            item.setForeground(Qt.GlobalColor.red)
            self.view_boxes[row].setEnabled(False)  # not stored: nothing to assign
        if len(self.prepared) == len(self.paths):
            self.save_button.setEnabled(
                any(isinstance(p, PreparedPhoto) for p in self.prepared.values())
            )
            if self.table.currentRow() < 0:
                self.table.selectRow(0)
        if row == self.table.currentRow():
            self.show_preview()

    def _guide(self, view: str) -> QImage | None:
        """The latest earlier photo of this view; loaded once, in the background (the preview
        is drawn again when it arrives). Says in the note which photo it is."""
        earlier = [p for p in self.earlier if p.view == view]
        if not earlier:
            self.guide_note.setText(self.tr("No earlier photo of this view."))
            return None
        photo = earlier[-1]
        if photo.id not in self.guides:
            self.guide_note.setText(self.tr("Loading the earlier photo of this view…"))
            if photo.id not in self.guide_loading:
                self.guide_loading.add(photo.id)
                db, actor = self.db, self.actor

                def arrived(data: bytes) -> None:
                    image = QImage()
                    image.loadFromData(data)
                    self.guides[photo.id] = image
                    self.show_preview()

                self.runner.start(
                    lambda: photo_content(db, actor, photo.id),
                    arrived,
                    self.guide_note.setText,
                    latest_only=False,
                )
            return None
        label = next((view_label(v) for v in self.views if v.code == view), view)
        self.guide_note.setText(
            self.tr("Faint: the {view} photo of {date}.").format(
                view=label, date=format_date(photo.taken_on)
            )
        )
        return self.guides[photo.id]

    def show_preview(self) -> None:
        row = self.table.currentRow()
        prepared = self.prepared.get(row)
        if row < 0 or not isinstance(prepared, PreparedPhoto):
            return
        image = QImage()
        image.loadFromData(prepared.content)
        pixmap = QPixmap.fromImage(image).scaledToHeight(
            PREVIEW_HEIGHT, Qt.TransformationMode.SmoothTransformation
        )
        guide = self._guide(str(self.view_boxes[row].currentData()))
        if guide is not None:
            painter = QPainter(pixmap)
            painter.setOpacity(GUIDE_OPACITY)
            painter.drawImage(pixmap.rect(), guide)
            painter.end()
        self.preview.setPixmap(pixmap)

    def submit(self) -> None:
        taken_on = self.day.value()
        if taken_on is None:
            self.errors.show(
                {"taken_on": self.day.problem() or self.tr("Say when they were taken.")}
            )
            return
        chosen = [
            (str(self.view_boxes[row].currentData()), photo)
            for row, photo in sorted(self.prepared.items())
            if isinstance(photo, PreparedPhoto)
        ]
        procedure = self.procedure.currentData()
        stage = str(self.stage.currentData())
        procedure_id = int(procedure) if procedure is not None else None
        write(
            self,
            lambda: import_photos(
                self.db, self.actor, self.patient.id, stage, taken_on, procedure_id, chosen
            ),
            self._saved,
            errors=self.errors,
        )

    def _saved(self, saved: object) -> None:
        self.saved = saved  # type: ignore[assignment]
        self.accept()
