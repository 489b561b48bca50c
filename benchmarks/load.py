"""Many PCs on one PostgreSQL server at once: throughput, latency per operation, lock waits.

    python benchmarks/load.py --database URL [--pcs 1,5,20,50] [--modes paced,flat]
                              [--seconds 30] [--max-actions 400]

Each simulated PC is a process of its own with its own connection pool, on loopback (see
load_pc.py for what it does). A round starts every PC together and stops by itself at the
deadline or after each PC's number of actions. Meanwhile the server's lock table is sampled to
count sessions waiting for a lock. Afterwards the round is checked: every write a PC was told
had succeeded is in the database, the audit chain verifies, the trail replays to the tables,
and stock is whole (no lot below zero, every placement's stock movement present).
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import random
import secrets
import signal
import statistics
import sys
import threading
import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select, text  # noqa: E402

from benchmarks.load_pc import Outcome, Plan, run_pc  # noqa: E402
from db.access.permissions import command_line_actor, logged_in_actor  # noqa: E402
from db.access.users import create_user  # noqa: E402
from db.audit.chain_check import verify_chain  # noqa: E402
from db.audit.replay import direct_edits  # noqa: E402
from db.models import (  # noqa: E402
    ContactAttempt,
    FollowUp,
    Lot,
    Patient,
    Procedure,
    Review,
    ThreadProduct,
    User,
)
from db.stock.movements import IntakeInput, receive_stock  # noqa: E402
from db.storage.database import Database, open_database  # noqa: E402
from db.storage.wholeness import incomplete_records  # noqa: E402

GRACE_SECONDS = 120  # past the deadline, for a PC still finishing its last action


@dataclass(frozen=True)
class Shared:
    patient_ids: list[int]
    names: list[str]
    lot_ids: list[int]
    follow_up_ids: list[int]
    procedure_ids: list[int]


STOCKED_LOTS = 20  # lots with threads to spare that the consulting rooms chart from


def stocked_lots(db: Database) -> list[int]:
    """Lots in date, not recalled, with more than 40 threads left."""
    today = db.today()
    in_stock = text("SELECT lot_id FROM stock_movement GROUP BY lot_id HAVING sum(quantity) > 40")
    with db.read() as session:
        stocked = {row[0] for row in session.execute(in_stock)}
        return [
            lot.id
            for lot in session.scalars(
                select(Lot).where(Lot.expiry_date > today, Lot.recalled_on.is_(None))
            )
            if lot.id in stocked
        ]


def stock_up(db: Database, round_name: str) -> list[int]:
    """Earlier rounds use threads up: receive boxes, as the clinic would, until enough lots have
    threads to spare."""
    lot_ids = stocked_lots(db)
    missing = STOCKED_LOTS - len(lot_ids)
    if missing > 0:
        with db.read() as session:
            nurse = session.scalars(select(User).where(User.username == "demo.nurse")).one()
            products = list(
                session.scalars(
                    select(ThreadProduct.id).where(ThreadProduct.active).order_by(ThreadProduct.id)
                )
            )
        reception = logged_in_actor(nurse.id, nurse.username, nurse.full_name, nurse.role_set)
        for n in range(missing):
            intake = IntakeInput(
                products[n % len(products)],
                f"LOAD{round_name}{n:02d}",
                db.today() + timedelta(days=730),
                500,
                db.today(),
                "load benchmark",
            )
            receive_stock(db, reception, intake)
        lot_ids = stocked_lots(db)
    return lot_ids


def shared_inputs(db: Database, rng: random.Random, round_name: str) -> Shared:
    """Patients, lots with stock, planned follow-ups and procedures the PCs work on."""
    lot_ids = stock_up(db, round_name)
    with db.read() as session:
        highest = session.scalar(select(func.max(Patient.id))) or 0
        patient_ids = rng.sample(range(1, highest + 1), min(2000, highest))
        names = list(
            session.scalars(select(Patient.search_name).where(Patient.id.in_(patient_ids[:300])))
        )
        follow_ups = list(
            session.scalars(
                select(FollowUp.id)
                .where(FollowUp.status == "planned", FollowUp.due_at < db.clock())
                .order_by(FollowUp.id.desc())
                .limit(20000)
            )
        )
        procedures = list(
            session.scalars(
                select(Procedure.id)
                .where(Procedure.voided_at.is_(None))
                .order_by(Procedure.id.desc())
                .limit(500)
            )
        )
    return Shared(patient_ids, names, lot_ids, follow_ups, procedures)


def consulting_doctors(db: Database, rooms: int) -> list[str]:
    """A doctor's account for each consulting room, made once in the benchmark's database: one
    doctor charts one procedure at a time, so PCs charting as one doctor would take turns."""
    names = [f"load.doctor{room:02d}" for room in range(1, rooms + 1)]
    with db.read() as session:
        present = set(session.scalars(select(User.username).where(User.username.in_(names))))
    actor = command_line_actor()
    for name in names:
        if name not in present:
            password = secrets.token_urlsafe(16)
            create_user(db, actor, name, f"Load doctor {name[-2:]}", {"doctor"}, password)
    return names


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as session:
        return {
            model.__tablename__: session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Procedure, Review, ContactAttempt)
        }


class LockWatch:
    """Samples pg_locks every 20 ms: how many sessions wait for a lock, and on what."""

    def __init__(self, url: str) -> None:
        self.db = open_database(url)
        self.samples: list[int] = []
        self.row_samples: list[int] = []
        self.stopping = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        # Advisory: record writers waiting for the writers' lock. Anything else: a row.
        query = text(
            "SELECT count(*) FILTER (WHERE locktype = 'advisory'), "
            "count(*) FILTER (WHERE locktype <> 'advisory') FROM pg_locks WHERE NOT granted"
        )
        with self.db.engine.connect() as connection:
            while not self.stopping.is_set():
                writers, rows = connection.execute(query).one()
                self.samples.append(int(writers) + int(rows))
                self.row_samples.append(int(rows))
                connection.commit()
                self.stopping.wait(0.02)

    def __enter__(self) -> LockWatch:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stopping.set()
        self.thread.join()
        self.db.dispose()

    def summary(self) -> str:
        if not self.samples:
            return "not sampled"
        waiting = [s for s in self.samples if s]
        share = 100 * len(waiting) / len(self.samples)
        mean = statistics.mean(self.samples)
        on_rows = statistics.mean(self.row_samples)
        return (
            f"sessions waiting for a lock: mean {mean:.1f}, max {max(self.samples)}; "
            f"someone waiting in {share:.0f}% of {len(self.samples)} samples; "
            f"of the mean, {on_rows:.1f} waiting for a row (the chain head, or a lot, doctor, "
            "consent or follow-up a save locks), the rest for the writers' lock"
        )


def run_round(
    db: Database,
    url: str,
    pcs: int,
    paced: bool,
    seconds: float,
    max_actions: int,
    shared: Shared,
    seed: int,
    doctors: list[str],
) -> tuple[list[Outcome], float, str, float | None]:
    """The PCs' outcomes, the round's length, its lock samples, and the server's CPU seconds
    from the start signal until the PCs' sessions ended (None where not readable)."""
    context = multiprocessing.get_context("spawn")
    go = context.Event()
    results = context.Queue()
    processes, readies = [], []
    for pc in range(pcs):
        doctor = pc % 2 == 1 or pcs == 1
        username = "demo.nurse"
        if doctor:
            username = doctors[(pc // 2) % len(doctors)] if doctors else "demo.doctor"
        plan = Plan(
            url=url,
            pc=pc,
            doctor=doctor,
            username=username,
            paced=paced,
            seconds=seconds,
            max_actions=max_actions,
            seed=seed,
            patient_ids=shared.patient_ids,
            names=shared.names,
            lot_ids=shared.lot_ids,
            follow_up_ids=shared.follow_up_ids[pc::pcs],  # no two PCs review one follow-up
            procedure_ids=shared.procedure_ids,
        )
        ready = context.Event()
        process = context.Process(target=run_pc, args=(plan, ready, go, results), daemon=True)
        process.start()
        processes.append(process)
        readies.append(ready)
    outcomes: list[Outcome] = []
    try:
        for ready in readies:
            ready.wait(300)
        server_before, sessions_before = server_cpu_seconds(db), session_cpu_seconds(db)
        with LockWatch(url) as watch:
            started = time.monotonic()
            go.set()
            limit = time.monotonic() + seconds + GRACE_SECONDS
            while len(outcomes) < pcs and time.monotonic() < limit:
                try:
                    outcomes.append(results.get(timeout=1))
                except Exception:  # queue.Empty: keep waiting until the limit
                    continue
            elapsed = time.monotonic() - started
    finally:  # however the round ends, no PC is left running
        for process in processes:
            process.join(10)
            if process.is_alive():
                process.terminate()
    time.sleep(1)  # the PCs' sessions have ended: let the server count their time
    server_after, sessions_after = server_cpu_seconds(db), session_cpu_seconds(db)
    server = None
    if server_before is not None and server_after is not None:
        # Ended sessions' time counts whole: take off what they had used before the start.
        before_start = sum(t for pid, t in sessions_before.items() if pid not in sessions_after)
        server = server_after - server_before - before_start
    return outcomes, elapsed, watch.summary(), server


def server_cpu_seconds(db: Database) -> float | None:
    """CPU time of a loopback server's processes so far: the postmaster and its ended sessions
    (the kernel adds a session's time to the postmaster's when it ends). None if not readable."""
    try:
        with db.read() as session:
            folder = session.execute(text("SHOW data_directory")).scalar_one()
        pid = int((Path(folder) / "postmaster.pid").read_text().split()[0])
        fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except Exception:  # another machine's server, or no right to read its folder
        return None
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def session_cpu_seconds(db: Database) -> dict[int, float]:
    """CPU time so far of each live session of this database on a loopback server."""
    with db.read() as session:
        pids = session.scalars(
            text("SELECT pid FROM pg_stat_activity WHERE datname = current_database()")
        ).all()
    used = {}
    for pid in pids:
        try:
            fields = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:  # ended meanwhile, or on another machine
            continue
        used[int(pid)] = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def cpu_lines(outcomes: list[Outcome], server: float | None) -> list[str]:
    actions = sum(o.actions for o in outcomes) or 1
    client = sum(o.cpu_seconds for o in outcomes)
    line = (
        f"  CPU: the PCs {client:.1f} s ({1000 * client / actions:.0f} ms an action)"
        + (
            f", the server {server:.1f} s ({1000 * server / actions:.0f} ms an action)"
            if server is not None
            else ", the server not measured"
        )
        + "; load average {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())
    )
    return [line]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(outcomes: list[Outcome], elapsed: float) -> list[str]:
    latencies: dict[str, list[float]] = {}
    refused: dict[str, int] = {}
    for outcome in outcomes:
        for name, values in outcome.latencies.items():
            latencies.setdefault(name, []).extend(values)
        for name, count in outcome.refused.items():
            refused[name] = refused.get(name, 0) + count
    total = sum(o.actions for o in outcomes)
    keys = len(latencies.get("search as you type", []))
    lines = [
        f"  {total} actions (their searches typed {keys} keystrokes) in {elapsed:.1f} s: "
        f"{total / elapsed:.1f} a second"
    ]
    lines.append(f"  {'operation':<34} {'count':>6} {'p50':>8} {'p95':>8} {'p99':>8} refused")
    for name in sorted(latencies):
        values = latencies[name]
        lines.append(
            f"  {name:<34} {len(values):>6} {statistics.median(values):>8.1f} "
            f"{percentile(values, 0.95):>8.1f} {percentile(values, 0.99):>8.1f} "
            f"{refused.get(name, 0)}"
        )
    reasons = {k: v for o in outcomes for k, v in o.refusals.items()}
    for name, message in sorted(reasons.items()):
        lines.append(f"  refused ({name}), e.g.: {message[:150]}")
    failures = [(o.pc, k, v) for o in outcomes for k, v in o.failed.items()]
    for pc, name, error in failures[:10]:
        lines.append(f"  FAILED on pc-{pc}, {name}: {error}")
    heard = sum(o.changes_heard for o in outcomes)
    lines.append(f"  live refresh: {heard} change notices delivered across the PCs")
    return lines


def verify(db: Database, before: dict[str, int], outcomes: list[Outcome]) -> list[str]:
    """Nothing a PC was told was saved is missing; chain, trail and stock are whole."""
    after = table_counts(db)
    written = {
        "procedure": sum(len(o.written.get("procedure", [])) for o in outcomes),
        "review": sum(len(o.written.get("review", [])) for o in outcomes),
        "contact_attempt": sum(len(o.written.get("contact", [])) for o in outcomes),
    }
    lines = []
    lost = 0
    for table, count in written.items():
        added = after[table] - before[table]
        lost += max(0, count - added)
        lines.append(f"  {table}: {count} saved by the PCs, {added} more rows in the database")
    procedure_ids = [i for o in outcomes for i in o.written.get("procedure", [])]
    with db.read() as session:
        found = session.scalar(
            select(func.count()).select_from(Procedure).where(Procedure.id.in_(procedure_ids))
        )
        missing = len(procedure_ids) - (found or 0)
        lost += missing
        chain = verify_chain(session)
        replay = direct_edits(session)
        incomplete = incomplete_records(session)
        negative = session.execute(
            text(
                "SELECT count(*) FROM (SELECT lot_id FROM stock_movement GROUP BY lot_id "
                "HAVING sum(quantity) < 0) AS below"
            )
        ).scalar_one()
    lines.append(f"  lost writes: {lost}")
    lines.append(f"  audit chain: {chain.message}")
    lines.append(
        f"  trail replayed to the tables: {replay.records} records, {replay.differences} differ"
    )
    lines.append(
        "  stock: "
        + (f"{negative} lot(s) below zero; " if negative else "no lot below zero; ")
        + (
            f"{len(incomplete)} incomplete record(s): {incomplete[:3]}"
            if incomplete
            else "every procedure's placements and stock movements whole"
        )
    )
    return lines


def _stop(_signal: int, _frame: object) -> None:
    raise SystemExit(1)  # runs the rounds' clean-up: their PCs are stopped too


def main() -> int:
    signal.signal(signal.SIGTERM, _stop)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="a demo database's URL (PostgreSQL)")
    parser.add_argument("--pcs", default="1,5,20,50")
    parser.add_argument("--modes", default="paced,flat")
    parser.add_argument("--seconds", type=float, default=20, help="flat-out round length")
    parser.add_argument("--paced-seconds", type=float, default=60)
    parser.add_argument("--max-actions", type=int, default=400, help="per PC, per round")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--one-doctor",
        action="store_true",
        help="every consulting room charts as demo.doctor (by default each has its own doctor)",
    )
    args = parser.parse_args()
    db = open_database(args.database)
    rooms = max(int(n) for n in args.pcs.split(",")) // 2
    doctors = [] if args.one_doctor else consulting_doctors(db, rooms)
    for mode in [m.strip() for m in args.modes.split(",") if m.strip()]:
        for pcs in [int(n) for n in args.pcs.split(",")]:
            # Afresh each round: follow-ups reviewed in an earlier round are not planned now.
            shared = shared_inputs(db, random.Random(args.seed + pcs), f"{mode[0].upper()}{pcs}")
            before = table_counts(db)
            paced = mode == "paced"
            seconds = args.paced_seconds if paced else args.seconds
            outcomes, elapsed, locks, server = run_round(
                db, args.database, pcs, paced, seconds, args.max_actions, shared, args.seed,
                doctors,
            )  # fmt: skip
            pace = "a person's pace" if paced else "flat out"
            print(f"\n{pcs} PC(s), {pace}, {len(outcomes)} reported back", flush=True)
            for line in report(outcomes, elapsed):
                print(line)
            print(f"  {locks}")
            for line in cpu_lines(outcomes, server):
                print(line)
            for line in verify(db, before, outcomes):
                print(line, flush=True)
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
