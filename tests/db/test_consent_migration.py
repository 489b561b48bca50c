"""The tick boxes of older databases become consent records when the program is updated."""

from __future__ import annotations

from datetime import date, datetime

from alembic import command
from sqlalchemy import select, text

from db.audit.chain_check import verify_chain
from db.audit.replay import direct_edits
from db.migrations import config
from db.models import Consent, Procedure
from db.storage.database import make_engine, open_database

WHEN = datetime(2026, 5, 4, 9, 30)

ROWS = [
    "INSERT INTO user_account (id, username, full_name, password_hash, roles, active, "
    "failed_logins, created_at, version) VALUES (1, 'bs.minh', 'BS. Minh', 'x', 'doctor', "
    ":t, 0, :when, 1)",
    "INSERT INTO patient (id, mrn, full_name, date_of_birth, sex, phone, email, address, "
    "language, allergies, medical_notes, contact_consent, active, search_name, phone_digits, "
    "created_at, created_by_id, updated_at, version) VALUES "
    "(1, 'TB-000001', 'Lan', :born, 'female', '0912', '', '', 'vi', '', '', :t, :t, 'lan', "
    "'0912', :when, 1, :when, 1), "
    "(2, 'TB-000002', 'Mai', :born, 'female', '0913', '', '', 'vi', '', '', :f, :t, 'mai', "
    "'0913', :when, 1, :when, 1)",
    "INSERT INTO thread_product (id, manufacturer, name, material, design, gauge, length_mm, "
    "absorption_months, active, created_at, version) VALUES "
    "(1, 'Maker', 'Cog', 'PLLA', 'cog', '19G', 100, 15, :t, :when, 1)",
    "INSERT INTO lot (id, product_id, lot_number, lot_key, expiry_date, received_date, "
    "supplier, recall_reason, created_at, version) VALUES "
    "(1, 1, 'L1', 'L1', :expiry, :born, '', '', :when, 1)",
    "INSERT INTO procedure (id, patient_id, performed_at, doctor_id, consent_obtained, "
    "consent_at, anaesthesia, notes, contraindication_reason, void_reason, created_at, "
    "version) VALUES (1, 2, :when, 1, :t, :when, 'local', '', '', '', :when, 1)",
    "INSERT INTO placement (id, procedure_id, patient_id, area, area_other, side, lot_id, "
    "thread_count) VALUES (1, 1, 2, 'jawline', '', 'both', 1, 4), "
    "(2, 1, 2, 'neck', '', 'midline', 1, 2)",
]


def test_tick_boxes_become_consent_records(blank_url: str) -> None:
    engine = make_engine(blank_url)
    command.upgrade(config(engine), "0005")
    values = {
        "t": True,
        "f": False,
        "when": WHEN,
        "born": date(1980, 1, 1),
        "expiry": date(2028, 1, 1),
    }
    with engine.begin() as connection:
        for statement in ROWS:
            connection.execute(text(statement), values)
    engine.dispose()

    db = open_database(blank_url)
    try:
        with db.read() as session:
            consents = session.scalars(select(Consent).order_by(Consent.id)).all()
            assert [(c.patient_id, c.purpose, c.method) for c in consents] == [
                (1, "reminders", "tick_box"),
                (2, "treatment", "tick_box"),
            ]
            treatment = consents[1]
            assert (treatment.areas, treatment.materials) == ("jawline,neck", "PLLA")
            assert treatment.obtained_by_id == 1 and treatment.withdrawn_at is None
            assert session.get_one(Procedure, 1).consent_id == treatment.id
            assert verify_chain(session).ok
            # Each migrated consent is what its audit trail says (check sees no direct edit).
            found = direct_edits(session, limit=100).shown
            assert [d.described() for d in found if d.record_type == "consent"] == []
    finally:
        db.dispose()
