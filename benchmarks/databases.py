"""The benchmarks' databases: a demo database of a given size on SQLite or PostgreSQL, built once.

SQLite: a file in the program's data folder, reused by later runs. PostgreSQL: a database named
after its size on the server given by an administrator URL (reused by later runs too), or on a
throwaway server started for the run the way the test suite starts one (as the `postgres`
account when run as root), stopped and removed when the run ends.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.storage.database import data_dir  # noqa: E402
from tests.pg_server import throwaway_server  # noqa: E402


def charted_at(patients: int, charted: int | None) -> int | None:
    """How many patients of a demo this size have a treatment history: all up to the cap."""
    return None if charted is None or charted >= patients else charted


def demo_name(patients: int, charted: int | None) -> str:
    """'10000', or '1000000-c20000' for a demo with fewer charted patients than registered."""
    cap = charted_at(patients, charted)
    return f"{patients}" if cap is None else f"{patients}-c{cap}"


def build_demo(url: str, patients: int, seed: int, charted: int | None = None) -> None:
    print(f"Building {patients:,} demo patients in {url.split('@')[-1]} (once)...", flush=True)
    command = [sys.executable, str(ROOT / "main.py"), "--database", url]
    command += ["demo", "--patients", str(patients), "--seed", str(seed)]
    cap = charted_at(patients, charted)
    subprocess.run([*command, *([] if cap is None else ["--charted", str(cap)])], check=True)


def sqlite_demo(
    patients: int, seed: int, path: Path | None = None, charted: int | None = None
) -> str:
    name = f"bench-{demo_name(patients, charted)}.sqlite3"
    path = path or data_dir() / "benchmark" / name
    url = f"sqlite:///{path}"
    if not path.exists():
        # Built under another name: a build stopped half-way is never taken for a whole one.
        path.parent.mkdir(parents=True, exist_ok=True)
        building = path.with_name(path.name + ".building")
        for leftover in path.parent.glob(building.name + "*"):
            leftover.unlink()
        build_demo(f"sqlite:///{building}", patients, seed, charted)
        building.rename(path)
    return url


def postgresql_demo(
    admin_url: str,
    patients: int,
    seed: int,
    charted: int | None = None,
    prefix: str = "threadbook_bench",
) -> str:
    """The demo database of this size on the server, created and filled if missing."""
    name = f"{prefix}_{demo_name(patients, charted).replace('-', '_')}_{seed}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name}
            )
            if not exists:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        admin.dispose()
    url = make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    if not exists:
        try:
            build_demo(url, patients, seed, charted)
        except BaseException:
            drop(admin_url, name)  # half-built: the next run builds it again
            raise
    return url


def drop(admin_url: str, name: str) -> None:
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@contextmanager
def postgresql_server(admin_url: str | None) -> Iterator[str]:
    """The administrator URL given, or that of a throwaway server for this run."""
    with ExitStack() as stack:
        yield admin_url or stack.enter_context(throwaway_server(durable=True))
