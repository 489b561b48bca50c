"""Follow-ups booked when a procedure is charted, and cancelled when it is voided."""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Appointment, FollowUp, Procedure
from db.record.followups.protocol import plan, protocol
from db.record.opening_hours import OpeningHours
from db.settings import read_settings


class Status(StrEnum):
    PLANNED = "planned"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


def opening_hours(session: Session) -> OpeningHours:
    settings = read_settings(session)
    return OpeningHours.from_settings(settings["opening_hours"], settings["closed_days"])


def _doctor_bookings(session: Session, doctor_id: int, since: datetime) -> set[datetime]:
    """The local times of the doctor's planned visits from `since` on."""
    rows = session.scalars(
        select(FollowUp.due_at)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .where(
            Procedure.doctor_id == doctor_id,
            FollowUp.status == Status.PLANNED.value,
            FollowUp.due_at >= since,
        )
    )
    taken = {due.astimezone() for due in rows}
    # Booked visits fill every quarter hour they last.
    visits = session.execute(
        select(Appointment.starts_at, Appointment.minutes).where(
            Appointment.doctor_id == doctor_id,
            Appointment.status == "booked",
            Appointment.starts_at >= since,
        )
    )
    for starts, minutes in visits:
        local = starts.astimezone()
        grid = local.replace(minute=local.minute - local.minute % 15, second=0, microsecond=0)
        end = local + timedelta(minutes=minutes)
        while grid < end:
            taken.add(grid)
            grid += timedelta(minutes=15)
    return taken


def schedule(session: Session, procedure: Procedure, materials: set[str], now: datetime) -> None:
    """Called inside the charting transaction: visits inside opening hours, on open days, at
    times the performing doctor has free."""
    steps, long_steps = protocol(session)
    taken = _doctor_bookings(session, procedure.doctor_id, procedure.performed_at)
    hours = opening_hours(session)
    for label, due_at in plan(procedure.performed_at, materials, steps, long_steps, hours, taken):
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
