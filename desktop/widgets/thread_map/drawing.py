"""Drawing on the diagram with a mouse or a pen: press at the entry, drag along, release at the end.

A press on a thread takes it instead (drag to move it), and a press on the selected thread's
middle handle bends it. Pen tablets send their own events; they are handled here as the mouse
is, and accepted, so Qt does not also turn them into mouse events and draw twice.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPointF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QTabletEvent
from PySide6.QtWidgets import QGraphicsPathItem, QWidget

from db.threadmap.geometry import VIEW_WIDTH, ThreadLine
from desktop.widgets.thread_map.art import bent_through, from_scene, moved, pen, thread_path
from desktop.widgets.thread_map.diagram import DiagramView
from desktop.widgets.thread_map.items import BendHandle, ThreadItem

# A press and release closer than this (scene units) is a click, not a thread.
MIN_LENGTH = 12.0


@dataclass
class _Draw:
    start: QPointF
    preview: QGraphicsPathItem


@dataclass
class _Reshape:
    item: ThreadItem
    before: ThreadLine
    origin: QPointF
    bend: bool


class DrawingView(DiagramView):
    """The diagram that takes drawing gestures.

    Attributes:
        material: the material the next thread is drawn in (None: its lot is not chosen yet).

    Signals:
        drawn(ThreadLine): a new thread was drawn.
        reshaped(ThreadItem, ThreadLine, ThreadLine): a thread was moved or bent (before, after).
        picked(object): a thread was pressed (its ThreadItem), or the empty drawing (None).
        delete_pressed(): the Delete or Backspace key, with a thread selected.
    """

    drawn = Signal(object)
    reshaped = Signal(object, object, object)
    picked = Signal(object)
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.material: str | None = None
        self.handle = BendHandle()
        self.scene().addItem(self.handle)
        self.gesture: _Draw | _Reshape | None = None
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Thread map: draw each thread where it lies"))
        self.viewport().installEventFilter(self)

    def selected(self) -> ThreadItem | None:
        return next((item for item in self.threads if item.isSelected()), None)

    def select(self, item: ThreadItem | None) -> None:
        for other in self.threads:
            if other is not item and other.isSelected():
                other.choose(False)
        if item is not None:
            item.choose(True)
        self.handle.follow(item.line if item is not None else None)

    def show_view(self, view: str) -> None:
        super().show_view(view)
        chosen = self.selected()
        if chosen is not None and chosen.line.view != view:
            self.select(None)

    def thread_at(self, point: QPointF) -> ThreadItem | None:
        for item in self.scene().items(point):
            if isinstance(item, ThreadItem) and item.isVisible():
                return item
        return None

    # ------------------------------------------------------------ the gesture

    def press(self, point: QPointF) -> None:
        chosen = self.selected()
        if chosen is not None and self.handle.hits(point, self.scale_factor()):
            self.gesture = _Reshape(chosen, chosen.line, point, bend=True)
            return
        item = self.thread_at(point)
        if item is not None:
            self.select(item)
            self.picked.emit(item)
            self.gesture = _Reshape(item, item.line, point, bend=False)
            return
        self.select(None)
        self.picked.emit(None)
        preview = QGraphicsPathItem()
        preview.setPen(pen(self.material))
        preview.setZValue(5)
        self.scene().addItem(preview)
        self.gesture = _Draw(point, preview)

    def drag(self, point: QPointF) -> None:
        gesture = self.gesture
        if isinstance(gesture, _Draw):
            line = ThreadLine(self.view, from_scene(gesture.start), from_scene(point))
            gesture.preview.setPath(thread_path(line))
        elif isinstance(gesture, _Reshape):
            gesture.item.set_line(self._reshaped(gesture, point))
            self.handle.follow(gesture.item.line)

    def release(self, point: QPointF) -> None:
        gesture, self.gesture = self.gesture, None
        if isinstance(gesture, _Draw):
            self.scene().removeItem(gesture.preview)
            start, end = from_scene(gesture.start), from_scene(point)
            if math.dist(start, end) * VIEW_WIDTH >= MIN_LENGTH:
                self.drawn.emit(ThreadLine(self.view, start, end))
        elif isinstance(gesture, _Reshape):
            after = self._reshaped(gesture, point)
            gesture.item.set_line(gesture.before)
            if after != gesture.before:
                self.reshaped.emit(gesture.item, gesture.before, after)

    def _reshaped(self, gesture: _Reshape, point: QPointF) -> ThreadLine:
        if gesture.bend:
            return bent_through(gesture.before, from_scene(point))
        (x0, y0), (x1, y1) = from_scene(gesture.origin), from_scene(point)
        return moved(gesture.before, x1 - x0, y1 - y0)

    # ------------------------------------------------------------ mouse, pen, keys

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.press(self.mapToScene(event.position().toPoint()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.gesture is None:
            return super().mouseMoveEvent(event)
        self.drag(self.mapToScene(event.position().toPoint()))
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.gesture is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.release(self.mapToScene(event.position().toPoint()))
        event.accept()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.viewport() and isinstance(event, QTabletEvent):
            point = self.mapToScene(event.position().toPoint())
            kind = event.type()
            if kind == QEvent.Type.TabletPress:
                self.setFocus(Qt.FocusReason.MouseFocusReason)
                self.press(point)
            elif kind == QEvent.Type.TabletMove and self.gesture is not None:
                self.drag(point)
            elif kind == QEvent.Type.TabletRelease and self.gesture is not None:
                self.release(point)
            event.accept()
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected():
            self.delete_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
