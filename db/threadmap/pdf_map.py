"""A procedure's thread map drawn into a PDF with reportlab: vector, and readable in grey.

Each view that carries threads is drawn from the same strokes the window shows (grey, so the
threads stand out), and each thread over it in its material's colour and dash pattern, so a
black-and-white copy still tells PDO from PLLA from PCL. A numbered dot marks where each
placement's threads start, matching the placement's row number in the sheet's table.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from db.threadmap.diagrams import strokes
from db.threadmap.geometry import VIEW_CODES, VIEW_HEIGHT, VIEW_WIDTH, Point, ThreadLine
from db.vocabulary import MATERIALS, term

# Material -> (colour, dash pattern in points; None for a solid line).
MATERIAL_LOOK: dict[str, tuple[colors.Color, tuple[float, ...] | None]] = {
    "PDO": (colors.HexColor("#1f5fbf"), None),
    "PLLA": (colors.HexColor("#1b7f3b"), (4.0, 1.8)),
    "PCL": (colors.HexColor("#b3261e"), (0.6, 1.6)),
    "other": (colors.HexColor("#6a3d9a"), (4.0, 1.5, 0.6, 1.5)),
}
ART = colors.HexColor("#9a9a9a")
THREAD_WIDTH = 1.3
GAP = 2 * mm
LABEL_HEIGHT = 9.0
LEGEND_ROW = 10.0
DISC_RADIUS = 3.6


@dataclass(frozen=True)
class MapLine:
    """One thread to draw: where, of which material, and its placement's row number."""

    line: ThreadLine
    material: str
    number: int


def _look(material: str) -> tuple[colors.Color, tuple[float, ...] | None]:
    return MATERIAL_LOOK.get(material, MATERIAL_LOOK["other"])


