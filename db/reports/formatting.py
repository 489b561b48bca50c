"""How a table value reads on screen and in the PDF (the spreadsheet keeps the value itself)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from db.reports.tables import Kind, Value


def shown(value: Value | bool, kind: Kind, words: Callable[[str], str] = str) -> str:
    if value is None:
        return "–"
    if kind is Kind.FLAG:
        return words("Yes") if value else ""
    if kind is Kind.SHARE and isinstance(value, int | float):
        return f"{100 * value:.1f} %"
    if kind is Kind.MEAN and isinstance(value, int | float):
        return f"{value:.2f}"
    if kind is Kind.TIME and isinstance(value, datetime):
        return f"{value.astimezone():%d/%m/%Y %H:%M}"
    if kind is Kind.MONTH and isinstance(value, date):
        return f"{value:%m/%Y}"
    if kind is Kind.DATE and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)
