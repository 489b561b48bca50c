"""The plain SQL beside each timed operation: the same rows, on the same connection pool, run
through the DB-API cursor with no ORM and no program code around them."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, event, func, select
from sqlalchemy.orm import aliased

from db.models import (
    Complication,
    Consent,
    ContactAttempt,
    FollowUp,
    Lot,
    Patient,
    Placement,
    Procedure,
    ThreadProduct,
    User,
)
from db.record.followups import PAGE
from db.record.patients import search_query
from db.storage.database import Database


def plain(db: Database, statement: Any) -> Callable[[], Any]:
    """The same SELECT, compiled once, run through the DB-API cursor with no ORM around it."""
    compiled = statement.compile(
        dialect=db.engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    sql, params = str(compiled), compiled.params
    positional = compiled.positiontup and [params[name] for name in compiled.positiontup]

    def run() -> Any:
        with db.engine.connect() as connection:
            cursor = connection.connection.cursor()
            cursor.execute(sql, positional if positional else params)
            rows = cursor.fetchall()
            cursor.close()
            return rows

    return run


def file_sql(db: Database, patient_id: int) -> Callable[[], object]:
    """What a patient's file shows, as bare queries: the patient, procedures with placements,
    lots and products, follow-ups with their procedure, complications."""
    queries = (
        select(Patient).where(Patient.id == patient_id),
        select(Procedure, Placement, Lot, ThreadProduct)
        .join(Placement, Placement.procedure_id == Procedure.id)
        .join(Lot, Lot.id == Placement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .where(Procedure.patient_id == patient_id),
        select(FollowUp, Procedure.performed_at)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .where(FollowUp.patient_id == patient_id),
        select(Complication).where(Complication.patient_id == patient_id),
    )
    runners = [plain(db, query) for query in queries]
    return lambda: [run() for run in runners]


def today_sql(db: Database, day: date) -> Callable[[], object]:
    """The Today page's first page of each list, each follow-up with its patient, procedure,
    doctor, treated areas, reminder consent and latest call, and the three lists' sizes."""
    start = datetime.combine(day, datetime.min.time()).astimezone()
    end, week = start + timedelta(days=1), start + timedelta(days=8)
    planned = FollowUp.status == "planned"
    areas = (
        select(func.aggregate_strings(Placement.area, ","))
        .where(Placement.procedure_id == Procedure.id)
        .scalar_subquery()
    )
    consent = (
        select(Consent.id)
        .where(
            Consent.patient_id == Patient.id,
            Consent.purpose == "reminders",
            Consent.withdrawn_at.is_(None),
        )
        .limit(1)
        .scalar_subquery()
    )
    calls = aliased(ContactAttempt)
    latest = (
        select(func.max(calls.id))
        .where(calls.follow_up_id == FollowUp.id)
        .correlate(FollowUp)
        .scalar_subquery()
    )
    base = (
        select(FollowUp, Patient, Procedure.performed_at, User.full_name, areas, consent)
        .add_columns(ContactAttempt.outcome, ContactAttempt.contacted_at, ContactAttempt.note)
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .outerjoin(User, User.id == Procedure.doctor_id)
        .outerjoin(ContactAttempt, ContactAttempt.id == latest)
    )

    def counted(condition: Any) -> Any:
        return func.sum(case((condition, 1), else_=0))

    runners = [
        plain(db, query)
        for query in (
            base.where(planned, FollowUp.due_at >= start, FollowUp.due_at < end)
            .order_by(FollowUp.due_at, FollowUp.id)
            .limit(PAGE),
            base.where(planned, FollowUp.due_at < start)
            .order_by(FollowUp.due_at.desc(), FollowUp.id.desc())
            .limit(PAGE),
            base.where(planned, FollowUp.due_at >= end, FollowUp.due_at < week)
            .order_by(FollowUp.due_at, FollowUp.id)
            .limit(PAGE),
            select(
                counted(and_(FollowUp.due_at >= start, FollowUp.due_at < end)),
                counted(FollowUp.due_at < start),
                counted(FollowUp.due_at >= end),
            ).where(planned, FollowUp.due_at < week),
        )
    ]
    return lambda: [run() for run in runners]


def plain_search(db: Database, query: str) -> Callable[[], Any]:
    """The statements one search runs (its counts, then its page of rows), captured as the
    program sends them and replayed through the DB-API cursor."""
    sent: list[tuple[str, Any]] = []

    def capture(_conn: Any, _cursor: Any, sql: str, parameters: Any, *_rest: Any) -> None:
        if sql.lstrip().upper().startswith(("SELECT", "WITH")) and "patient" in sql:
            sent.append((sql, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.read() as session:
            session.execute(search_query(session, query, limit=100)).all()
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)

    def run() -> Any:
        with db.engine.connect() as connection:
            cursor = connection.connection.cursor()
            for sql, parameters in sent:
                cursor.execute(sql, parameters)
                rows = cursor.fetchall()
            cursor.close()
            return rows

    return run
