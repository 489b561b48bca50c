"""Follow-ups as rows for reception's lists: patient, procedure, areas, last call, doctor."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.consent.records import consent_given
from db.models import ContactAttempt, FollowUp, Patient, Placement, Procedure, User
from db.vocabulary import AREAS, CONTACT_OUTCOMES, term
from db.wording import language


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
    doctor_id: int = 0
    doctor: str = ""

    def days_overdue(self, today: date) -> int:
        return max(0, (today - self.due_at.astimezone().date()).days)


def row_query() -> Any:
    """Follow-ups with their patient, procedure and doctor, as plain columns (no ORM objects)."""
    doctor = aliased(User)
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
            Procedure.doctor_id,
            func.coalesce(doctor.full_name, ""),
        )
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .outerjoin(doctor, doctor.id == Procedure.doctor_id)
    )


def _areas(session: Session, procedure_ids: set[int]) -> dict[int, str]:
    """Each procedure's treated areas in the session's language, each named once."""
    areas: dict[int, list[str]] = defaultdict(list)
    for procedure_id, area in session.execute(
        select(Placement.procedure_id, Placement.area)
        .where(Placement.procedure_id.in_(procedure_ids))
        .order_by(Placement.id)
    ):
        label = term(AREAS, area).label(language())
        if label not in areas[procedure_id]:
            areas[procedure_id].append(label)
    return {procedure_id: ", ".join(labels) for procedure_id, labels in areas.items()}


def _last_calls(session: Session, follow_up_ids: list[int]) -> dict[int, str]:
    """Each follow-up's latest call: what came of it, when, and what the patient said."""
    latest = (
        select(ContactAttempt.follow_up_id, func.max(ContactAttempt.id).label("last_id"))
        .where(ContactAttempt.follow_up_id.in_(follow_up_ids))
        .group_by(ContactAttempt.follow_up_id)
        .subquery()
    )
    calls: dict[int, str] = {}
    for follow_up_id, outcome, at, note in session.execute(
        select(
            ContactAttempt.follow_up_id,
            ContactAttempt.outcome,
            ContactAttempt.contacted_at,
            ContactAttempt.note,
        ).join(latest, latest.c.last_id == ContactAttempt.id)
    ):
        said = (
            f"{term(CONTACT_OUTCOMES, outcome).label(language())} ({at.astimezone():%d/%m %H:%M})"
        )
        # What the patient said matters as much as whether they answered.
        calls[follow_up_id] = f"{said}: {' '.join(note.split())}" if note.strip() else said
    return calls


def build_rows(session: Session, found: Sequence[Any]) -> list[FollowUpRow]:
    """Rows from `row_query()` results, their areas and last calls read in one query each,
    however many rows (and lists) `found` holds."""
    if not found:
        return []
    areas = _areas(session, {row[7] for row in found})
    calls = _last_calls(session, [row[0] for row in found])
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
            areas=areas.get(row[7], ""),
            label=row[9],
            due_at=row[10],
            status=row[11],
            status_reason=row[12],
            last_contact=calls.get(row[0], ""),
            doctor_id=row[13],
            doctor=row[14],
        )
        for row in found
    ]


def rows(session: Session, query: Any) -> list[FollowUpRow]:
    return build_rows(session, session.execute(query).all())
