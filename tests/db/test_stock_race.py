"""Two PCs chart from the same lot at the same moment: stock never goes below zero."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

from db.audit.chain_check import verify_chain
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.stock.lots import inventory
from db.storage.database import Database
from tests.concurrency import Outcome, actor_named, race_processes, race_threads
from tests.conftest import Staff, Stock
from tests.helpers import treatment_consent


def chart_four(patient_id: int, lot_id: int, db: Database, party: int) -> int:
    """Each PC charts four threads from a lot that holds five."""
    doctor = actor_named(db, "doctor", workstation=f"pc-{party}")
    now = db.clock()
    placements = (PlacementInput("midface", "both", lot_id, 4),)
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


def assert_one_charted_and_stock_held(
    db: Database, staff: Staff, stock: Stock, outcomes: list[Outcome]
) -> None:
    charted = [o for o in outcomes if o.ok]
    refused = [o for o in outcomes if not o.ok]
    assert len(charted) == 1 and len(refused) == 1
    assert "Lot PDO-2302 (Excellence Visage) has 1 thread(s) in stock, but 4 are charted" in (
        refused[0].error or ""
    )
    (lot,) = [row for row in inventory(db, staff.doctor) if row.lot_id == stock.second_lot_id]
    assert (lot.used, lot.on_hand) == (4, 1)
    with db.read() as session:
        assert verify_chain(session).ok


def test_two_threads_charting_the_last_threads(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    outcomes = race_threads(db_url, partial(chart_four, patient.id, stock.second_lot_id), 2)
    assert_one_charted_and_stock_held(db, staff, stock, outcomes)


def test_two_processes_charting_the_last_threads(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    outcomes = race_processes(db_url, partial(chart_four, patient.id, stock.second_lot_id), 2)
    assert_one_charted_and_stock_held(db, staff, stock, outcomes)
