"""Review visits: what the doctor found at an attended follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from db.access.permissions import Actor, Permission, authorize
from db.errors import Conflict, NotFound, ValidationError
from db.models import FollowUp, Procedure, Review
from db.record.followups import Status
from db.storage.database import Database
from db.text import clean_block
from db.vocabulary import COMPLICATION_TYPES, GAIS_SCALE, codes
from db.wording import say


@dataclass(frozen=True)
class ReviewInput:
    follow_up_id: int
    reviewed_on: date | None
    present: tuple[str, ...]
    gais_score: int | None
    satisfaction: int | None
    notes: str = ""
    next_step: str = ""


@dataclass(frozen=True)
class ReviewRecord:
    id: int
    follow_up_id: int
    procedure_id: int
    reviewed_on: date
    present: tuple[str, ...]
    gais_score: int | None
    gais_scale: str
    satisfaction: int | None
    notes: str
    next_step: str


def validate_review(data: ReviewInput, performed: date, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.reviewed_on is None:
        errors["reviewed_on"] = say("Date of the visit is required (dd/mm/yyyy).")
    elif data.reviewed_on > today:
        errors["reviewed_on"] = say("The visit cannot be in the future.")
    elif data.reviewed_on < performed:
        errors["reviewed_on"] = say("The visit cannot be before the procedure.")
    if set(data.present) - codes(COMPLICATION_TYPES):
        errors["present"] = say("Unknown complication type.")
    if data.gais_score is not None and not 1 <= data.gais_score <= 5:
        errors["gais_score"] = say("GAIS is 1 (very much improved) to 5 (worse).")
    if data.satisfaction is not None and not 1 <= data.satisfaction <= 5:
        errors["satisfaction"] = say("Satisfaction is 1 to 5.")
    return errors


def record_review(db: Database, actor: Actor, data: ReviewInput) -> ReviewRecord:
    """Save the review and mark the follow-up attended, in one transaction."""
    today = db.today()
    # Alongside other PCs' writes: the follow-up is locked, so a second review of it waits,
    # then finds the first.
    with db.write(actor, own_locks=True) as session:
        authorize(session, actor, Permission.REVIEW_RECORD)
        follow_up = session.get(FollowUp, data.follow_up_id, with_for_update={"key_share": True})
        if follow_up is None:
            raise NotFound(
                say("Follow-up {follow_up_id} does not exist.", follow_up_id=data.follow_up_id)
            )
        if follow_up.status == Status.CANCELLED.value:
            raise ValidationError(
                {"status": say("This follow-up was cancelled; book a new one first.")}
            )
        existing = session.scalar(select(Review.id).where(Review.follow_up_id == follow_up.id))
        if existing is not None:
            raise Conflict(say("A review was already recorded for this follow-up."))
        procedure = session.get(Procedure, follow_up.procedure_id)
        assert procedure is not None
        errors = validate_review(data, procedure.performed_at.astimezone().date(), today)
        if errors:
            raise ValidationError(errors)
        assert data.reviewed_on is not None
        review = Review(
            follow_up_id=follow_up.id,
            patient_id=follow_up.patient_id,
            procedure_id=follow_up.procedure_id,
            reviewed_on=data.reviewed_on,
            doctor_id=actor.user_id,
            present=",".join(c for c in codes(COMPLICATION_TYPES) if c in data.present),
            gais_score=data.gais_score,
            gais_scale=GAIS_SCALE,
            satisfaction=data.satisfaction,
            notes=clean_block(data.notes),
            next_step=clean_block(data.next_step),
            created_at=db.clock(),
        )
        session.add(review)
        if follow_up.status != Status.ATTENDED.value:
            follow_up.status = Status.ATTENDED.value
            follow_up.status_changed_at = db.clock()
        session.flush()
        return _record(review)


def _record(review: Review) -> ReviewRecord:
    return ReviewRecord(
        id=review.id,
        follow_up_id=review.follow_up_id,
        procedure_id=review.procedure_id,
        reviewed_on=review.reviewed_on,
        present=tuple(c for c in review.present.split(",") if c),
        gais_score=review.gais_score,
        gais_scale=review.gais_scale,
        satisfaction=review.satisfaction,
        notes=review.notes,
        next_step=review.next_step,
    )
