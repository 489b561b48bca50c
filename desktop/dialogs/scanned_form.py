"""Showing a scanned paper consent form inside the program (no copy is left on the disk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QDialog, QLabel, QScrollArea, QVBoxLayout, QWidget

from db.consent.proof import StoredDocument
from desktop.pdf_pages import page_images

SHOWN_DPI = 100


class ScannedFormDialog(QDialog):
    def __init__(self, document: StoredDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Scanned consent form: {name}").format(name=document.file_name))
        self.resize(900, 700)
        if document.media_type == "application/pdf":
            images = page_images(document.content, SHOWN_DPI)
        else:
            image = QImage()
            image.loadFromData(document.content)
            images = [image]
        pages = QWidget()
        column = QVBoxLayout(pages)
        for image in images:
            label = QLabel()
            label.setPixmap(
                QPixmap.fromImage(image).scaledToWidth(
                    840, Qt.TransformationMode.SmoothTransformation
                )
            )
            column.addWidget(label)
        scroll = QScrollArea()
        scroll.setWidget(pages)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
