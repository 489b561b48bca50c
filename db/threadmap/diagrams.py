"""The diagram drawings (resources/diagrams/<view>.svg) read as strokes, for the printed sheets.

The window shows the SVG files with Qt's renderer; the PDFs draw the same strokes with
reportlab, so the printed map is vector art identical to the screen's. The drawings are the
program's own and use a small part of SVG: groups of <path> elements whose `d` holds only
absolute M, L, C, Q and Z commands, stroked in black with a width per group. Anything else
is refused by `strokes` (and a test reads every drawing with it).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache

from db.resources import RESOURCES
from db.threadmap.geometry import VIEW_CODES, VIEW_HEIGHT, VIEW_WIDTH

SVG = "{http://www.w3.org/2000/svg}"
_TOKEN = re.compile(r"[MLCQZ]|-?\d+(?:\.\d+)?|\S")
# How many coordinates each command takes.
_ARITY = {"M": 2, "L": 2, "C": 6, "Q": 4, "Z": 0}


class DrawingError(ValueError):
    """A drawing uses SVG this reader does not draw."""


@dataclass(frozen=True)
class Segment:
    command: str  # M, L, C, Q or Z
    coordinates: tuple[float, ...]


@dataclass(frozen=True)
class Stroke:
    """One path of the drawing, in viewBox units, with its line width."""

    width: float
    segments: tuple[Segment, ...]


def diagram_svg(view: str) -> bytes:
    """The SVG file of one view."""
    if view not in VIEW_CODES:
        raise KeyError(view)
    return (RESOURCES / "diagrams" / f"{view}.svg").read_bytes()


def parse_path(d: str) -> tuple[Segment, ...]:
    tokens = _TOKEN.findall(d)
    segments: list[Segment] = []
    position = 0
    while position < len(tokens):
        command = tokens[position]
        if command not in _ARITY:
            raise DrawingError(f"unsupported path command {command!r}")
        count = _ARITY[command]
        numbers = tokens[position + 1 : position + 1 + count]
        if len(numbers) != count or any(n in _ARITY or not _is_number(n) for n in numbers):
            raise DrawingError(f"{command} needs {count} numbers in {d!r}")
        if not segments and command != "M":
            raise DrawingError("a path starts with M")
        segments.append(Segment(command, tuple(float(n) for n in numbers)))
        position += 1 + count
    return tuple(segments)


def _is_number(token: str) -> bool:
    try:
        float(token)
    except ValueError:
        return False
    return True


def read_strokes(svg: bytes) -> tuple[Stroke, ...]:
    """The strokes of a drawing in the program's SVG subset."""
    root = ET.fromstring(svg)  # the program's own package data, not outside input
    if root.tag != f"{SVG}svg" or root.get("viewBox") != f"0 0 {VIEW_WIDTH} {VIEW_HEIGHT}":
        raise DrawingError(f"a drawing is an <svg> with viewBox 0 0 {VIEW_WIDTH} {VIEW_HEIGHT}")
    strokes: list[Stroke] = []
    for group in root:
        if group.tag != f"{SVG}g":
            raise DrawingError(f"unexpected element {group.tag}")
        if group.get("stroke") != "#000000" or group.get("fill") != "none":
            raise DrawingError("groups are black strokes without fill")
        width = float(group.get("stroke-width", "1"))
        for path in group:
            if path.tag != f"{SVG}path" or set(path.attrib) != {"d"}:
                raise DrawingError(f"unexpected element {path.tag} {dict(path.attrib)}")
            strokes.append(Stroke(width, parse_path(path.attrib["d"])))
    return tuple(strokes)


@cache
def strokes(view: str) -> tuple[Stroke, ...]:
    """The strokes of one view's drawing (read once)."""
    return read_strokes(diagram_svg(view))
