"""How every read-only list in the program behaves."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

# Header titles may wrap onto more lines (Vietnamese ones are a quarter longer than English).
WRAPPED_TITLE = Qt.AlignmentFlag.AlignCenter | Qt.AlignmentFlag(int(Qt.TextFlag.TextWordWrap))
TITLE_MARGIN = 24  # padding and the sort arrow


def list_table(view: QTableView) -> None:
    """Whole rows picked one at a time, striped, not editable in place, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()


def _title(view: QTableView, column: int) -> str:
    return str(view.model().headerData(column, Qt.Orientation.Horizontal) or "")


def figure_columns(view: QTableView, columns: Iterable[int]) -> None:
    """Columns of figures as wide as their figures or half their title, whichever is wider: a
    long title wraps onto a second line rather than squeezing the text columns."""
    header = view.horizontalHeader()
    header.setDefaultAlignment(WRAPPED_TITLE)
    metrics = header.fontMetrics()
    for column in columns:
        title = _title(view, column)
        widest = max((metrics.horizontalAdvance(word) for word in title.split()), default=0)
        # Two lines of title at most where the words allow it.
        half = (metrics.horizontalAdvance(title) + TITLE_MARGIN) // 2
        wanted = max(view.sizeHintForColumn(column), widest + TITLE_MARGIN, half + TITLE_MARGIN)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, wanted)
    fit_header_height(view)
    if not header.property("fits_titles"):
        header.setProperty("fits_titles", True)
        header.sectionResized.connect(lambda *_: fit_header_height(view))


def fit_header_height(view: QTableView) -> None:
    """The header as tall as its most wrapped title."""
    header = view.horizontalHeader()
    metrics = header.fontMetrics()
    flags = int(Qt.TextFlag.TextWordWrap) | int(Qt.AlignmentFlag.AlignCenter)
    tallest = metrics.height()
    for column in range(view.model().columnCount()):
        room = QRect(0, 0, max(1, header.sectionSize(column) - TITLE_MARGIN // 2), 10_000)
        tallest = max(tallest, metrics.boundingRect(room, flags, _title(view, column)).height())
    header.setFixedHeight(tallest + 8)
