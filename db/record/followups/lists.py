"""Reception's lists for a day (due, overdue, coming week) a page at a time, with each list's
total, and one patient's follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import NotFound
from db.models import FollowUp, Procedure
from db.record.followups.rows import FollowUpRow, build_rows, row_query, rows
from db.record.followups.scheduling import Status
from db.storage.database import Database
from db.wording import say

# Rows read per list and per "show more": a screenful or two, whatever the clinic's size.
PAGE = 50


class DayList(StrEnum):
    DUE_TODAY = "today"
    OVERDUE = "overdue"
    COMING_WEEK = "week"


@dataclass(frozen=True)
class DayLists:
    """The first rows of each list and how many each holds in all (for `doctor_id`'s patients
    when given)."""

    day: date
    due_today: list[FollowUpRow]
    overdue: list[FollowUpRow]
    coming_week: list[FollowUpRow]
    due_today_total: int
    overdue_total: int
    coming_week_total: int
    doctor_id: int | None = None

    def rows(self, which: DayList) -> list[FollowUpRow]:
        return {
            DayList.DUE_TODAY: self.due_today,
            DayList.OVERDUE: self.overdue,
            DayList.COMING_WEEK: self.coming_week,
        }[which]

    def total(self, which: DayList) -> int:
        return {
            DayList.DUE_TODAY: self.due_today_total,
            DayList.OVERDUE: self.overdue_total,
            DayList.COMING_WEEK: self.coming_week_total,
        }[which]


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0)).astimezone()


def _bounds(day: date) -> tuple[datetime, datetime, datetime]:
    """Start of `day`, start of the next day, and the end of the coming week."""
    return (
        _local_midnight(day),
        _local_midnight(day + timedelta(days=1)),
        _local_midnight(day + timedelta(days=8)),
    )


def _list_query(which: DayList, day: date, doctor_id: int | None) -> Any:
    """One list in its order: overdue newest first, the others soonest first; rows due at the
    same minute by id, so a longer page starts with the shorter one's rows."""
    start, end, week_end = _bounds(day)
    query = row_query().where(FollowUp.status == Status.PLANNED.value)
    if doctor_id is not None:
        query = query.where(Procedure.doctor_id == doctor_id)
    if which is DayList.OVERDUE:
        query = query.where(FollowUp.due_at < start)
        return query.order_by(FollowUp.due_at.desc(), FollowUp.id.desc())
    low, high = (start, end) if which is DayList.DUE_TODAY else (end, week_end)
    query = query.where(FollowUp.due_at >= low, FollowUp.due_at < high)
    return query.order_by(FollowUp.due_at, FollowUp.id)


def _totals(session: Session, day: date, doctor_id: int | None) -> dict[DayList, int]:
    """The three lists' sizes in one pass over the planned follow-ups before the week's end."""
    start, end, week_end = _bounds(day)

    def counted(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = select(
        counted(and_(FollowUp.due_at >= start, FollowUp.due_at < end)),
        counted(FollowUp.due_at < start),
        counted(FollowUp.due_at >= end),
    ).where(FollowUp.status == Status.PLANNED.value, FollowUp.due_at < week_end)
    if doctor_id is not None:
        query = query.join(Procedure, Procedure.id == FollowUp.procedure_id).where(
            Procedure.doctor_id == doctor_id
        )
    today, overdue, week = session.execute(query).one()
    return {
        DayList.DUE_TODAY: int(today),
        DayList.OVERDUE: int(overdue),
        DayList.COMING_WEEK: int(week),
    }


def day_lists(
    db: Database,
    actor: Actor,
    day: date,
    doctor_id: int | None = None,
    limits: Mapping[DayList, int | None] | None = None,
) -> DayLists:
    """Reception's lists for `day`: the first `limits[list]` rows of each (PAGE when not
    given, every row for None) and each list's total. Showing more of a list is asking again
    with a higher limit: rows, totals and details then come from one read."""
    limits = limits or {}
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        found = {}
        for which in DayList:
            query = _list_query(which, day, doctor_id)
            limit = limits.get(which, PAGE)
            found[which] = session.execute(query if limit is None else query.limit(limit)).all()
        # Details for all three lists at once: one query for areas, one for last calls.
        built = iter(build_rows(session, [row for which in DayList for row in found[which]]))
        shown = {which: [next(built) for _ in found[which]] for which in DayList}
        totals = _totals(session, day, doctor_id)
    return DayLists(
        day,
        shown[DayList.DUE_TODAY],
        shown[DayList.OVERDUE],
        shown[DayList.COMING_WEEK],
        totals[DayList.DUE_TODAY],
        totals[DayList.OVERDUE],
        totals[DayList.COMING_WEEK],
        doctor_id,
    )


def patient_follow_ups(db: Database, actor: Actor, patient_id: int) -> list[FollowUpRow]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        query = row_query().where(FollowUp.patient_id == patient_id)
        return rows(session, query.order_by(FollowUp.due_at, FollowUp.id))


def get_follow_up(db: Database, actor: Actor, follow_up_id: int) -> FollowUpRow:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        found = rows(session, row_query().where(FollowUp.id == follow_up_id))
        if not found:
            raise NotFound(
                say("Follow-up {follow_up_id} does not exist.", follow_up_id=follow_up_id)
            )
        return found[0]
