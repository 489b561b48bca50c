"""Reports leaving the program: a workbook with real numbers and dates, a PDF with its charts,
both audited, and nothing written where a file should not be."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from db.errors import PermissionDenied, ThreadbookError
from db.reports.complication_rates import GroupBy
from db.reports.export import export_pdf, export_xlsx
from db.reports.run import Report, ReportRequest, run_report
from db.stock.movements import write_off
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.reports_clinic import Clinic, build_clinic


@pytest.fixture
def clinic(db: Database, staff: Staff, stock: Stock) -> Clinic:
    return build_clinic(db, staff, stock)


def test_workbook_keeps_numbers_dates_and_text_as_they_are(
    db: Database, staff: Staff, stock: Stock, clinic: Clinic, tmp_path: Path
) -> None:
    write_off(db, staff.doctor, stock.lot_id, 1, '=HYPERLINK("http://x","click")')
    result = run_report(db, staff.admin, ReportRequest(Report.STOCK, clinic.period))
    path = export_xlsx(db, staff.admin, result, tmp_path / "stock.xlsx")
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Threads used", "Expiring lots", "Write-offs"]
    used = book["Threads used"]
    assert [c.value for c in used[1]] == ["Month", "Product", "Threads"]
    assert isinstance(used["A2"].value, datetime) and used["A2"].number_format == "mm/yyyy"
    assert isinstance(used["C2"].value, int)
    expiring = book["Expiring lots"]
    assert expiring["A2"].value.date() == clinic.today + timedelta(days=30)
    assert (expiring["B2"].value, expiring["E2"].value) == (30, 6)
    write_offs = book["Write-offs"]
    reasons = [row[4].value for row in write_offs.iter_rows(min_row=2)]
    assert '=HYPERLINK("http://x","click")' in reasons
    formula_cell = next(row[4] for row in write_offs.iter_rows(min_row=2)
                        if str(row[4].value).startswith("="))  # fmt: skip
    assert formula_cell.data_type == "s"  # text, never a formula the spreadsheet would run
    assert write_offs.column_dimensions["E"].width >= len("packaging torn")
    event = audit_rows(db, action="export")[-1]
    assert event.record_type == "report" and event.record_id == "stock"
    details = json.loads(event.details)
    assert (details["format"], details["destination"], details["rows"]) == ("xlsx", str(path), 5)


def test_rates_workbook_has_shares_as_fractions(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    request = ReportRequest(Report.RATES, clinic.period, GroupBy.LOT)
    path = export_xlsx(db, staff.doctor, run_report(db, staff.doctor, request), tmp_path / "r.xlsx")
    sheet = openpyxl.load_workbook(path)["Complication rates"]
    rows = {(r[0].value, r[1].value): r for r in sheet.iter_rows(min_row=2)}
    swelling = next(r for (group, kind), r in rows.items()
                    if kind == "Swelling (oedema)")  # fmt: skip
    assert (swelling[2].value, swelling[3].value) == (1, 3)
    assert swelling[4].value == pytest.approx(1 / 3) and swelling[4].number_format == "0.0%"
    assert swelling[7].value == pytest.approx(0.35)
    assert swelling[9].value is False


def test_pdf_of_the_page_has_every_report_and_is_audited(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    results = [
        run_report(db, staff.doctor, ReportRequest(report, clinic.period, GroupBy.MATERIAL))
        for report in Report
    ]
    path = export_pdf(
        db, staff.doctor, results, tmp_path / "reports.pdf", clinic="Phòng khám Hoa Sen"
    )
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    for heading in ("Complication rates by material", "GAIS and satisfaction",
                    "Follow-up adherence per review", "Threads used per month",
                    "Phòng khám Hoa Sen"):  # fmt: skip
        assert heading in text
    assert sum(len(page.images) for page in reader.pages) == 4  # one chart per report
    assert audit_rows(db, action="export")[-1].record_id == ",".join(r.value for r in Report)


def test_exports_refuse_nurses_folders_and_existing_files(
    db: Database, staff: Staff, clinic: Clinic, tmp_path: Path
) -> None:
    result = run_report(db, staff.doctor, ReportRequest(Report.ADHERENCE, clinic.period))
    before = len(audit_rows(db, action="export"))
    with pytest.raises(PermissionDenied):
        export_xlsx(db, staff.nurse, result, tmp_path / "a.xlsx")
    with pytest.raises(ThreadbookError, match="not a regular file"):
        export_xlsx(db, staff.doctor, result, tmp_path)
    existing = tmp_path / "kept.xlsx"
    existing.write_bytes(b"mine")
    with pytest.raises(ThreadbookError, match="already exists"):
        export_xlsx(db, staff.doctor, result, existing)
    assert existing.read_bytes() == b"mine"
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "pipe")
        with pytest.raises(ThreadbookError, match="not a regular file"):
            export_pdf(db, staff.doctor, [result], tmp_path / "pipe", overwrite=True)
    assert len(audit_rows(db, action="export")) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["kept.xlsx"]
