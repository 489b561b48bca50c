"""Which treated area and side a point on the diagram falls in, so drawing proposes them.

Each region is a polygon traced over the drawing in its viewBox units (600 x 800), listed
most specific first: a point on the brow is a brow point, not a forehead one. Sides are the
patient's own: on the front view the patient's right is the viewer's left, so the polygons
are traced on the viewer's left half (the patient's right) and mirrored for the other side.
The left view shows the patient's left side (the face looks to the viewer's left) and the
right view is its mirror, so every point there is on that side.
"""

from __future__ import annotations

from db.threadmap.geometry import VIEW_CODES, VIEW_HEIGHT, VIEW_WIDTH

Polygon = tuple[tuple[float, float], ...]

# A strip this wide either side of the centre line is the midline, on the areas that have one.
MIDLINE_HALF_WIDTH = 20.0
HAS_MIDLINE = frozenset({"forehead", "jawline", "neck", "abdomen"})

# The front of the face and neck: the patient's right half (viewer's left).
FRONT: tuple[tuple[str, Polygon], ...] = (
    ("brow", ((184, 236), (292, 236), (294, 272), (184, 278))),
    ("forehead", ((186, 150), (300, 140), (300, 236), (176, 236), (178, 196))),
    ("nasolabial", ((270, 372), (286, 386), (268, 410), (264, 456), (240, 458), (236, 420),
                    (250, 390))),
    ("marionette", ((240, 458), (268, 460), (270, 520), (258, 536), (236, 524))),
    ("jawline", ((154, 440), (178, 440), (194, 472), (216, 506), (256, 536), (300, 548),
                 (300, 592), (232, 570), (180, 512))),
    ("jowls", ((180, 428), (238, 418), (240, 458), (236, 524), (214, 508), (194, 474))),
    ("midface", ((164, 300), (276, 306), (270, 372), (250, 390), (238, 418), (180, 428),
                 (166, 380))),
    ("neck", ((222, 530), (300, 592), (300, 770), (196, 770), (210, 700), (222, 600))),
)  # fmt: skip

# The left side of the face and neck (the patient's left; the face looks to the viewer's left).
SIDE: tuple[tuple[str, Polygon], ...] = (
    ("brow", ((186, 246), (274, 246), (276, 274), (188, 280))),
    ("forehead", ((190, 140), (232, 138), (292, 170), (324, 246), (186, 246), (182, 200))),
    ("nasolabial", ((184, 396), (214, 394), (220, 458), (188, 456))),
    ("marionette", ((188, 458), (222, 460), (224, 522), (194, 518))),
    ("jawline", ((174, 536), (196, 546), (250, 534), (318, 506), (350, 468), (358, 410),
                 (386, 410), (382, 482), (342, 532), (262, 570), (196, 586), (170, 570))),
    ("jowls", ((220, 420), (322, 412), (350, 468), (318, 506), (250, 534), (224, 522))),
    ("midface", ((196, 300), (346, 296), (364, 330), (358, 410), (322, 412), (220, 420),
                 (204, 396))),
    ("neck", ((200, 586), (262, 570), (342, 532), (382, 482), (424, 470), (424, 566),
              (440, 700), (474, 772), (262, 772), (280, 606))),
)  # fmt: skip

# The torso from the front: the patient's right half (viewer's left).
TORSO: tuple[tuple[str, Polygon], ...] = (
    ("breast", ((128, 236), (272, 236), (292, 330), (276, 390), (200, 412), (130, 362))),
    ("abdomen", ((146, 404), (300, 404), (300, 722), (140, 722), (146, 600))),
)


TORSO_AREAS = frozenset(area for area, _ in TORSO)
# The nose is drawn on every face view although no region proposes it.
FACE_AREAS = frozenset(area for area, _ in FRONT) | {"nose"}


def inside(x: float, y: float, polygon: Polygon) -> bool:
    """Even-odd ray casting: a horizontal ray from the point crosses the edge an odd number
    of times when the point is inside."""
    crossed = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            crossed = not crossed
    return crossed


def _mirrored_area(regions: tuple[tuple[str, Polygon], ...], x: float, y: float) -> str | None:
    """The area at (x, y) on a drawing whose regions are traced on its left half only."""
    # The centre line itself belongs to both halves; the polygons' edge there would exclude it.
    half_x = min(x, VIEW_WIDTH - x, VIEW_WIDTH / 2 - 1e-6)
    for area, polygon in regions:
        if inside(half_x, y, polygon):
            return area
    return None


def propose(view: str, point: tuple[float, float]) -> tuple[str, str] | None:
    """(area code, side code) of the region a normalised point on `view` falls in; None
    outside every region (or on an unknown view)."""
    x, y = point[0] * VIEW_WIDTH, point[1] * VIEW_HEIGHT
    if not (0 <= x <= VIEW_WIDTH and 0 <= y <= VIEW_HEIGHT):
        return None
    if view in ("front", "torso"):
        area = _mirrored_area(FRONT if view == "front" else TORSO, x, y)
        if area is None:
            return None
        if area in HAS_MIDLINE and abs(x - VIEW_WIDTH / 2) <= MIDLINE_HALF_WIDTH:
            return area, "midline"
        # The viewer's left half is the patient's right.
        return area, "right" if x < VIEW_WIDTH / 2 else "left"
    if view in ("left", "right"):
        # The right view is the mirror of the left one.
        side_x = x if view == "left" else VIEW_WIDTH - x
        for area, polygon in SIDE:
            if inside(side_x, y, polygon):
                return area, view
        return None
    return None


def views_for(area: str) -> frozenset[str]:
    """The views a thread of a placement in `area` can be drawn on: the face areas (and the
    nose) on the face views, abdomen and breast on the torso, any view for another area, and
    none for the buttock, which no view shows."""
    if area == "other":
        return frozenset(VIEW_CODES)
    if area in TORSO_AREAS:
        return frozenset({"torso"})
    if area in FACE_AREAS:
        return frozenset({"front", "left", "right"})
    return frozenset()
