"""The key to the colours and dashes: which material each line style stands for."""

from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGridLayout, QLabel, QWidget

from desktop.widgets.thread_map.art import legend_entries, pen

SWATCH = (34, 12)


def swatch(material: str | None, alpha: float = 1.0) -> QPixmap:
    picture = QPixmap(*SWATCH)
    picture.fill(Qt.GlobalColor.transparent)
    painter = QPainter(picture)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen(material, 3.0, alpha))
    painter.drawLine(QLineF(3, SWATCH[1] / 2, SWATCH[0] - 3, SWATCH[1] / 2))
    painter.end()
    return picture


class Legend(QWidget):
    """One line sample and name per material, `columns` materials to a line."""

    def __init__(self, columns: int = 4, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(6)
        for index, (code, name) in enumerate(legend_entries()):
            row, column = divmod(index, columns)
            sample = QLabel()
            sample.setPixmap(swatch(code))
            layout.addWidget(sample, row, 2 * column)
            text = QLabel(name)
            text.setObjectName(f"legend_{code}")
            layout.addWidget(text, row, 2 * column + 1)
        layout.setColumnStretch(2 * columns, 1)
