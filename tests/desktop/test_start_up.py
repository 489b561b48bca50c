"""The login screen is not kept waiting for the main window: the window's modules load once the
first screen is up, while the person types, and not before."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from desktop.first_window import FirstWindowWatch

ROOT = Path(__file__).resolve().parents[2]
LATER = ("desktop.main_window", "desktop.pages.today", "db.record.procedures")


def run_python(code: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return done.stdout.strip()


def test_the_start_up_screens_do_not_import_the_main_window() -> None:
    code = (
        "import sys, main, desktop.app, desktop.dialogs.login, desktop.dialogs.setup;"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))"
    )
    assert run_python(code) == "[]"


def test_the_warm_up_loads_the_main_window_and_its_home_page() -> None:
    code = (
        "import sys, threading, desktop.app;"
        "from desktop import warm_up;"
        "warm_up.start(); warm_up.start();"  # twice: one thread
        "[t.join() for t in threading.enumerate() if t.name == 'threadbook-warm-up'];"
        f"print(sorted(m for m in {LATER!r} if m in sys.modules))"
    )
    assert run_python(code) == str(sorted(LATER))


def test_the_warm_up_starts_when_the_first_window_is_on_screen(
    qapp: QApplication, qtbot: QtBot
) -> None:
    for left_open in QApplication.topLevelWidgets():  # by tests before this one
        left_open.hide()
    watch = FirstWindowWatch(qapp)
    seen: list[bool] = []
    watch.on_screen.connect(lambda: seen.append(True))
    qtbot.wait(50)
    assert seen == []  # nothing on screen yet
    label = QLabel("Log in")
    qtbot.addWidget(label)
    with qtbot.waitSignal(watch.on_screen, timeout=2000):
        label.show()
    assert seen == [True]
