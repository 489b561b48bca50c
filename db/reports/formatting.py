"""How a table value reads on screen and in the PDF (the spreadsheet keeps the value itself)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from db.reports.tables import Kind, Value
from db.wording import language


def decimal(value: float, places: int) -> str:
    """12.5 in English, 12,5 in Vietnamese (its decimal mark is the comma)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if language() == "vi" else text


def shown(value: Value | bool, kind: Kind, words: Callable[[str], str] = str) -> str:
    if value is None:
        return "–"
    if kind is Kind.FLAG:
        return words("Yes") if value else ""
    if kind is Kind.SHARE and isinstance(value, int | float):
        return f"{decimal(100 * value, 1)} %"
    if kind is Kind.MEAN and isinstance(value, int | float):
        return decimal(value, 2)
    if kind is Kind.TIME and isinstance(value, datetime):
        return f"{value.astimezone():%d/%m/%Y %H:%M}"
    if kind is Kind.MONTH and isinstance(value, date):
        return f"{value:%m/%Y}"
    if kind is Kind.DATE and isinstance(value, date):
        return f"{value:%d/%m/%Y}"
    return str(value)
