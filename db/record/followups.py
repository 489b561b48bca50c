"""Follow-up visits: the protocol, scheduling at charting, phone calls, and reception's lists."""

from __future__ import annotations

import calendar
import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.consent.records import consent_given
from db.errors import NotFound, ValidationError
from db.models import ContactAttempt, FollowUp, Patient, Placement, Procedure
from db.settings import read_settings, store_settings
from db.storage.database import Database
from db.text import clean_block
from db.vocabulary import AREAS, CONTACT_OUTCOMES, codes, term
from db.wording import language, say

LONG_LASTING = frozenset({"PLLA", "PCL"})


class Status(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


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
) -> list[tuple[str, datetime]]:
    """Due dates for a procedure: at the procedure's local time of day, on each step's date."""
    local = performed_at.astimezone()
    chosen = list(steps) + (list(long_steps) if materials & LONG_LASTING else [])
    due = []
    for step in chosen:
        day = step.due(local.date())
        due.append((step.label, datetime.combine(day, local.time(), local.tzinfo)))
    return sorted(due, key=lambda item: item[1])


def schedule(session: Session, procedure: Procedure, materials: set[str], now: datetime) -> None:
    """Called inside the charting transaction."""
    steps, long_steps = protocol(session)
    for label, due_at in plan(procedure.performed_at, materials, steps, long_steps):
        session.add(
            FollowUp(
                procedure_id=procedure.id,
                patient_id=procedure.patient_id,
                label=label,
                due_at=due_at,
                status=Status.PLANNED.value,
                status_reason="",
                created_at=now,
            )
        )


def cancel_for_voided(session: Session, procedure_id: int, reason: str, now: datetime) -> None:
    for follow_up in session.scalars(
        select(FollowUp).where(
            FollowUp.procedure_id == procedure_id, FollowUp.status == Status.PLANNED.value
        )
    ):
        follow_up.status = Status.CANCELLED.value
        follow_up.status_reason = f"procedure voided: {reason}"
        follow_up.status_changed_at = now


# ---------------------------------------------------------------- changes by reception


def _editable(session: Session, follow_up_id: int, expected_version: int) -> FollowUp:
    follow_up = session.get(FollowUp, follow_up_id)
    if follow_up is None:
        raise NotFound(say("Follow-up {follow_up_id} does not exist.", follow_up_id=follow_up_id))
    refuse_stale(
        session, follow_up, expected_version, say("This follow-up"), say("Reload, then try again.")
    )
    return follow_up


