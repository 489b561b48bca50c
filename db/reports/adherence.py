"""Follow-up adherence per protocol step, for the procedures performed in the period.

"Reached" means a phone call before the visit's due time found the patient (whatever they
answered); the share is of every follow-up at the step.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from db.access.permissions import Actor
from db.models import ContactAttempt, FollowUp, Procedure
from db.record.followups import Status
from db.reports.outcomes import step_order
from db.reports.scope import ReportFilter, open_report, procedures_in, uses_chosen_threads
from db.storage.database import Database

REACHED = ("reached", "rebooked", "declined")


@dataclass(frozen=True)
class AdherenceRow:
    step: str
    step_order: int
    attended: int
    no_show: int
    cancelled: int
    still_open: int
    reached_before: int

    @property
    def total(self) -> int:
        return self.attended + self.no_show + self.cancelled + self.still_open

    @property
    def reached_share(self) -> float:
        return self.reached_before / self.total if self.total else 0.0

    @property
    def attended_share(self) -> float:
        """Of the visits that have happened or were missed: cancelled and open ones left out."""
        decided = self.attended + self.no_show
        return self.attended / decided if decided else 0.0


def adherence(db: Database, actor: Actor, wanted: ReportFilter) -> list[AdherenceRow]:
    where = [*procedures_in(wanted), *uses_chosen_threads(wanted)]
    with db.read() as session:
        open_report(session, actor, wanted)
        counts = session.execute(
            select(FollowUp.label, FollowUp.status, func.count())
            .join(Procedure, Procedure.id == FollowUp.procedure_id)
            .where(*where)
            .group_by(FollowUp.label, FollowUp.status)
        ).all()
        # From the calls (far fewer than the visits) to their follow-ups.
        reached_counts = dict(
            session.execute(
                select(FollowUp.label, func.count(func.distinct(FollowUp.id)))
                .select_from(ContactAttempt)
                .join(FollowUp, FollowUp.id == ContactAttempt.follow_up_id)
                .join(Procedure, Procedure.id == FollowUp.procedure_id)
                .where(
                    *where,
                    ContactAttempt.outcome.in_(REACHED),
                    ContactAttempt.contacted_at <= FollowUp.due_at,
                )
                .group_by(FollowUp.label)
            ).all()
        )
        order = step_order(session)
    by_step: dict[str, dict[str, int]] = {}
    for label, status, count in counts:
        by_step.setdefault(str(label), {})[str(status)] = int(count)
    rows = [
        AdherenceRow(
            step=label,
            step_order=order.get(label, len(order)),
            attended=statuses.get(Status.ATTENDED.value, 0),
            no_show=statuses.get(Status.NO_SHOW.value, 0),
            cancelled=statuses.get(Status.CANCELLED.value, 0),
            still_open=statuses.get(Status.PLANNED.value, 0),
            reached_before=int(reached_counts.get(label, 0)),
        )
        for label, statuses in by_step.items()
    ]
    return sorted(rows, key=lambda r: (r.step_order, r.step))
