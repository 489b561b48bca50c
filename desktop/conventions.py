"""How dates, times, numbers and ages are written in the user's language.

Vietnamese: "Thứ Hai 30/11/2026", 24-hour times, 1.234; English keeps the same day-first dates
(the clinic's paper records use them) with 1,234. Every page formats through these functions.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from db.wording import language


def weekday_name(index: int) -> str:
    """Monday (0) to Sunday (6) in the user's language: "Thứ Hai"."""
    names = (
        QCoreApplication.translate("conventions", "Monday"),
        QCoreApplication.translate("conventions", "Tuesday"),
        QCoreApplication.translate("conventions", "Wednesday"),
        QCoreApplication.translate("conventions", "Thursday"),
        QCoreApplication.translate("conventions", "Friday"),
        QCoreApplication.translate("conventions", "Saturday"),
        QCoreApplication.translate("conventions", "Sunday"),
    )
    return names[index]


def _weekday(day: date) -> str:
    return weekday_name(day.weekday())


def short_weekday_text(day: date) -> str:
    """A column heading: "T2 30/11" / "Mon 30/11" (Vietnamese says CN for Sunday)."""
    names = (
        QCoreApplication.translate("conventions", "Mon"),
        QCoreApplication.translate("conventions", "Tue"),
        QCoreApplication.translate("conventions", "Wed"),
        QCoreApplication.translate("conventions", "Thu"),
        QCoreApplication.translate("conventions", "Fri"),
        QCoreApplication.translate("conventions", "Sat"),
        QCoreApplication.translate("conventions", "Sun"),
    )
    return f"{names[day.weekday()]} {day:%d/%m}"


def day_text(value: date | None) -> str:
    """dd/mm/yyyy, or '' for no date."""
    return f"{value:%d/%m/%Y}" if value else ""


def weekday_text(value: date) -> str:
    """The day with its weekday name: "Thứ Hai 30/11/2026" / "Monday 30/11/2026"."""
    return f"{_weekday(value)} {value:%d/%m/%Y}"


def local(moment: datetime) -> datetime:
    """A stored UTC moment in this PC's local time."""
    return moment.astimezone()


def time_text(moment: datetime) -> str:
    """24-hour local time, 14:05."""
    return f"{local(moment):%H:%M}"


def moment_text(moment: datetime | None, seconds: bool = False) -> str:
    """Local date and 24-hour time, 30/11/2026 14:05; '' for none."""
    if moment is None:
        return ""
    return f"{local(moment):%d/%m/%Y %H:%M:%S}" if seconds else f"{local(moment):%d/%m/%Y %H:%M}"


def number_text(value: int | float, decimals: int = 0) -> str:
    """1.234 (Vietnamese) or 1,234 (English); decimals use the other mark."""
    text = f"{value:,.{decimals}f}"
    if language() == "vi":
        text = text.replace(",", "\0").replace(".", ",").replace("\0", ".")
    return text


def age_years(born: date, today: date) -> int:
    """Completed years between `born` and `today`."""
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


def age_text(born: date, today: date) -> str:
    """An age in years, as the user's language says it ("34 tuổi")."""
    return QCoreApplication.translate("conventions", "{years} years").format(
        years=age_years(born, today)
    )