def reschedule(
    db: Database, actor: Actor, follow_up_id: int, expected_version: int, due_at: datetime | None
) -> None:
    if due_at is None:
        raise ValidationError({"due_at": say("Give the new date (dd/mm/yyyy) and time.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        follow_up = _editable(session, follow_up_id, expected_version)
        if follow_up.status != Status.PLANNED.value:
            raise ValidationError({"due_at": say("Only a planned follow-up can be moved.")})
        procedure = session.get(Procedure, follow_up.procedure_id)
        assert procedure is not None
        if due_at <= procedure.performed_at:
            raise ValidationError({"due_at": say("A follow-up must come after the procedure.")})
        follow_up.due_at = due_at


def set_status(
    db: Database,
    actor: Actor,
    follow_up_id: int,
    expected_version: int,
    status: Status,
    reason: str = "",
) -> None:
    """Attended, no-show, or cancelled (with a reason). Nothing is deleted."""
    reason = clean_block(reason)
    if status is Status.CANCELLED and len(reason) < 3:
        raise ValidationError({"reason": say("Say why the follow-up is cancelled.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        follow_up = _editable(session, follow_up_id, expected_version)
        if follow_up.status == Status.CANCELLED.value and status is not Status.PLANNED:
            raise ValidationError(
                {"status": say("This follow-up was cancelled; book a new date instead.")}
            )
        follow_up.status = status.value
        follow_up.status_reason = reason
        follow_up.status_changed_at = db.clock()


def record_contact(
    db: Database, actor: Actor, follow_up_id: int, outcome: str, note: str = ""
) -> None:
    if outcome not in codes(CONTACT_OUTCOMES):
        raise ValidationError({"outcome": say("Choose what came of the call.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        follow_up = session.get(FollowUp, follow_up_id)
        if follow_up is None:
            raise NotFound(
                say("Follow-up {follow_up_id} does not exist.", follow_up_id=follow_up_id)
            )
        session.add(
            ContactAttempt(
                follow_up_id=follow_up.id,
                patient_id=follow_up.patient_id,
                contacted_at=db.clock(),
                user_id=actor.user_id,
                outcome=outcome,
                note=clean_block(note),
            )
        )


# ---------------------------------------------------------------- lists


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    version: int
    patient_id: int
    full_name: str
    mrn: str
    phone: str
    contact_consent: bool
    procedure_id: int
    performed_at: datetime
    areas: str
    label: str
    due_at: datetime
    status: str
    status_reason: str
    last_contact: str

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_at.astimezone().date()).days)


@dataclass(frozen=True)
class DayLists:
    day: date
    due_today: list[FollowUpRow]
    overdue: list[FollowUpRow]
    coming_week: list[FollowUpRow]
    overdue_total: int


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0)).astimezone()


def _row_query() -> Any:
    """Follow-ups with their patient and procedure, as plain columns (no ORM objects)."""
    return (
        select(
            FollowUp.id,
            FollowUp.version,
            Patient.id,
            Patient.full_name,
            Patient.mrn,
            Patient.phone,
            consent_given("reminders"),
            FollowUp.procedure_id,
            Procedure.performed_at,
            FollowUp.label,
            FollowUp.due_at,
            FollowUp.status,
            FollowUp.status_reason,
        )
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
    )


def _rows(session: Session, query: Any) -> list[FollowUpRow]:
    found = session.execute(query).all()
    if not found:
        return []
    procedure_ids = {row[7] for row in found}
    areas: dict[int, list[str]] = defaultdict(list)
    for procedure_id, area in session.execute(
        select(Placement.procedure_id, Placement.area)
        .where(Placement.procedure_id.in_(procedure_ids))
        .order_by(Placement.id)
    ):
        label = term(AREAS, area).label(language())
        if label not in areas[procedure_id]:
            areas[procedure_id].append(label)
    contacts: dict[int, str] = {}
    latest = (
        select(ContactAttempt.follow_up_id, func.max(ContactAttempt.id).label("last_id"))
        .where(ContactAttempt.follow_up_id.in_([row[0] for row in found]))
        .group_by(ContactAttempt.follow_up_id)
        .subquery()
    )
    for follow_up_id, outcome, at in session.execute(
        select(
            ContactAttempt.follow_up_id, ContactAttempt.outcome, ContactAttempt.contacted_at
        ).join(latest, latest.c.last_id == ContactAttempt.id)
    ):
        contacts[follow_up_id] = (
            f"{term(CONTACT_OUTCOMES, outcome).label(language())} ({at.astimezone():%d/%m %H:%M})"
        )
    return [
        FollowUpRow(
            id=row[0],
            version=row[1],
            patient_id=row[2],
            full_name=row[3],
            mrn=row[4],
            phone=row[5],
            contact_consent=row[6],
            procedure_id=row[7],
            performed_at=row[8],
            areas=", ".join(areas[row[7]]),
            label=row[9],
            due_at=row[10],
            status=row[11],
            status_reason=row[12],
            last_contact=contacts.get(row[0], ""),
        )
        for row in found
    ]


OVERDUE_SHOWN = 500


def day_lists(db: Database, actor: Actor, day: date) -> DayLists:
    """Reception's lists for `day`: due that day, overdue (newest first), and the next 7 days."""
    start, end = _local_midnight(day), _local_midnight(day + timedelta(days=1))
    week_end = _local_midnight(day + timedelta(days=8))
    planned = FollowUp.status == Status.PLANNED.value
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)

        def fetch(*conditions: Any, newest_first: bool = False, limit: int | None = None) -> Any:
            order = FollowUp.due_at.desc() if newest_first else FollowUp.due_at
            query = _row_query().where(planned, *conditions).order_by(order, FollowUp.id)
            return query.limit(limit) if limit else query

        overdue_total = (
            session.scalar(
                select(func.count()).select_from(FollowUp).where(planned, FollowUp.due_at < start)
            )
            or 0
        )
        return DayLists(
            day,
            _rows(session, fetch(FollowUp.due_at >= start, FollowUp.due_at < end)),
            _rows(session, fetch(FollowUp.due_at < start, newest_first=True, limit=OVERDUE_SHOWN)),
            _rows(session, fetch(FollowUp.due_at >= end, FollowUp.due_at < week_end)),
            overdue_total,
        )


def patient_follow_ups(db: Database, actor: Actor, patient_id: int) -> list[FollowUpRow]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        query = _row_query().where(FollowUp.patient_id == patient_id)
        return _rows(session, query.order_by(FollowUp.due_at, FollowUp.id))


def get_follow_up(db: Database, actor: Actor, follow_up_id: int) -> FollowUpRow:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        rows = _rows(session, _row_query().where(FollowUp.id == follow_up_id))
        if not rows:
            raise NotFound(
                say("Follow-up {follow_up_id} does not exist.", follow_up_id=follow_up_id)
            )
        return rows[0]
