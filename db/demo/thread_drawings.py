"""Plausible drawn threads for the demo's placements, each inside its area's region.

Threads of one placement lie side by side, in the direction a doctor lifts
that area (up and out for the cheek, along the fold for the nasolabial line, across the
neck), and every point along each thread lies in the placement's region of the drawing.
Each placement draws from its own seeded generator, so adding drawings leaves the rest of
the demo exactly as it was.
"""

from __future__ import annotations

import math
import random
from functools import cache
from typing import Any

from db.threadmap.geometry import DIAGRAM_VERSION, VIEW_HEIGHT, VIEW_WIDTH, Point, ThreadLine
from db.threadmap.regions import FRONT, SIDE, TORSO, Polygon, inside, propose

# Each area's thread, in drawing units, on the patient's right half of the front view (the
# viewer's left, so "outwards" is towards smaller x). The side views turn it around.
VECTORS: dict[str, tuple[float, float]] = {
    "forehead": (0.0, -98.0),
    "brow": (-84.0, -19.6),
    "midface": (-86.8, -61.6),
    "nasolabial": (-11.2, 78.4),
    "marionette": (2.8, 64.4),
    "jowls": (-42.0, -78.4),
    "jawline": (-72.8, -56.0),
    "neck": (92.4, 5.6),
    "breast": (-14.0, -103.6),
    "abdomen": (126.0, 14.0),
}
ATTEMPTS = 24
# Bundles per area and view, and threads per bundle (a placement of more threads repeats them).
BUNDLES = 24
BUNDLE_SIZE = 10
_POLYGONS = {name: dict(regions) for name, regions in (("front", FRONT), ("side", SIDE))}
_POLYGONS["torso"] = dict(TORSO)


def _view_for(rng: random.Random, area: str, side: str) -> str:
    if area in ("breast", "abdomen"):
        return "torso"
    if side in ("left", "right") and rng.random() < 0.4:
        return side
    return "front"


def _on_sides(side: str, count: int) -> list[str]:
    """The patient's side of each thread: 'both' alternates."""
    if side == "both" or side == "midline":
        return ["right" if i % 2 == 0 else "left" for i in range(count)]
    return [side] * count


def _point_in(rng: random.Random, polygon: Polygon) -> tuple[float, float]:
    xs = [x for x, _ in polygon]
    ys = [y for _, y in polygon]
    while True:
        point = (rng.uniform(min(xs), max(xs)), rng.uniform(min(ys), max(ys)))
        if inside(*point, polygon):
            return point


def _thread(
    rng: random.Random, middle: tuple[float, float], vector: tuple[float, float], scale: float
) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float] | None]:
    """One thread about `middle` (a bundle's threads lie side by side), on the traced half,
    in drawing units."""
    angle = math.radians(rng.uniform(-10, 10))
    dx, dy = vector
    dx, dy = (
        dx * math.cos(angle) - dy * math.sin(angle),
        dx * math.sin(angle) + dy * math.cos(angle),
    )
    stretch = scale * rng.uniform(0.8, 1.1) / 2
    shift = rng.uniform(-7, 7)
    centre = (middle[0] + shift * rng.uniform(-1, 1), middle[1] + shift)
    entry = (centre[0] - dx * stretch, centre[1] - dy * stretch)
    end = (centre[0] + dx * stretch, centre[1] + dy * stretch)
    bend = None
    if rng.random() < 0.3:
        offset = rng.uniform(-0.12, 0.12)
        bend = ((entry[0] + end[0]) / 2 - dy * offset, (entry[1] + end[1]) / 2 + dx * offset)
    return entry, end, bend


def _along(start: Point, end: Point, bend: Point | None) -> list[Point]:
    """Points along a thread: the ends and middle of a straight one, five along a curve."""
    if bend is None:
        return [start, ((start[0] + end[0]) / 2, (start[1] + end[1]) / 2), end]
    return ThreadLine("front", start, end, bend).sampled(4)


def _in_area(line: ThreadLine, area: str) -> bool:
    """Every point along the thread is where drawing proposes `area`."""
    for point in _along(line.start, line.end, line.bend):
        found = propose(line.view, point)
        if found is None or found[0] != area:
            return False
    return True


