"""The shape of a drawn thread, in the diagram's own coordinates.

A thread is stored as a line (or a gentle quadratic curve) on one view of the body diagram.
Coordinates are normalised to the view's drawing, x from its left edge (0) to its right (1)
and y from its top (0) to its bottom (1), so the same numbers draw the same thread on any
screen size and on the printed page. Each view's drawing is `resources/diagrams/<view>.svg`,
whose viewBox is VIEW_WIDTH x VIEW_HEIGHT; the diagram's version is stored with every thread
so a later redrawing of the art cannot silently move old threads.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from db.vocabulary import Term

# The version of the drawings in resources/diagrams; stored with each thread.
DIAGRAM_VERSION = 1

# Every view's SVG has viewBox "0 0 VIEW_WIDTH VIEW_HEIGHT" (portrait, 3:4).
VIEW_WIDTH = 600
VIEW_HEIGHT = 800

VIEWS = (
    Term("front", "Face and neck, front", "Mặt và cổ, nhìn thẳng"),
    Term("left", "Face, left side", "Mặt, bên trái"),
    Term("right", "Face, right side", "Mặt, bên phải"),
    Term("torso", "Abdomen and breast", "Bụng và ngực"),
)
VIEW_CODES = tuple(view.code for view in VIEWS)

# More threads than this on one placement is not a drawing but a mistake (or an attack).
MAX_LINES_PER_PLACEMENT = 200

Point = tuple[float, float]


@dataclass(frozen=True)
class ThreadLine:
    """One thread as drawn: entry point, end point and an optional bend handle."""

    view: str
    start: Point
    end: Point
    # The control point of a quadratic curve; None draws a straight line.
    bend: Point | None = None

    def points(self) -> tuple[Point, ...]:
        return (self.start, self.end) if self.bend is None else (self.start, self.bend, self.end)

    def length(self) -> float:
        """Length in view widths, along the curve (sampled), for sanity checks and hit tests."""
        points = self.sampled()
        return sum(math.dist(a, b) for a, b in itertools.pairwise(points))

    def sampled(self, steps: int = 16) -> list[Point]:
        """Points along the thread, start to end."""
        if self.bend is None:
            return [self.start, self.end]
        (x0, y0), (cx, cy), (x1, y1) = self.start, self.bend, self.end
        out = []
        for i in range(steps + 1):
            t = i / steps
            u = 1 - t
            x = u * u * x0 + 2 * u * t * cx + t * t * x1
            y = u * u * y0 + 2 * u * t * cy + t * t * y1
            out.append((x, y))
        return out


def is_drawable(line: ThreadLine) -> bool:
    """True if the line can be stored: a known view, finite points on the drawing, a length."""
    if line.view not in VIEW_CODES:
        return False
    for x, y in line.points():
        if not (math.isfinite(x) and math.isfinite(y) and 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
            return False
    return line.start != line.end
