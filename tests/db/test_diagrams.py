"""The body diagrams and their regions: what a doctor drawing on them is offered."""

from __future__ import annotations

import pytest
from PySide6.QtSvg import QSvgRenderer

from db.threadmap.diagrams import DrawingError, Stroke, diagram_svg, read_strokes, strokes
from db.threadmap.geometry import VIEW_CODES, VIEW_HEIGHT, VIEW_WIDTH
from db.threadmap.regions import propose, views_for


@pytest.mark.parametrize("view", VIEW_CODES)
def test_each_view_is_black_line_art_on_the_shared_canvas(view: str) -> None:
    drawn = strokes(view)
    assert len(drawn) >= 8
    for stroke in drawn:
        xs = [c for s in stroke.segments for c in s.coordinates[0::2]]
        ys = [c for s in stroke.segments for c in s.coordinates[1::2]]
        assert all(0 <= x <= VIEW_WIDTH for x in xs) and all(0 <= y <= VIEW_HEIGHT for y in ys)
        assert 1 <= stroke.width <= 5
    renderer = QSvgRenderer(diagram_svg(view))
    assert renderer.isValid()
    assert (renderer.viewBoxF().width(), renderer.viewBoxF().height()) == (VIEW_WIDTH, VIEW_HEIGHT)


def _mirrored(stroke: Stroke) -> list[tuple[float, ...]]:
    return [
        tuple(VIEW_WIDTH - c if i % 2 == 0 else c for i, c in enumerate(s.coordinates))
        for s in stroke.segments
    ]


def test_the_right_side_is_the_mirror_of_the_left() -> None:
    left, right = strokes("left"), strokes("right")
    assert [_mirrored(s) for s in left] == [[s.coordinates for s in r.segments] for r in right]


@pytest.mark.parametrize(
    "svg",
    [
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800"><text>x</text></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"/>',
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800"><g fill="none" '
        b'stroke="#000000"><path d="M 1 2 a 3 4 0 0 1 5 6"/></g></svg>',
        b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 600 800"><g fill="none" '
        b'stroke="#000000"><path d="M 1 2 C 3 4"/></g></svg>',
    ],
)
def test_a_drawing_outside_the_subset_the_sheets_draw_is_refused(svg: bytes) -> None:
    with pytest.raises(DrawingError):
        read_strokes(svg)


@pytest.mark.parametrize(
    ("view", "point", "proposed"),
    [
        # Front: the patient's right is the viewer's left.
        ("front", (0.50, 0.24), ("forehead", "midline")),
        ("front", (0.40, 0.24), ("forehead", "right")),
        ("front", (0.60, 0.24), ("forehead", "left")),
        ("front", (0.38, 0.32), ("brow", "right")),
        ("front", (0.33, 0.43), ("midface", "right")),
        ("front", (0.67, 0.43), ("midface", "left")),
        ("front", (0.42, 0.52), ("nasolabial", "right")),
        ("front", (0.41, 0.61), ("marionette", "right")),
        ("front", (0.35, 0.60), ("jowls", "right")),
        ("front", (0.50, 0.71), ("jawline", "midline")),
        ("front", (0.30, 0.60), ("jawline", "right")),
        ("front", (0.50, 0.85), ("neck", "midline")),
        ("front", (0.60, 0.85), ("neck", "left")),
        ("front", (0.50, 0.05), None),
        ("front", (0.05, 0.50), None),
        # The left view shows the patient's left side; the right view its mirror.
        ("left", (0.45, 0.45), ("midface", "left")),
        ("right", (0.55, 0.45), ("midface", "right")),
        ("left", (0.45, 0.58), ("jowls", "left")),
        ("left", (0.55, 0.85), ("neck", "left")),
        ("left", (0.40, 0.23), ("forehead", "left")),
        ("left", (0.90, 0.20), None),
        ("torso", (0.35, 0.38), ("breast", "right")),
        ("torso", (0.65, 0.38), ("breast", "left")),
        ("torso", (0.40, 0.70), ("abdomen", "right")),
        ("torso", (0.50, 0.70), ("abdomen", "midline")),
        ("torso", (0.50, 0.05), None),
        ("back", (0.5, 0.5), None),
        ("front", (1.5, 0.5), None),
    ],
)
def test_drawing_in_a_region_proposes_its_area_and_side(
    view: str, point: tuple[float, float], proposed: tuple[str, str] | None
) -> None:
    assert propose(view, point) == proposed


def test_each_area_is_drawn_on_the_views_that_show_it() -> None:
    assert views_for("abdomen") == {"torso"}
    assert views_for("jawline") == {"front", "left", "right"}
    assert views_for("other") == set(VIEW_CODES)
    assert views_for("buttock") == set()
