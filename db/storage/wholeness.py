"""Whether every record is whole: nothing is present without the rows written with it.

Each check is a function of a read session that yields one line per incomplete record. Register
a new one with `@wholeness_check(...)` in this module; `incomplete_records` runs them all, and the
`check` command and the crash test report what they find.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from sqlalchemy import String, cast, exists, func, select
from sqlalchemy.orm import Session

from db.models import (
    AuditEvent,
    Counter,
    Patient,
    PatientSearchWord,
    Placement,
    Procedure,
    StockMovement,
    User,
)
from db.record.patient_search import name_word_counts, patient_entries, stored_entries
from db.stock.lots import Movement

Check = Callable[[Session], Iterator[str]]


@dataclass(frozen=True)
class WholenessCheck:
    description: str
    run: Check


CHECKS: list[WholenessCheck] = []


def wholeness_check(description: str) -> Callable[[Check], Check]:
    def register(run: Check) -> Check:
        CHECKS.append(WholenessCheck(description, run))
        return run

    return register


@wholeness_check("every patient has an audit 'create' row")
def _patients_created(session: Session) -> Iterator[str]:
    created = exists().where(
        AuditEvent.patient_id == Patient.id,
        AuditEvent.record_type == Patient.__tablename__,
        AuditEvent.action == "create",
    )
    for patient_id in session.scalars(select(Patient.id).where(~created).order_by(Patient.id)):
        yield f"patient {patient_id} has no 'create' row in the audit trail"


@wholeness_check("every patient can be found by name, phone and record number")
def _patient_search_terms(session: Session) -> Iterator[str]:
    chunk = 2000
    last_id = 0
    while True:
        patients = session.execute(
            select(
                Patient.id,
                Patient.active,
                Patient.search_name,
                Patient.phone_digits,
                Patient.mrn,
                Patient.sort_given,
                Patient.sort_family,
            )
            .where(Patient.id > last_id)
            .order_by(Patient.id)
            .limit(chunk)
        ).all()
        if not patients:
            return
        stored = stored_entries(session, patients[0].id, patients[-1].id)
        for row in patients:
            if stored.get(row.id, set()) != patient_entries(row):
                yield f"patient {row.id} ({row.mrn}) has incomplete search terms"
        last_id = patients[-1].id


@wholeness_check("each name word's patient count matches the search rows")
def _patient_search_words(session: Session) -> Iterator[str]:
    wanted = name_word_counts(session)
    stored = dict(session.execute(select(PatientSearchWord.term, PatientSearchWord.patients)).all())
    for term in sorted(set(wanted) | set(stored)):
        have, want = stored.get(term, 0), wanted.get(term, 0)
        if have != want:
            yield f"the search word '{term}' is counted for {have} patients, not {want}"


@wholeness_check("the record-number counter is ahead of every patient")
def _mrn_counter(session: Session) -> Iterator[str]:
    # Each patient took the next number and none is ever deleted, so the count cannot pass it.
    counter = session.scalar(select(Counter.value).where(Counter.name == "mrn")) or 0
    patients = session.scalar(select(func.count(Patient.id))) or 0
    if patients > counter:
        yield f"the record-number counter ({counter}) is behind the {patients} patients"


@wholeness_check("every staff account has an audit 'create' row")
def _users_created(session: Session) -> Iterator[str]:
    created = exists().where(
        AuditEvent.record_type == User.__tablename__,
        AuditEvent.record_id == cast(User.id, String),
        AuditEvent.action == "create",
    )
    for user_id in session.scalars(select(User.id).where(~created).order_by(User.id)):
        yield f"staff account {user_id} has no 'create' row in the audit trail"


@wholeness_check("every procedure has its placements and the stock movements that used them")
def _procedures_with_placements_and_stock(session: Session) -> Iterator[str]:
    # Threads placed from each lot, per procedure; they must equal what its movements used.
    placed: dict[tuple[int, int], int] = {
        (procedure_id, lot_id): int(total)
        for procedure_id, lot_id, total in session.execute(
            select(
                Placement.procedure_id, Placement.lot_id, func.sum(Placement.thread_count)
            ).group_by(Placement.procedure_id, Placement.lot_id)
        )
    }
    used: dict[tuple[int, int], int] = {}
    for procedure_id, lot_id, total in session.execute(
        select(StockMovement.procedure_id, StockMovement.lot_id, func.sum(StockMovement.quantity))
        .where(StockMovement.kind == Movement.USED.value)
        .group_by(StockMovement.procedure_id, StockMovement.lot_id)
    ):
        if procedure_id is not None:
            used[procedure_id, lot_id] = -int(total)
    with_placements = {procedure_id for procedure_id, _ in placed}
    for procedure_id in session.scalars(select(Procedure.id).order_by(Procedure.id)):
        if procedure_id not in with_placements:
            yield f"procedure {procedure_id} has no placements"
    for procedure_id, lot_id in sorted(set(placed) | set(used)):
        threads, taken = placed.get((procedure_id, lot_id), 0), used.get((procedure_id, lot_id), 0)
        if threads != taken:
            yield (
                f"procedure {procedure_id} placed {threads} threads of lot {lot_id} "
                f"but its stock movements used {taken}"
            )


def incomplete_records(session: Session, limit: int = 50) -> list[str]:
    """Up to `limit` lines naming incomplete records, from every registered check."""
    found: list[str] = []
    for check in CHECKS:
        for problem in check.run(session):
            found.append(problem)
            if len(found) >= limit:
                return found
    return found
