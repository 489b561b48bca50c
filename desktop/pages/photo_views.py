"""Administrators see the clinic's set of photo views and add their own (smiling, chin up, ...)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ThreadbookError
from db.photos.records import add_view, photo_views
from db.storage.database import Database
from db.wording import language
from desktop.fields import FieldErrors
from desktop.messages import Prompts
from desktop.writes import write


class PhotoViewsPage(QWidget):
    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.views = QListWidget()
        self.label_en = QLineEdit()
        self.label_en.setPlaceholderText(self.tr("for example: Smiling"))
        self.label_vi = QLineEdit()
        self.label_vi.setPlaceholderText(self.tr("for example: Cười"))
        add = QPushButton(self.tr("Add view"))
        add.clicked.connect(self.add)
        explanation = QLabel(
            self.tr(
                "Photos are taken in these views, in this order, before a procedure and at "
                "each follow-up. A batch from a camera is assigned to them in this order."
            )
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("Name in English"), "label", self.label_en)
        form.addRow(self.tr("Name in Vietnamese"), self.label_vi)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.views, 1)
        layout.addLayout(form)
        layout.addWidget(add)
        self.refresh()

    def refresh(self) -> None:
        try:
            views = photo_views(self.db, self.actor)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.views.clear()
        for view in views:
            first, second = (
                (view.label_vi, view.label_en)
                if language() == "vi"
                else (view.label_en, view.label_vi)
            )
            self.views.addItem(f"{first} · {second}")

    def add(self) -> None:
        label_en, label_vi = self.label_en.text(), self.label_vi.text()
        write(
            self,
            lambda: add_view(self.db, self.actor, label_en, label_vi),
            lambda _added: self._added(),
            errors=self.errors,
        )

    def _added(self) -> None:
        self.label_en.clear()
        self.label_vi.clear()
        self.refresh()
