"""`backup`, `restore` and `check` as an administrator runs them from a terminal."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from tests.conftest import sqlite_url
from tests.test_cli import threadbook


def test_backup_check_damage_and_restore_from_the_command_line(tmp_path: Path) -> None:
    live = tmp_path / "clinic.sqlite3"
    url = sqlite_url(live)
    assert threadbook("--database", url, "demo", "--patients", "40", "--seed", "3").returncode == 0

    made = threadbook("--database", url, "backup", str(tmp_path / "copy.sqlite3"))
    assert made.returncode == 0, made.stderr
    assert "checked" in made.stdout and "40 patients" in made.stdout

    checked = threadbook("--database", url, "check")
    assert checked.returncode == 0, checked.stdout
    for name in ("integrity", "foreign keys", "audit trail", "records whole"):
        assert name in checked.stdout

    with sqlite3.connect(live) as connection:
        connection.execute("UPDATE audit_event SET username = 'someone' WHERE seq = 3")
    tampered = threadbook("--database", url, "check")
    assert tampered.returncode == 1
    assert "audit row 3 (" in tampered.stdout and "does not match its hash" in tampered.stdout

    refused = threadbook("--database", url, "restore", str(tmp_path / "nothing.sqlite3"))
    assert refused.returncode == 2
    assert refused.stderr.startswith("threadbook: There is no file")
    assert refused.stderr.count("\n") == 1

    restored = threadbook(
        "--database",
        url,
        "restore",
        str(tmp_path / "copy.sqlite3"),
        "--keep-folder",
        str(tmp_path / "kept"),
    )
    assert restored.returncode == 0, restored.stderr
    assert "kept as" in restored.stdout
    assert len(list((tmp_path / "kept").glob("replaced-*.sqlite3"))) == 1
    assert threadbook("--database", url, "check").returncode == 0

    # A procedure whose stock movement went missing behind the program's back is not whole.
    with sqlite3.connect(live) as connection:
        connection.execute(
            "DELETE FROM stock_movement WHERE id = "
            "(SELECT min(id) FROM stock_movement WHERE kind = 'used')"
        )
    broken = threadbook("--database", url, "check")
    assert broken.returncode == 1
    assert "but its stock movements used 0" in broken.stdout


def test_check_reports_a_damaged_file_without_opening_it_for_writing(tmp_path: Path) -> None:
    live = tmp_path / "clinic.sqlite3"
    url = sqlite_url(live)
    assert threadbook("--database", url, "migrate").returncode == 0
    data = bytearray(live.read_bytes())
    data[4096 * 3 : 4096 * 5] = b"\xff" * 8192
    live.write_bytes(bytes(data))

    checked = threadbook("--database", url, "check")
    assert checked.returncode == 1
    assert "integrity" in checked.stdout and "FAIL" in checked.stdout
    assert live.read_bytes() == bytes(data)

    refused = threadbook("--database", url, "backup", str(tmp_path / "copy.sqlite3"))
    assert refused.returncode == 2
    assert "damaged" in refused.stderr and "Traceback" not in refused.stderr
    assert not (tmp_path / "copy.sqlite3").exists()


def test_check_of_a_missing_file_fails_instead_of_making_one(tmp_path: Path) -> None:
    result = threadbook("--database", sqlite_url(tmp_path / "none.sqlite3"), "check")
    assert result.returncode == 1
    assert "missing" in result.stdout
    assert not (tmp_path / "none.sqlite3").exists()
