"""Cold start, measured as whole processes: `python benchmarks/cold_start.py --database URL`.

Starts the window (`benchmarks/gui_probe.py`) RUNS times, one process after another, and prints
the median of each stage in ms from just before the process was spawned: the interpreter's start,
the program's imports, the database opened, the main window built, on screen, and usable (Today's
lists shown), and the CPU time the process used until then; with the load average before and
after, since other work on the machine slows every stage.

The processes keep compiled bytecode, as an installed program has it (pip and the bundle compile
every module when installing): a first, uncounted start writes it to a folder of its own, so
neither a development setting such as PYTHONDONTWRITEBYTECODE nor the work tree is involved.

Then it starts the program as `python main.py --database URL` does, RUNS times, through its
login screen (`benchmarks/login_probe.py`): when the screen first appears, and how long the
main window takes to be usable after Log in, with the name and password typed TYPING seconds
after the screen appeared (what a person takes; the main window's modules load meanwhile) and
at once (the quick check behind the login screen is then still running on a large file, and
the login waits for it). It logs in as a benchmark account it adds when missing.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("imported", "database", "built", "shown", "cold_start")


def start(
    url: str, username: str, bytecode: Path, query: str = "", start_only: bool = True
) -> dict[str, float]:
    """One start of the window in a process of its own; figures from just before spawning it."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    spawned = time.time()
    probe = subprocess.run(
        [
            sys.executable,
            str(ROOT / "benchmarks" / "gui_probe.py"),
            url,
            username,
            query,
            repr(spawned),
            *(["start-only"] if start_only else []),
        ],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return dict(json.loads(probe.stdout.strip().splitlines()[-1]))


LOGIN_STAGES = ("login", "pressed", "shown", "cold_start")
BENCH_USER = "bench.login"
BENCH_PASSWORD = "bench-login-password"


def login_start(url: str, bytecode: Path, typing_s: float) -> dict[str, float]:
    """One start through the login screen, in a process of its own."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(bytecode)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    spawned = time.time()
    arguments = [url, BENCH_USER, BENCH_PASSWORD, repr(spawned), repr(typing_s)]
    probe = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "login_probe.py"), *arguments],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    return dict(json.loads(probe.stdout.strip().splitlines()[-1]))


def ensure_bench_account(url: str) -> None:
    from sqlalchemy import select

    from db.access.permissions import command_line_actor
    from db.access.users import create_user
    from db.models import User
    from db.storage.database import open_database

    db = open_database(url)
    try:
        with db.read() as session:
            if session.scalar(select(User.id).where(User.username == BENCH_USER)) is not None:
                return
        actor = command_line_actor()
        create_user(db, actor, BENCH_USER, "Benchmark login", {"nurse"}, BENCH_PASSWORD)
    finally:
        db.dispose()


def print_login_runs(runs: list[dict[str, float]], typing_s: float) -> None:
    print(f"\nthrough the login screen, name and password typed after {typing_s:g} s:")
    print(f"{'stage':>12}  wall ms: median (min-max)   CPU ms: median")
    for stage in LOGIN_STAGES:
        wall = [run[f"{stage}_s"] * 1000 for run in runs]
        cpu = [run[f"{stage}_cpu_s"] * 1000 for run in runs]
        print(
            f"{stage:>12}  {statistics.median(wall):6.0f} ({min(wall):.0f}-{max(wall):.0f})"
            f"  {statistics.median(cpu):6.0f}"
        )
    after = [(run["cold_start_s"] - run["pressed_s"]) * 1000 for run in runs]
    print(
        f"{'usable after Log in':>12}  {statistics.median(after):6.0f} "
        f"({min(after):.0f}-{max(after):.0f})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL")
    parser.add_argument("--user", default="demo.nurse")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--typing", type=float, default=2.0, metavar="SECONDS")
    args = parser.parse_args()
    ensure_bench_account(args.database)
    with tempfile.TemporaryDirectory() as bytecode:
        # Compiles the modules and warms the disk cache, as on a PC that ran the program before.
        start(args.database, args.user, Path(bytecode))
        load_before = os.getloadavg()
        runs = [start(args.database, args.user, Path(bytecode)) for _ in range(args.runs)]
        typed = [login_start(args.database, Path(bytecode), args.typing) for _ in range(args.runs)]
        at_once = [login_start(args.database, Path(bytecode), 0) for _ in range(args.runs)]
        load_after = os.getloadavg()
    print("straight to the main window (the login screen and password check left out):")
    print(f"{'stage':>12}  wall ms: median (min-max)   CPU ms: median")
    for stage in ("interpreter", *STAGES):
        wall = [run[f"{stage}_s"] * 1000 for run in runs]
        cpu = [run.get(f"{stage}_cpu_s", 0) * 1000 for run in runs]
        print(
            f"{stage:>12}  {statistics.median(wall):6.0f} ({min(wall):.0f}-{max(wall):.0f})"
            f"  {statistics.median(cpu):6.0f}"
        )
    print_login_runs(typed, args.typing)
    print_login_runs(at_once, 0)
    print(
        f"runs: {len(runs)} of each; "
        f"load average before {load_before[0]:.2f}, after {load_after[0]:.2f}"
    )


if __name__ == "__main__":
    main()
