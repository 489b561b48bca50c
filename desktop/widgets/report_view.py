"""One report on screen: its chart above the table (or tables) behind it.

matplotlib and its Qt canvas are imported when the first chart is drawn, never at start-up.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.reports.run import ReportResult
from db.reports.tables import Kind
from desktop.i18n import tr
from desktop.models.report_table import ReportTableModel
from desktop.widgets.tables import figure_columns, list_table


class ReportView(QWidget):
    """Attributes:
    result: what is shown, or None before the first run.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: ReportResult | None = None
        self.canvas: Any = None
        self.chart_holder = QWidget()
        self.chart_layout = QVBoxLayout(self.chart_holder)
        self.chart_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(tr("Choose a period and press Show."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_layout.addWidget(self.placeholder)
        self.tables = QTabWidget()
        self.tables.setDocumentMode(True)
        self.views: list[QTableView] = []
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.chart_holder)
        splitter.addWidget(self.tables)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        # The table gets nearly half: it is what people read the exact figures from.
        splitter.setSizes([330, 270])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)

    def show_result(self, result: ReportResult) -> None:
        self.result = result
        self.redraw()
        tables = result.tables
        while self.tables.count() > len(tables):
            self.tables.removeTab(self.tables.count() - 1)
            self.views.pop().deleteLater()
        for index, table in enumerate(tables):
            if index >= len(self.views):
                view = QTableView()
                list_table(view)
                view.setSortingEnabled(True)
                view.setModel(ReportTableModel(view))
                view.setWordWrap(True)
                self.views.append(view)
                self.tables.addTab(view, "")
            model = self.views[index].model()
            assert isinstance(model, ReportTableModel)
            model.set_table(table)
            # Figures keep their width; text columns (products, lots, sources) share what is
            # left and wrap, so the table fits the page without sideways scrolling.
            # A long title wraps rather than widening its column of figures.
            header = self.views[index].horizontalHeader()
            texts = [c for c, spec in enumerate(table.columns) if spec.kind == Kind.TEXT]
            for column in texts:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
            figure_columns(
                self.views[index], [c for c in range(len(table.columns)) if c not in texts]
            )
            self.views[index].resizeRowsToContents()
            self.tables.setTabText(
                index,
                tr("{title} ({rows} rows)").format(title=tr(table.title), rows=len(table.rows)),
            )

    def redraw(self) -> None:
        """Draw the chart again (after a change of what it shows, say the complication type)."""
        if self.result is None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        from db.reports.charts import figure_for

        figure = figure_for(self.result, tr)
        if self.canvas is not None:
            self.chart_layout.removeWidget(self.canvas)
            self.canvas.deleteLater()
        self.placeholder.hide()
        self.canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        self.canvas.setMinimumHeight(220)
        self.chart_layout.addWidget(self.canvas)
