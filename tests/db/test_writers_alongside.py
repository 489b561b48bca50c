"""PCs charting, reviewing and printing at once lock only the rows their checks read.

On PostgreSQL such writers share the writers' lock, so two PCs charting from different lots do
not wait for each other, while two PCs after the same thing (the last threads of a lot, one
follow-up, one consent) still take turns on its row: exactly one wins, the other is told why,
and nothing is lost. Every other write still takes the whole turn.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from functools import partial

import pytest
from sqlalchemy import select

from db.audit.chain_check import verify_chain
from db.audit.replay import direct_edits
from db.models import ContactAttempt, FollowUp, Procedure, Review
from db.record.followups.reception import record_contact
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.record.reviews import ReviewInput, record_review
from db.stock.lots import inventory, lock_lot
from db.storage.database import Database, open_database
from tests.concurrency import actor_named, race_processes
from tests.conftest import Staff, Stock, fixed_clock, patient_input
from tests.helpers import chart, treatment_consent


def chart_from(
    patient_id: int, lot_ids: tuple[int, ...], consent_id: int | None, db: Database, party: int
) -> int:
    """A PC charts one thread from each lot, in the order given, under its own consent unless
    one is given."""
    doctor = actor_named(db, "doctor", workstation=f"pc-{party}")
    now = db.clock()
    placements = tuple(PlacementInput("midface", "both", lot_id, 1) for lot_id in lot_ids)
    if consent_id is None:
        consent_id = treatment_consent(db, doctor, patient_id, now - timedelta(hours=1), placements)
    return chart_procedure(
        db,
        doctor,
        ProcedureInput(
            patient_id,
            now - timedelta(minutes=30),
            doctor.user_id,
            None,
            consent_id,
            "local",
            placements,
        ),
    ).id


def review(follow_up_id: int, db: Database, party: int) -> int:
    doctor = actor_named(db, "doctor", workstation=f"pc-{party}")
    data = ReviewInput(follow_up_id, db.today(), (), 2, 4 - party, f"Seen at pc-{party}.")
    return record_review(db, doctor, data).id


def on_hand(db: Database, staff: Staff, lot_id: int) -> int:
    (lot,) = [row for row in inventory(db, staff.doctor) if row.lot_id == lot_id]
    return lot.on_hand


def assert_trail_whole(db: Database) -> None:
    with db.read() as session:
        check = verify_chain(session)
        assert check.ok, check.message
        assert direct_edits(session).differences == 0


def test_the_same_follow_up_reviewed_on_two_pcs_at_once_is_recorded_once(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    performed = stock.now - timedelta(days=8)
    procedure = chart(
        db, staff.doctor, patient.id, performed, PlacementInput("jawline", "left", stock.lot_id, 2)
    )
    with db.read() as session:
        follow_up_id = session.scalars(
            select(FollowUp.id).where(FollowUp.procedure_id == procedure.id).order_by(FollowUp.id)
        ).first()
    assert follow_up_id is not None
    outcomes = race_processes(db_url, partial(review, follow_up_id), 2)
    (won,) = [o for o in outcomes if o.ok]
    (lost,) = [o for o in outcomes if not o.ok]
    assert lost.error == "A review was already recorded for this follow-up."
    with db.read() as session:
        reviews = session.scalars(select(Review).where(Review.follow_up_id == follow_up_id)).all()
        assert [r.id for r in reviews] == [won.value]
        assert reviews[0].notes == f"Seen at pc-{won.party}."
        assert session.get_one(FollowUp, follow_up_id).status == "attended"
    assert_trail_whole(db)


def test_one_consent_used_by_two_charts_at_once_goes_to_one_procedure(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    now = db.clock()
    both = (
        PlacementInput("midface", "both", stock.lot_id, 1),
        PlacementInput("midface", "both", stock.second_lot_id, 1),
    )
    consent_id = treatment_consent(db, staff.doctor, patient.id, now - timedelta(hours=2), both)

    def lots_of(party: int) -> tuple[int, ...]:
        return ((stock.lot_id,), (stock.second_lot_id,))[party]

    outcomes = race_processes(db_url, partial(chart_by_party, patient.id, stock, consent_id), 2)
    (won,) = [o for o in outcomes if o.ok]
    (lost,) = [o for o in outcomes if not o.ok]
    assert "This consent was used for the procedure of" in (lost.error or "")
    with db.read() as session:
        charted = session.scalars(select(Procedure).where(Procedure.consent_id == consent_id))
        assert [p.id for p in charted] == [won.value]
    (taken,) = lots_of(won.party)
    (untouched,) = lots_of(lost.party)
    assert on_hand(db, staff, taken) == (19 if taken == stock.lot_id else 4)
    assert on_hand(db, staff, untouched) == (20 if untouched == stock.lot_id else 5)
    assert_trail_whole(db)


def chart_by_party(patient_id: int, stock: Stock, consent_id: int, db: Database, party: int) -> int:
    """Party 0 charts from the first lot, party 1 from the second, under one consent."""
    lot_id = (stock.lot_id, stock.second_lot_id)[party]
    return chart_from(patient_id, (lot_id,), consent_id, db, party)


def test_charts_locking_two_lots_in_opposite_orders_all_save(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    """Each chart locks its lots in one fixed order whatever order they were picked in, so
    PCs racing for the same two lots never deadlock: all four save."""
    outcomes = race_processes(db_url, partial(chart_crossed, patient.id, stock), 4)
    assert all(o.ok for o in outcomes), [o.error for o in outcomes]
    assert on_hand(db, staff, stock.lot_id) == 16
    assert on_hand(db, staff, stock.second_lot_id) == 1
    assert_trail_whole(db)


def chart_crossed(patient_id: int, stock: Stock, db: Database, party: int) -> int:
    lots = (stock.lot_id, stock.second_lot_id)
    return chart_from(patient_id, lots if party % 2 else lots[::-1], None, db, party)


@pytest.fixture
def second_pc(db_url: str) -> Iterator[Database]:
    database = open_database(db_url, clock=fixed_clock())
    yield database
    database.dispose()


@pytest.mark.parametrize("backend", ["postgresql"])
def test_a_chart_from_another_lot_does_not_wait_while_the_same_lot_and_other_writes_do(
    db: Database, second_pc: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    """PostgreSQL only: SQLite has one writer at a time for everything, on one PC's disk."""
    holding, release = threading.Event(), threading.Event()
    errors: list[BaseException] = []
    # Consents recorded first: storing the consent text the first time takes the whole turn.
    consents = [
        treatment_consent(
            db, staff.doctor, patient.id, stock.now - timedelta(hours=1),
            (PlacementInput("midface", "both", lot_id, 1),),
        )
        for lot_id in (stock.lot_id, stock.second_lot_id)
    ]  # fmt: skip

    def chart_in_progress() -> None:
        # Another PC in the middle of charting from the second lot, not yet committed.
        try:
            with second_pc.write(staff.doctor, own_locks=True) as session:
                lock_lot(session, stock.second_lot_id)
                holding.set()
                release.wait(30)
        except BaseException as exc:
            errors.append(exc)
            holding.set()

    def in_thread(work: Callable[[], object]) -> threading.Thread:
        def run() -> None:
            try:
                work()
            except BaseException as exc:
                errors.append(exc)

        thread = threading.Thread(target=run)
        thread.start()
        return thread

    other_pc = threading.Thread(target=chart_in_progress)
    other_pc.start()
    assert holding.wait(30) and not errors
    other_lot = in_thread(partial(chart_from, patient.id, (stock.lot_id,), consents[0], db, 0))
    other_lot.join(20)
    assert not other_lot.is_alive() and not errors  # saved while the other PC still charts
    same_lot = in_thread(
        partial(chart_from, patient.id, (stock.second_lot_id,), consents[1], db, 1)
    )
    registering = in_thread(
        partial(register_patient, db, staff.nurse, patient_input(full_name="Đỗ Thị Hoa"))
    )
    same_lot.join(1.5)
    registering.join(0.1)
    # The same lot waits for its row; a write that takes the whole turn waits for every chart.
    assert same_lot.is_alive() and registering.is_alive() and not errors
    release.set()
    for thread in (other_pc, same_lot, registering):
        thread.join(30)
    assert not errors
    assert on_hand(db, staff, stock.lot_id) == 19
    assert on_hand(db, staff, stock.second_lot_id) == 4
    assert_trail_whole(db)


