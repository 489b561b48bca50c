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
    demo.add_argument(
        "--charted",
        type=int,
        default=None,
        help="how many of them have a treatment history (default: all); the rest are "
        "registered only, which keeps a very large demo to a plausible size",
    )
    demo.set_defaults(run=run_demo)


def _clock(seconds: float) -> str:
    minutes, seconds = divmod(round(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{seconds:02d}"


def progress_line(label: str, done: int, total: int, elapsed: float) -> str:
    """'Patients [####......] 2,000/10,000  0:00:08 elapsed, about 0:00:32 left'."""
    width = 30
    filled = width * done // max(total, 1)
    line = f"{label} [{'#' * filled}{'.' * (width - filled)}] {done:,}/{total:,}  "
    line += f"{_clock(elapsed)} elapsed"
    if 0 < done < total:
        # Batches cost the same all the way (charted patients are spread evenly).
        line += f", about {_clock(elapsed / done * (total - done))} left"
    return line


def progress_bar(label: str) -> Progress:
    started = time.monotonic()

    def show(done: int, total: int) -> None:
        # Padded: the line is rewritten in place and the estimate can get shorter.
        sys.stderr.write(f"\r{progress_line(label, done, total, time.monotonic() - started):<90}")
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return show


def run_demo(args: argparse.Namespace) -> int:
    if args.patients < 0 or args.patients > 1_000_000:
        print("threadbook: --patients must be between 0 and 1,000,000", file=sys.stderr)
        return 2
    if args.charted is not None and not 0 <= args.charted <= args.patients:
        print("threadbook: --charted must be between 0 and --patients", file=sys.stderr)
        return 2
    db = open_database(args.database)
    try:
        show = progress_bar("Patients")
        result = add_demo_records(db, args.patients, args.seed, show, charted=args.charted)
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
