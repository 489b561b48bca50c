"""The body diagrams and how a thread looks on them: colour and dash by material, path by shape.

Scene coordinates are the drawings' own viewBox units (VIEW_WIDTH x VIEW_HEIGHT), so a stored
thread (normalised 0..1) is placed by one multiplication whatever the window's size. Each
material has a colour and a dash pattern of its own, so a printout in black and white still
tells PDO from PLLA from PCL.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainterPath, QPen
from PySide6.QtSvg import QSvgRenderer

from db.resources import RESOURCES
from db.threadmap.geometry import VIEW_HEIGHT, VIEW_WIDTH, Point, ThreadLine
from db.vocabulary import MATERIALS

DIAGRAM_RECT = QRectF(0, 0, VIEW_WIDTH, VIEW_HEIGHT)


@dataclass(frozen=True)
class Look:
    colour: str
    dashes: tuple[float, ...]  # empty: a solid line


LOOKS: dict[str, Look] = {
    "PDO": Look("#1565c0", ()),
    "PLLA": Look("#2e7d32", (6.0, 3.0)),
    "PCL": Look("#8e24aa", (8.0, 2.5, 1.5, 2.5)),
    "other": Look("#b26a00", (1.5, 2.5)),
}
# A thread whose placement has no lot chosen yet: it has no material to show.
NO_LOT = Look("#616161", (3.0, 3.0))


def look(material: str | None) -> Look:
    if material is None:
        return NO_LOT
    return LOOKS.get(material, LOOKS["other"])


def legend_entries() -> list[tuple[str, str]]:
    """Each material's code and short name, in the catalogue's order."""
    return [(entry.code, entry.code if entry.code != "other" else _other()) for entry in MATERIALS]


def _other() -> str:
    return QCoreApplication.translate("ThreadMap", "Other material")


def pen(material: str | None, width: float = 3.0, alpha: float = 1.0) -> QPen:
    """A cosmetic pen: as wide on screen whatever the zoom (a copy: the caller may change it)."""
    return QPen(_pen(material, width, round(alpha, 2)))


@cache
def _pen(material: str | None, width: float, alpha: float) -> QPen:
    shown = look(material)
    colour = QColor(shown.colour)
    colour.setAlphaF(max(0.0, min(1.0, alpha)))
    out = QPen(colour, width)
    out.setCosmetic(True)
    out.setCapStyle(Qt.PenCapStyle.RoundCap)
    if shown.dashes:
        out.setDashPattern(list(shown.dashes))
    return out


def to_scene(point: Point) -> QPointF:
    return QPointF(point[0] * VIEW_WIDTH, point[1] * VIEW_HEIGHT)


def from_scene(point: QPointF) -> Point:
    """Normalised, and kept on the drawing: a drag past its edge stops at the edge."""
    x = min(1.0, max(0.0, point.x() / VIEW_WIDTH))
    y = min(1.0, max(0.0, point.y() / VIEW_HEIGHT))
    return (x, y)


def thread_path(line: ThreadLine) -> QPainterPath:
    path = QPainterPath(to_scene(line.start))
    if line.bend is None:
        path.lineTo(to_scene(line.end))
    else:
        path.quadTo(to_scene(line.bend), to_scene(line.end))
    return path


def middle(line: ThreadLine) -> Point:
    """The point halfway along the curve (t = 0.5), where its bend handle sits."""
    (x0, y0), (x1, y1) = line.start, line.end
    cx, cy = line.bend if line.bend is not None else ((x0 + x1) / 2, (y0 + y1) / 2)
    return (0.25 * x0 + 0.5 * cx + 0.25 * x1, 0.25 * y0 + 0.5 * cy + 0.25 * y1)


def bent_through(line: ThreadLine, through: Point) -> ThreadLine:
    """The curve between the same ends through `through` at its middle (kept on the view)."""
    (x0, y0), (x1, y1) = line.start, line.end
    cx = min(1.0, max(0.0, 2 * through[0] - (x0 + x1) / 2))
    cy = min(1.0, max(0.0, 2 * through[1] - (y0 + y1) / 2))
    return ThreadLine(line.view, line.start, line.end, (cx, cy))


def moved(line: ThreadLine, dx: float, dy: float) -> ThreadLine:
    """The thread shifted by (dx, dy), as far as it goes without leaving the drawing."""
    xs = [p[0] for p in line.points()]
    ys = [p[1] for p in line.points()]
    dx = min(max(dx, -min(xs)), 1.0 - max(xs))
    dy = min(max(dy, -min(ys)), 1.0 - max(ys))

    def shift(p: Point) -> Point:
        return (p[0] + dx, p[1] + dy)

    bend = shift(line.bend) if line.bend is not None else None
    return ThreadLine(line.view, shift(line.start), shift(line.end), bend)


def beside(line: ThreadLine, step: float) -> ThreadLine:
    """A copy `step` (in view widths) to the thread's side, for a fan of identical threads."""
    (x0, y0), (x1, y1) = line.start, line.end
    dx, dy = (x1 - x0) * VIEW_WIDTH, (y1 - y0) * VIEW_HEIGHT
    length = max((dx * dx + dy * dy) ** 0.5, 1e-9)
    # At right angles to the thread, in the drawing's own proportions.
    return moved(line, -dy / length * step, dx / length * step * VIEW_WIDTH / VIEW_HEIGHT)


@cache
def renderer(view: str) -> QSvgRenderer:
    """The view's line art, parsed once for the program (only checked, shipped files are read)."""
    data = (RESOURCES / "diagrams" / f"{view}.svg").read_bytes()
    svg = QSvgRenderer(QByteArray(data))
    if not svg.isValid():
        raise RuntimeError(f"diagram {view}.svg could not be read")
    return svg
