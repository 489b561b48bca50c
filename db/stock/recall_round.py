"""Working through a recall: one line per patient with their placements summarised, and each
call to them recorded (audited) until everyone is reached."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from db.access.permissions import Actor, Permission, authorize
from db.errors import NotFound, ValidationError
from db.models import Lot, Patient, Placement, RecallContact
from db.stock.recall import RecallRow, patients_with_lot
from db.storage.database import Database
from db.text import clean_block
from db.vocabulary import AREAS, Term, codes, term
from db.wording import language, say

RECALL_OUTCOMES = (
    Term("reached", "Reached, told about the recall", "Đã liên lạc, đã báo thu hồi"),
    Term("no_answer", "No answer", "Không nghe máy"),
    Term("left_message", "Left a message", "Đã để lại lời nhắn"),
    Term("wrong_number", "Wrong number", "Sai số"),
)


@dataclass(frozen=True)
class RecallPatient:
    patient_id: int
    full_name: str
    mrn: str
    phone: str
    contact_consent: bool
    lot_id: int
    placements: str  # e.g. "12/03/2026: Neck ×4, Jawline ×2"
    threads: int
    last_contact: str
    reached: bool


@dataclass(frozen=True)
class RecallList:
    lot_number: str
    products: str
    recalled_on: date | None
    reason: str
    patients: list[RecallPatient]
    rows: list[RecallRow]  # one per placement, as exported

    @property
    def reached(self) -> int:
        return sum(1 for patient in self.patients if patient.reached)


def _summary(rows: list[RecallRow]) -> str:
    by_day: dict[date, list[str]] = defaultdict(list)
    for row in rows:
        area = row.area_other if row.area == "other" else term(AREAS, row.area).label(language())
        by_day[row.performed_at.astimezone().date()].append(f"{area} ×{row.thread_count}")
    return "; ".join(f"{day:%d/%m/%Y}: {', '.join(parts)}" for day, parts in by_day.items())


def recall_list(
    db: Database, actor: Actor, lot_number: str, product_text: str | None = None
) -> RecallList:
    """The recall as reception works it (the search itself is audited as for any recall)."""
    rows = patients_with_lot(db, actor, lot_number, product_text)
    by_patient: dict[int, list[RecallRow]] = defaultdict(list)
    for row in rows:
        by_patient[row.patient_id].append(row)
    lot_ids = sorted({row.lot_id for row in rows})
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        lots = list(session.scalars(select(Lot).where(Lot.id.in_(lot_ids)))) if lot_ids else []
        latest = (
            select(RecallContact.patient_id, func.max(RecallContact.id).label("last"))
            .where(RecallContact.lot_id.in_(lot_ids))
            .group_by(RecallContact.patient_id)
            .subquery()
        )
        last = {
            patient_id: (outcome, at, note)
            for patient_id, outcome, at, note in session.execute(
                select(
                    RecallContact.patient_id,
                    RecallContact.outcome,
                    RecallContact.contacted_at,
                    RecallContact.note,
                ).join(latest, latest.c.last == RecallContact.id)
            )
        }
        reached = set(
            session.scalars(
                select(RecallContact.patient_id).where(
                    RecallContact.lot_id.in_(lot_ids), RecallContact.outcome == "reached"
                )
            )
        )
        products = ", ".join(
            sorted({f"{lot.product.manufacturer} {lot.product.name}" for lot in lots})
        )
    patients = []
    for patient_id, placed in by_patient.items():
        first = placed[0]
        said = ""
        if patient_id in last:
            outcome, at, note = last[patient_id]
            outcome_words = term(RECALL_OUTCOMES, outcome).label(language())
            said = f"{outcome_words} ({at.astimezone():%d/%m %H:%M})"
            said = f"{said}: {' '.join(note.split())}" if note.strip() else said
        patients.append(
            RecallPatient(
                patient_id,
                first.full_name,
                first.mrn,
                first.phone,
                first.contact_consent,
                first.lot_id,
                _summary(placed),
                sum(row.thread_count for row in placed),
                said,
                patient_id in reached,
            )
        )
    recalled = [lot for lot in lots if lot.recalled_on is not None]
    return RecallList(
        lot_number=rows[0].lot_number if rows else lot_number,
        products=products,
        recalled_on=recalled[0].recalled_on if recalled else None,
        reason="; ".join(sorted({lot.recall_reason for lot in recalled if lot.recall_reason})),
        patients=patients,
        rows=rows,
    )


def record_recall_contact(
    db: Database, actor: Actor, lot_id: int, patient_id: int, outcome: str, note: str = ""
) -> None:
    if outcome not in codes(RECALL_OUTCOMES):
        raise ValidationError({"outcome": say("Choose what came of the call.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.FOLLOWUP_BOOK)
        received = session.scalar(
            select(func.count())
            .select_from(Placement)
            .where(Placement.lot_id == lot_id, Placement.patient_id == patient_id)
        )
        if not received or session.get(Patient, patient_id) is None:
            raise NotFound(say("This patient did not receive that lot."))
        session.add(
            RecallContact(
                lot_id=lot_id,
                patient_id=patient_id,
                contacted_at=db.clock(),
                user_id=actor.account_id,
                outcome=outcome,
                note=clean_block(note),
            )
        )
