"""`copy-to`: a clinic's SQLite file moves to a PostgreSQL server whole, or not at all."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, select, text

from db.access.users import authenticate
from db.audit.chain_check import verify_chain
from db.errors import DatabaseError
from db.models import AuditEvent, Base, Patient
from db.record.patients import register_patient, update_patient
from db.storage.copy_to import copy_database
from db.storage.database import Database, open_database
from tests.conftest import patient_input, sqlite_url
from tests.helpers import PASSWORD
from tests.pg_server import PgServer
from tests.test_cli import threadbook


@pytest.fixture
def clinic(tmp_path: Path, templates: dict[str, Path]) -> Database:
    """A SQLite clinic with staff, patients, an edit and a patient merged into a later one."""
    path = tmp_path / "clinic.sqlite3"
    shutil.copy(templates["staffed"], path)
    db = open_database(sqlite_url(path))
    nurse = authenticate(db, "nurse", PASSWORD)
    doctor = authenticate(db, "doctor", PASSWORD)
    first = register_patient(db, nurse, patient_input())
    register_patient(db, nurse, patient_input(full_name="Đặng Văn Lâm", phone="0987 654 321"))
    duplicate = register_patient(db, nurse, patient_input(phone="0912 999 888"))
    update_patient(db, doctor, first.id, first.version, patient_input(allergies="Latex"))
    with db.write(doctor) as session:
        merged = session.get(Patient, first.id)
        assert merged is not None
        merged.active = False
        merged.merged_into_id = duplicate.id
    return db


@pytest.fixture
def target(pg_server: PgServer) -> Any:
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def all_rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    with db.read() as session:
        return {
            table.name: [
                tuple(row) for row in session.execute(select(table).order_by(*table.primary_key))
            ]
            for table in Base.metadata.sorted_tables
        }


def test_copy_to_moves_every_row_and_the_audit_trail_verifies(
    clinic: Database, target: str
) -> None:
    before = all_rows(clinic)
    result = threadbook("--database", str(clinic.url), "copy-to", target)
    assert result.returncode == 0, result.stderr
    assert "Row counts match on both sides; audit trail intact" in result.stdout
    assert "patient " in result.stdout and "password" not in result.stdout.lower()

    server = open_database(target)
    try:
        after = all_rows(server)
        # The server's trail has one more row at its end, the copy itself, and its head moved on.
        copied_event = after["audit_event"].pop()
        (head,) = after.pop("audit_chain_head")
        before.pop("audit_chain_head")
        assert after == before
        assert head[1:] == (copied_event[0], copied_event[-1])
        with server.read() as session:
            assert verify_chain(session).ok
            last = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        assert last is not None and last.action == "database_copied_in"
        assert copied_event[0] == last.seq

        # Work goes on where it left off: ids, record numbers and passwords continue.
        nurse = authenticate(server, "nurse", PASSWORD)
        newcomer = register_patient(
            server, nurse, patient_input(full_name="Hoàng Yến", phone="0977 000 111")
        )
        assert newcomer.id == 4 and newcomer.mrn == "TB-000004"
    finally:
        server.dispose()


def test_copy_to_refuses_a_database_that_holds_records(clinic: Database, target: str) -> None:
    assert threadbook("--database", str(clinic.url), "copy-to", target).returncode == 0
    again = threadbook("--database", str(clinic.url), "copy-to", target)
    assert again.returncode == 2
    assert again.stderr.count("\n") == 1
    assert "already holds a clinic's records" in again.stderr


def test_copy_to_leaves_another_programs_database_alone(clinic: Database, target: str) -> None:
    engine = create_engine(target)
    with engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer PRIMARY KEY)"))
    refused = threadbook("--database", str(clinic.url), "copy-to", target)
    with engine.connect() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
        assert list(tables) == ["invoices"]
    engine.dispose()
    assert refused.returncode == 2
    assert "not Threadbook's" in refused.stderr


def test_copy_to_needs_a_postgresql_url(clinic: Database, tmp_path: Path) -> None:
    refused = threadbook(
        "--database", str(clinic.url), "copy-to", sqlite_url(tmp_path / "other.sqlite3")
    )
    assert refused.returncode == 2
    assert "copies into a PostgreSQL database" in refused.stderr


def test_a_source_whose_audit_trail_was_altered_is_not_copied(
    clinic: Database, target: str
) -> None:
    with clinic.engine.begin() as connection:
        connection.execute(text("UPDATE audit_event SET username = 'someone' WHERE seq = 3"))
    with pytest.raises(DatabaseError, match=r"row 3 .*changed outside Threadbook"):
        copy_database(clinic, target)
    server = create_engine(target)
    with server.connect() as connection:
        assert (
            list(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
                )
            )
            == []
        )
    server.dispose()
