"""Backups are checked copies; a restore refuses bad files and never loses the present database."""

from __future__ import annotations

import json
import shutil
import sqlite3
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from db.access.permissions import command_line_actor
from db.audit.chain_check import verify_chain
from db.errors import BackupError, DamagedDatabase, PermissionDenied
from db.record.patients import register_patient, search_patients
from db.settings import save_settings
from db.storage.backup import backup
from db.storage.backup_check import inspect_backup
from db.storage.backup_folder import (
    Kind,
    automatic_backup,
    backup_files,
    backup_now,
    folder_for_url,
    last_backup,
    list_backups,
    newest_good_backup,
)
from db.storage.database import Database, open_database
from db.storage.restore import restore
from db.storage.sqlite_checks import integrity_problems
from db.storage.wholeness import incomplete_records
from tests.conftest import Staff, patient_input, sqlite_path, sqlite_url
from tests.helpers import audit_rows


@pytest.fixture
def backend() -> str:
    """These tests handle SQLite files byte by byte (copies, damage, headers); a PostgreSQL
    backup is a pg_dump archive made by the server's own tools."""
    return "sqlite"


def damage(path: Path) -> None:
    """Overwrite two pages in the middle of a closed database file."""
    data = bytearray(path.read_bytes())
    start = len(data) // 2 // 4096 * 4096
    data[start : start + 8192] = b"\x55" * 8192
    path.write_bytes(bytes(data))


def damage_index(path: Path, index: str) -> None:
    """Overwrite the root page of one index of a closed database file."""
    with sqlite3.connect(path) as connection:
        page = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (index,)
        ).fetchone()[0]
    connection.close()
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 : page * 4096] = b"\x55" * 4096
    path.write_bytes(bytes(data))


def register(db: Database, staff: Staff, count: int, phone_start: int = 0) -> None:
    for n in range(count):
        register_patient(
            db,
            staff.nurse,
            patient_input(full_name=f"Trần Thị {n}", phone=f"09{phone_start + n:08d}"),
        )


def patients_in(path: Path) -> int:
    with sqlite3.connect(path) as connection:
        return int(connection.execute("SELECT count(*) FROM patient").fetchone()[0])


def test_backup_is_a_single_checked_file_and_is_audited(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    register(db, staff, 3)
    info = backup(db, tmp_path / "out" / "copy.sqlite3", staff.admin)
    assert info.patients == 3
    # One database file (no -wal beside it), and the signed checkpoint of its audit trail.
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "copy.sqlite3",
        "copy.sqlite3.checkpoint",
    ]
    assert inspect_backup(info.path).revision == info.revision
    event = audit_rows(db, action="backup")[-1]
    assert event.username == "admin"
    assert json.loads(event.details)["file"] == str(info.path)