@pytest.mark.parametrize("backend", ["postgresql"])
def test_reception_records_a_call_while_a_consulting_room_is_charting(
    db: Database, second_pc: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    """Calls are reception's most frequent write; they used to wait for every chart's turn."""
    chart_from(patient.id, (stock.lot_id,), None, db, 0)
    with db.read() as session:
        follow_up_id = session.scalars(
            select(FollowUp.id).where(FollowUp.patient_id == patient.id)
        ).first()
    assert follow_up_id is not None
    holding, release = threading.Event(), threading.Event()

    def chart_in_progress() -> None:
        with second_pc.write(staff.doctor, own_locks=True) as session:
            lock_lot(session, stock.second_lot_id)
            holding.set()
            release.wait(30)

    other_pc = threading.Thread(target=chart_in_progress)
    other_pc.start()
    try:
        assert holding.wait(30)
        called = threading.Thread(
            target=record_contact, args=(db, staff.nurse, follow_up_id, "reached", "Đã gọi.")
        )
        called.start()
        called.join(10)
        assert not called.is_alive()  # saved while the consulting room was still charting
    finally:
        release.set()
        other_pc.join(30)
    with db.read() as session:
        calls = session.scalars(
            select(ContactAttempt).where(ContactAttempt.follow_up_id == follow_up_id)
        ).all()
    assert [(c.outcome, c.note) for c in calls] == [("reached", "Đã gọi.")]
    assert_trail_whole(db)
