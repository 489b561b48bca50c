"""Threads drawn while charting: saved with the procedure, read back exactly, on the map."""

from __future__ import annotations

import math
from datetime import timedelta

import pytest
from sqlalchemy import func, select, update

from db.audit.replay import direct_edits
from db.errors import PermissionDenied, ValidationError
from db.models import AuditEvent, DrawnThread, Placement, Procedure, StockMovement
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import (
    PlacementInput,
    ProcedureRecord,
    chart_procedure,
    patient_procedures,
    void_procedure,
)
from db.storage.database import Database
from db.threadmap.geometry import DIAGRAM_VERSION, ThreadLine
from db.threadmap.lifetime import absorbed_share, lifetime_map
from tests.conftest import Staff, Stock, patient_input
from tests.db.test_procedures import procedure_input
from tests.helpers import changes

# Floats that a text or single-precision round trip would change.
AWKWARD = (
    ThreadLine("front", (1 / 3, 0.1 + 0.2), (math.nextafter(0.5, 1.0), 2 / 3)),
    ThreadLine("front", (0.123456789012345678, 1e-300), (0.7, 0.71), bend=(1 / 7, 0.99999999999)),
    ThreadLine("left", (0.25, 0.5), (0.3, 0.55), bend=(0.0, 1.0)),
    ThreadLine("right", (math.pi / 10, math.e / 10), (0.2, 0.21)),
)
JAWLINE = (
    ThreadLine("front", (0.30, 0.60), (0.38, 0.66)),
    ThreadLine("front", (0.70, 0.60), (0.62, 0.66), bend=(0.66, 0.65)),
)


def chart(
    db: Database, patient: PatientRecord, staff: Staff, stock: Stock, *placements: PlacementInput
) -> ProcedureRecord:
    return chart_procedure(
        db, staff.doctor, procedure_input(db, patient, staff, stock, *placements)
    )


def counts(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Procedure, Placement, DrawnThread, StockMovement, AuditEvent)
        )


def test_drawn_threads_come_back_exactly_as_drawn(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    record = chart(
        db, patient, staff, stock,
        PlacementInput("midface", "both", stock.lot_id, 4, lines=AWKWARD),
        PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE),
        PlacementInput("neck", "midline", stock.second_lot_id, 1),
    )  # fmt: skip
    assert [p.lines for p in record.placements] == [AWKWARD, JAWLINE, ()]
    (listed,) = patient_procedures(db, staff.nurse, patient.id)
    assert [p.lines for p in listed.placements] == [AWKWARD, JAWLINE, ()]
    # Bit for bit, not merely close: the same floats in, the same floats out.
    stored = [c for p in listed.placements for line in p.lines for c in _coords(line)]
    drawn = [c for line in AWKWARD + JAWLINE for c in _coords(line)]
    assert [c.hex() for c in stored] == [c.hex() for c in drawn]
    threads = lifetime_map(db, staff.nurse, patient.id)
    assert [t.line for t in threads] == list(AWKWARD + JAWLINE)
    first = threads[0]
    assert (first.procedure_id, first.placement_id) == (record.id, record.placements[0].id)
    assert (first.area, first.side, first.lot_number) == ("midface", "both", "PDO-2301")
    assert first.product == "Aptos Excellence Visage" and first.material == "PDO"
    assert first.doctor == "Test Doctor" and first.performed_at == record.performed_at
    assert first.performed_at.tzinfo is not None
    with db.read() as session:
        versions = set(session.scalars(select(DrawnThread.diagram_version)))
    assert versions == {DIAGRAM_VERSION}


def _coords(line: ThreadLine) -> list[float]:
    return [float(c) for point in line.points() for c in point]


@pytest.mark.parametrize(
    ("lines", "count", "wanted"),
    [
        (JAWLINE, 3, "the drawing shows 2 and the thread count says 3"),
        (JAWLINE + JAWLINE, 3, "the drawing shows 4 and the thread count says 3"),
        ((ThreadLine("front", (0.3, 0.6), (0.3, 0.6)),), 1, "outside the diagram or has no length"),
        ((ThreadLine("front", (0.3, 0.6), (1.2, 0.6)),), 1, "outside the diagram"),
        ((ThreadLine("front", (math.nan, 0.6), (0.4, 0.6)),), 1, "outside the diagram"),
        ((ThreadLine("back", (0.3, 0.6), (0.4, 0.6)),), 1, "outside the diagram"),
        ((ThreadLine("front", ("0.3", 0.6), (0.4, 0.6)),), 1, "outside the diagram"),  # type: ignore[arg-type]
        ((ThreadLine("torso", (0.3, 0.6), (0.4, 0.6)),), 1, "\u201cAbdomen and breast\u201d"),
    ],
)
def test_threads_that_do_not_match_the_placement_are_refused_and_nothing_is_saved(
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    lines: tuple[ThreadLine, ...],
    count: int,
    wanted: str,
) -> None:
    data = procedure_input(
        db, patient, staff, stock,
        PlacementInput("neck", "midline", stock.lot_id, 1),
        PlacementInput("jawline", "both", stock.lot_id, count, lines=lines),
    )  # fmt: skip
    before = counts(db)
    with pytest.raises(ValidationError) as refused:
        chart_procedure(db, staff.doctor, data)
    message = refused.value.fields["placements.2.lines"]
    assert message.startswith("Placement 2: ") and wanted in message
    assert counts(db) == before


