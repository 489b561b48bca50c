"""The Reports page: each report's chart and table for the chosen filter, and its exports."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from db.reports.run import Report
from db.storage.database import Database
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from desktop.models.report_table import ReportTableModel
from desktop.pages.reports import TABS, ReportsPage
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.reports_clinic import Clinic, build_clinic


@pytest.fixture
def clinic(db: Database, staff: Staff, stock: Stock) -> Clinic:
    return build_clinic(db, staff, stock)


def _page(qtbot: QtBot, db: Database, staff: Staff, clinic: Clinic) -> ReportsPage:
    page = ReportsPage(db, staff.doctor)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.start.set_value(clinic.period.start)
    page.end.set_value(clinic.period.end)
    page.show()
    qtbot.waitUntil(lambda: page.views[Report.RATES].result is not None, timeout=20_000)
    return page


def _cells(page: ReportsPage, report: Report, table: int = 0) -> list[list[str]]:
    model = page.views[report].views[table].model()
    assert isinstance(model, ReportTableModel)
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_each_tab_shows_its_chart_and_table(
    qtbot: QtBot, db: Database, staff: Staff, clinic: Clinic
) -> None:
    page = _page(qtbot, db, staff, clinic)
    rates = _cells(page, Report.RATES)
    assert rates[1][:5] == ["PDO (polydioxanone)", "Swelling (oedema)", "1", "4", "25.0 %"]
    assert page.views[Report.RATES].canvas is not None
    page.tabs.setCurrentIndex(TABS.index(Report.STOCK))
    qtbot.waitUntil(lambda: page.views[Report.STOCK].result is not None, timeout=20_000)
    expiring = _cells(page, Report.STOCK, 1)
    assert expiring[0][1:] == ["30", "Aptos Excellence Visage USP 2-0 110 mm", "PDO-SOON", "6"]
    page.tabs.setCurrentIndex(TABS.index(Report.ADHERENCE))
    qtbot.waitUntil(lambda: page.views[Report.ADHERENCE].result is not None, timeout=20_000)
    assert _cells(page, Report.ADHERENCE)[0][:6] == ["7 days", "5", "3", "1", "1", "0"]


def test_grouping_by_lot_and_narrowing_by_material(
    qtbot: QtBot, db: Database, staff: Staff, clinic: Clinic
) -> None:
    page = _page(qtbot, db, staff, clinic)
    page.group_by.setCurrentIndex(page.group_by.findData("lot"))
    page.material.setCurrentIndex(page.material.findData("PLLA"))
    page.refresh()

    def narrowed() -> bool:
        result = page.views[Report.RATES].result
        return result is not None and result.request.wanted.material == "PLLA"

    qtbot.waitUntil(narrowed, timeout=20_000)
    assert [row[0] for row in _cells(page, Report.RATES)] == ["PL-9 (Silhouette Soft 2-0 120 mm)"]


def test_exports_write_the_files_and_audit_them(
    qtbot: QtBot, db: Database, staff: Staff, clinic: Clinic, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page = _page(qtbot, db, staff, clinic)
    targets = iter([tmp_path / "rates.xlsx", tmp_path / "rates.png", tmp_path / "page.pdf"])
    monkeypatch.setattr(Prompts, "save_file", staticmethod(lambda *args: next(targets)))
    page.save_xlsx()
    page.wait()
    page.save_png()
    page.wait()
    page.save_pdf()
    page.wait()
    assert "Saved" in page.status.text()
    sheet = openpyxl.load_workbook(tmp_path / "rates.xlsx").active
    assert sheet is not None and sheet["D2"].value == 4
    assert (tmp_path / "rates.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(PdfReader(tmp_path / "page.pdf").pages) >= 4
    formats = [row.details for row in audit_rows(db, action="export")]
    assert len(formats) == 3


def test_reports_are_for_doctors_and_administrators_only(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    for actor, has_reports in ((staff.nurse, False), (staff.doctor, True), (staff.admin, True)):
        window = MainWindow(db, actor)
        qtbot.addWidget(window)
        assert ("reports" in window.pages) is has_reports


def test_starting_the_program_does_not_load_the_chart_or_spreadsheet_libraries() -> None:
    code = (
        "import sys, desktop.app, desktop.main_window;"
        "print(sorted(m for m in ('matplotlib', 'openpyxl') if m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[2])  # fmt: skip
    assert done.stdout.strip() == "[]"


def test_a_mistyped_or_backwards_period_is_explained_not_run(
    qtbot: QtBot, db: Database, staff: Staff, clinic: Clinic
) -> None:
    page = _page(qtbot, db, staff, clinic)
    shown = page.views[Report.RATES].result
    page.start.setText("31/02/2026")
    page.refresh()
    assert "Not a date" in page.status.text()
    page.start.set_value(clinic.period.end)
    page.end.set_value(clinic.period.start)
    page.refresh()
    qtbot.waitUntil(lambda: "ends before it starts" in page.status.text(), timeout=20_000)
    assert page.views[Report.RATES].result is shown
