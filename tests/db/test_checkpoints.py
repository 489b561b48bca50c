"""The audit chain is anchored outside the database: a cut or re-chained trail is detected."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url

from db.access.permissions import command_line_actor
from db.audit import checkpoint_writer, checkpoints
from db.audit.chain import GENESIS_HASH, row_hash
from db.audit.trail import check_chain, current_checkpoint
from db.errors import BackupError
from db.models import AuditEvent
from db.record.patients import register_patient
from db.storage import pg_archive
from db.storage.backup import backup
from db.storage.database import Database
from db.storage.integrity import record_checks
from db.storage.local_state import state_dir
from db.storage.restore import restore
from tests.conftest import Staff, patient_input


def _busy(db: Database, staff: Staff, count: int = 4) -> None:
    for n in range(count):
        register_patient(db, staff.nurse, patient_input(phone=f"0912{n:06d}"))
    checkpoint_writer.flush()  # the last save's checkpoint is in its file, as a moment later


def _sql(url: str, *statements: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))
    engine.dispose()


def _rechain(url: str, edit_seq: int) -> None:
    """What someone with the file would do: edit a row, then recompute every hash after it."""
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE audit_event SET username = 'forger' WHERE seq = :s"), {"s": edit_seq}
        )
        rows = connection.execute(select(*AuditEvent.__table__.columns).order_by(AuditEvent.seq))
        prev = GENESIS_HASH
        updates = []
        for row in rows.mappings():
            values = dict(row)
            new = row_hash(prev, values)
            updates.append({"seq": values["seq"], "prev": prev, "hash": new})
            prev = new
        for update in updates:
            connection.execute(
                text("UPDATE audit_event SET prev_hash = :prev, hash = :hash WHERE seq = :seq"),
                update,
            )
        connection.execute(
            text("UPDATE audit_chain_head SET last_hash = :h WHERE id = 1"), {"h": prev}
        )
    engine.dispose()


def _last_seq(db: Database) -> int:
    with db.read() as session:
        return int(session.execute(text("SELECT max(seq) FROM audit_event")).scalar_one())


def test_a_cut_tail_with_its_head_row_deleted_fails(
    db: Database, db_url: str, staff: Staff
) -> None:
    _busy(db, staff)
    last = _last_seq(db)
    _sql(db_url, f"DELETE FROM audit_event WHERE seq > {last - 2}", "DELETE FROM audit_chain_head")
    result = check_chain(db, staff.admin)
    assert not result.ok
    assert "head row is missing" in result.message or "removed" in result.message
    assert not next(c for c in record_checks(db) if c.name == "audit trail").ok


def test_a_cut_tail_with_its_head_rewritten_is_caught_by_the_checkpoint(
    db: Database, db_url: str, staff: Staff
) -> None:
    _busy(db, staff)
    last = _last_seq(db)
    _sql(
        db_url,
        f"DELETE FROM audit_event WHERE seq > {last - 2}",
        f"UPDATE audit_chain_head SET last_seq = {last - 2}, last_hash = "
        f"(SELECT hash FROM audit_event WHERE seq = {last - 2}) WHERE id = 1",
    )
    result = check_chain(db, staff.admin)
    assert not result.ok
    assert f"a checkpoint saw {last} rows" in result.message


def test_a_rechained_forgery_is_caught_by_the_checkpoint(
    db: Database, db_url: str, staff: Staff
) -> None:
    _busy(db, staff)
    _rechain(db_url, 3)
    result = check_chain(db, staff.admin)
    assert not result.ok
    assert "differs from the checkpoint" in result.message
    checks = {c.name: c for c in record_checks(db)}
    assert not checks["audit trail"].ok


def test_an_exported_checkpoint_is_a_witness_another_pc_can_compare_with(
    db: Database, db_url: str, staff: Staff, tmp_path: Path
) -> None:
    _busy(db, staff)
    note = current_checkpoint(db, staff.admin)
    saved = checkpoints.parse(note)
    assert saved.seq == _last_seq(db)
    # This PC's own state is lost (a new PC); the exported checkpoint still catches a rewrite.
    for kept in (state_dir() / "checkpoints").iterdir():
        kept.unlink()
    _rechain(db_url, 2)
    assert check_chain(db, staff.admin).ok  # nothing else remembers it
    for kept in (state_dir() / "checkpoints").iterdir():
        kept.unlink()
    assert not check_chain(db, staff.admin, [saved]).ok


def test_an_altered_checkpoint_file_fails_instead_of_being_trusted(
    db: Database, staff: Staff
) -> None:
    _busy(db, staff)
    (kept,) = (state_dir() / "checkpoints").iterdir()
    lines = kept.read_text(encoding="utf-8").split("\n")
    lines[2] = "1"
    kept.write_text("\n".join(lines), encoding="utf-8")
    result = check_chain(db, staff.admin)
    assert not result.ok and "checkpoint cannot be trusted" in result.message


def test_a_backup_carries_a_checkpoint_and_a_rechained_backup_is_refused(
    db: Database, db_url: str, backend: str, staff: Staff, tmp_path: Path
) -> None:
    _busy(db, staff)
    made = backup(
        db,
        tmp_path / ("copy.sqlite3" if backend == "sqlite" else "copy.dump"),
        command_line_actor(),
    ).path
    carried = checkpoints.parse(checkpoints.for_backup(made).read_text(encoding="utf-8"))
    assert carried.seq == _last_seq(db) - 1  # the backup's own audit row came after the copy
    if backend == "sqlite":
        _rechain(f"sqlite:///{made}", 2)
    else:  # the archive is replaced by one of a re-chained database, beside the same checkpoint
        _rechain(db_url, 2)
        pg_archive.dump(make_url(db_url), made)
    with pytest.raises(BackupError, match="differs from the checkpoint"):
        restore(db, made, tmp_path / "kept", staff.admin)


def test_after_a_restore_the_restored_chain_is_this_pcs_checkpoint(
    db: Database, backend: str, staff: Staff, tmp_path: Path
) -> None:
    _busy(db, staff, 2)
    made = backup(
        db,
        tmp_path / ("copy.sqlite3" if backend == "sqlite" else "copy.dump"),
        command_line_actor(),
    ).path
    _busy(db, staff, 3)
    restore(db, made, tmp_path / "kept", staff.admin)
    assert check_chain(db, staff.admin).ok
    assert json.dumps(checkpoints.latest(db.url).seq) == str(_last_seq(db))  # type: ignore[union-attr]


def test_each_save_s_checkpoint_reaches_this_pc_s_file_kept_in_the_folder_of_that_moment(
    db: Database, staff: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(5):
        register_patient(db, staff.nurse, patient_input(phone=f"0913{n:06d}"))
    # Read back without waiting: reading a checkpoint waits for the ones on their way.
    assert checkpoints.latest(db.url).seq == _last_seq(db)  # type: ignore[union-attr]
    first_folder = state_dir()
    register_patient(db, staff.nurse, patient_input(phone="0914000000"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "another-user"))
    checkpoint_writer.flush()
    (kept,) = (first_folder / "checkpoints").iterdir()
    assert checkpoints.parse(kept.read_text(encoding="utf-8")).seq == _last_seq(db)
    assert not (tmp_path / "another-user").exists()
