"""When the clinic is open: hours per weekday and closed days, and where a visit fits."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from db.wording import say

# Monday first, as date.weekday() counts. Empty means closed all day.
DEFAULT_HOURS = ("08:00-17:00",) * 6 + ("",)
SLOT_MINUTES = 15
# How far a visit may be pushed to find an open day with a free time (Tết lasts about a week).
SEARCH_DAYS = 60

_SPAN = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*$")
_DAY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*(.*)$")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _span(text: str) -> tuple[time, time] | None:
    """'08:00-17:00' -> (08:00, 17:00); None for closed or unreadable."""
    match = _SPAN.match(text)
    if not match:
        return None
    h1, m1, h2, m2 = (int(part) for part in match.groups())
    if not (0 <= h1 < 24 and 0 <= h2 < 24 and m1 < 60 and m2 < 60):
        return None
    start, end = time(h1, m1), time(h2, m2)
    return (start, end) if start < end else None


def hours_from_text(text: str) -> tuple[str, ...]:
    try:
        hours = json.loads(text) if text else list(DEFAULT_HOURS)
    except ValueError:
        return DEFAULT_HOURS
    if not isinstance(hours, list) or len(hours) != 7 or not all(isinstance(h, str) for h in hours):
        return DEFAULT_HOURS
    return tuple(hours)


def weekday_words(index: int) -> str:
    """Monday (0) to Sunday (6) in the session's language."""
    return (
        say("Monday"),
        say("Tuesday"),
        say("Wednesday"),
        say("Thursday"),
        say("Friday"),
        say("Saturday"),
        say("Sunday"),
    )[index]


def hours_problem(text: str) -> str | None:
    try:
        hours = json.loads(text)
    except ValueError:
        return say("Opening hours are not readable.")
    if not isinstance(hours, list) or len(hours) != 7:
        return say("Give opening hours for each of the seven weekdays.")
    for index, span in enumerate(hours):
        if not isinstance(span, str) or (span.strip() and _span(span) is None):
            return say(
                "{day}: write the hours as 08:00-17:00, opening before closing.",
                day=weekday_words(index),
            )
    if not any(str(span).strip() for span in hours):
        return say("The clinic must be open on at least one weekday.")
    return None


def closed_days_from_text(text: str) -> dict[date, str]:
    """Lines of 'dd/mm/yyyy note'; unreadable lines are skipped (the setting was checked)."""
    days: dict[date, str] = {}
    for line in text.splitlines():
        match = _DAY.match(line)
        if not match:
            continue
        day, month, year, note = match.groups()
        try:
            days[date(int(year), int(month), int(day))] = note.strip()
        except ValueError:
            continue
    return days


def closed_days_problem(text: str) -> str | None:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        match = _DAY.match(line)
        try:
            ok = match is not None and bool(
                date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
            )
        except ValueError:
            ok = False
        if not ok:
            return say(
                "Closed days, line {line}: write a date as dd/mm/yyyy, then a note.", line=number
            )
    if len(text) > 20000:
        return say("Too many closed days (keep under {most} characters).", most=20000)
    return None


@dataclass(frozen=True)
class OpeningHours:
    hours: tuple[str, ...] = DEFAULT_HOURS
    closed: Mapping[date, str] | None = None
    slot_minutes: int = SLOT_MINUTES

    @classmethod
    def from_settings(cls, hours_text: str, closed_text: str) -> OpeningHours:
        return cls(hours_from_text(hours_text), closed_days_from_text(closed_text))

    def window(self, day: date) -> tuple[time, time] | None:
        """Opening and closing time that day, or None when the clinic is closed."""
        if self.closed and day in self.closed:
            return None
        return _span(self.hours[day.weekday()])

    def is_open_at(self, moment: datetime) -> bool:
        local = moment.astimezone()
        window = self.window(local.date())
        return window is not None and window[0] <= local.time() < window[1]

    def place(self, day: date, wanted: time, taken: set[datetime], tz: object) -> datetime:
        """The first free slot on `day` or the next open day, as near `wanted` as may be.

        `wanted` is rounded up to the slot grid, so a visit never lands on the odd minute a
        procedure was charted; `taken` holds the doctor's booked visits (local times).
        """
        step = timedelta(minutes=self.slot_minutes)
        for offset in range(SEARCH_DAYS):
            current = day + timedelta(days=offset)
            window = self.window(current)
            if window is None:
                continue
            opens = datetime.combine(current, window[0], tz)  # type: ignore[arg-type]
            closes = datetime.combine(current, window[1], tz)  # type: ignore[arg-type]
            target = datetime.combine(current, wanted, tz)  # type: ignore[arg-type]
            minutes = (target - opens).total_seconds() / 60
            slots = max(0, -int(-minutes // self.slot_minutes))  # round up onto the grid
            first = opens + slots * step
            if first + step > closes:
                first = max(opens, closes - step)  # the day's last slot, nearest the wish
            # From the wanted time to closing, then earlier that day.
            later = _slots(first, closes, step)
            earlier = _slots(opens, first, step)
            for candidate in later + earlier:
                if candidate not in taken:
                    return candidate
        raise ValueError("no open day with a free time in the next 60 days")


def _slots(start: datetime, end: datetime, step: timedelta) -> list[datetime]:
    found = []
    while start + step <= end:
        found.append(start)
        start += step
    return found
