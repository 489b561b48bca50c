"""Threadbook at clinic-chain scale: build (or reuse) large demo databases and time them.

    python benchmarks/run.py [--patients 10000,100000,1000000] [--charted 20000] [--seed 1]
                             [--backends sqlite,postgresql] [--sqlite-dir DIR] [--pg-admin URL]

Prints one table per database with a column group per size, so the growth of each cost shows.
Beside each database operation it times the plain SQL that returns the same rows on the same
connection pool, so the ratio is the program's own overhead over the database. `--charted`
caps how many patients of a demo have a treatment history (the rest are registered only).
PostgreSQL runs on the server named by --pg-admin (a URL whose
user may create databases; the demo database is made there once and reused) or, without it, on
a throwaway loopback server started for the run with durable commits, as a clinic's server has.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from contextlib import ExitStack
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from benchmarks.cold_start import start  # noqa: E402
from benchmarks.databases import (  # noqa: E402
    demo_name,
    postgresql_demo,
    postgresql_server,
    sqlite_demo,
)
from benchmarks.plain_sql import file_sql, plain, plain_search, today_sql  # noqa: E402
from db.access.permissions import logged_in_actor  # noqa: E402
from db.aftercare.output import export_sheet  # noqa: E402
from db.models import Lot, Patient, Procedure, User  # noqa: E402
from db.record.complications import ComplicationFilter, list_complications  # noqa: E402
from db.record.followups import day_lists, patient_follow_ups  # noqa: E402
from db.record.patients import open_patient, search_patients  # noqa: E402
from db.record.procedures import patient_procedures  # noqa: E402
from db.record.timeline import build_timeline  # noqa: E402
from db.stock.lots import StockFilter, _lot_query, inventory  # noqa: E402
from db.stock.recall import patients_with_lot, recall_query  # noqa: E402
from db.storage.database import Database, open_database  # noqa: E402
from db.text import fold  # noqa: E402

# operation -> (p50, p95, plain SQL p50 or None, target)
Figures = dict[str, tuple[float, float, float | None, str]]


def timed(work: Callable[[], Any], repeat: int = 1) -> list[float]:
    out = []
    for _ in range(repeat):
        started = time.perf_counter()
        work()
        out.append((time.perf_counter() - started) * 1000)
    return out


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def queries(db: Database, count: int, rng: random.Random) -> list[str]:
    """What reception types: unaccented name fragments, full names, phone and MRN prefixes."""
    with db.read() as session:
        highest = session.scalar(select(func.max(Patient.id))) or 0
        chosen = rng.sample(range(1, highest + 1), min(count, highest))
        sample = session.execute(
            select(Patient.full_name, Patient.phone_digits, Patient.mrn).where(
                Patient.id.in_(chosen)
            )
        ).all()
    out: list[str] = []
    for name, phone, mrn in sample:
        words = fold(name).split()
        kind = len(out) % 6
        if kind == 0:
            out.append(words[-1][: rng.randint(2, len(words[-1]))])
        elif kind == 1:
            out.append(f"{words[0]} {words[-1][:3]}")
        elif kind == 2:
            out.append(name)
        elif kind == 3:
            out.append(phone[: rng.randint(4, 7)])
        elif kind == 4:
            out.append(mrn.split("-")[1].lstrip("0")[:4])
        else:
            out.append(" ".join(words[:2]))
    return out[:count]


def measure(
    url: str, seed: int, query_count: int, window: bool = True
) -> tuple[Figures, dict[str, int]]:
    """Every operation's figures on one database, and the database's row counts; `window`:
    the program's window too, started in a process of its own."""
    db = open_database(url)
    with db.read() as session:
        nurse = session.scalars(select(User).where(User.username == "demo.nurse")).one()
        counts = {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("patient", "procedure", "placement", "follow_up", "complication", "lot")
        }
    reception = logged_in_actor(nurse.id, nurse.username, nurse.full_name, nurse.role_set)
    rng = random.Random(seed)
    figures: Figures = {}

    def add(what: str, program: list[float], sql: list[float] | None, target: str) -> None:
        sql_p50 = statistics.median(sql) if sql else None
        figures[what] = (statistics.median(program), percentile(program, 0.95), sql_p50, target)

    typed = queries(db, query_count, rng)
    for q in typed[:10]:
        search_patients(db, reception, q)  # warm the caches as a running program has them
    program = [timed(partial(search_patients, db, reception, q, 100))[0] for q in typed]
    sql = [timed(plain_search(db, q))[0] for q in typed]
    add(f"patient search as you type ({len(typed)} queries)", program, sql, "p95 <= 16 ms")

    with db.read() as session:
        several = (
            "SELECT patient_id FROM procedure GROUP BY patient_id HAVING count(*) >= 2 LIMIT 50"
        )
        patient_ids = [pid for (pid,) in session.execute(text(several))]

    def open_file(pid: int) -> None:
        """What the file page loads: its tabs' records, the timeline built from them."""
        open_patient(db, reception, pid)
        build_timeline(
            patient_procedures(db, reception, pid),
            patient_follow_ups(db, reception, pid),
            list_complications(db, reception, ComplicationFilter(patient_id=pid)),
        )

    program = [timed(partial(open_file, pid))[0] for pid in patient_ids]
    sql = [timed(file_sql(db, pid))[0] for pid in patient_ids]
    add("open a patient's file (all tabs)", program, sql, "< 100 ms")

    today = db.clock().astimezone().date()
    day_lists(db, reception, today)  # a running program has built its statements already
    program = timed(lambda: day_lists(db, reception, today), 20)
    sql = timed(today_sql(db, today), 20)
    add("Today page (due, overdue, coming week)", program, sql, "<= 50 ms at 100k")

    with db.read() as session:
        lot_numbers = list(session.scalars(select(Lot.lot_number).order_by(Lot.id).limit(20)))
    program = [timed(partial(patients_with_lot, db, reception, n))[0] for n in lot_numbers]
    sql = [timed(plain(db, recall_query(n)))[0] for n in lot_numbers]
    add("lot recall", program, sql, "< 100 ms")

    program = timed(lambda: inventory(db, reception, StockFilter.ALL), 5)
    sql = timed(plain(db, _lot_query()[0]), 5)
    add("inventory page (all lots)", program, sql, "")

    with db.read() as session:
        recent = list(
            session.scalars(select(Procedure.id).order_by(Procedure.id.desc()).limit(101))
        )
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder)
        timed(partial(export_sheet, db, reception, recent[0], out / "first.pdf"))  # font load
        program = [
            timed(partial(export_sheet, db, reception, pid, out / f"{pid}.pdf"))[0]
            for pid in recent[1:21]
        ]
        add("one aftercare PDF, saved and audited", program, None, "< 200 ms")
    db.dispose()
    if not window:
        return figures, counts

    gui = gui_probe(url)
    figures["cold start to a usable main window"] = (
        gui["cold_start_s"] * 1000,
        gui["cold_start_s"] * 1000,
        None,
        "<= 1000 ms",
    )
    figures["longest event-loop block while typing"] = (
        gui["max_block_ms"],
        gui["max_block_ms"],
        None,
        "< 100 ms",
    )
    figures["peak memory of the program (MB)"] = (gui["peak_mb"], gui["peak_mb"], None, "< 300")
    return figures, counts


