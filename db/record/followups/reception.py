"""What reception does to a follow-up: move it, mark it, record a call about it."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import NotFound, ValidationError
from db.models import ContactAttempt, FollowUp, Procedure
from db.record.followups.scheduling import Status
from db.storage.database import Database
from db.text import clean_block
from db.vocabulary import CONTACT_OUTCOMES, codes
from db.wording import say


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
    # Alongside other PCs' writes: a call only adds its own row, and follow-ups are never
    # deleted, so nothing it checks can change before it commits.
    with db.write(actor, own_locks=True) as session:
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
                user_id=actor.account_id,
                outcome=outcome,
                note=clean_block(note),
            )
        )