Traced = tuple[Point, Point, Point | None]


@cache
def _bundles(traced_view: str, area: str) -> tuple[tuple[Traced, ...], ...]:
    """Bundles of side-by-side threads for `area`, on the traced half of `traced_view` ("front",
    "left" or "torso"), checked once per area: placements then pick one, so a large demo
    costs no more geometry than a small one."""
    vector = VECTORS[area]
    if traced_view == "left":
        vector = (-vector[0], vector[1])  # the side view looks the other way: outwards is +x
    polygon = _POLYGONS["side" if traced_view == "left" else traced_view][area]
    # The traced half is the patient's right on the front and torso, the left on the side.
    patient_side = "left" if traced_view == "left" else "right"
    rng = random.Random(f"{traced_view} {area}")
    bundles = []
    for _ in range(BUNDLES):
        middle = _point_in(rng, polygon)
        bundle: list[Traced] = []
        for attempt in range(BUNDLE_SIZE * ATTEMPTS):
            if len(bundle) == BUNDLE_SIZE:
                break
            if attempt and attempt % ATTEMPTS == 0:
                middle = _point_in(rng, polygon)
            drawn = _thread(rng, middle, vector, 1 - 0.7 * (attempt % ATTEMPTS) / ATTEMPTS)
            # The region's own polygon first (cheap); then what drawing there would propose,
            # since a neighbouring region may take precedence over part of it.
            if all(inside(x, y, polygon) for x, y in _along(*drawn)) and _in_area(
                _placed(traced_view, patient_side, *drawn), area
            ):
                bundle.append(drawn)
        if bundle:
            bundles.append(tuple(bundle))
    return tuple(bundles)


def draw_placement(area: str, side: str, count: int, seed: int) -> list[ThreadLine]:
    """`count` threads for a placement in `area` on `side`, or none for an area no view shows."""
    if area not in VECTORS:
        return []
    rng = random.Random(seed)
    view = _view_for(rng, area, side)
    traced_view = "left" if view in ("left", "right") else view
    bundle = rng.choice(_bundles(traced_view, area))
    return [
        _placed(view, patient_side, *bundle[index % len(bundle)])
        for index, patient_side in enumerate(_on_sides(side, count))
    ]


def _placed(
    view: str,
    patient_side: str,
    start: tuple[float, float],
    end: tuple[float, float],
    bend: tuple[float, float] | None,
) -> ThreadLine:
    """A thread traced on a region's half, turned to its view and side, normalised."""
    # Traced halves: the front and torso's viewer-left (the patient's right) and the left view.
    mirror = (view in ("front", "torso") and patient_side == "left") or view == "right"

    def place(point: tuple[float, float]) -> tuple[float, float]:
        x = VIEW_WIDTH - point[0] if mirror else point[0]
        # A bend handle may stand just off the drawing; the thread itself is inside a region.
        return (min(1.0, max(0.0, x / VIEW_WIDTH)), min(1.0, max(0.0, point[1] / VIEW_HEIGHT)))

    return ThreadLine(view, place(start), place(end), None if bend is None else place(bend))


def thread_rows(placements: list[dict[str, Any]], first_id: int) -> list[dict[str, Any]]:
    """The demo's drawn-thread rows for its placement rows, ids from `first_id`."""
    rows: list[dict[str, Any]] = []
    for placement in placements:
        lines = draw_placement(
            placement["area"], placement["side"], placement["thread_count"], placement["id"]
        )
        for line in lines:
            bend = line.bend
            rows.append(
                {
                    "id": first_id + len(rows),
                    "placement_id": placement["id"],
                    "procedure_id": placement["procedure_id"],
                    "patient_id": placement["patient_id"],
                    "view": line.view,
                    "diagram_version": DIAGRAM_VERSION,
                    "start_x": line.start[0],
                    "start_y": line.start[1],
                    "end_x": line.end[0],
                    "end_y": line.end[1],
                    "bend_x": None if bend is None else bend[0],
                    "bend_y": None if bend is None else bend[1],
                }
            )
    return rows