def test_backups_taken_while_another_pc_writes_are_whole(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    writer = open_database(db_url)
    stop = threading.Event()

    def keep_writing() -> None:
        n = 0
        while not stop.is_set():
            register_patient(writer, staff.nurse, patient_input(phone=f"0977{n:06d}"))
            n += 1

    thread = threading.Thread(target=keep_writing)
    thread.start()
    try:
        cli = command_line_actor()
        copies = [backup(db, tmp_path / f"during-{i}.sqlite3", cli) for i in range(5)]
    finally:
        stop.set()
        thread.join()
        writer.dispose()
    for copy in copies:
        restored = open_database(sqlite_url(copy.path))
        with restored.read() as session:
            assert incomplete_records(session) == []
            assert verify_chain(session).ok
        restored.dispose()


def test_backup_refuses_the_database_itself_a_folder_and_an_unwritable_place(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    live = sqlite_path(db_url)
    with pytest.raises(BackupError, match="the database itself"):
        backup(db, live, command_line_actor())
    with pytest.raises(BackupError, match="is a folder"):
        backup(db, tmp_path, command_line_actor())
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(BackupError, match="could not be written"):
        backup(db, blocker / "copy.sqlite3", command_line_actor())
    assert audit_rows(db, action="backup") == []


def test_a_nurse_may_not_make_or_restore_backups(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    good = backup(db, tmp_path / "good.sqlite3", command_line_actor())
    with pytest.raises(PermissionDenied):
        backup(db, tmp_path / "nurse.sqlite3", staff.nurse)
    assert not (tmp_path / "nurse.sqlite3").exists()
    register(db, staff, 1)
    with pytest.raises(PermissionDenied):
        restore(db, good.path, tmp_path / "kept", staff.nurse)
    assert len(search_patients(db, staff.nurse, "tran")) == 1
    assert not (tmp_path / "kept").exists()


def test_backup_damage_restore_round_trip(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    register(db, staff, 4)
    good = backup(db, tmp_path / "backups" / "good.sqlite3", command_line_actor())
    db.dispose()
    live = sqlite_path(db_url)
    damage(live)

    with pytest.raises(DamagedDatabase, match="damaged") as refused:
        open_database(db_url)
    assert refused.value.path == str(live)
    damaged_size = live.stat().st_size

    result = restore(db_url, good.path, tmp_path / "backups", command_line_actor())
    assert result.kept_copy is not None
    assert result.kept_copy.parent == tmp_path / "backups"
    assert result.kept_copy.name.startswith("replaced-")
    assert result.kept_copy.stat().st_size == damaged_size
    with sqlite3.connect(result.kept_copy) as kept:
        assert integrity_problems(kept) != []

    reopened = open_database(db_url)
    assert len(search_patients(reopened, staff.nurse, "tran")) == 4
    with reopened.read() as session:
        assert verify_chain(session).ok
        assert incomplete_records(session) == []
    restore_event = audit_rows(reopened, action="restore")[-1]
    assert json.loads(restore_event.details)["kept_copy"] == str(result.kept_copy)
    reopened.dispose()


def test_restore_into_the_open_database_keeps_the_present_as_a_dated_copy(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    register(db, staff, 2)
    good = backup(db, tmp_path / "two.sqlite3", command_line_actor())
    register(db, staff, 3, phone_start=100)
    result = restore(db, good.path, tmp_path / "kept", staff.admin)
    assert len(search_patients(db, staff.nurse, "tran")) == 2
    assert result.kept_copy is not None and patients_in(result.kept_copy) == 5
    assert audit_rows(db, action="restore")[-1].username == "admin"


def newer_schema(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")


def not_threadbook(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE recipes (name TEXT)")


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_text("name,phone\nLan,0912\n"), "not a Threadbook backup"),
        (lambda p: p.write_bytes(b""), "not a Threadbook backup"),
        (not_threadbook, "not a Threadbook backup"),
        ("truncated", "damaged"),
        ("damaged", "damaged"),
        ("newer", "newer version of Threadbook"),
        ("missing", "There is no file"),
    ],
)
def test_restore_refuses_a_bad_file_and_leaves_the_database_untouched(
    db: Database, db_url: str, staff: Staff, tmp_path: Path, make: object, message: str
) -> None:
    register(db, staff, 2)
    candidate = tmp_path / "candidate.sqlite3"
    if make in ("truncated", "damaged", "newer"):
        backup(db, candidate, command_line_actor())
        if make == "truncated":
            candidate.write_bytes(candidate.read_bytes()[: candidate.stat().st_size // 2])
        elif make == "damaged":
            damage(candidate)
        else:
            newer_schema(candidate)
    elif make == "missing":
        pass
    elif callable(make):
        if make is not_threadbook:
            sqlite3.connect(candidate).close()
        make(candidate)
    db.dispose()
    live = sqlite_path(db_url)
    before = live.read_bytes()

    with pytest.raises(BackupError, match=message) as refused:
        restore(db_url, candidate, tmp_path / "kept", command_line_actor())
    assert str(candidate) in refused.value.message
    assert live.read_bytes() == before
    assert not (tmp_path / "kept").exists()
    assert sorted(p.name for p in live.parent.iterdir() if p.name.startswith(".")) == []


def test_automatic_backups_once_at_start_each_close_and_keep_the_last_days(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    folder = tmp_path / "auto"
    save_settings(db, staff.admin, {"backup_folder": str(folder), "backup_keep": "3"})
    day = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    db.clock = lambda: day
    first = automatic_backup(db, at_start=True)
    assert first is not None and first.path.name.startswith("threadbook-2026-11-2")
    assert automatic_backup(db, at_start=True) is None
    register(db, staff, 1)
    at_close = automatic_backup(db, at_start=False)
    assert at_close is not None and at_close.path == first.path and at_close.patients == 1
    manual = backup_now(db, staff.admin)

    for offset in range(1, 6):
        moment = day + timedelta(days=offset)
        db.clock = lambda moment=moment: moment  # type: ignore[misc]
        assert automatic_backup(db, at_start=True) is not None

    files = backup_files(folder)
    daily = [f.path.name for f in files if f.kind is Kind.DAILY]
    assert len(daily) == 3
    assert daily == sorted(daily, reverse=True)
    assert manual.path in [f.path for f in files if f.kind is Kind.ON_REQUEST]
    assert [f.path for f in list_backups(db, staff.admin)] == [f.path for f in files]
    latest = last_backup(db, staff.admin)
    assert latest is not None and latest.file == str(folder / daily[0])


def test_a_failed_automatic_backup_raises_rather_than_skipping(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    save_settings(db, staff.admin, {"backup_folder": str(blocker)})
    with pytest.raises(BackupError, match="could not be written"):
        automatic_backup(db, at_start=True)


def test_the_newest_good_backup_skips_damaged_ones(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    folder = tmp_path / "backups"
    save_settings(db, staff.admin, {"backup_folder": str(folder)})
    db.clock = lambda: datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
    good = automatic_backup(db, at_start=True)
    db.clock = lambda: datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    bad = automatic_backup(db, at_start=True)
    assert good is not None and bad is not None
    damage(bad.path)
    newest = newest_good_backup(folder)
    assert newest is not None and newest.path == good.path
    db.dispose()
    assert folder_for_url(db_url) == folder


def test_a_postgresql_archive_without_the_tools_gets_a_clear_message(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    archive = tmp_path / "clinic.dump"
    archive.write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 100)
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(BackupError, match=r"pg_restore was not found.*postgresql-client"):
        inspect_backup(archive)


def test_create_rows_in_the_audit_trail_name_their_record(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    created = audit_rows(db, action="create", record_type="patient")
    assert [row.record_id for row in created] == [str(record.id)]
    with db.read() as session:
        assert (
            session.execute(text("SELECT count(*) FROM audit_event WHERE record_id = ''")).scalar()
            == 0
        )