def gui_probe(url: str) -> dict[str, float]:
    """The window started in a process of its own: cold start is the whole process's, from
    just before it is spawned, with its modules compiled as an installed program has them."""
    with tempfile.TemporaryDirectory() as bytecode:
        start(url, "demo.nurse", Path(bytecode))  # compiles, as installing the program does
        return start(url, "demo.nurse", Path(bytecode), "nguyen thi", start_only=False)


def table(results: dict[str, Figures]) -> list[tuple[str, ...]]:
    """One line per operation; a p50/p95/SQL/ratio column group per database or size."""
    names = list(results)
    header = ["operation"]
    for name in names:
        header += [f"{name} p50", "p95", "SQL", "ratio"]
    lines = [tuple([*header, "target"])]
    first = results[names[0]]
    for what in first:
        line = [what]
        for name in names:
            p50, p95, sql, _target = results[name].get(what, (0.0, 0.0, None, ""))
            line += [
                f"{p50:,.1f}",
                f"{p95:,.1f}",
                f"{sql:,.1f}" if sql else "",
                f"{p50 / sql:.2f}" if sql else "",
            ]
        lines.append(tuple([*line, first[what][3]]))
    return lines


def sizes(text_value: str) -> list[int]:
    return [int(part.replace("_", "")) for part in text_value.split(",") if part.strip()]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=sizes, default=[100_000], help="e.g. 10000,100000")
    parser.add_argument("--charted", type=int, default=None, help="cap on charted patients")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--backends", default="sqlite,postgresql")
    parser.add_argument("--sqlite", type=Path, default=None, help="the SQLite file (one size)")
    parser.add_argument("--sqlite-dir", type=Path, default=None, help="folder of SQLite demos")
    parser.add_argument("--pg-admin", default=None, help="PostgreSQL URL allowed to create dbs")
    parser.add_argument("--pg-prefix", default="threadbook_bench", help="demo database names")
    parser.add_argument(
        "--without-window", action="store_true", help="database operations only (no GUI)"
    )
    parser.add_argument("--json", type=Path, default=None, help="also write the figures here")
    args = parser.parse_args()
    if args.sqlite and len(args.patients) > 1:
        parser.error("--sqlite names one file: use --sqlite-dir for several sizes")
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    # backend -> size label -> figures
    results: dict[str, dict[str, Figures]] = {}
    admin: str | None = None
    with ExitStack() as stack:
        for backend in backends:
            for patients in args.patients:
                label = f"{patients:,}"
                if backend == "sqlite":
                    path = args.sqlite
                    if args.sqlite_dir:
                        name = f"bench-{demo_name(patients, args.charted)}.sqlite3"
                        path = args.sqlite_dir / name
                    url = sqlite_demo(patients, args.seed, path, args.charted)
                else:
                    # One server for every size (a throwaway one is started once).
                    admin = admin or stack.enter_context(postgresql_server(args.pg_admin))
                    url = postgresql_demo(admin, patients, args.seed, args.charted, args.pg_prefix)
                window = not args.without_window
                figures, counts = measure(url, args.seed, args.queries, window)
                results.setdefault(backend, {})[label] = figures
                print(f"{backend} {label}: {', '.join(f'{v:,} {k}' for k, v in counts.items())}")
    for backend, by_size in results.items():
        lines = table(by_size)
        widths = [max(len(line[i]) for line in lines) for i in range(len(lines[0]))]
        print(f"\n{backend}, patients: {', '.join(by_size)}")
        for line in [lines[0], tuple("-" * w for w in widths), *lines[1:]]:
            print("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    if not args.without_window:
        print("\n".join(thread_map_lines()))
    if args.json:
        args.json.write_text(json.dumps({"patients": args.patients, "results": results}))
    return 0


def thread_map_lines() -> list[str]:
    """The thread map of a patient with 20 procedures (200 threads), in its own clinic."""
    mapped = subprocess.run(
        [sys.executable, "-m", "benchmarks.thread_map", "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures = json.loads(mapped.stdout.strip().splitlines()[-1])
    return [
        "",
        f"thread map of 20 procedures: lifetime_map() {figures['lifetime_map_ms']:.1f} ms "
        f"(plain SQL {figures['plain_sql_ms']:.1f} ms)",
        f"thread map of 20 procedures: tab open, painted {figures['open_tab_ms']:.0f} ms "
        f"(slowest {figures['open_tab_max_ms']:.0f} ms; target < 100 ms)",
        f"repaint with 200 threads on screen {figures['repaint_ms']:.0f} ms",
    ]


if __name__ == "__main__":
    sys.exit(main())
