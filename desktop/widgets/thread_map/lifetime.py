"""A patient's threads over the years on one diagram: newest strongest, absorbed ones faded."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt, Signal
from PySide6.QtGui import QHelpEvent, QMouseEvent
from PySide6.QtWidgets import QToolTip, QWidget

from db.threadmap.lifetime import MapThread
from db.vocabulary import AREAS, SIDES, term
from desktop.conventions import moment_text, number_text
from desktop.i18n import label
from desktop.widgets.thread_map.diagram import DiagramView
from desktop.widgets.thread_map.items import ThreadItem

# A thread whose absorption time has all passed is still drawn, this faint: it may not be gone.
FAINTEST = 0.3


def strength(absorbed: float) -> float:
    return 1.0 - (1.0 - FAINTEST) * max(0.0, min(1.0, absorbed))


def area_text(thread: MapThread) -> str:
    area = thread.area_other if thread.area == "other" else label(term(AREAS, thread.area))
    return QCoreApplication.translate("ThreadMap", "{area}, {side}").format(
        area=area, side=label(term(SIDES, thread.side))
    )


def details(thread: MapThread) -> str:
    """What a doctor asks of a thread: when, what, which lot, who placed it, where."""
    return QCoreApplication.translate(
        "ThreadMap",
        "{when} · {doctor}\n{product} ({material}) · lot {lot}\n{area}\n"
        "About {percent}% of its absorption time has passed.",
    ).format(
        when=moment_text(thread.performed_at),
        doctor=thread.doctor,
        product=thread.product,
        material=thread.material,
        lot=thread.lot_number,
        area=area_text(thread),
        percent=number_text(round(100 * thread.absorbed)),
    )


class LifetimeView(DiagramView):
    """Stored threads, read only: hover one for its details, click it to pick it.

    Signals:
        picked(object): the MapThread clicked, or None for the empty drawing.
    """

    picked = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.setAccessibleName(self.tr("The patient's thread map"))

    def show_threads(self, threads: Iterable[MapThread], lot_id: int | None) -> None:
        """The threads given; with `lot_id`, that lot's stand out and the rest step back."""
        self.clear_threads()
        for thread in threads:
            item = ThreadItem(thread.line, thread, thread.material, strength(thread.absorbed))
            if lot_id is not None:
                item.emphasis = 1 if thread.lot_id == lot_id else -1
                item.restyle()
            self.add_thread(item)

    def shown(self) -> list[MapThread]:
        """The threads on the view now showing."""
        return [item.owner for item in self.threads if item.isVisible()]  # type: ignore[misc]

    def thread_at(self, point: QPointF) -> MapThread | None:
        for item in self.scene().items(point):
            if isinstance(item, ThreadItem) and item.isVisible():
                return item.owner  # type: ignore[return-value]
        return None

    def viewportEvent(self, event: QEvent) -> bool:
        """Hovering a thread shows its details (worded then, not for every thread beforehand)."""
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self.thread_at(self.mapToScene(event.pos()))
            if found is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), details(found), self.viewport())
            return True
        return super().viewportEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            found = self.thread_at(self.mapToScene(event.position().toPoint()))
            for item in self.threads:
                item.choose(item.owner is found)
            self.picked.emit(found)
            event.accept()
            return
        super().mousePressEvent(event)