class ThreadMap(Flowable):  # type: ignore[misc]  # reportlab ships no types
    """The views that carry threads, in a grid of up to two columns, with a legend below.

    Attributes:
        lines: the threads to draw.
        view_label: the caption of a view (in the sheet's language).
        material_label: the legend's name of a material code.
    """

    def __init__(
        self,
        lines: Sequence[MapLine],
        width: float,
        font: str,
        view_label: Callable[[str], str],
        columns: int = 2,
        material_label: Callable[[str], str] = str,
    ) -> None:
        super().__init__()
        self.lines = tuple(lines)
        self.font = font
        self.view_label = view_label
        self.material_label = material_label
        self.views = [v for v in VIEW_CODES if any(m.line.view == v for m in self.lines)]
        self.materials = sorted({m.material for m in self.lines}, key=_material_order)
        self.columns = max(1, min(columns, len(self.views)))
        self.map_width = width
        self.cell_width = (width - GAP * (self.columns - 1)) / self.columns
        self.cell_height = self.cell_width * VIEW_HEIGHT / VIEW_WIDTH + LABEL_HEIGHT
        rows = -(-len(self.views) // self.columns)
        self.grid_height = rows * self.cell_height + max(0, rows - 1) * GAP
        self.height = self.grid_height + GAP + LEGEND_ROW * len(self.materials)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.map_width, self.height

    def draw(self) -> None:
        canvas: Canvas = self.canv
        for index, view in enumerate(self.views):
            row, column = divmod(index, self.columns)
            left = column * (self.cell_width + GAP)
            top = self.height - row * (self.cell_height + GAP)
            self._view(canvas, view, left, top)
        self._legend(canvas, self.height - self.grid_height - GAP)

    def _view(self, canvas: Canvas, view: str, left: float, top: float) -> None:
        scale = self.cell_width / VIEW_WIDTH
        drawing_top = top - LABEL_HEIGHT

        def at(point: Point) -> Point:
            # Drawing units (y down) to the page (y up).
            return left + point[0] * scale, drawing_top - point[1] * scale

        canvas.saveState()
        canvas.setFont(self.font, 6.5)
        canvas.setFillColor(colors.black)
        canvas.drawCentredString(left + self.cell_width / 2, top - 7, self.view_label(view))
        canvas.setStrokeColor(ART)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        for stroke in strokes(view):
            canvas.setLineWidth(max(0.35, stroke.width * scale * 0.9))
            canvas.drawPath(_art_path(canvas, stroke.segments, at), stroke=1, fill=0)
        canvas.setLineWidth(THREAD_WIDTH)
        numbered: dict[int, Point] = {}
        for item in self.lines:
            if item.line.view != view:
                continue
            colour, dash = _look(item.material)
            canvas.setStrokeColor(colour)
            canvas.setDash(list(dash) if dash else [])
            canvas.drawPath(_thread_path(canvas, item.line, at), stroke=1, fill=0)
            numbered.setdefault(item.number, item.line.start)
        canvas.setDash([])
        placed: list[Point] = []
        for number, start in sorted(numbered.items()):
            entry = at(_units(start))
            spot = _free_spot(entry, placed)
            if spot != entry:  # moved off a neighbour's number: a leader back to the thread
                canvas.setStrokeColor(colors.black)
                canvas.setLineWidth(0.4)
                canvas.line(*entry, *spot)
            placed.append(spot)
            _number(canvas, self.font, *spot, number)
        canvas.restoreState()

    def _legend(self, canvas: Canvas, top: float) -> None:
        canvas.saveState()
        canvas.setFont(self.font, 7)
        canvas.setLineWidth(THREAD_WIDTH)
        canvas.setLineCap(1)  # as on the map: round dots stay visible when copied in grey
        for index, material in enumerate(self.materials):
            y = top - LEGEND_ROW * index - LEGEND_ROW / 2
            colour, dash = _look(material)
            canvas.setStrokeColor(colour)
            canvas.setDash(list(dash) if dash else [])
            canvas.line(0, y, 12 * mm, y)
            canvas.setFillColor(colors.black)
            canvas.drawString(12 * mm + 4, y - 2.4, self.material_label(material))
        canvas.restoreState()


def legend_name(code: str, language: str) -> str:
    """A material as the legend names it: its short code, or "other material" in words."""
    return term(MATERIALS, code).label(language) if code == "other" else code


def _material_order(material: str) -> int:
    order = list(MATERIAL_LOOK)
    return order.index(material) if material in order else len(order)


def _free_spot(entry: Point, taken: list[Point]) -> Point:
    """Where a number's disc goes: on the thread's entry point, or the nearest place around
    it that no other disc covers."""
    clear = 2 * DISC_RADIUS + 0.8
    for distance in (0.0, clear, 2 * clear, 3 * clear):
        for dx, dy in ((0, 0),) if distance == 0 else _DIRECTIONS:
            spot = (entry[0] + dx * distance, entry[1] + dy * distance)
            if all(math.dist(spot, other) >= clear for other in taken):
                return spot
    return entry


_DIRECTIONS = tuple(
    (math.cos(math.radians(a)), math.sin(math.radians(a))) for a in range(0, 360, 45)
)


def _number(canvas: Canvas, font: str, x: float, y: float, number: int) -> None:
    """A white disc with the placement's number, over the first thread's entry point."""
    canvas.setStrokeColor(colors.black)
    canvas.setFillColor(colors.white)
    canvas.setLineWidth(0.5)
    canvas.circle(x, y, DISC_RADIUS, stroke=1, fill=1)
    canvas.setFillColor(colors.black)
    canvas.setFont(font, 5.2)
    canvas.drawCentredString(x, y - 1.8, str(number))


def _units(point: Point) -> Point:
    """Normalised coordinates to drawing units."""
    return point[0] * VIEW_WIDTH, point[1] * VIEW_HEIGHT


def _art_path(canvas: Canvas, segments: Sequence[Any], at: Callable[[Point], Point]) -> Any:
    path = canvas.beginPath()
    current = (0.0, 0.0)
    for segment in segments:
        c = segment.coordinates
        if segment.command == "M":
            current = (c[0], c[1])
            path.moveTo(*at(current))
        elif segment.command == "L":
            current = (c[0], c[1])
            path.lineTo(*at(current))
        elif segment.command == "C":
            path.curveTo(*at((c[0], c[1])), *at((c[2], c[3])), *at((c[4], c[5])))
            current = (c[4], c[5])
        elif segment.command == "Q":
            first, second = _cubic(current, (c[0], c[1]), (c[2], c[3]))
            path.curveTo(*at(first), *at(second), *at((c[2], c[3])))
            current = (c[2], c[3])
        else:
            path.close()
    return path


def _cubic(start: Point, control: Point, end: Point) -> tuple[Point, Point]:
    """The two control points of the cubic curve that draws a quadratic one exactly."""
    return (
        (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1])),
        (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1])),
    )


def _thread_path(canvas: Canvas, line: ThreadLine, at: Callable[[Point], Point]) -> Any:
    path = canvas.beginPath()
    start, end = _units(line.start), _units(line.end)
    path.moveTo(*at(start))
    if line.bend is None:
        path.lineTo(*at(end))
    else:
        first, second = _cubic(start, _units(line.bend), end)
        path.curveTo(*at(first), *at(second), *at(end))
    return path
