"""Thread map figures: `python -m benchmarks.thread_map_demo [--patients 1000]`.

1. The demo database with and without its drawn threads, at the same size and seed: how much
   longer the demo takes, and how many thread rows it adds.
2. In that clinic, a patient with N procedures charted through the program (four drawn
   placements each, 18 threads): the time `lifetime_map` takes to read the patient's map (the
   patient file's "Thread map" view waits for it), and `patient_procedures` beside it for scale.

Prints figures; asserts nothing. Uses SQLite files in a temporary folder, or the empty
PostgreSQL database named by --database (then the demo comparison is skipped).
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from db.access.permissions import Actor, command_line_actor, logged_in_actor
from db.access.users import create_user
from db.demo.build import add_demo_records
from db.demo.thread_drawings import draw_placement
from db.models import DrawnThread
from db.record.patients import PatientInput, register_patient
from db.record.procedures import (
    PlacementInput,
    ProcedureInput,
    chart_procedure,
    patient_procedures,
)
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.database import Database, open_database
from db.threadmap.lifetime import lifetime_map
from tests.helpers import treatment_consent

# Area, side, threads: one procedure's placements, drawn as the demo draws them.
PLACEMENTS = (("midface", "both", 6), ("jawline", "both", 4), ("nasolabial", "both", 4),
              ("neck", "both", 4))  # fmt: skip


def demo_seconds(url: str, patients: int, drawn: bool) -> float:
    db = open_database(url)
    start = time.perf_counter()
    add_demo_records(db, patients=patients, seed=1, draw_threads=drawn)
    seconds = time.perf_counter() - start
    with db.read() as session:
        threads = session.scalar(select(func.count()).select_from(DrawnThread)) or 0
    db.dispose()
    print(f"  demo --patients {patients}, {'with' if drawn else 'without'} drawn threads: "
          f"{seconds:.2f} s ({threads:,} thread rows)")  # fmt: skip
    return seconds


def doctor(db: Database) -> Actor:
    user_id = create_user(
        db, command_line_actor(), "bs.bench", "BS. Bench", {"doctor", "nurse"}, "correct horse 1"
    )
    return logged_in_actor(user_id, "bs.bench", "BS. Bench", frozenset({"doctor", "nurse"}))


def chart_patient(db: Database, actor: Actor, procedures: int) -> int:
    today = db.today()
    product = add_product(
        db, actor, ProductInput("Bench", "Lift Cog", "PLLA", "cog", "19G", 160, "")
    )
    lot = receive_stock(
        db, actor,
        IntakeInput(product.id, "BENCH-1", today + timedelta(days=900), 18 * procedures, today),
    )  # fmt: skip
    patient = register_patient(
        db, actor,
        PatientInput("Trần Thị Mai", today - timedelta(days=16000), "female", "0912 000 111"),
    )  # fmt: skip
    for index in range(procedures):
        performed = db.clock() - timedelta(days=80 * index + 1)
        placements = tuple(
            PlacementInput(area, side, lot.lot_id, count,
                           lines=tuple(draw_placement(area, side, count, index * 10 + n)))
            for n, (area, side, count) in enumerate(PLACEMENTS)
        )  # fmt: skip
        consent = treatment_consent(
            db, actor, patient.id, performed - timedelta(minutes=30), placements
        )
        data = ProcedureInput(
            patient.id, performed, actor.user_id, None, consent, "local", placements
        )
        chart_procedure(db, actor, data)
    return patient.id


def read_figures(db: Database, actor: Actor, patient_id: int, repeat: int = 30) -> None:
    def runs(work: object) -> list[float]:
        out = []
        for _ in range(repeat):
            start = time.perf_counter()
            work()  # type: ignore[operator]
            out.append((time.perf_counter() - start) * 1000)
        return out

    threads = lifetime_map(db, actor, patient_id)
    procedures = len({t.procedure_id for t in threads})
    for name, work in (
        ("lifetime_map", lambda: lifetime_map(db, actor, patient_id)),
        ("patient_procedures (with lines)", lambda: patient_procedures(db, actor, patient_id)),
    ):
        times = runs(work)
        print(f"  {name}: median {statistics.median(times):.1f} ms, "
              f"best {min(times):.1f} ms, worst {max(times):.1f} ms "
              f"({procedures} procedures, {len(threads)} threads, {repeat} runs)")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--patients", type=int, default=1000)
    parser.add_argument("--procedures", type=int, default=20)
    parser.add_argument("--database", help="an empty PostgreSQL database URL (default: SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        if args.database:
            url = args.database
            db = open_database(url)
            add_demo_records(db, patients=args.patients, seed=1)
            db.dispose()
        else:
            print("demo database:")
            demo_seconds(f"sqlite:///{Path(folder) / 'plain.sqlite3'}", args.patients, False)
            url = f"sqlite:///{Path(folder) / 'drawn.sqlite3'}"
            demo_seconds(url, args.patients, True)
        db = open_database(url)
        actor = doctor(db)
        patient_id = chart_patient(db, actor, args.procedures)
        print(f"a patient with {args.procedures} procedures, among {args.patients:,} demo "
              f"patients ({db.url.get_backend_name()}):")  # fmt: skip
        read_figures(db, actor, patient_id)
        db.dispose()


if __name__ == "__main__":
    main()
