"""`demo`: fill a new database with fictional records to explore."""

from __future__ import annotations

import argparse
import sys
import time

from db.demo.build import Progress, add_demo_records
from db.record.patients import analyse
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    demo = commands.add_parser(
        "demo", help="add fictional patients and demo staff accounts to a new database"
    )
    demo.add_argument("--patients", type=int, default=200, help="how many patients (default 200)")
    demo.add_argument("--seed", type=int, default=None, help="make the same records every time")
    demo.set_defaults(run=run_demo)


def progress_bar(label: str) -> Progress:
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        width = 30
        filled = width * done // max(total, 1)
        elapsed = time.monotonic() - started
        sys.stderr.write(
            f"\r{label} [{'#' * filled}{'.' * (width - filled)}] {done}/{total} {elapsed:5.1f}s"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def run_demo(args: argparse.Namespace) -> int:
    if args.patients < 0 or args.patients > 1_000_000:
        print("threadbook: --patients must be between 0 and 1,000,000", file=sys.stderr)
        return 2
    db = open_database(args.database)
    try:
        show = progress_bar("Patients")
        result = add_demo_records(db, args.patients, args.seed, show)
        analyse(db)
    finally:
        db.dispose()
    print(
        f"Added {result.patients_added} fictional patients and "
        f"{result.procedures_added} procedures."
    )
    print("Demo staff accounts (username / role / password):")
    for username, role, password in result.staff:
        shown = password or "(unchanged from the first demo run)"
        print(f"  {username:<12} {role:<7} {shown}")
    return 0
