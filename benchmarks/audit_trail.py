"""Audit trail reading speed on a large trail: viewer pages, counts, chain check, CSV export.

Run: python -m benchmarks.audit_trail --database sqlite:///demo.sqlite3
(fill it first with `python main.py --database sqlite:///demo.sqlite3 demo --patients 200000`).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from db.access.permissions import command_line_actor, logged_in_actor
from db.audit.trail import (
    AuditFilter,
    audit_page,
    check_chain,
    count_audit_events,
    export_audit_csv,
)
from db.models import AuditEvent, User
from db.storage.database import open_database


def timed(label: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    print(f"{label:<48} {1000 * (time.perf_counter() - started):9.1f} ms")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    db = open_database(args.database)
    with db.read() as session:
        rows = session.scalar(select(func.count()).select_from(AuditEvent)) or 0
        admin = session.scalar(select(User).where(User.roles.contains("admin")))
        middle = session.scalar(select(AuditEvent.patient_id).where(AuditEvent.seq == rows // 2))
    assert admin is not None, "the database needs an administrator (the demo has one)"
    actor = logged_in_actor(admin.id, admin.username, admin.full_name, admin.role_set, "benchmark")
    print(f"{rows:,} audit rows")
    everything = AuditFilter()
    timed("count, no filter", lambda: count_audit_events(db, actor, everything))
    timed("newest page (200 rows), no filter", lambda: audit_page(db, actor, everything))
    deep = rows // 2
    timed("page half-way down (keyset)", lambda: audit_page(db, actor, everything, deep))
    by_patient = AuditFilter(patient=str(middle))
    timed(
        "count + page, one patient",
        lambda: (count_audit_events(db, actor, by_patient), audit_page(db, actor, by_patient)),
    )
    rare = AuditFilter(action="password_reset")
    timed(
        "count + page, a rare action (not indexed)",
        lambda: (count_audit_events(db, actor, rare), audit_page(db, actor, rare)),
    )
    check = timed("verify the whole chain", lambda: check_chain(db, command_line_actor()))
    print(f"  -> {check.message}")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "all.csv"
        count = timed(
            "export everything to CSV",
            lambda: export_audit_csv(db, command_line_actor(), everything, target),
        )
        print(f"  -> {count:,} rows, {target.stat().st_size / 1e6:.1f} MB")
    db.dispose()


if __name__ == "__main__":
    main()
