"""Cold start, measured as whole processes: `python benchmarks/cold_start.py --database URL`.

Starts the window (`benchmarks/gui_probe.py`) RUNS times, one process after another, and prints
the median of each stage in ms from just before the process was spawned: the interpreter's start,
the program's imports, the database opened, the main window built, on screen, and usable (Today's
lists shown), and the CPU time the process used until then; with the load average before and
after, since other work on the machine slows every stage.

The processes keep compiled bytecode, as an installed program has it (pip and the bundle compile
every module when installing): a first, uncounted start writes it to a folder of its own, so
neither a development setting such as PYTHONDONTWRITEBYTECODE nor the work tree is involved.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, metavar="URL")
    parser.add_argument("--user", default="demo.nurse")
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as bytecode:
        # Compiles the modules and warms the disk cache, as on a PC that ran the program before.
        start(args.database, args.user, Path(bytecode))
        load_before = os.getloadavg()
        runs = [start(args.database, args.user, Path(bytecode)) for _ in range(args.runs)]
        load_after = os.getloadavg()
    print(f"{'stage':>12}  wall ms: median (min-max)   CPU ms: median")
    for stage in ("interpreter", *STAGES):
        wall = [run[f"{stage}_s"] * 1000 for run in runs]
        cpu = [run.get(f"{stage}_cpu_s", 0) * 1000 for run in runs]
        print(
            f"{stage:>12}  {statistics.median(wall):6.0f} ({min(wall):.0f}-{max(wall):.0f})"
            f"  {statistics.median(cpu):6.0f}"
        )
    print(f"runs: {len(runs)}; load average before {load_before[0]:.2f}, after {load_after[0]:.2f}")


if __name__ == "__main__":
    main()
