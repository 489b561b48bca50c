"""`audit verify` and `audit export`, run as a separate process the way an administrator does."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import create_engine, text

from db.record.patients import register_patient, update_patient
from db.storage.database import open_database
from tests.conftest import Staff, fixed_clock, patient_input, sqlite_url
from tests.test_cli import threadbook


def clinic(db_url: str, staff: Staff) -> str:
    """A clinic file with a registration and an edit in its trail."""
    db = open_database(db_url, clock=fixed_clock())
    record = register_patient(db, staff.nurse, patient_input())
    update_patient(db, staff.nurse, record.id, record.version, patient_input(phone="0911 222 333"))
    db.dispose()
    return db_url


def test_verify_passes_then_names_the_row_edited_behind_the_programs_back(
    tmp_path: Path, db_url: str, staff: Staff
) -> None:
    url = clinic(db_url, staff)
    intact = threadbook("--database", url, "audit", "verify")
    assert intact.returncode == 0, intact.stderr
    assert intact.stdout.strip() == "audit trail intact: 5 rows"

    # Someone with the database file quietly changes the phone number recorded in the trail.
    engine = create_engine(url)
    with engine.begin() as connection:
        seq = connection.execute(
            text("SELECT seq FROM audit_event WHERE action = 'update'")
        ).scalar_one()
        connection.execute(
            text(
                "UPDATE audit_event SET details = replace(details, '0911', '0999') WHERE seq = :s"
            ),
            {"s": seq},
        )
    engine.dispose()

    broken = threadbook("--database", url, "audit", "verify")
    assert broken.returncode == 1
    assert broken.stdout == ""
    assert broken.stderr.count("\n") == 1
    assert broken.stderr.startswith(f"threadbook: audit trail broken: audit row {seq} (")
    assert "nurse, update patient 1" in broken.stderr
    assert "changed outside Threadbook" in broken.stderr


def test_verify_notices_a_deleted_row(tmp_path: Path, db_url: str, staff: Staff) -> None:
    url = clinic(db_url, staff)
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("DELETE FROM audit_event WHERE seq = 2"))
    engine.dispose()
    result = threadbook("--database", url, "audit", "verify")
    assert result.returncode == 1
    assert "audit row 2 is missing" in result.stderr


def test_verify_of_a_database_that_cannot_be_opened_is_status_2(tmp_path: Path) -> None:
    folder = tmp_path / "not-a-file.sqlite3"
    folder.mkdir()
    result = threadbook("--database", sqlite_url(folder), "audit", "verify")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr


def test_export_writes_a_csv_and_audits_it_as_the_command_line(
    tmp_path: Path, db_url: str, staff: Staff
) -> None:
    url = clinic(db_url, staff)
    target = tmp_path / "nurse.csv"
    result = threadbook(
        "--database", url, "audit", "export", "--output", str(target), "--user", "nurse"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Wrote 2 audit rows to {target}"
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert [row["action"] for row in csv.DictReader(handle)] == ["create", "update"]
    engine = create_engine(url)
    with engine.connect() as connection:
        last = connection.execute(
            text("SELECT username, action FROM audit_event ORDER BY seq DESC LIMIT 1")
        ).one()
    engine.dispose()
    assert tuple(last) == ("command-line", "export")
    assert threadbook("--database", url, "audit", "verify").returncode == 0


def test_export_with_a_bad_date_or_user_is_one_clear_line(
    tmp_path: Path, db_url: str, staff: Staff
) -> None:
    url = clinic(db_url, staff)
    out = str(tmp_path / "x.csv")
    bad_date = threadbook("--database", url, "audit", "export", "--output", out, "--from", "26/11")
    assert bad_date.returncode == 2
    assert "YYYY-MM-DD" in bad_date.stderr and bad_date.stderr.count("\n") == 1
    bad_user = threadbook("--database", url, "audit", "export", "--output", out, "--user", "ghost")
    assert bad_user.returncode == 2
    assert "no user named 'ghost'" in bad_user.stderr
    assert not Path(out).exists()
