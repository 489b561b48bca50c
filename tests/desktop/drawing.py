"""Drawing on a thread map with real mouse events, as a doctor does."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest

from desktop.widgets.thread_map.diagram import DiagramView

LEFT = Qt.MouseButton.LeftButton
NONE = Qt.KeyboardModifier.NoModifier
# Threads in the drawings' own units (600 x 800): both nasolabial folds on the front view,
# and along the jawline on the left side view.
NASOLABIAL_RIGHT = ((262.0, 392.0), (250.0, 448.0))
NASOLABIAL_LEFT = ((338.0, 392.0), (350.0, 448.0))
JAWLINE_LEFT = ((205.0, 566.0), (335.0, 512.0))


def at(view: DiagramView, point: tuple[float, float]) -> QPoint:
    """Where a point of the drawing is on the screen."""
    return view.mapFromScene(QPointF(*point))


def draw(view: DiagramView, start: tuple[float, float], end: tuple[float, float]) -> None:
    """Press at the entry, drag in steps with the button held, release at the end."""
    viewport = view.viewport()
    a, b = at(view, start), at(view, end)
    QTest.mousePress(viewport, LEFT, NONE, a)
    for step in range(1, 9):
        QTest.mouseMove(viewport, a + (b - a) * (step / 8))
    QTest.mouseRelease(viewport, LEFT, NONE, b)
