"""A writer killed with SIGKILL at random moments never leaves a broken or half-saved record."""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

import pytest
from sqlalchemy import select

from db.audit.chain_check import verify_chain
from db.models import Patient
from db.storage.database import open_database
from db.storage.sqlite_checks import foreign_key_problems, integrity_problems, sqlite_connection
from db.storage.wholeness import incomplete_records
from tests.conftest import sqlite_url

WRITER = Path(__file__).resolve().parent.parent / "crash_writer.py"
KILLS = 50
# Writers started ahead, importing while the previous one writes and the database is checked.
AHEAD = 2

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")


def start_writer(url: str, seed: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(WRITER), url, str(seed)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def run_until_killed(
    writer: subprocess.Popen[str], kill_at: int, delay: float, saved: set[str]
) -> int:
    """Let the writer start `kill_at` writes, then kill it `delay` seconds into the last one.

    Returns how many writes it started; collects the MRNs it reported as committed.
    """
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("go\n")
    writer.stdin.flush()
    started = 0
    while started < kill_at:
        line = writer.stdout.readline()
        if not line:
            _, errors = writer.communicate(timeout=30)
            pytest.fail(f"the writer stopped by itself:\n{errors}")
        if line.startswith("saved "):
            saved.add(line.split()[1])
        elif line.startswith("begin"):
            started += 1
    # The moment of the kill is the point of the test: anywhere inside one write, including
    # between SQLite's writes to the log and its commit.
    time.sleep(delay)
    os.kill(writer.pid, signal.SIGKILL)
    remaining, _ = writer.communicate(timeout=30)
    saved.update(line.split()[1] for line in remaining.splitlines() if line.startswith("saved "))
    assert writer.returncode == -signal.SIGKILL
    return started


def check_after_kill(path: Path, saved: set[str]) -> int:
    """The database opens, passes SQLite's checks, every record is whole, nothing committed is
    missing and the audit chain verifies. Returns the number of patients."""
    db = open_database(sqlite_url(path))
    try:
        with sqlite_connection(path) as connection:
            assert integrity_problems(connection) == []
            assert foreign_key_problems(connection) == []
        with db.read() as session:
            assert incomplete_records(session) == []
            chain = verify_chain(session)
            assert chain.ok, chain.message
            present = set(session.scalars(select(Patient.mrn)))
    finally:
        db.dispose()
    assert saved <= present, f"committed but missing: {sorted(saved - present)[:5]}"
    return len(present)


@pytest.mark.slow
def test_killing_the_writer_fifty_times_leaves_every_record_whole(
    tmp_path: Path, templates: dict[str, Path]
) -> None:
    path = tmp_path / "crash.sqlite3"
    shutil.copy(templates["staffed"], path)
    url = sqlite_url(path)
    rng = random.Random(20261126)
    saved: set[str] = set()
    writes = 0
    queue = deque(start_writer(url, seed) for seed in range(AHEAD))
    try:
        for kill in range(KILLS):
            writer = queue.popleft()
            # Mostly a few writes in, sometimes at the very first, sometimes well along.
            writes += run_until_killed(
                writer, rng.choice((1, 2, 3, 5, 8, 13, 21)), rng.uniform(0, 0.008), saved
            )
            if kill + AHEAD < KILLS:
                queue.append(start_writer(url, kill + AHEAD))
            patients = check_after_kill(path, saved)
    finally:
        for waiting in queue:
            waiting.kill()
            waiting.communicate()
    assert patients >= len(saved) > KILLS
    print(f"\n{KILLS} kills after {writes} writes started; {patients} patients, all whole")
