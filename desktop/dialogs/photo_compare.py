"""Comparing two photos of one view: side by side, or the later laid over the earlier with a
slider; exported for the patient, or for teaching when the patient agreed to that."""

from __future__ import annotations

import io
from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.errors import ThreadbookError
from db.photos.comparison import Comparison, compose, export_comparison
from db.photos.records import PhotoRecord, ViewRecord, photo_content
from db.record.patients import PatientRecord
from db.storage.database import Database
from desktop.fields import format_date
from desktop.i18n import tr
from desktop.messages import Prompts
from desktop.pages.photos_tab import STAGE_LABELS, view_label
from desktop.worker import Runner

SHOWN_HEIGHT = 520


def _pil(data: bytes) -> Image.Image:
    with Image.open(io.BytesIO(data)) as image:
        return image.convert("RGB")


def to_qimage(image: Image.Image) -> QImage:
    data = image.tobytes("raw", "RGB")
    return QImage(
        data, image.width, image.height, image.width * 3, QImage.Format.Format_RGB888
    ).copy()


class PhotoCompareDialog(QDialog):
    """Attributes:
    cache: photo id -> decoded image at the shown height, so switching dates or modes, or
        moving the slider, only composes two small pictures. Photos not in it yet are loaded
        in the background; the picture updates when they arrive.
    """

    def __init__(
        self,
        db: Database,
        actor: Actor,
        patient: PatientRecord,
        photos: list[PhotoRecord],
        views: list[ViewRecord],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.photos = [p for p in photos if not p.voided]
        self.cache: dict[int, Image.Image] = {}
        self.loading: set[int] = set()
        self.runner = Runner(self)
        self.setWindowTitle(
            self.tr("Compare photos: {name} ({mrn})").format(
                name=patient.full_name, mrn=patient.mrn
            )
        )
        self.setMinimumSize(1100, 700)

        self.view = QComboBox()
        for view in views:
            if any(p.view == view.code for p in self.photos):
                self.view.addItem(view_label(view), view.code)
        self.first = QComboBox()
        self.second = QComboBox()
        self.mode_group = QButtonGroup(self)
        self.side_by_side = QRadioButton(self.tr("Side by side"))
        self.overlay = QRadioButton(self.tr("Overlaid"))
        self.side_by_side.setChecked(True)
        for index, mode in enumerate((self.side_by_side, self.overlay)):
            self.mode_group.addButton(mode, index)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setValue(50)
        self.slider.setEnabled(False)
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setMinimumHeight(SHOWN_HEIGHT)
        self.for_patient = QPushButton(self.tr("Export for the patient…"))
        self.for_teaching = QPushButton(self.tr("Export for teaching or marketing…"))
        for button in (self.for_patient, self.for_teaching):
            button.setVisible(actor.may(Permission.PRINT))
        self.for_patient.clicked.connect(lambda: self.export("patient"))
        self.for_teaching.clicked.connect(lambda: self.export("teaching"))

        controls = QHBoxLayout()
        for label, widget in (
            (self.tr("View"), self.view),
            (self.tr("Earlier"), self.first),
            (self.tr("Later"), self.second),
        ):
            controls.addWidget(QLabel(label))
            controls.addWidget(widget)
        controls.addWidget(self.side_by_side)
        controls.addWidget(self.overlay)
        controls.addWidget(self.slider, 1)
        exports = QHBoxLayout()
        exports.addStretch(1)
        exports.addWidget(self.for_patient)
        exports.addWidget(self.for_teaching)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.picture, 1)
        layout.addLayout(exports)

        self.view.currentIndexChanged.connect(self._view_changed)
        self.first.currentIndexChanged.connect(self.redraw)
        self.second.currentIndexChanged.connect(self.redraw)
        self.mode_group.idToggled.connect(lambda _id, _on: self.redraw())
        self.slider.valueChanged.connect(self.redraw)
        self._view_changed()

    def _view_changed(self) -> None:
        code = self.view.currentData()
        shown = [p for p in self.photos if p.view == code]
        for box in (self.first, self.second):
            box.blockSignals(True)
            box.clear()
            for photo in shown:
                box.addItem(
                    tr("{date} · {stage}").format(
                        date=format_date(photo.taken_on), stage=tr(STAGE_LABELS[photo.stage])
                    ),
                    photo.id,
                )
            box.blockSignals(False)
        self.second.setCurrentIndex(max(0, len(shown) - 1))
        self.redraw()

    def _request(self, photo_id: int) -> None:
        """Load a full photo in the background, scaled to the shown height, then redraw."""
        if photo_id in self.loading:
            return
        self.loading.add(photo_id)
        db, actor = self.db, self.actor

        def load() -> Image.Image:
            image = _pil(photo_content(db, actor, photo_id))
            width = round(image.width * SHOWN_HEIGHT / image.height)
            return image.resize((width, SHOWN_HEIGHT), Image.Resampling.LANCZOS)

        def done(image: Image.Image) -> None:
            self.loading.discard(photo_id)
            self.cache[photo_id] = image
            self.redraw()

        def failed(message: str) -> None:
            self.loading.discard(photo_id)
            self.picture.setText(message)

        self.runner.start(load, done, failed, latest_only=False)

    def mode(self) -> str:
        return "overlay" if self.overlay.isChecked() else "side_by_side"

    def redraw(self) -> None:
        self.slider.setEnabled(self.overlay.isChecked())
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None:
            self.picture.setText(self.tr("No photos of this view yet."))
            return
        missing = [photo_id for photo_id in (first, second) if photo_id not in self.cache]
        if missing:
            for photo_id in missing:
                self._request(int(photo_id))
            if self.picture.pixmap().isNull():
                self.picture.setText(self.tr("Loading the photos…"))
            return
        comparison = Comparison(
            self.cache[first],
            self.cache[second],
            (self.first.currentText(), self.second.currentText()),
            "",
        )
        picture = compose(comparison, self.mode(), self.slider.value() / 100, SHOWN_HEIGHT)
        pixmap = QPixmap.fromImage(to_qimage(picture))
        width = max(200, self.picture.width())
        if pixmap.width() > width:
            pixmap = pixmap.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        self.picture.setPixmap(pixmap)

    def export(self, purpose: str) -> Path | None:
        first, second = self.first.currentData(), self.second.currentData()
        if first is None or second is None:
            return None
        who = self.patient.mrn if purpose == "patient" else "comparison"
        name = f"{who} {self.view.currentData()}.pdf"
        path = Prompts.save_file(
            self, self.tr("Export comparison"), name, self.tr("PDF page (*.pdf);;PNG image (*.png)")
        )
        if path is None:
            return None
        try:
            return export_comparison(
                self.db,
                self.actor,
                int(first),
                int(second),
                purpose,
                path,
                mode=self.mode(),
                alpha=self.slider.value() / 100,
                language=self.patient.language,
                overwrite=True,
            )
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return None
