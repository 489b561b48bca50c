"""Follow-ups as rows for reception's lists: patient, procedure, areas, last call, doctor."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Consent, ContactAttempt, FollowUp, Patient, Placement, Procedure, User
from db.vocabulary import AREAS, CONTACT_OUTCOMES
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
    """Follow-ups with their patient, procedure, doctor, treated areas (codes, comma-separated)
    and latest call, as plain columns in one statement: the details cost no further round trip
    and no list of ids sent back to the database."""
    doctor = aliased(User)
    areas = (
        select(func.aggregate_strings(Placement.area, ","))
        .where(Placement.procedure_id == Procedure.id)
        .scalar_subquery()
    )
    # Looked up row by row through its index: as EXISTS, PostgreSQL hashes every patient's
    # consents first (13 ms of 16 at 10,000 patients) to answer for the 50 rows of a page.
    consent = (
        select(Consent.id)
        .where(
            Consent.patient_id == Patient.id,
            Consent.purpose == "reminders",
            Consent.withdrawn_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
        .is_not(None)
    )
    calls = aliased(ContactAttempt)
    last_call = (
        select(func.max(calls.id))
        .where(calls.follow_up_id == FollowUp.id)
        .correlate(FollowUp)
        .scalar_subquery()
    )
    return (
        select(
            FollowUp.id,
            FollowUp.version,
            Patient.id,
            Patient.full_name,
            Patient.mrn,
            Patient.phone,
            consent,
            FollowUp.procedure_id,
            Procedure.performed_at,
            FollowUp.label,
            FollowUp.due_at,
            FollowUp.status,
            FollowUp.status_reason,
            Procedure.doctor_id,
            func.coalesce(doctor.full_name, ""),
            areas,
            ContactAttempt.outcome,
            ContactAttempt.contacted_at,
            ContactAttempt.note,
        )
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .outerjoin(doctor, doctor.id == Procedure.doctor_id)
        .outerjoin(ContactAttempt, ContactAttempt.id == last_call)
    )


def _area_words(codes: str | None, words: dict[str, tuple[int, str]]) -> str:
    """Each treated area once, in the word list's order (head to neck), in `words`' language."""
    found = {words[code] for code in (codes or "").split(",") if code in words}
    return ", ".join(label for _order, label in sorted(found))


def _call_words(
    outcome: str | None, at: datetime | None, note: str | None, outcomes: dict[str, str]
) -> str:
    """The latest call: what came of it, when, and what the patient said."""
    if outcome is None or at is None:
        return ""
    said = f"{outcomes.get(outcome, outcome)} ({at.astimezone():%d/%m %H:%M})"
    # What the patient said matters as much as whether they answered.
    return f"{said}: {' '.join(note.split())}" if note and note.strip() else said


def build_rows(found: Sequence[Any]) -> list[FollowUpRow]:
    """Rows from `row_query()` results."""
    spoken = language()
    words = {entry.code: (order, entry.label(spoken)) for order, entry in enumerate(AREAS)}
    outcomes = {entry.code: entry.label(spoken) for entry in CONTACT_OUTCOMES}
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
            areas=_area_words(row[15], words),
            label=row[9],
            due_at=row[10],
            status=row[11],
            status_reason=row[12],
            last_contact=_call_words(row[16], row[17], row[18], outcomes),
            doctor_id=row[13],
            doctor=row[14],
        )
        for row in found
    ]


def rows(session: Session, query: Any) -> list[FollowUpRow]:
    return build_rows(session.execute(query).all())
