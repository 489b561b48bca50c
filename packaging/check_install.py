"""Check Threadbook as a clinic PC gets it: the built wheel and the desktop bundle, installed.

1. Builds the wheel from a copy of this source tree and installs it into a fresh virtual
   environment in a temporary folder.
2. From another folder, with only the system's PATH and empty user folders, runs the installed
   `threadbook`: --help, demo --patients 50, aftercare and procedure-record (the PDFs must embed
   their fonts; the record draws the diagrams shipped as package data), the window on
   Qt's offscreen platform for a few seconds, and the window's first start on a database created
   at the previous schema revision (it must come up to date and pass `check`). The database, logs
   and settings must all land in the user folders: nothing new may appear in the program's folder.
3. Builds the Linux bundle with packaging/build_bundle.py (installed under a temporary prefix)
   and runs the same checks on the bundled executable, with no virtual environment on the PATH.

Nothing is written into the source tree; exits 1 naming the first failed check.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.first_window import MESSAGE  # noqa: E402
from tests.sheets import embedded_fonts  # noqa: E402

NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "__pycache__", "*.pyc", "*.egg-info", ".*_cache", ".hypo*"
)
SYSTEM_PATH = "/usr/local/bin:/usr/bin:/bin"
WINDOW_SECONDS = 3.0


class Failed(Exception):
    pass


def step(title: str) -> None:
    print(f"--- {title}", flush=True)


def run(
    command: Sequence[str | Path],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 1800,
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(part) for part in command],
        cwd=cwd, env=env, timeout=timeout, text=True, capture_output=True, check=False,
    )  # fmt: skip


def must(result: subprocess.CompletedProcess[str], what: str) -> str:
    if result.returncode != 0:
        raise Failed(f"{what}: exit {result.returncode}\n{result.stdout}\n{result.stderr}")
    return result.stdout


class Installed:
    """The installed program, run as a user would: own folder, empty user data, system PATH."""

    def __init__(self, program: Path, home: Path) -> None:
        self.program = program
        self.home = home
        self.cwd = home / "work"
        self.cwd.mkdir(parents=True)
        self.env = {
            "HOME": str(home),
            "PATH": SYSTEM_PATH,
            "LANG": "C.UTF-8",
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "XDG_CACHE_HOME": str(home / "cache"),
            "XDG_RUNTIME_DIR": str(home / "runtime"),
            "QT_QPA_PLATFORM": "offscreen",
            # The smoke test must not reach the desktop's password store.
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        }
        (home / "runtime").mkdir(mode=0o700)
        self.log = home / "data" / "Threadbook" / "logs" / "threadbook.log"

    def __call__(self, *args: str) -> subprocess.CompletedProcess[str]:
        return run([self.program, *args], cwd=self.cwd, env=self.env, timeout=300)

    def log_text(self) -> str:
        return self.log.read_text(encoding="utf-8") if self.log.exists() else ""

    def window(self, database: str) -> float:
        """Start the window, wait until it is on screen, keep it open, close it: seconds to show."""
        before = len(self.log_text())
        started = time.perf_counter()
        process = subprocess.Popen(
            [str(self.program), "--database", database], cwd=self.cwd, env=self.env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            shown = None
            while shown is None and time.perf_counter() - started < 120:
                if MESSAGE in self.log_text()[before:]:
                    shown = time.perf_counter() - started
                elif process.poll() is not None:
                    break
                else:
                    time.sleep(0.01)
            if shown is not None:
                time.sleep(WINDOW_SECONDS)
            alive = process.poll() is None
        finally:
            process.terminate()
            _, stderr = process.communicate(timeout=30)
        written = self.log_text()[before:]
        if shown is None or not alive:
            raise Failed(f"the window did not stay open\n{stderr}\n{written}")
        if "Traceback" in stderr or " ERROR " in written:
            raise Failed(f"the window reported an error\n{stderr}\n{written}")
        return shown


def evict(folder: Path) -> None:
    """Drop the program's own files from the page cache, so the next start reads them from disk
    as the first start after installing or rebooting does (the system's libraries stay cached)."""
    os.sync()
    for path in folder.rglob("*"):
        if path.is_file() and not path.is_symlink():
            descriptor = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(descriptor, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(descriptor)


def previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from db.migrations import config, head_revision

    down = ScriptDirectory.from_config(config()).get_revision(head_revision()).down_revision
    assert isinstance(down, str)
    return down


def scalar(database: Path, query: str) -> object:
    connection = sqlite3.connect(database)
    try:
        return connection.execute(query).fetchone()[0]
    finally:
        connection.close()


def make_older(database: Path) -> str:
    """A database at the previous schema revision, as the previous Threadbook created it."""
    from alembic import command
    from sqlalchemy import create_engine

    from db.migrations import config

    older = previous_revision()
    engine = create_engine(f"sqlite:///{database}")
    try:
        command.upgrade(config(engine), older)
    finally:
        engine.dispose()
    return older


def smoke(program: Path, folder: Path, home: Path, label: str) -> dict[str, float]:
    """Every check on one installed program; returns the measured seconds."""
    threadbook = Installed(program, home)
    figures: dict[str, float] = {}

    step(f"{label}: threadbook --help")
    usage = must(threadbook("--help"), "--help")
    if "aftercare" not in usage or "demo" not in usage:
        raise Failed(f"--help does not list the commands:\n{usage}")

    step(f"{label}: demo --patients 50")
    demo = threadbook.cwd / "demo.sqlite3"
    started = time.perf_counter()
    must(threadbook("--database", f"sqlite:///{demo}", "demo", "--patients", "50", "--seed", "1"),
         "demo")  # fmt: skip
    figures["demo --patients 50 s"] = time.perf_counter() - started

    step(f"{label}: aftercare")
    procedure = scalar(demo, "SELECT min(id) FROM procedure WHERE voided_at IS NULL")
    sheet = threadbook.cwd / "sheet.pdf"
    must(threadbook("--database", f"sqlite:///{demo}", "aftercare", str(procedure),
                    "--output", str(sheet)), "aftercare")  # fmt: skip
    fonts = embedded_fonts(sheet.read_bytes())
    if not fonts or not all(fonts.values()):
        raise Failed(f"the sheet's fonts are not all embedded: {fonts}")

    # The record draws the thread map from the diagrams shipped as package data.
    step(f"{label}: procedure-record")
    record = threadbook.cwd / "record.pdf"
    must(threadbook("--database", f"sqlite:///{demo}", "procedure-record", str(procedure),
                    "--output", str(record)), "procedure-record")  # fmt: skip
    fonts = embedded_fonts(record.read_bytes())
    if not fonts or not all(fonts.values()):
        raise Failed(f"the procedure record's fonts are not all embedded: {fonts}")

    step(f"{label}: the window, offscreen, for {WINDOW_SECONDS:.0f} s")
    evict(folder)
    figures["cold start to the window s"] = threadbook.window(f"sqlite:///{demo}")
    figures["warm start to the window s"] = threadbook.window(f"sqlite:///{demo}")

    step(f"{label}: first start on a database of the previous schema revision")
    old = threadbook.cwd / "older.sqlite3"
    older = make_older(old)
    if scalar(old, "SELECT version_num FROM alembic_version") != older:
        raise Failed("the database was not made at the previous revision")
    threadbook.window(f"sqlite:///{old}")
    from db.migrations import head_revision

    revision = scalar(old, "SELECT version_num FROM alembic_version")
    if revision != head_revision():
        raise Failed(f"first start left revision {revision}, expected {head_revision()}")
    # Integrity, foreign keys, the audit chain and whole records, by the installed program.
    must(threadbook("--database", f"sqlite:///{old}", "check"), "check")
    print(f"    first start migrated {older} -> {revision}; check passed")
    return figures


def program_files(folder: Path) -> set[Path]:
    """Files in the installed program's folder, leaving out Python's bytecode caches."""
    return {p for p in folder.rglob("*") if "__pycache__" not in p.parts}


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check(scratch: Path, bundle: bool) -> None:
    timings: dict[str, float] = {}
    started = time.perf_counter()
    step("building the wheel from a copy of the source tree")
    source = scratch / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    must(run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
              "--wheel-dir", scratch / "wheel", source]), "building the wheel")  # fmt: skip
    (wheel,) = (scratch / "wheel").glob("threadbook-*.whl")
    print(f"    {wheel.name}: {wheel.stat().st_size / 1e6:.2f} MB")

    step("installing it into a fresh virtual environment")
    venv = scratch / "venv"
    must(run([sys.executable, "-m", "venv", venv]), "creating the virtual environment")
    must(run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel]), "pip install")
    timings["wheel built and installed s"] = time.perf_counter() - started

    started = time.perf_counter()
    before = program_files(venv)
    figures = smoke(venv / "bin" / "threadbook", venv, scratch / "wheel-user", "wheel")
    if added := program_files(venv) - before:
        raise Failed(f"the program wrote into its own folder: {sorted(added)}")
    timings["wheel checks s"] = time.perf_counter() - started
    for name, value in figures.items():
        print(f"    wheel: {name} {value:.2f}")
    if not bundle:
        return

    step("building the Linux bundle (PyInstaller)")
    started = time.perf_counter()
    must(run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", f"{wheel}[bundle]"]),
         "installing PyInstaller")  # fmt: skip
    built = run([venv / "bin" / "python", ROOT / "packaging" / "build_bundle.py",
                 "--dist", scratch / "dist", "--work", scratch / "build",
                 "--prefix", scratch / "prefix"], cwd=scratch)  # fmt: skip
    print(must(built, "building the bundle").rstrip())
    timings["bundle built s"] = time.perf_counter() - started
    folder = scratch / "prefix" / "lib" / "threadbook"
    entry = (scratch / "prefix" / "share" / "applications" / "threadbook.desktop").read_text()
    icon = scratch / "prefix" / "share" / "icons" / "hicolor" / "256x256" / "apps"
    icon = icon / "threadbook.png"
    if f'Exec="{folder / "threadbook"}"' not in entry or not icon.is_file():
        raise Failed(f"the menu entry or icon is missing:\n{entry}")

    started = time.perf_counter()
    before = program_files(folder)
    figures = smoke(
        scratch / "prefix" / "bin" / "threadbook", folder, scratch / "bundle-user", "bundle"
    )
    if added := program_files(folder) - before:
        raise Failed(f"the program wrote into its own folder: {sorted(added)}")
    timings["bundle checks s"] = time.perf_counter() - started
    for name, value in figures.items():
        print(f"    bundle: {name} {value:.2f}")
    print(f"    bundle size: {folder_size(folder) / 1e6:.0f} MB in {folder}")
    for name, value in timings.items():
        print(f"    {name} {value:.0f}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-bundle", action="store_true", help="check only the wheel")
    args = parser.parse_args(argv)
    scratch = Path(tempfile.mkdtemp(prefix="threadbook-install-"))
    try:
        check(scratch, bundle=not args.no_bundle)
    except Failed as failure:
        print(f"FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    print("installed program checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
