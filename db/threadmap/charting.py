"""Drawn threads charted with a procedure: checked with the form, saved in its transaction.

A placement is charted either from the keyboard (no threads drawn) or with exactly as many
drawn threads as its thread count, each on a view that shows the placement's area. Rows are
written through the session, so the audit hook records each one like any other record.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import DrawnThread
from db.threadmap.geometry import (
    DIAGRAM_VERSION,
    MAX_LINES_PER_PLACEMENT,
    VIEWS,
    ThreadLine,
    is_drawable,
)
from db.threadmap.regions import views_for
from db.vocabulary import AREAS, codes, term
from db.wording import language, say


def lines_key(index: int) -> str:
    """The error key of placement `index` (counted from 1, as the form numbers them)."""
    return f"placements.{index}.lines"


def _is_point(value: object) -> bool:
    return (
        isinstance(value, tuple)
        and len(value) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in value)
    )


def _well_formed(line: object) -> bool:
    """A ThreadLine made of numbers: anything else is refused before any arithmetic on it."""
    if not isinstance(line, ThreadLine) or not isinstance(line.view, str):
        return False
    if not (_is_point(line.start) and _is_point(line.end)):
        return False
    return line.bend is None or _is_point(line.bend)


def line_problem(index: int, area: str, thread_count: int, lines: tuple[ThreadLine, ...]) -> str:
    """Why placement `index`'s drawn threads cannot be saved with it; "" when they can."""
    if not lines:
        return ""  # charted from the keyboard: the map of this placement stays empty
    if len(lines) > MAX_LINES_PER_PLACEMENT:
        return say(
            "Placement {index}: {drawn} threads are drawn, more than the {most} one placement "
            "can hold. Remove threads, or chart the rest as another placement.",
            index=index, drawn=len(lines), most=MAX_LINES_PER_PLACEMENT,
        )  # fmt: skip
    if not all(_well_formed(line) and is_drawable(line) for line in lines):
        return say(
            "Placement {index}: a drawn thread is outside the diagram or has no length. "
            "Draw it again.",
            index=index,
        )
    allowed = views_for(area) if area in codes(AREAS) else frozenset()
    for line in lines:
        if line.view not in allowed:
            return say(
                "Placement {index}: a thread is drawn on the diagram \u201c{view}\u201d, which "
                "does not show {area}. Draw it on another view, or correct the area.",
                index=index,
                view=term(VIEWS, line.view).label(language()),
                area=term(AREAS, area).label(language()) if area in codes(AREAS) else area,
            )
    if len(lines) != thread_count:
        return say(
            "Placement {index}: the drawing shows {drawn} and the thread count says {count}. "
            "Draw or remove threads, or correct the count.",
            index=index, drawn=len(lines), count=thread_count,
        )  # fmt: skip
    return ""


def add_lines(
    session: Session,
    placement_id: int,
    procedure_id: int,
    patient_id: int,
    lines: Iterable[ThreadLine],
) -> None:
    """Add a saved placement's drawn threads to the session (checked by `line_problem`)."""
    for line in lines:
        bend = line.bend
        session.add(
            DrawnThread(
                placement_id=placement_id,
                procedure_id=procedure_id,
                patient_id=patient_id,
                view=line.view,
                diagram_version=DIAGRAM_VERSION,
                start_x=float(line.start[0]),
                start_y=float(line.start[1]),
                end_x=float(line.end[0]),
                end_y=float(line.end[1]),
                bend_x=None if bend is None else float(bend[0]),
                bend_y=None if bend is None else float(bend[1]),
            )
        )


def as_line(row: DrawnThread) -> ThreadLine:
    return line_of(row.view, row.start_x, row.start_y, row.end_x, row.end_y, row.bend_x, row.bend_y)


def line_of(
    view: str,
    start_x: float,
    start_y: float,
    end_x: float,
    end_y: float,
    bend_x: float | None,
    bend_y: float | None,
) -> ThreadLine:
    """A ThreadLine from a stored row's columns."""
    bend = None if bend_x is None or bend_y is None else (bend_x, bend_y)
    return ThreadLine(view, (start_x, start_y), (end_x, end_y), bend)


def lines_by_placement(
    session: Session, placement_ids: Iterable[int]
) -> dict[int, tuple[ThreadLine, ...]]:
    """Each placement's drawn threads in the order they were drawn (one query)."""
    wanted = sorted(set(placement_ids))
    found: dict[int, list[ThreadLine]] = defaultdict(list)
    if not wanted:
        return {}
    rows = session.scalars(
        select(DrawnThread)
        .where(DrawnThread.placement_id.in_(wanted))
        .order_by(DrawnThread.placement_id, DrawnThread.id)
    )
    for row in rows:
        found[row.placement_id].append(as_line(row))
    return {placement_id: tuple(lines) for placement_id, lines in found.items()}
