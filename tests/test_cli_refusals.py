"""Inputs from outside get one clear line: formula cells, missing files, odd paths and ids."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest

from db.csv_cells import csv_writer, safe_cell
from db.stock.products import ProductInput, add_product
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.test_cli import threadbook


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_that_would_run_as_a_formula_is_shown_as_text(start: str) -> None:
    cell = f'{start}HYPERLINK("http://x")'
    assert safe_cell(cell) == "'" + cell
    out = io.StringIO()
    csv_writer(out).writerow([cell, "Lan", 3])
    assert next(csv.reader(io.StringIO(out.getvalue()))) == ["'" + cell, "Lan", "3"]


def test_inventory_csv_escapes_a_planted_formula(
    db: Database, db_url: str, staff: Staff, stock: Stock
) -> None:
    add_product(
        db,
        staff.nurse,
        ProductInput("=cmd|' /C calc'!A0", "@SUM(1+1)", "PDO", "cog", "USP 2-0", 110, ""),
    )
    listed = threadbook("--database", db_url, "inventory", "--csv", "--filter", "all")
    assert listed.returncode == 0, listed.stderr
    cells = [cell for row in csv.reader(io.StringIO(listed.stdout)) for cell in row]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]


def test_a_missing_sqlite_file_is_refused_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "typo.sqlite3"
    for command in (["inventory"], ["today"], ["audit", "verify"], ["backup", "x.sqlite3"]):
        result = threadbook("--database", f"sqlite:///{missing}", *command)
        assert result.returncode == 2
        assert result.stderr == (
            f"threadbook: There is no database at {missing}; use `migrate` to create one.\n"
        )
    assert not missing.exists()
    assert threadbook("--database", f"sqlite:///{missing}", "migrate").returncode == 0
    assert missing.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["today", "--date", "0001-01-01"], "outside the dates Threadbook keeps"),
        (["today", "--date", "9999-12-31"], "outside the dates Threadbook keeps"),
        (["aftercare", "99999999999999999999", "--output", "{tmp}/a.pdf"], "no procedure"),
        (["aftercare", "1", "--output", "/dev/null"], "not a regular file"),
        (["aftercare", "1", "--output", "{tmp}"], "not a regular file"),
        (["aftercare", "1", "--output", "{tmp}/link.pdf"], "not a regular file"),
        (["restore", "{tmp}/archive.dump"], "backup of a PostgreSQL server"),
        (["--database", "sqlite://", "check"], "in-memory database"),
        (["--database", "postgresql+asyncpg://u@localhost/d", "check"], "postgresql+asyncpg"),
        (["--database", "sqlite:////" + "a" * 100_000, "inventory"], "characters long"),
    ],
)
def test_odd_inputs_get_one_clear_line(tmp_path: Path, args: list[str], message: str) -> None:
    live = tmp_path / "clinic.sqlite3"
    assert threadbook("--database", f"sqlite:///{live}", "migrate").returncode == 0
    (tmp_path / "archive.dump").write_bytes(b"PGDMP\x01\x0e\x00" + b"\x00" * 64)
    (tmp_path / "link.pdf").symlink_to(os.devnull)
    before = live.read_bytes()
    filled = [a.replace("{tmp}", str(tmp_path)) for a in args]
    if filled[0] != "--database":
        filled = ["--database", f"sqlite:///{live}", *filled]
    result = threadbook(*filled)
    assert result.returncode == 2, result.stdout
    assert result.stderr.count("\n") == 1 and "unexpected error" not in result.stderr
    assert message in result.stderr
    assert live.read_bytes() == before
