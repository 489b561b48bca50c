"""The built wheel carries every file under resources/, so an installed Threadbook finds its
fonts, care texts, translations, diagrams and icons wherever it is installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from zipfile import ZipFile

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "__pycache__", "*.pyc", "*.egg-info", ".*_cache", ".hypo*"
)


@pytest.mark.slow
def test_wheel_carries_every_file_under_resources(tmp_path: Path) -> None:
    # Built from a copy, so the build's own folders never land in the work tree.
    source = tmp_path / "source"
    shutil.copytree(ROOT, source, ignore=NOT_SOURCE)
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet",
         "--wheel-dir", str(tmp_path / "wheel"), str(source)],
        capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("threadbook-*.whl")
    names = set(ZipFile(wheel).namelist())

    resources = {
        path.relative_to(source).as_posix()
        for path in (source / "resources").rglob("*")
        if path.is_file()
    }
    assert "resources/fonts/DejaVuSans.ttf" in resources
    assert sorted(resources - names) == []
    assert {"main.py", "db/migrations/script.py.mako", "desktop/app.py"} <= names
    # Only the program: no tests, benchmarks or packaging scripts installed into site-packages.
    top = {name.split("/")[0] for name in names if not name.split("/")[0].endswith(".dist-info")}
    assert top == {"main.py", "db", "desktop", "resources"}
