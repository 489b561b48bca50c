"""The default follow-up protocol: review dates counted from the procedure day."""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from datetime import date, timedelta

# Slow-dissolving threads are still present at 6 months, so they get a review at a year too.
LONG_LASTING_MATERIALS = frozenset({"PLLA", "PCL"})


def add_months(day: date, months: int) -> date:
    """The same day `months` later, or the month's last day when it has no such day (31/01 + 1)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def default_visits(performed_on: date, materials: Iterable[str]) -> list[tuple[str, date]]:
    """(visit code, date): 7 days, 1, 3 and 6 months, and 12 months after PLLA or PCL threads."""
    visits = [
        ("7d", performed_on + timedelta(days=7)),
        ("1m", add_months(performed_on, 1)),
        ("3m", add_months(performed_on, 3)),
        ("6m", add_months(performed_on, 6)),
    ]
    if LONG_LASTING_MATERIALS & set(materials):
        visits.append(("12m", add_months(performed_on, 12)))
    return visits
