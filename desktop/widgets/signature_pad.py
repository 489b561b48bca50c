"""A box the patient signs in with a mouse, a pen tablet or a finger on a touch screen."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from db.consent.evidence import BOX_HEIGHT, BOX_WIDTH, Signature

Stroke = list[tuple[float, float]]


class SignaturePad(QWidget):
    """Keeps each stroke as points in the db's fixed box (600 x 200), whatever the widget size.

    Signals:
        changed(): a stroke was added or the box was cleared.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._drawing = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        self.setMinimumSize(BOX_WIDTH * 3 // 4, BOX_HEIGHT * 3 // 4)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(BOX_HEIGHT)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setAccessibleName(self.tr("Signature box"))

    # ------------------------------------------------------------ geometry

    def _box(self) -> QRectF:
        """The area mapped onto the stored box, keeping its 3:1 shape, centred."""
        scale = min(self.width() / BOX_WIDTH, self.height() / BOX_HEIGHT)
        width, height = BOX_WIDTH * scale, BOX_HEIGHT * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _to_box(self, point: QPointF) -> tuple[float, float]:
        box = self._box()
        x = (point.x() - box.left()) * BOX_WIDTH / box.width()
        y = (point.y() - box.top()) * BOX_HEIGHT / box.height()
        return min(max(x, 0.0), BOX_WIDTH), min(max(y, 0.0), BOX_HEIGHT)

    def _from_box(self, x: float, y: float) -> QPointF:
        box = self._box()
        return QPointF(
            box.left() + x * box.width() / BOX_WIDTH, box.top() + y * box.height() / BOX_HEIGHT
        )

    # ------------------------------------------------------------ input

    def _begin(self, point: QPointF) -> None:
        self._drawing = True
        self.strokes.append([self._to_box(point)])
        self.update()

    def _extend(self, point: QPointF) -> None:
        if self._drawing:
            here = self._to_box(point)
            if here != self.strokes[-1][-1]:
                self.strokes[-1].append(here)
                self.update()

    def _end(self) -> None:
        if self._drawing:
            self._drawing = False
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._begin(event.position())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        self._extend(event.position())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._end()

    def tabletEvent(self, event: QTabletEvent) -> None:
        # A pen gives finer positions than the mouse events Qt would make from it.
        kind = event.type()
        if kind == QTabletEvent.Type.TabletPress:
            self._begin(event.position())
        elif kind == QTabletEvent.Type.TabletMove:
            self._extend(event.position())
        elif kind == QTabletEvent.Type.TabletRelease:
            self._end()
        event.accept()

    def event(self, event: object) -> bool:
        if isinstance(event, QTouchEvent) and event.points():
            point = event.points()[0].position()
            if event.type() == QTouchEvent.Type.TouchBegin:
                self._begin(point)
            elif event.type() == QTouchEvent.Type.TouchUpdate:
                self._extend(point)
            else:
                self._end()
            event.accept()
            return True
        return super().event(event)  # type: ignore[arg-type]

    # ------------------------------------------------------------ value

    def clear(self) -> None:
        self.strokes.clear()
        self.update()
        self.changed.emit()

    def is_empty(self) -> bool:
        return not self.strokes

    def signature(self) -> Signature | None:
        if not self.strokes:
            return None
        return Signature(tuple(tuple(stroke) for stroke in self.strokes))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = self._box()
        painter.fillRect(box, QColor("white"))
        painter.setPen(QPen(QColor("#9e9e9e"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(box.adjusted(0, 0, -1, -1))
        baseline = self._from_box(0, BOX_HEIGHT * 0.75).y()
        painter.drawLine(QPointF(box.left() + 20, baseline), QPointF(box.right() - 20, baseline))
        if not self.strokes:
            painter.setPen(QColor("#9e9e9e"))
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, self.tr("Sign here"))
        painter.setPen(
            QPen(
                QColor("black"),
                2.5,
                Qt.PenStyle.SolidLine,
                Qt.PenCapStyle.RoundCap,
                Qt.PenJoinStyle.RoundJoin,
            )
        )
        for stroke in self.strokes:
            path = QPainterPath(self._from_box(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(self._from_box(x, y))
            if len(stroke) == 1:
                path.lineTo(self._from_box(*stroke[0]) + QPointF(0.5, 0.5))
            painter.drawPath(path)
        painter.end()
