"""Report speed on a large clinic: each report over the last year and over all time.

Run: python -m benchmarks.reports --database sqlite:///bench.sqlite3
(the database `benchmarks/run.py` builds, or `main.py demo --patients 100000 --seed 1`).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from datetime import date, timedelta
from functools import partial
from typing import Any

from sqlalchemy import select

from db.access.permissions import Actor
from db.models import User
from db.reports.adherence import adherence
from db.reports.complication_rates import GroupBy, complication_rates
from db.reports.outcomes import outcomes
from db.reports.scope import ReportFilter
from db.reports.stock import stock_report
from db.storage.database import open_database


def timed(label: str, work: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = work()
    rows = len(result) if isinstance(result, list) else ""
    print(f"{label:<52} {1000 * (time.perf_counter() - started):9.1f} ms {rows:>7}")
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--database", required=True)
    args = parser.parse_args()
    db = open_database(args.database)
    with db.read() as session:
        doctor = session.scalars(select(User).where(User.username == "demo.doctor")).one()
    actor = Actor(doctor.id, doctor.username, doctor.full_name, doctor.role_set)
    today = date.today()
    periods = {
        "last year": ReportFilter(today - timedelta(days=365), today),
        "all time": ReportFilter(today - timedelta(days=365 * 10), today),
    }
    print(f"{'report':<52} {'time':>12} {'rows':>7}")
    for name, wanted in periods.items():
        for group_by in GroupBy:
            timed(
                f"complication rates by {group_by.value}, {name}",
                partial(complication_rates, db, actor, wanted, group_by),
            )
        for group_by in (GroupBy.MATERIAL, GroupBy.PRODUCT):
            timed(
                f"outcomes by {group_by.value}, {name}",
                partial(outcomes, db, actor, wanted, group_by),
            )
        timed(f"follow-up adherence, {name}", partial(adherence, db, actor, wanted))
        timed(f"stock, {name}", partial(stock_report, db, actor, wanted))
    pdo = ReportFilter(today - timedelta(days=365), today, material="PDO")
    timed("complication rates by lot, last year, PDO only",
          lambda: complication_rates(db, actor, pdo, GroupBy.LOT))  # fmt: skip
    timed("follow-up adherence, last year, PDO only", lambda: adherence(db, actor, pdo))
    db.dispose()


if __name__ == "__main__":
    main()
