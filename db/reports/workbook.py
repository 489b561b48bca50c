"""A report as an XLSX workbook: one sheet per table, values as numbers and dates, not text."""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime

from openpyxl import Workbook
from openpyxl.cell.cell import Cell, MergedCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from db.reports.formatting import shown
from db.reports.run import ReportResult
from db.reports.tables import Kind, Table

FORMATS = {
    Kind.SHARE: "0.0%",
    Kind.MEAN: "0.00",
    Kind.COUNT: "0",
    Kind.DATE: "dd/mm/yyyy",
    Kind.MONTH: "mm/yyyy",
    Kind.TIME: "dd/mm/yyyy hh:mm",
}
WIDEST = 60
SHEET_NAME_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})


def _put(cell: Cell | MergedCell, value: object, kind: Kind) -> None:
    if isinstance(value, datetime):
        # A spreadsheet has no time zones: the clinic's local time, as the window shows it.
        value = value.astimezone().replace(tzinfo=None)
    cell.value = value  # type: ignore[assignment]
    if isinstance(value, str):
        # Text stays text: a product name or reason starting with "=" is never a formula.
        cell.data_type = "s"
    if kind in FORMATS:
        cell.number_format = FORMATS[kind]


def _sheet_name(name: str, taken: set[str]) -> str:
    base = name.translate(SHEET_NAME_FORBIDDEN)[:31] or "Sheet"
    candidate, n = base, 2
    while candidate in taken:
        candidate = f"{base[:28]} {n}"
        n += 1
    taken.add(candidate)
    return candidate


def _fill(sheet: object, table: Table, words: Callable[[str], str]) -> None:
    from openpyxl.worksheet.worksheet import Worksheet

    assert isinstance(sheet, Worksheet)
    widths = [len(words(c.title)) for c in table.columns]
    for index, column in enumerate(table.columns, start=1):
        cell = sheet.cell(row=1, column=index, value=words(column.title))
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row_number, row in enumerate(table.rows, start=2):
        for index, (column, value) in enumerate(zip(table.columns, row, strict=True), start=1):
            _put(sheet.cell(row=row_number, column=index), value, column.kind)
            widths[index - 1] = max(widths[index - 1], len(shown(value, column.kind, words)))
    for index, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = min(WIDEST, width + 2)
    sheet.freeze_panes = "A2"


def workbook_bytes(result: ReportResult, words: Callable[[str], str] = str) -> bytes:
    book = Workbook()
    taken: set[str] = set()
    first = True
    for table in result.tables:
        sheet = book.active if first else book.create_sheet()
        assert sheet is not None
        first = False
        sheet.title = _sheet_name(words(table.name), taken)
        _fill(sheet, table, words)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
