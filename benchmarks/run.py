"""Threadbook at clinic-chain scale: build (or reuse) a large demo database and time it.

    python benchmarks/run.py [--patients 100000] [--seed 1] [--database PATH]

Prints a table. Beside each database operation it times the plain SQL that returns the same
rows on the same connection, so the ratio is the program's own overhead over the database.
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
from datetime import date, datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from db.access.permissions import logged_in_actor  # noqa: E402
from db.aftercare.output import export_sheet  # noqa: E402
from db.models import (  # noqa: E402
    Complication,
    FollowUp,
    Lot,
    Patient,
    Placement,
    Procedure,
    ThreadProduct,
    User,
)
from db.record.complications import ComplicationFilter, list_complications  # noqa: E402
from db.record.followups import day_lists, patient_follow_ups  # noqa: E402
from db.record.patients import open_patient, search_patients, search_query  # noqa: E402
from db.record.procedures import patient_procedures  # noqa: E402
from db.record.timeline import build_timeline  # noqa: E402
from db.stock.lots import StockFilter, _lot_query, inventory  # noqa: E402
from db.stock.recall import patients_with_lot, recall_query  # noqa: E402
from db.storage.database import Database, data_dir, open_database  # noqa: E402
from db.text import fold  # noqa: E402

Row = tuple[str, str, str, str, str, str]


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


def plain(db: Database, statement: Any) -> Callable[[], Any]:
    """The same SELECT, compiled once, run through the DB-API cursor with no ORM around it."""
    compiled = statement.compile(
        dialect=db.engine.dialect, compile_kwargs={"render_postcompile": True}
    )
    sql, params = str(compiled), compiled.params
    positional = compiled.positiontup and [params[name] for name in compiled.positiontup]

    def run() -> Any:
        with db.engine.connect() as connection:
            cursor = connection.connection.cursor()
            cursor.execute(sql, positional if positional else params)
            rows = cursor.fetchall()
            cursor.close()
            return rows

    return run


def file_sql(db: Database, patient_id: int) -> Callable[[], object]:
    """What a patient's file shows, as bare queries: the patient, procedures with placements,
    lots and products, follow-ups with their procedure, complications."""
    queries = (
        select(Patient).where(Patient.id == patient_id),
        select(Procedure, Placement, Lot, ThreadProduct)
        .join(Placement, Placement.procedure_id == Procedure.id)
        .join(Lot, Lot.id == Placement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .where(Procedure.patient_id == patient_id),
        select(FollowUp, Procedure.performed_at)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
        .where(FollowUp.patient_id == patient_id),
        select(Complication).where(Complication.patient_id == patient_id),
    )
    runners = [plain(db, query) for query in queries]
    return lambda: [run() for run in runners]


def today_sql(db: Database, day: date) -> Callable[[], object]:
    start = datetime.combine(day, datetime.min.time()).astimezone()
    end, week = start + timedelta(days=1), start + timedelta(days=8)
    planned = FollowUp.status == "planned"
    base = (
        select(FollowUp, Patient, Procedure.performed_at)
        .join(Patient, Patient.id == FollowUp.patient_id)
        .join(Procedure, Procedure.id == FollowUp.procedure_id)
    )
    runners = [
        plain(db, query)
        for query in (
            base.where(planned, FollowUp.due_at >= start, FollowUp.due_at < end),
            base.where(planned, FollowUp.due_at < start)
            .order_by(FollowUp.due_at.desc())
            .limit(500),
            base.where(planned, FollowUp.due_at >= end, FollowUp.due_at < week),
            select(func.count()).select_from(FollowUp).where(planned, FollowUp.due_at < start),
        )
    ]
    return lambda: [run() for run in runners]


def build(path: Path, patients: int, seed: int) -> None:
    print(f"Building {path} with {patients} patients (once; reused next time)...", flush=True)
    command = [sys.executable, str(ROOT / "main.py"), "--database", f"sqlite:///{path}"]
    subprocess.run([*command, "demo", "--patients", str(patients), "--seed", str(seed)], check=True)


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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--patients", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--database", type=Path, default=data_dir() / "benchmark" / "bench.sqlite3")
    args = parser.parse_args()
    if not args.database.exists():
        args.database.parent.mkdir(parents=True, exist_ok=True)
        build(args.database, args.patients, args.seed)
    url = f"sqlite:///{args.database}"
    db = open_database(url)
    with db.read() as session:
        nurse = session.scalars(select(User).where(User.username == "demo.nurse")).one()
        counts = {
            table: session.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()
            for table in ("patient", "procedure", "placement", "follow_up", "complication", "lot")
        }
    reception = logged_in_actor(nurse.id, nurse.username, nurse.full_name, nurse.role_set)
    rng = random.Random(args.seed)
    rows: list[Row] = []

    def add(what: str, program: list[float], sql: list[float] | None, target: str) -> None:
        p50 = statistics.median(program)
        ratio = f"{p50 / statistics.median(sql):.2f}" if sql else ""
        sql_text = f"{statistics.median(sql):.1f}" if sql else ""
        rows.append(
            (what, f"{p50:.1f}", f"{percentile(program, 0.95):.1f}", sql_text, ratio, target)
        )

    # Search as you type.
    typed = queries(db, args.queries, rng)
    for q in typed[:10]:
        search_patients(db, reception, q)  # warm the page cache as a running program has it
    program = [timed(partial(search_patients, db, reception, q, 100))[0] for q in typed]
    sql = [timed(plain(db, search_query(q).limit(100)))[0] for q in typed]
    add(f"patient search ({len(typed)} queries)", program, sql, "p95 < 50 ms")

    # Opening a patient's file: everything its tabs show.
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
    program = timed(lambda: day_lists(db, reception, today), 5)
    sql = timed(today_sql(db, today), 5)
    add("Today page (due, overdue, week)", program, sql, "< 200 ms")

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
        first = timed(partial(export_sheet, db, reception, recent[0], out / "first.pdf"))
        program = [
            timed(partial(export_sheet, db, reception, pid, out / f"{pid}.pdf"))[0]
            for pid in recent[1:21]
        ]
        add(
            f"one aftercare PDF (first: {first[0]:.0f} ms, fonts loading)",
            program,
            None,
            "< 200 ms",
        )
        batch = timed(
            lambda: [export_sheet(db, reception, pid, out / f"b{pid}.pdf") for pid in recent[1:]]
        )
        rows.append(("100 aftercare PDFs", f"{batch[0]:.0f}", "", "", "", ""))

    probe = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gui_probe.py"),
            url,
            "demo.nurse",
            "nguyen thi",
        ],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    gui = json.loads(probe.stdout.strip().splitlines()[-1])
    rows.append(
        (
            "cold start to usable main window",
            f"{gui['cold_start_s'] * 1000:.0f}",
            "",
            "",
            "",
            "< 1500 ms",
        )
    )
    checked = f"{gui['checked_s'] * 1000:.0f}"
    rows.append(("quick check done (runs behind the login)", checked, "", "", "", ""))
    rows.append(
        (
            "longest event-loop block while typing",
            f"{gui['max_block_ms']:.0f}",
            "",
            "",
            "",
            "< 100 ms",
        )
    )
    rows.append(
        ("peak memory of the program (MB)", f"{gui['peak_mb']:.0f}", "", "", "", "< 300 MB")
    )

    # The thread map of a patient with 20 procedures (200 threads), in its own clinic.
    mapped = subprocess.run(
        [sys.executable, "-m", "benchmarks.thread_map", "--json"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    figures = json.loads(mapped.stdout.strip().splitlines()[-1])
    rows.append(
        ("thread map of 20 procedures: lifetime_map()", f"{figures['lifetime_map_ms']:.1f}",
         "", f"{figures['plain_sql_ms']:.1f}", "", "")
    )  # fmt: skip
    rows.append(
        ("thread map of 20 procedures: tab open, painted", f"{figures['open_tab_ms']:.0f}",
         f"{figures['open_tab_max_ms']:.0f}", "", "", "< 100 ms")
    )  # fmt: skip
    rows.append(
        ("repaint with 200 threads on screen", f"{figures['repaint_ms']:.0f}", "", "", "", "")
    )

    print(f"\nDatabase: {args.database} ({', '.join(f'{v:,} {k}' for k, v in counts.items())})")
    header = ("operation", "p50 ms", "p95 ms", "SQL ms", "ratio", "target")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    for line in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(v).ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
