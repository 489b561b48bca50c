"""Demo records are audited exactly as records saved through the program are."""

from __future__ import annotations

import json
from collections import Counter

from sqlalchemy import select

from db.access.users import authenticate
from db.audit.chain_check import verify_chain
from db.audit.replay import direct_edits
from db.demo.build import add_demo_records
from db.models import AuditEvent, DrawnThread, Placement, Procedure
from db.record.patients import register_patient
from db.storage.database import Database
from db.threadmap.charting import as_line
from db.threadmap.geometry import is_drawable
from db.threadmap.regions import propose
from tests.conftest import patient_input


def create_events(db: Database, record_type: str) -> list[AuditEvent]:
    with db.read() as session:
        return list(
            session.scalars(
                select(AuditEvent).where(
                    AuditEvent.action == "create", AuditEvent.record_type == record_type
                )
            )
        )


def test_demo_records_get_the_same_create_events_as_the_program_writes(db: Database) -> None:
    made = add_demo_records(db, patients=30, seed=7)  # an empty database: no staff fixture
    username, password = next((u, p) for u, role, p in made.staff if role == "nurse")
    nurse = authenticate(db, username, password)
    saved = register_patient(db, nurse, patient_input(allergies="penicillin"))
    (by_hand,) = [e for e in create_events(db, "patient") if e.record_id == str(saved.id)]
    demo = [e for e in create_events(db, "patient") if e.record_id != str(saved.id)]
    assert len(demo) == 30
    # Demo rows were made by no one, so they name no creating or updating user.
    hand_fields = set(json.loads(by_hand.details)["changes"]) - {"created_by_id", "updated_by_id"}
    for event in demo:
        details = json.loads(event.details)
        assert set(details) == {"changes"}
        # Every column the program audits is in the demo's events too (an empty optional
        # field, such as the e-mail, is left out by both).
        assert set(details["changes"]) >= hand_fields - {"email", "allergies"}
        assert event.patient_id == int(event.record_id)
    with db.read() as session:
        procedures = session.scalar(select(Procedure.id).limit(1))
        placement_patient = session.execute(select(Placement.id, Placement.patient_id)).first()
    assert procedures is not None and placement_patient is not None
    (placement_event,) = [
        e for e in create_events(db, "placement") if e.record_id == str(placement_patient.id)
    ]
    assert placement_event.patient_id == placement_patient.patient_id
    with db.read() as session:
        assert verify_chain(session).ok


def test_demo_procedures_have_their_threads_drawn_inside_their_areas(db: Database) -> None:
    add_demo_records(db, patients=40, seed=3)
    with db.read() as session:
        placements = {p.id: p for p in session.scalars(select(Placement))}
        threads = list(session.scalars(select(DrawnThread)))
        # The records the program would have written, and nothing the trail does not know.
        assert direct_edits(session).differences == 0
        assert verify_chain(session).ok
    drawn: Counter[int] = Counter(t.placement_id for t in threads)
    # Every placement is drawn, thread for thread, as the charting rule asks.
    assert {p.id: p.thread_count for p in placements.values()} == dict(drawn)
    for thread in threads:
        placement = placements[thread.placement_id]
        line = as_line(thread)
        assert is_drawable(line)
        assert thread.patient_id == placement.patient_id
        assert thread.procedure_id == placement.procedure_id
        assert {propose(line.view, point)[0] for point in line.sampled(8)} == {placement.area}  # type: ignore[index]
        if placement.side in ("left", "right") and line.view in ("left", "right"):
            assert line.view == placement.side
