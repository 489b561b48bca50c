"""PostgreSQL backups end to end: pg_dump archives of the throwaway server, restored with
pg_restore, and every file a restore must refuse."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from db.audit.chain_check import verify_chain
from db.errors import BackupError
from db.migrations import head_revision
from db.record.patients import register_patient, search_patients
from db.settings import save_settings
from db.storage.backup import backup
from db.storage.backup_check import inspect_backup
from db.storage.backup_folder import automatic_backup, folder_for_url
from db.storage.database import Database
from db.storage.restore import restore
from tests.conftest import Staff, patient_input
from tests.helpers import audit_rows
from tests.pg_server import PgServer


@pytest.fixture
def backend() -> str:
    return "postgresql"


def names(db: Database, staff: Staff) -> list[str]:
    return sorted(row.full_name for row in search_patients(db, staff.nurse, "", limit=100))


def test_backup_then_restore_brings_back_the_saved_records_and_keeps_the_present(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    register_patient(db, staff.nurse, patient_input(full_name="Trần Thị Mai"))
    archive = backup(db, tmp_path / "clinic.dump", staff.admin)
    assert archive.path.read_bytes().startswith(b"PGDMP")  # pg_dump's custom format
    assert inspect_backup(archive.path).revision == archive.revision
    register_patient(db, staff.nurse, patient_input(full_name="Lê Văn Nam", phone="0911 000 111"))

    result = restore(db, archive.path, tmp_path / "kept", staff.admin)

    assert names(db, staff) == ["Trần Thị Mai"]
    assert result.kept_copy is not None and result.kept_copy.parent == tmp_path / "kept"
    assert inspect_backup(result.kept_copy).revision == archive.revision  # the present, kept
    assert audit_rows(db)[-1].action == "restore"
    with db.read() as session:
        assert verify_chain(session).ok


def _unchanged(db: Database, staff: Staff, before: list[str]) -> None:
    assert names(db, staff) == before
    with db.read() as session:
        assert verify_chain(session).ok


def test_restore_refuses_what_is_not_a_whole_threadbook_archive(
    db: Database, staff: Staff, tmp_path: Path, pg_server: PgServer
) -> None:
    register_patient(db, staff.nurse, patient_input())
    before = names(db, staff)
    good = backup(db, tmp_path / "good.dump", staff.admin)

    not_an_archive = tmp_path / "notes.dump"
    not_an_archive.write_bytes(b"Ghi chu cua le tan\n" * 50)
    truncated = tmp_path / "truncated.dump"
    truncated.write_bytes(good.path.read_bytes()[: good.size // 2])

    # A real pg_dump archive, of a database that is not Threadbook's.
    other_name = pg_server.create_database()
    other = create_engine(pg_server.url(other_name))
    with other.begin() as connection:
        connection.execute(text("CREATE TABLE invoice (id integer PRIMARY KEY, total numeric)"))
    other.dispose()
    foreign = backup_of_any(pg_server.url(other_name), tmp_path / "foreign.dump")
    pg_server.drop_database(other_name)

    for bad, reason in (
        (not_an_archive, "not a Threadbook backup"),
        (truncated, "failed"),
        (foreign, "not of a Threadbook database"),
        (tmp_path / "missing.dump", "There is no file"),
    ):
        with pytest.raises(BackupError, match=reason):
            restore(db, bad, tmp_path / "kept", staff.admin)
        _unchanged(db, staff, before)
    assert not (tmp_path / "kept").exists() or not any((tmp_path / "kept").iterdir())


def test_restore_refuses_an_archive_from_a_newer_threadbook(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    before = names(db, staff)
    set_revision(db, "9999_from_the_future")
    newer = backup_of_any(db.url.render_as_string(hide_password=False), tmp_path / "newer.dump")
    set_revision(db, head_revision())
    with pytest.raises(BackupError, match="newer"):
        restore(db, newer, tmp_path / "kept", staff.admin)
    _unchanged(db, staff, before)


def set_revision(db: Database, revision: str) -> None:
    with db.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})


def test_the_backup_folder_setting_is_honoured_on_the_server(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    folder = tmp_path / "usb" / "backups"
    save_settings(db, staff.admin, {"backup_folder": str(folder)})
    assert folder_for_url(db_url) == folder  # read without opening the database
    made = automatic_backup(db, at_start=True)
    assert made is not None and made.path.parent == folder and made.path.suffix == ".dump"


def backup_of_any(url: str, path: Path) -> Path:
    """A pg_dump archive of any database, made as an administrator would by hand."""
    parsed = make_url(url)
    plain = parsed.set(drivername="postgresql", password=None)
    subprocess.run(
        [
            "pg_dump",
            "--format=custom",
            f"--file={path}",
            f"--dbname={plain.render_as_string(hide_password=False)}",
        ],
        env={**os.environ, "PGPASSWORD": str(parsed.password or "")},
        check=True,
        capture_output=True,
    )
    return path
