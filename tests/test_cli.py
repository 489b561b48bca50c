"""The command line, run as a user runs it: a separate process, real files, exit codes."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.access.users import authenticate
from db.storage.database import open_database
from tests.conftest import sqlite_url
from tests.helpers import PASSWORD

ROOT = Path(__file__).resolve().parent.parent


def threadbook(
    *args: str, stdin: str = "", env_extra: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
        check=False,
    )


def test_help_lists_the_commands() -> None:
    result = threadbook("--help")
    assert result.returncode == 0
    for command in ("migrate", "create-user", "demo"):
        assert command in result.stdout


def test_migrate_creates_an_up_to_date_database(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "new.sqlite3")
    result = threadbook("--database", url, "migrate")
    assert result.returncode == 0, result.stderr
    assert "up to date" in result.stdout
    engine = create_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM user_account")).scalar() == 0
    engine.dispose()


def test_database_url_can_come_from_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "from-env.sqlite3"
    result = threadbook("migrate", env_extra={"THREADBOOK_DATABASE_URL": sqlite_url(path)})
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_create_user_then_a_duplicate_fails_in_one_line(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "c.sqlite3")
    args = (
        "--database",
        url,
        "create-user",
        "lan",
        "--role",
        "nurse",
        "--full-name",
        "Lê Thị Lan",
        "--password-stdin",
    )
    assert threadbook("--database", url, "migrate").returncode == 0
    created = threadbook(*args, stdin=PASSWORD + "\n")
    assert created.returncode == 0, created.stderr
    assert "Created user lan" in created.stdout
    again = threadbook(*args, stdin=PASSWORD + "\n")
    assert again.returncode == 2
    assert again.stderr.strip() == "threadbook: A user named 'lan' already exists."


def test_short_password_is_refused(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "c.sqlite3")
    assert threadbook("--database", url, "migrate").returncode == 0
    result = threadbook(
        "--database",
        url,
        "create-user",
        "lan",
        "--role",
        "nurse",
        "--full-name",
        "Lan",
        "--password-stdin",
        stdin="short\n",
    )
    assert result.returncode == 2
    assert "at least 10 characters" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    "url", ["nonsense", "postgresql+psycopg://nobody@127.0.0.1:1/none", "mysql://x@y/z"]
)
def test_bad_or_unreachable_database_is_one_clear_line(url: str) -> None:
    result = threadbook("--database", url, "migrate")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith("threadbook: ")
    assert "Traceback" not in result.stderr


def test_demo_fills_a_new_database_and_refuses_a_real_one(tmp_path: Path) -> None:
    demo_url = sqlite_url(tmp_path / "demo.sqlite3")
    result = threadbook("--database", demo_url, "demo", "--patients", "300", "--seed", "7")
    assert result.returncode == 0, result.stderr
    assert "Added 300 fictional patients" in result.stdout
    for username in ("demo.admin", "demo.doctor", "demo.nurse"):
        assert username in result.stdout
    engine = create_engine(demo_url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM patient")).scalar() == 300
        names = connection.execute(text("SELECT full_name FROM patient")).scalars().all()
        # Every attended demo visit has its review, so the outcome reports have data.
        attended = connection.execute(
            text("SELECT count(*) FROM follow_up WHERE status = 'attended'")
        ).scalar()
        reviews = connection.execute(text("SELECT count(*) FROM review")).scalar()
        future_calls = connection.execute(
            text("SELECT count(*) FROM contact_attempt WHERE contacted_at > CURRENT_TIMESTAMP")
        ).scalar()
    engine.dispose()
    assert attended == reviews and reviews
    assert future_calls == 0
    assert any("ễ" in name or "Đ" in name for name in names)

    # A second run adds patients; the demo staff keep the passwords printed the first time.
    doctor_line = next(line for line in result.stdout.splitlines() if "demo.doctor" in line)
    password = doctor_line.split()[-1]
    again = threadbook("--database", demo_url, "demo", "--patients", "5", "--seed", "8")
    assert again.returncode == 0, again.stderr
    assert "unchanged from the first demo run" in again.stdout
    database = open_database(demo_url)
    assert authenticate(database, "demo.doctor", password).username == "demo.doctor"
    database.dispose()

    clinic_url = sqlite_url(tmp_path / "clinic.sqlite3")
    assert threadbook("--database", clinic_url, "migrate").returncode == 0
    threadbook(
        "--database",
        clinic_url,
        "create-user",
        "lan",
        "--role",
        "nurse",
        "--full-name",
        "Lan",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    refused = threadbook("--database", clinic_url, "demo", "--patients", "10")
    assert refused.returncode == 2
    assert "clinic's own records" in refused.stderr


def test_inventory_and_recall_on_a_demo_database(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    assert threadbook("--database", url, "demo", "--patients", "200", "--seed", "3").returncode == 0
    engine = create_engine(url)
    with engine.connect() as connection:
        lot, patients = connection.execute(
            text(
                "SELECT l.lot_number, count(DISTINCT p.patient_id) FROM lot l "
                "JOIN placement p ON p.lot_id = l.id GROUP BY l.id ORDER BY 2 DESC LIMIT 1"
            )
        ).one()
        recalled = connection.execute(
            text("SELECT count(*) FROM lot WHERE recalled_on IS NOT NULL")
        ).scalar()
    engine.dispose()
    assert recalled == 1

    stock = threadbook("--database", url, "inventory", "--csv")
    assert stock.returncode == 0, stock.stderr
    lines = stock.stdout.strip().splitlines()
    assert lines[0].startswith("product,material,lot,expiry,received,used")
    assert len(lines) > 5
    assert all(int(line.rsplit(",", 2)[-2]) >= 0 for line in lines[1:])  # on hand never negative

    recall = threadbook("--database", url, "recall", lot.lower(), "--csv")
    assert recall.returncode == 0, recall.stderr
    rows = recall.stdout.strip().splitlines()
    assert rows[0].startswith("patient,mrn,phone,contact_consent")
    assert len({row.split(",")[1] for row in rows[1:]}) == patients

    nobody = threadbook("--database", url, "recall", "NO-SUCH-LOT")
    assert nobody.returncode == 0 and "No patient received lot NO-SUCH-LOT" in nobody.stdout


def test_today_prints_every_row_of_a_list_longer_than_the_window_shows(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "demo.sqlite3")
    built = threadbook("--database", url, "demo", "--patients", "150", "--seed", "2")
    assert built.returncode == 0, built.stderr
    # Two years on, every visit still planned is overdue: far more than the window's 50 a page.
    later = (date.today() + timedelta(days=730)).isoformat()
    result = threadbook("--database", url, "today", "--date", later)
    assert result.returncode == 0, result.stderr
    heading = next(line for line in result.stdout.splitlines() if line.startswith("Overdue: "))
    overdue = int(heading.removeprefix("Overdue: "))
    assert overdue > 50
    assert result.stdout.count(" d late ") == overdue
    table = threadbook("--database", url, "today", "--date", later, "--csv")
    assert sum(line.startswith("overdue,") for line in table.stdout.splitlines()) == overdue
