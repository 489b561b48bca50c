"""The follow-up protocol: its steps, kept in the settings, and the due dates they give."""

from __future__ import annotations

import calendar
import json
from collections.abc import Iterable
from contextlib import suppress
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import ValidationError
from db.record.opening_hours import OpeningHours
from db.settings import read_settings, store_settings
from db.storage.database import Database
from db.wording import say

LONG_LASTING = frozenset({"PLLA", "PCL"})


@dataclass(frozen=True)
class Step:
    """One protocol step: a label and a distance from the procedure in days or months."""

    label: str
    days: int = 0
    months: int = 0

    def due(self, performed: date) -> date:
        return add_months(performed, self.months) + timedelta(days=self.days)


DEFAULT_STEPS = (Step("7 days", days=7), Step("1 month", months=1), Step("3 months", months=3),
                 Step("6 months", months=6))  # fmt: skip
DEFAULT_LONG_STEPS = (Step("12 months", months=12),)


def step_words(label: str) -> str:
    """A built-in step's name in the session's language; a step the clinic named is as typed.

    Follow-ups store the step's name as it was when booked, the built-in ones in English.
    """
    words = {
        "7 days": say("7 days"),
        "1 month": say("1 month"),
        "3 months": say("3 months"),
        "6 months": say("6 months"),
        "12 months": say("12 months"),
    }
    return words.get(label, label)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def steps_to_text(steps: Iterable[Step]) -> str:
    return json.dumps([{"label": s.label, "days": s.days, "months": s.months} for s in steps])


def steps_from_text(text: str, fallback: tuple[Step, ...]) -> tuple[Step, ...]:
    try:
        return tuple(
            Step(str(s["label"]), int(s["days"]), int(s["months"])) for s in json.loads(text)
        )
    except (ValueError, KeyError, TypeError):
        return fallback


def protocol(session: Session) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
    """(steps for every procedure, extra steps when PLLA or PCL threads were placed)."""
    settings = read_settings(session)
    return (
        steps_from_text(settings["followup_protocol"], DEFAULT_STEPS),
        steps_from_text(settings["followup_protocol_long"], DEFAULT_LONG_STEPS),
    )


def load_protocol(db: Database) -> tuple[tuple[Step, ...], tuple[Step, ...]]:
    with db.read() as session:
        return protocol(session)


def validate_steps(steps: Iterable[Step]) -> str | None:
    seen = set()
    for step in steps:
        if not step.label.strip():
            return say("Every step needs a label, for example '1 month'.")
        if step.days < 0 or step.months < 0 or (step.days == 0 and step.months == 0):
            return say(
                "Step '{label}' must be at least one day after the procedure.", label=step.label
            )
        if step.months > 60 or step.days > 1830:
            return say(
                "Step '{label}' is more than five years after the procedure.", label=step.label
            )
        if step.label in seen:
            return say("Two steps are called '{label}'.", label=step.label)
        seen.add(step.label)
    return None


def save_protocol(db: Database, actor: Actor, steps: list[Step], long_steps: list[Step]) -> None:
    """Change the protocol; procedures charted afterwards follow it, earlier ones keep theirs."""
    problem = validate_steps([*steps, *long_steps])
    if not steps:
        problem = say("The protocol needs at least one follow-up.")
    if problem:
        raise ValidationError({"protocol": problem})
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        store_settings(
            session,
            {
                "followup_protocol": steps_to_text(steps),
                "followup_protocol_long": steps_to_text(long_steps),
            },
        )


def plan(
    performed_at: datetime,
    materials: set[str],
    steps: tuple[Step, ...],
    long_steps: tuple[Step, ...],
    hours: OpeningHours | None = None,
    taken: set[datetime] | None = None,
) -> list[tuple[str, datetime]]:
    """Due dates for a procedure, on each step's date near the procedure's time of day.

    With the clinic's `hours`, each visit is moved onto the slot grid inside opening hours, to
    the next open day when the clinic is closed, and past the times in `taken` (the doctor's
    other visits), which gains the visits placed here.
    """
    local = performed_at.astimezone()
    chosen = list(steps) + (list(long_steps) if materials & LONG_LASTING else [])
    taken = set() if taken is None else taken
    due = []
    for step in chosen:
        day = step.due(local.date())
        at = datetime.combine(day, local.time(), local.tzinfo)
        if hours is not None:
            # No free time for two months: the protocol's own time is kept.
            with suppress(ValueError):
                at = hours.place(day, local.time(), taken, local.tzinfo)
        taken.add(at)
        due.append((step.label, at))
    return sorted(due, key=lambda item: item[1])
