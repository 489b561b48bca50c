"""Visits reception books with a time: consultations, procedures and extra reviews; warnings
about a busy doctor or a closed clinic; the calendar of booked visits and follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, Role, authorize
from db.audit.chain import refuse_stale
from db.errors import NotFound, ValidationError
from db.models import Appointment, FollowUp, Patient, Procedure, User
from db.record.followups import Status, opening_hours
from db.storage.database import Database
from db.text import clean_block
from db.vocabulary import VISIT_KINDS, codes
from db.wording import say

MAX_MINUTES = 8 * 60


@dataclass(frozen=True)
class BookingInput:
    patient_id: int
    doctor_id: int | None
    kind: str
    starts_at: datetime | None
    minutes: int = 30
    note: str = ""


@dataclass(frozen=True)
class CalendarEntry:
    """A booked visit (`source` 'visit') or a protocol follow-up ('follow_up') on the calendar."""

    source: str
    id: int
    version: int
    starts_at: datetime
    minutes: int
    patient_id: int
    full_name: str
    mrn: str
    phone: str
    doctor_id: int
    doctor: str
    what: str  # a visit kind code, or the follow-up's step label
    status: str
    note: str = ""
    procedure_id: int | None = None

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


def validate_booking(data: BookingInput) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.kind not in codes(VISIT_KINDS):
        errors["kind"] = say("Choose consultation, procedure or extra review.")
    if data.doctor_id is None:
        errors["doctor_id"] = say("Choose the doctor.")
    if data.starts_at is None:
        errors["starts_at"] = say("Give the date and time of the visit.")
    if not 5 <= data.minutes <= MAX_MINUTES:
        errors["minutes"] = say("A visit lasts 5 to {most} minutes.", most=MAX_MINUTES)
    if len(data.note) > 2000:
        errors["note"] = say("Keep the note under {most} characters.", most=2000)
    return errors


def _overlaps(entry: CalendarEntry, start: datetime, end: datetime) -> bool:
    return entry.starts_at < end and start < entry.ends_at


def warnings_in(
    session: Session, doctor_id: int, starts_at: datetime, minutes: int, ignore: int | None
) -> list[str]:
    """What reception should know before booking: a closed clinic, a doctor already busy."""
    found: list[str] = []
    hours = opening_hours(session)
    local = starts_at.astimezone()
    end = local + timedelta(minutes=minutes)
    window = hours.window(local.date())
    if window is None:
        note = (hours.closed or {}).get(local.date(), "")
        found.append(
            say("The clinic is closed on {day} ({note}).", day=local.date(), note=note)
            if note
            else say("The clinic is closed on {day}.", day=local.date())
        )
    elif not (window[0] <= local.time() and end.time() <= window[1] and end.date() == local.date()):
        found.append(
            say(
                "{moment} is outside opening hours ({opens}-{closes}).",
                moment=local,
                opens=f"{window[0]:%H:%M}",
                closes=f"{window[1]:%H:%M}",
            )
        )
    day_entries = _entries(session, local.date(), 1, doctor_id)
    for entry in day_entries:
        if entry.source == "visit" and entry.id == ignore:
            continue
        if _overlaps(entry, local, end):
            found.append(
                say(
                    "{doctor} already sees {patient} at {time}.",
                    doctor=entry.doctor,
                    patient=entry.full_name,
                    time=f"{entry.starts_at.astimezone():%H:%M}",
                )
            )
    return found


def booking_warnings(
    db: Database, actor: Actor, data: BookingInput, ignore: int | None = None
) -> list[str]:
    if data.doctor_id is None or data.starts_at is None:
        return []
    with db.read() as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        return warnings_in(session, data.doctor_id, data.starts_at, data.minutes, ignore)


def _doctor(session: Session, doctor_id: int) -> User:
    user = session.get(User, doctor_id)
    if user is None or not user.active or Role.DOCTOR.value not in user.role_set:
        raise ValidationError({"doctor_id": say("The chosen doctor is not an active doctor.")})
    return user


def book_visit(db: Database, actor: Actor, data: BookingInput) -> CalendarEntry:
    """Book it. Warnings were shown to the user first (`booking_warnings`); they may go ahead."""
    if errors := validate_booking(data):
        raise ValidationError(errors)
    assert data.doctor_id is not None and data.starts_at is not None
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        patient = session.get(Patient, data.patient_id)
        if patient is None or not patient.active:
            raise NotFound(say("This patient's record is not active; open the current record."))
        _doctor(session, data.doctor_id)
        visit = Appointment(
            patient_id=patient.id,
            doctor_id=data.doctor_id,
            kind=data.kind,
            starts_at=data.starts_at,
            minutes=data.minutes,
            note=clean_block(data.note),
            status="booked",
            status_reason="",
            created_at=db.clock(),
            created_by_id=actor.account_id,
        )
        session.add(visit)
        session.flush()
        return _visit_entry(session, visit)


def _editable(session: Session, visit_id: int, expected_version: int) -> Appointment:
    visit = session.get(Appointment, visit_id)
    if visit is None:
        raise NotFound(say("This visit does not exist."))
    refuse_stale(
        session, visit, expected_version, say("The visit"), say("Look at the calendar again.")
    )
    return visit


def move_visit(
    db: Database, actor: Actor, visit_id: int, expected_version: int, starts_at: datetime | None
) -> CalendarEntry:
    if starts_at is None:
        raise ValidationError({"starts_at": say("Give the new date and time.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        visit = _editable(session, visit_id, expected_version)
        if visit.status != "booked":
            raise ValidationError({"starts_at": say("Only a visit still booked can be moved.")})
        visit.starts_at = starts_at
        session.flush()
        return _visit_entry(session, visit)


def set_visit_status(
    db: Database, actor: Actor, visit_id: int, expected_version: int, status: str, reason: str = ""
) -> CalendarEntry:
    """Arrived, no-show or cancelled (with a reason); nothing is deleted."""
    reason = clean_block(reason)
    if status not in ("booked", "arrived", "no_show", "cancelled"):
        raise ValidationError({"status": say("Unknown visit status.")})
    if status == "cancelled" and len(reason) < 3:
        raise ValidationError({"reason": say("Say why the visit is cancelled.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        visit = _editable(session, visit_id, expected_version)
        if visit.status == "cancelled" or visit.procedure_id is not None:
            raise ValidationError({"status": say("This visit is closed; book a new one instead.")})
        visit.status = status
        visit.status_reason = reason
        session.flush()
        return _visit_entry(session, visit)


def link_procedure(session: Session, visit_id: int, patient_id: int, procedure_id: int) -> None:
    """Inside charting: the booked procedure became this chart, so the patient arrived."""
    # Locked: two charts cannot both close one booked visit.
    visit = session.get(Appointment, visit_id, with_for_update={"key_share": True})
    if visit is None or visit.patient_id != patient_id or visit.kind != "procedure":
        raise ValidationError(
            {"appointment": say("The booked visit is not this patient's procedure.")}
        )
    if visit.procedure_id is not None or visit.status in ("cancelled", "no_show"):
        raise ValidationError({"appointment": say("This booked procedure is already closed.")})
    visit.status = "arrived"
    visit.procedure_id = procedure_id


def _names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(User.id, User.full_name)).all())


def _visit_entry(session: Session, visit: Appointment) -> CalendarEntry:
    patient = session.get(Patient, visit.patient_id)
    assert patient is not None
    return CalendarEntry(
        "visit",
        visit.id,
        visit.version,
        visit.starts_at,
        visit.minutes,
        patient.id,
        patient.full_name,
        patient.mrn,
        patient.phone,
        visit.doctor_id,
        _names(session).get(visit.doctor_id, ""),
        visit.kind,
        visit.status,
        visit.note,
        visit.procedure_id,
    )


FOLLOW_UP_MINUTES = 15


def _entries(
    session: Session, first: date, days: int, doctor_id: int | None
) -> list[CalendarEntry]:
    start = datetime.combine(first, time(0)).astimezone()
    end = datetime.combine(first + timedelta(days=days), time(0)).astimezone()
    names = _names(session)
    visits = select(Appointment, Patient).join(Patient, Patient.id == Appointment.patient_id)
    visits = visits.where(
        Appointment.starts_at >= start,
        Appointment.starts_at < end,
        Appointment.status != "cancelled",
    )
    follow_ups = (
        select(FollowUp, Patient, Procedure.doctor_id)
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .where(
            FollowUp.due_at >= start,
            FollowUp.due_at < end,
            FollowUp.status != Status.CANCELLED.value,
        )
    )
    if doctor_id is not None:
        visits = visits.where(Appointment.doctor_id == doctor_id)
        follow_ups = follow_ups.where(Procedure.doctor_id == doctor_id)
    found = [
        CalendarEntry("visit", v.id, v.version, v.starts_at, v.minutes, p.id, p.full_name, p.mrn,
                      p.phone, v.doctor_id, names.get(v.doctor_id, ""), v.kind, v.status, v.note,
                      v.procedure_id)
        for v, p in session.execute(visits)
    ] + [
        CalendarEntry("follow_up", f.id, f.version, f.due_at, FOLLOW_UP_MINUTES, p.id,
                      p.full_name, p.mrn, p.phone, doctor, names.get(doctor, ""), f.label,
                      f.status)
        for f, p, doctor in session.execute(follow_ups)
    ]  # fmt: skip
    return sorted(found, key=lambda entry: (entry.starts_at, entry.full_name))


def calendar(
    db: Database, actor: Actor, first: date, days: int, doctor_id: int | None = None
) -> list[CalendarEntry]:
    """Booked visits and follow-ups from `first` for `days` days, for one doctor or all."""
    if not 1 <= days <= 31:
        raise ValidationError({"days": say("Show 1 to 31 days.")})
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        return _entries(session, first, days, doctor_id)


def visits_on(db: Database, actor: Actor, day: date) -> list[CalendarEntry]:
    """The day's booked visits (not follow-ups), for Today."""
    return [entry for entry in calendar(db, actor, day, 1) if entry.source == "visit"]
