"""What sits on a diagram: the drawing itself, each thread, and the handle that bends one."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen
from PySide6.QtSvgWidgets import QGraphicsSvgItem
from PySide6.QtWidgets import (
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsPathItem,
    QStyle,
    QStyleOptionGraphicsItem,
    QWidget,
)

from db.threadmap.geometry import ThreadLine
from desktop.widgets.thread_map.art import (
    DIAGRAM_RECT,
    middle,
    pen,
    renderer,
    thread_path,
    to_scene,
)

# How far (in scene units, the drawing being 600 wide) a press may miss a thread and still take it.
GRAB = 9.0
HANDLE_RADIUS = 7.0


def drawing(view: str) -> QGraphicsSvgItem:
    item = QGraphicsSvgItem()
    item.setSharedRenderer(renderer(view))
    item.setZValue(-10)
    item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
    # Drawn from the SVG once per zoom, not at every repaint of the threads over it.
    item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
    # The art fills the whole drawing whatever its own default size says.
    bounds = item.boundingRect()
    if bounds.width() > 0 and bounds.height() > 0:
        item.setScale(DIAGRAM_RECT.width() / bounds.width())
    return item


class ThreadItem(QGraphicsPathItem):
    """One thread on the diagram.

    Attributes:
        line: the thread's shape.
        owner: what it belongs to (a placement being charted, or a stored thread).
        material: its material code (None: no lot chosen yet).
    """

    def __init__(
        self, line: ThreadLine, owner: object, material: str | None, alpha: float = 1.0
    ) -> None:
        super().__init__()
        self.owner = owner
        self.material = material
        self.alpha = alpha
        self.line = line
        self.emphasis = 0  # 0 as charted, 1 picked out, -1 pushed back
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.set_line(line)
        self.restyle()

    def set_line(self, line: ThreadLine) -> None:
        self.prepareGeometryChange()
        self.line = line
        path = thread_path(line)
        # Made when first asked for, then kept: a press asks for the shapes of the threads
        # under it, many times over; most threads on a map are never asked.
        self._shape: QPainterPath | None = None
        self._bounds = path.boundingRect().adjusted(-GRAB, -GRAB, GRAB, GRAB)
        self.setPath(path)

    def restyle(self) -> None:
        width = {1: 5.0, 0: 3.0, -1: 2.0}[self.emphasis]
        alpha = {1: 1.0, 0: self.alpha, -1: min(self.alpha, 0.25)}[self.emphasis]
        shown = pen(self.material, width, alpha)
        if self.isSelected():
            shown.setWidthF(width + 2)
        self.setPen(shown)
        self.setZValue({1: 3, 0: 1, -1: 0}[self.emphasis])

    def shape(self) -> QPainterPath:
        """Easy to hit: a band either side of the thread, not its hairline."""
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(2 * GRAB)
            self._shape = stroker.createStroke(self.path())
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionGraphicsItem,
        widget: QWidget | None = None,
    ) -> None:
        """Selected, the thread is drawn wider (see restyle), not boxed in Qt's dashed frame."""
        plain = QStyleOptionGraphicsItem(option)
        plain.state &= ~QStyle.StateFlag.State_Selected
        super().paint(painter, plain, widget)

    def choose(self, chosen: bool) -> None:
        """Selected or not, drawn accordingly (no itemChange hook: it would run for every
        change of every item, in Python, and slow a map of hundreds of threads)."""
        if chosen != self.isSelected():
            self.setSelected(chosen)
            self.restyle()


class BendHandle(QGraphicsEllipseItem):
    """The dot at the middle of the selected thread: drag it to bend the thread, or back."""

    def __init__(self) -> None:
        r = HANDLE_RADIUS
        super().__init__(-r, -r, 2 * r, 2 * r)
        self.setBrush(QBrush(QColor("#ffffff")))
        outline = QPen(QColor("#d84315"), 2)
        outline.setCosmetic(True)
        self.setPen(outline)
        self.setZValue(10)
        # As big on screen at any zoom.
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setCursor(Qt.CursorShape.SizeAllCursor)
        self.hide()

    def follow(self, line: ThreadLine | None) -> None:
        if line is None:
            self.hide()
            return
        self.setPos(to_scene(middle(line)))
        self.show()

    def hits(self, point: QPointF, scale: float) -> bool:
        """True if a press at scene `point` lands on the handle (`scale`: screen px per unit)."""
        if not self.isVisible():
            return False
        reach = (HANDLE_RADIUS + 4) / max(scale, 1e-6)
        return (point - self.pos()).manhattanLength() <= 1.5 * reach
