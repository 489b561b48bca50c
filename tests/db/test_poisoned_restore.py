"""A backup or database file altered outside Threadbook is refused before it can do harm."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from db.access.permissions import command_line_actor
from db.audit.chain_check import verify_chain
from db.errors import BackupError, DatabaseError
from db.models import Patient, User
from db.record.patients import register_patient
from db.storage import pg_archive
from db.storage import restore as restore_module
from db.storage.backup import backup
from db.storage.database import Database, open_database
from db.storage.restore import restore
from tests.conftest import Staff, patient_input
from tests.helpers import audit_rows

TRIGGER = (
    "CREATE TRIGGER wipe AFTER INSERT ON audit_event BEGIN "
    "UPDATE patient SET allergies = ''; UPDATE user_account SET roles = 'admin,doctor,nurse'; END"
)


def _state(db: Database) -> tuple[list[str], list[str]]:
    with db.read() as session:
        allergies = list(session.scalars(select(Patient.allergies).order_by(Patient.id)))
        roles = list(session.scalars(select(User.roles).order_by(User.id)))
    return allergies, roles


def _poison_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as pg:
        pg.execute(
            text(
                "CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                "UPDATE patient SET allergies = ''; "
                "UPDATE user_account SET roles = 'admin,doctor,nurse'; RETURN NEW; END $$"
            )
        )
        pg.execute(
            text(
                "CREATE TRIGGER wipe AFTER INSERT ON audit_event "
                "FOR EACH ROW EXECUTE FUNCTION wipe()"
            )
        )
        pg.execute(text("CREATE VIEW everyone AS SELECT * FROM patient"))
    engine.dispose()


def _planted_backup(db: Database, db_url: str, backend: str, tmp_path: Path) -> Path:
    """A backup of this database into which a trigger and a view were planted."""
    if backend == "sqlite":
        path = backup(db, tmp_path / "poisoned.sqlite3", command_line_actor()).path
        with sqlite3.connect(path) as connection:
            connection.execute(TRIGGER)
            connection.execute("CREATE VIEW everyone AS SELECT * FROM patient")
        connection.close()
        return path
    # The database, poisoned, dumped by the server's own tool, then cleaned again.
    path = tmp_path / "poisoned.dump"
    _poison_pg(db_url)
    pg_archive.dump(make_url(db_url), path)
    engine = create_engine(db_url)
    with engine.begin() as pg:
        pg.execute(text("DROP VIEW everyone"))
        pg.execute(text("DROP TRIGGER wipe ON audit_event"))
        pg.execute(text("DROP FUNCTION wipe()"))
    engine.dispose()
    return path


def test_a_backup_with_a_planted_trigger_and_view_is_refused_and_nothing_changes(
    db: Database, db_url: str, backend: str, staff: Staff, tmp_path: Path
) -> None:
    register_patient(db, staff.nurse, patient_input(allergies="penicillin"))
    poisoned = _planted_backup(db, db_url, backend, tmp_path)
    before = _state(db)
    live = Path(db_url.removeprefix("sqlite:///")) if backend == "sqlite" else None
    db.dispose()
    bytes_before = live.read_bytes() if live else b""
    rows_before = len(audit_rows(db))

    with pytest.raises(BackupError, match="not exactly a Threadbook database") as refused:
        restore(db, poisoned, tmp_path / "kept", staff.admin)
    assert "trigger" in refused.value.message and "wipe" in refused.value.message
    if live is not None:
        assert live.read_bytes() == bytes_before
    assert _state(db) == before == (["penicillin"], ["admin", "doctor", "nurse"])
    assert len(audit_rows(db)) == rows_before
    assert not (tmp_path / "kept").exists()


def test_a_database_with_a_planted_trigger_is_not_opened(
    db: Database, db_url: str, backend: str, staff: Staff
) -> None:
    register_patient(db, staff.nurse, patient_input(allergies="penicillin"))
    db.dispose()
    if backend == "sqlite":
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as connection:
            connection.execute(TRIGGER)
        connection.close()
    else:
        _poison_pg(db_url)
    with pytest.raises(DatabaseError, match="not exactly Threadbook's") as refused:
        open_database(db_url)
    assert "trigger 'wipe" in refused.value.message


LOOK_ALIKE = (
    "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
    "INSERT INTO alembic_version VALUES ('0005')",
    "CREATE TABLE audit_event (seq INTEGER PRIMARY KEY)",
    "CREATE TABLE audit_chain_head (id INTEGER PRIMARY KEY)",
    "CREATE TABLE patient (id INTEGER PRIMARY KEY)",
)


def test_a_look_alike_file_is_refused_before_the_live_database_is_touched(
    db: Database, db_url: str, blank_url: str, backend: str, staff: Staff, tmp_path: Path
) -> None:
    register_patient(db, staff.nurse, patient_input(allergies="penicillin"))
    if backend == "sqlite":
        fake = tmp_path / "fake.sqlite3"
        with sqlite3.connect(fake) as connection:
            for statement in LOOK_ALIKE:
                connection.execute(statement)
        connection.close()
    else:
        fake = tmp_path / "fake.dump"
        engine = create_engine(blank_url)
        with engine.begin() as pg:
            for statement in LOOK_ALIKE:
                pg.execute(text(statement))
        engine.dispose()
        pg_archive.dump(make_url(blank_url), fake)
    before = _state(db)
    live = Path(db_url.removeprefix("sqlite:///")) if backend == "sqlite" else None
    db.dispose()
    bytes_before = live.read_bytes() if live else b""
    with pytest.raises(BackupError, match="not exactly a Threadbook database"):
        restore(db_url, fake, tmp_path / "kept", command_line_actor())
    if live is not None:
        assert live.read_bytes() == bytes_before
    assert _state(db) == before
    assert not (tmp_path / "kept").exists()


def test_a_backup_whose_audit_trail_was_altered_is_refused(
    db: Database, db_url: str, backend: str, staff: Staff, tmp_path: Path
) -> None:
    register_patient(db, staff.nurse, patient_input(allergies="penicillin"))
    if backend == "sqlite":
        altered = backup(db, tmp_path / "altered.sqlite3", command_line_actor()).path
        with sqlite3.connect(altered) as connection:
            connection.execute("UPDATE audit_event SET username = 'someone' WHERE seq = 2")
        connection.close()
    else:
        engine = create_engine(db_url)
        with engine.begin() as pg:
            pg.execute(text("UPDATE audit_event SET username = 'some\tone' WHERE seq = 2"))
        engine.dispose()
        altered = backup(db, tmp_path / "altered.dump", command_line_actor()).path
    with pytest.raises(BackupError, match=r"audit row 2 .* does not match its hash"):
        restore(db, altered, tmp_path / "kept", staff.admin)
    assert not (tmp_path / "kept").exists()


def test_a_good_backup_restores_with_its_audit_row_and_a_verified_trail(
    db: Database, backend: str, staff: Staff, tmp_path: Path
) -> None:
    # Tabs, backslashes, new lines and Vietnamese survive pg_dump's text format unchanged.
    notes = "Dị ứng\tpenicillin \\ line\nnext"
    register_patient(db, staff.nurse, patient_input(medical_notes=notes, allergies="latex\t"))
    good = backup(
        db,
        tmp_path / ("good.sqlite3" if backend == "sqlite" else "good.dump"),
        command_line_actor(),
    ).path
    register_patient(db, staff.nurse, patient_input(full_name="Lê Văn Sơn", phone="0987654321"))
    restore(db, good, tmp_path / "kept", staff.admin)
    last = audit_rows(db)[-1]
    assert (last.action, last.username) == ("restore", "admin")
    with db.read() as session:
        assert list(session.scalars(select(Patient.medical_notes))) == [notes]
        assert verify_chain(session).ok
    if backend == "sqlite":  # the restore row went into a checked copy, not the backup file
        with sqlite3.connect(good) as connection:
            found = connection.execute("SELECT count(*) FROM audit_event WHERE action = 'restore'")
            assert found.fetchone()[0] == 0
        connection.close()


def test_a_restore_interrupted_before_its_audit_row_is_finished_at_the_next_start(
    db: Database,
    db_url: str,
    backend: str,
    staff: Staff,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_patient(db, staff.nurse, patient_input())
    good = backup(
        db,
        tmp_path / ("good.sqlite3" if backend == "sqlite" else "good.dump"),
        command_line_actor(),
    ).path
    register_patient(db, staff.nurse, patient_input(full_name="Lê Văn Sơn", phone="0987654321"))

    def killed(*args: object) -> None:
        raise KeyboardInterrupt

    # SQLite: killed just before the replace, nothing changed; PostgreSQL: killed after the
    # server's replace, before the audit row, which the next start writes.
    stage = "_replace_sqlite" if backend == "sqlite" else "_record_restore"
    with monkeypatch.context() as patched, pytest.raises(KeyboardInterrupt):
        patched.setattr(restore_module, stage, killed)
        restore(db, good, tmp_path / "kept", staff.admin)
    db.dispose()
    reopened = open_database(db_url)
    try:
        with reopened.read() as session:
            patients = session.scalar(select(func.count(Patient.id)))
            assert verify_chain(session).ok
        restores = audit_rows(reopened, action="restore")
        if backend == "sqlite":
            assert (patients, restores) == (2, [])
        else:
            assert patients == 1
            assert len(restores) == 1 and '"finished_at_next_start":true' in restores[0].details
    finally:
        reopened.dispose()
