"""Reports for doctors and administrators: complication rates, outcomes, follow-up adherence
and stock over a period, each a chart with its table; exported as XLSX, PNG or a PDF of the page.

Every query and every export runs off the GUI thread; a tab not yet shown for the current
filter runs its report when it is opened.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.reports.choices import FilterChoices, filter_choices
from db.reports.complication_rates import ANY, GroupBy
from db.reports.export import export_pdf, export_png, export_xlsx
from db.reports.run import Report, ReportRequest, ReportResult, run_report
from db.reports.scope import ReportFilter
from db.settings import load_settings
from db.storage.database import Database
from db.vocabulary import COMPLICATION_TYPES, MATERIALS
from desktop.fields import DateField
from desktop.i18n import label as term_label
from desktop.i18n import tr
from desktop.messages import Prompts
from desktop.widgets.report_view import ReportView
from desktop.worker import Runner

TABS = (Report.RATES, Report.OUTCOMES, Report.ADHERENCE, Report.STOCK)


class ReportsPage(QWidget):
    """Attributes:
    views: one ReportView per report, in tab order.
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.exporter = Runner(self)
        self.choices_loaded = False
        self.requests: dict[Report, ReportRequest] = {}

        today = db.clock().astimezone().date()
        self.start = DateField()
        self.start.set_value(date(today.year - 1, today.month, 1))
        self.end = DateField()
        self.end.set_value(today)
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("All doctors"), None)
        self.material = QComboBox()
        self.material.addItem(self.tr("All materials"), None)
        for entry in MATERIALS:
            self.material.addItem(term_label(entry), entry.code)
        self.product = QComboBox()
        self.product.addItem(self.tr("All products"), None)
        self.product.setMinimumContentsLength(24)
        show = QPushButton(self.tr("Show"))
        show.setDefault(True)
        show.clicked.connect(self.refresh)
        for field in (self.start, self.end):
            field.returnPressed.connect(self.refresh)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.start)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.end)
        for combo in (self.doctor, self.material, self.product):
            filters.addWidget(combo)
        filters.addWidget(show)
        filters.addStretch(1)

        self.group_by = QComboBox()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Any complication"), ANY)
        for kind in COMPLICATION_TYPES:
            self.kind.addItem(term_label(kind), kind.code)
        self.group_label = QLabel(self.tr("Group by"))
        self.kind_label = QLabel(self.tr("Chart shows"))
        self.group_by.activated.connect(lambda _i: self.refresh())
        self.kind.activated.connect(lambda _i: self._redraw_rates())
        options = QHBoxLayout()
        for widget in (self.group_label, self.group_by, self.kind_label, self.kind):
            options.addWidget(widget)
        options.addStretch(1)

        self.tabs = QTabWidget()
        self.views = {report: ReportView() for report in TABS}
        titles = {
            Report.RATES: self.tr("Complication rates"),
            Report.OUTCOMES: self.tr("Outcomes"),
            Report.ADHERENCE: self.tr("Follow-up adherence"),
            Report.STOCK: self.tr("Stock"),
        }
        for report in TABS:
            self.tabs.addTab(self.views[report], titles[report])
        self.tabs.currentChanged.connect(self._tab_changed)

        self.status = QLabel()
        self.status.setWordWrap(True)
        self.xlsx_button = QPushButton(self.tr("Export to spreadsheet…"))
        self.xlsx_button.clicked.connect(self.save_xlsx)
        self.png_button = QPushButton(self.tr("Save chart as picture…"))
        self.png_button.clicked.connect(self.save_png)
        self.pdf_button = QPushButton(self.tr("Save page as PDF…"))
        self.pdf_button.clicked.connect(self.save_pdf)
        actions = QHBoxLayout()
        for button in (self.xlsx_button, self.png_button, self.pdf_button):
            actions.addWidget(button)
        actions.addWidget(self.status, 1)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(options)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(actions)
        self._tab_changed(0)

    # ------------------------------------------------------------ state

    def current_report(self) -> Report:
        return TABS[self.tabs.currentIndex()]

    def current_filter(self) -> ReportFilter | None:
        start, end = self.start.value(), self.end.value()
        problem = self.start.problem() or self.end.problem()
        if problem or start is None or end is None:
            self.status.setText(problem or self.tr("Type the first and last day of the period."))
            return None
        return ReportFilter(
            start,
            end,
            doctor_id=self.doctor.currentData(),
            material=self.material.currentData(),
            product_id=self.product.currentData(),
        )

    def request_for(self, report: Report, wanted: ReportFilter) -> ReportRequest:
        group_by = GroupBy(self.group_by.currentData() or GroupBy.MATERIAL.value)
        if report is Report.OUTCOMES and group_by not in (GroupBy.MATERIAL, GroupBy.PRODUCT):
            group_by = GroupBy.MATERIAL
        return ReportRequest(report, wanted, group_by, self.kind.currentData() or ANY)

    def _group_options(self, report: Report) -> None:
        wanted = self.group_by.currentData()
        self.group_by.clear()
        offered = (
            [(self.tr("Material"), GroupBy.MATERIAL), (self.tr("Product"), GroupBy.PRODUCT)]
            if report is Report.OUTCOMES
            else [
                (self.tr("Material"), GroupBy.MATERIAL),
                (self.tr("Product"), GroupBy.PRODUCT),
                (self.tr("Lot"), GroupBy.LOT),
                (self.tr("Doctor"), GroupBy.DOCTOR),
                (self.tr("Area"), GroupBy.AREA),
            ]
        )
        for label, value in offered:
            self.group_by.addItem(label, value.value)
        index = self.group_by.findData(wanted)
        self.group_by.setCurrentIndex(max(0, index))

    def _tab_changed(self, index: int) -> None:
        report = TABS[index]
        grouped = report in (Report.RATES, Report.OUTCOMES)
        self.group_label.setVisible(grouped)
        self.group_by.setVisible(grouped)
        self.kind_label.setVisible(report is Report.RATES)
        self.kind.setVisible(report is Report.RATES)
        self.png_button.setEnabled(self.views[report].result is not None)
        self.xlsx_button.setEnabled(self.views[report].result is not None)
        if grouped:
            self._group_options(report)
        if self.choices_loaded and report not in self.requests:
            self.refresh()

    # ------------------------------------------------------------ running

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.choices_loaded:
            self.choices_loaded = True
            db, actor = self.db, self.actor
            self.runner.start(
                lambda: filter_choices(db, actor), self._fill_choices, self.status.setText,
                latest_only=False,
            )  # fmt: skip
            self.refresh()

    def _fill_choices(self, choices: FilterChoices) -> None:
        for person in choices.doctors:
            self.doctor.addItem(person.label, person.id)
        for product in choices.products:
            self.product.addItem(product.label, product.id)

    def refresh(self) -> None:
        """Run the shown report for the filter; the other tabs run theirs when opened."""
        wanted = self.current_filter()
        if wanted is None:
            return
        report = self.current_report()
        request = self.request_for(report, wanted)
        self.requests = {report: request}
        self.status.setText(self.tr("Counting…"))
        db, actor = self.db, self.actor
        self.runner.start(lambda: run_report(db, actor, request), self._show, self._failed)

    def _show(self, result: ReportResult) -> None:
        report = result.request.report
        if self.requests.get(report) != result.request:
            return  # the filter changed meanwhile
        self.views[report].show_result(result)
        self.status.setText("")
        if report is self.current_report():
            self.png_button.setEnabled(True)
            self.xlsx_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def _redraw_rates(self) -> None:
        view = self.views[Report.RATES]
        if view.result is None:
            return
        request = replace(view.result.request, kind=self.kind.currentData() or ANY)
        view.result = replace(view.result, request=request)
        view.redraw()

    # ------------------------------------------------------------ exports

    def _ask(self, title: str, name: str, kinds: str) -> Path | None:
        return Prompts.save_file(self, title, name, kinds)

    def _exported(self, path: Path) -> None:
        self.status.setText(self.tr("Saved {path}").format(path=path))

    def save_xlsx(self) -> None:
        result = self.views[self.current_report()].result
        if result is None:
            return
        name = f"{result.request.report.value}.xlsx"
        path = self._ask(self.tr("Export report to spreadsheet"), name,
                         self.tr("Excel workbooks (*.xlsx)"))  # fmt: skip
        if path is None:
            return
        db, actor = self.db, self.actor
        self.status.setText(self.tr("Saving…"))
        # The save dialog has asked before replacing an existing file.
        self.exporter.start(lambda: export_xlsx(db, actor, result, path, tr, overwrite=True),
                            self._exported, self._failed, latest_only=False)  # fmt: skip

    def save_png(self) -> None:
        result = self.views[self.current_report()].result
        if result is None:
            return
        path = self._ask(self.tr("Save chart as picture"), f"{result.request.report.value}.png",
                         self.tr("PNG pictures (*.png)"))  # fmt: skip
        if path is None:
            return
        db, actor = self.db, self.actor
        self.exporter.start(lambda: export_png(db, actor, result, path, tr, overwrite=True),
                            self._exported, self._failed, latest_only=False)  # fmt: skip

    def save_pdf(self) -> None:
        wanted = self.current_filter()
        if wanted is None:
            return
        path = self._ask(self.tr("Save reports as PDF"), "reports.pdf",
                         self.tr("PDF documents (*.pdf)"))  # fmt: skip
        if path is None:
            return
        shown = {
            r: v.result
            for r, v in self.views.items()
            if v.result is not None and self.requests.get(r) == v.result.request
        }
        requests = [self.request_for(report, wanted) for report in TABS]
        narrowing = ", ".join(
            combo.currentText() for combo in (self.doctor, self.material, self.product)
            if combo.currentData() is not None
        )  # fmt: skip
        db, actor = self.db, self.actor
        self.status.setText(self.tr("Making the PDF…"))

        def work() -> Path:
            results = [
                shown[r.report] if r.report in shown and shown[r.report].request.wanted == wanted
                else run_report(db, actor, r)
                for r in requests
            ]  # fmt: skip
            clinic = load_settings(db).clinic_name
            return export_pdf(db, actor, results, path, tr, clinic=clinic, narrowing=narrowing,
                              overwrite=True)  # fmt: skip

        self.exporter.start(work, self._exported, self._failed, latest_only=False)

    def wait(self) -> None:
        """For tests and closing: let running queries and exports finish."""
        self.runner.wait()
        self.exporter.wait()
