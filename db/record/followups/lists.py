"""Reception's lists for a day (due, overdue, coming week) a page at a time, with each list's
total, and one patient's follow-ups."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from functools import cache
from typing import Any

from sqlalchemy import and_, bindparam, case, func, select

from db.access.permissions import Actor, Permission, authorize
from db.errors import NotFound
from db.models import FollowUp, Procedure
from db.models.base import UTCDateTime
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


# The statements are built once, with the day's bounds, doctor and page size as parameters:
# building them costs more Python time than the database takes to run them.


def _moment(name: str) -> Any:
    """A moment given when the statement runs, stored as the follow-ups' due times are."""
    return bindparam(name, type_=UTCDateTime())


@cache
def _list_statement(which: DayList, by_doctor: bool, limited: bool) -> Any:
    """One list in its order: overdue newest first, the others soonest first; rows due at the
    same minute by id, so a longer page starts with the shorter one's rows."""
    query = row_query().where(FollowUp.status == Status.PLANNED.value)
    if by_doctor:
        query = query.where(Procedure.doctor_id == bindparam("doctor_id"))
    if which is DayList.OVERDUE:
        query = query.where(FollowUp.due_at < _moment("start"))
        query = query.order_by(FollowUp.due_at.desc(), FollowUp.id.desc())
    else:
        low, high = ("start", "end") if which is DayList.DUE_TODAY else ("end", "week_end")
        query = query.where(FollowUp.due_at >= _moment(low), FollowUp.due_at < _moment(high))
        query = query.order_by(FollowUp.due_at, FollowUp.id)
    return query.limit(bindparam("limit")) if limited else query


@cache
def _totals_statement(by_doctor: bool) -> Any:
    """The three lists' sizes in one pass over the planned follow-ups before the week's end."""
    start, end = _moment("start"), _moment("end")

    def counted(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    query = select(
        counted(and_(FollowUp.due_at >= start, FollowUp.due_at < end)),
        counted(FollowUp.due_at < start),
        counted(FollowUp.due_at >= end),
    ).where(FollowUp.status == Status.PLANNED.value, FollowUp.due_at < _moment("week_end"))
    if by_doctor:
        query = query.join(Procedure, Procedure.id == FollowUp.procedure_id).where(
            Procedure.doctor_id == bindparam("doctor_id")
        )
    return query


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
    start, end, week_end = _bounds(day)
    params: dict[str, Any] = {"start": start, "end": end, "week_end": week_end}
    by_doctor = doctor_id is not None
    if by_doctor:
        params["doctor_id"] = doctor_id
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        shown = {}
        for which in DayList:
            limit = limits.get(which, PAGE)
            statement = _list_statement(which, by_doctor, limit is not None)
            found = session.execute(statement, {**params, "limit": limit}).all()
            shown[which] = build_rows(found)
        today, overdue, week = session.execute(_totals_statement(by_doctor), params).one()
    return DayLists(
        day,
        shown[DayList.DUE_TODAY],
        shown[DayList.OVERDUE],
        shown[DayList.COMING_WEEK],
        int(today),
        int(overdue),
        int(week),
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