def test_abdomen_threads_belong_on_the_torso(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    belly = (ThreadLine("torso", (0.40, 0.60), (0.45, 0.75)),)
    data = procedure_input(
        db, patient, staff, stock,
        PlacementInput("abdomen", "right", stock.lot_id, 1, lines=(
            ThreadLine("front", (0.40, 0.60), (0.45, 0.75)),
        )),
    )  # fmt: skip
    with pytest.raises(ValidationError) as refused:
        chart_procedure(db, staff.doctor, data)
    assert "does not show Abdomen" in refused.value.fields["placements.1.lines"]
    record = chart(
        db, patient, staff, stock, PlacementInput("abdomen", "right", stock.lot_id, 1, lines=belly)
    )
    assert record.placements[0].lines == belly


def test_a_voided_procedure_leaves_the_map_but_keeps_its_threads(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    kept = chart(
        db, patient, staff, stock, PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE)
    )
    neck = (ThreadLine("front", (0.4, 0.8), (0.6, 0.8)),)
    voided = chart(
        db, patient, staff, stock, PlacementInput("neck", "midline", stock.lot_id, 1, lines=neck)
    )
    assert [t.procedure_id for t in lifetime_map(db, staff.doctor, patient.id)] == [kept.id] * 2 + [
        voided.id
    ]
    void_procedure(
        db, staff.doctor, voided.id, voided.version, "charted on the wrong patient", False
    )
    assert [t.line for t in lifetime_map(db, staff.doctor, patient.id)] == list(JAWLINE)
    # Never deleted: the voided procedure still shows its threads where history is read.
    listed = {p.id: p for p in patient_procedures(db, staff.nurse, patient.id)}
    assert listed[voided.id].voided and listed[voided.id].placements[0].lines == neck
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(DrawnThread)) == 3


def test_the_map_shows_only_this_patients_threads_oldest_first(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    other = register_patient(
        db, staff.nurse, patient_input(full_name="Trần Văn Bình", phone="0987 111 222")
    )
    later = chart(
        db, patient, staff, stock, PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE)
    )
    neck = (ThreadLine("left", (0.5, 0.8), (0.6, 0.9)),)
    earlier = chart_procedure(db, staff.doctor, procedure_input(
        db, patient, staff, stock,
        PlacementInput("neck", "midline", stock.lot_id, 1, lines=neck),
        performed_at=stock.now - timedelta(days=3), consent_at=stock.now - timedelta(days=4),
    ))  # fmt: skip
    chart(
        db, other, staff, stock, PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE)
    )
    threads = lifetime_map(db, staff.nurse, patient.id)
    assert [t.procedure_id for t in threads] == [earlier.id, later.id, later.id]
    assert lifetime_map(db, staff.nurse, 999_999) == []


def test_absorption_fades_with_time_and_stops_at_absorbed(db: Database) -> None:
    today = db.today()
    performed = db.now() - timedelta(days=round(3.5 * 30.4375))
    assert absorbed_share(performed, 7, today) == pytest.approx(0.5, abs=0.01)
    assert absorbed_share(db.now() - timedelta(days=400), 7, today) == 1.0
    assert absorbed_share(db.now() + timedelta(days=1), 7, today) == 0.0
    assert absorbed_share(db.now(), 7, today) == 0.0


def test_every_drawn_thread_is_audited_and_a_direct_edit_is_found(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    record = chart(
        db, patient, staff, stock, PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE)
    )
    with db.read() as session:
        created = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.record_type == "thread_line")
            .order_by(AuditEvent.seq)
        ).all()
        assert direct_edits(session).differences == 0
    assert [(e.action, e.patient_id, e.username) for e in created] == [
        ("create", patient.id, "doctor")
    ] * 2
    assert changes(created[1])["bend_x"] == [None, 0.66]
    assert changes(created[0])["placement_id"] == [None, record.placements[0].id]
    # Moving a thread behind the program's back is caught by the check.
    with db.engine.begin() as connection:
        connection.execute(update(DrawnThread).where(DrawnThread.id == 1).values(end_x=0.5))
    with db.read() as session:
        found = direct_edits(session)
    assert found.differences == 1
    assert found.shown[0].record_type == "thread_line" and found.shown[0].field == "end_x"


def test_the_map_is_not_for_an_administrator(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    chart(
        db, patient, staff, stock, PlacementInput("jawline", "both", stock.lot_id, 2, lines=JAWLINE)
    )
    with pytest.raises(PermissionDenied):
        lifetime_map(db, staff.admin, patient.id)
