"""A body diagram on screen: one view's drawing at a time, with the threads drawn on that view."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QMarginsF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsScene,
    QGraphicsView,
    QSizePolicy,
    QTabBar,
    QWidget,
)

from db.threadmap.geometry import VIEW_CODES, VIEWS
from desktop.i18n import label
from desktop.widgets.thread_map.art import DIAGRAM_RECT
from desktop.widgets.thread_map.items import ThreadItem, drawing


class DiagramView(QGraphicsView):
    """Shows `view`'s drawing fitted to the widget, and the threads on that view only.

    Attributes:
        view: the code of the view shown.
        threads: every thread item, on every view (those on other views hidden).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setScene(QGraphicsScene(self))
        margin = QMarginsF(12, 12, 12, 12)
        self.scene().setSceneRect(DIAGRAM_RECT.marginsAdded(margin))
        self.scene().setBackgroundBrush(QColor("#ffffff"))
        self.setRenderHints(QPainter.RenderHint.Antialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumSize(240, 320)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self.arts = {code: drawing(code) for code in VIEW_CODES}
        for art in self.arts.values():
            self.scene().addItem(art)
        self.threads: list[ThreadItem] = []
        self.view = VIEW_CODES[0]
        for code, art in self.arts.items():
            art.setVisible(code == self.view)

    def show_view(self, view: str) -> None:
        self.view = view
        for code, art in self.arts.items():
            art.setVisible(code == view)
        for item in self.threads:
            item.setVisible(item.line.view == view)

    def add_thread(self, item: ThreadItem) -> ThreadItem:
        self.threads.append(item)
        self.scene().addItem(item)
        item.setVisible(item.line.view == self.view)
        return item

    def remove_thread(self, item: ThreadItem) -> None:
        self.threads.remove(item)
        self.scene().removeItem(item)

    def clear_threads(self) -> None:
        for item in self.threads:
            self.scene().removeItem(item)
        self.threads = []

    def scale_factor(self) -> float:
        """Screen pixels per scene unit."""
        return self.transform().m11()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fitInView(self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def sizeHint(self) -> QSize:
        """Modest: the drawing scales to whatever room the window gives it (Qt's own hint, the
        whole scene, would make forms that fit their messages grow past a small screen)."""
        return self.minimumSize()


class ViewTabs(QTabBar):
    """One tab per view of the body, each saying how many threads it holds.

    Signals:
        view_chosen(str): the code of the view picked.
    """

    view_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setExpanding(False)
        self.setDrawBase(False)
        for entry in VIEWS:
            self.addTab(self._short(entry.code))
            self.setTabData(self.count() - 1, entry.code)
            self.setTabToolTip(self.count() - 1, label(entry))
        self.currentChanged.connect(lambda index: self.view_chosen.emit(self.tabData(index)))

    def choose(self, view: str) -> None:
        self.setCurrentIndex(VIEW_CODES.index(view))

    def show_counts(self, views: Iterable[str]) -> None:
        """Each tab's label with the number of threads on its view, when there are any."""
        counts = {code: 0 for code in VIEW_CODES}
        for view in views:
            counts[view] = counts.get(view, 0) + 1
        for index, entry in enumerate(VIEWS):
            n = counts[entry.code]
            name = self._short(entry.code)
            self.setTabText(index, self.tr("{view} ({n})").format(view=name, n=n) if n else name)

    def _short(self, view: str) -> str:
        """A tab's few words; its tooltip names the view in full."""
        return {
            "front": self.tr("Front"),
            "left": self.tr("Left side"),
            "right": self.tr("Right side"),
            "torso": self.tr("Torso"),
        }[view]
