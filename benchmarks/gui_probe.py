"""Child process of the benchmark: start the program's window as a user would, then report.

Run as `gui_probe.py URL USERNAME QUERY SPAWNED [start-only]` where SPAWNED is the parent's wall
clock (`time.time()`) just before it started this process, so the figures cover the whole process:
the interpreter's own start, the program's imports, opening the database, building and showing
the main window and Today's lists arriving. The login screen is left out (it waits for a person):
the probe logs USERNAME in directly, then does what the program does after a login.

Prints one JSON line of seconds since SPAWNED: `interpreter_s` (this file's first line runs),
`imported_s` (the program's start-up modules loaded, as `main.py` loads them to open the window),
`database_s` (database opened, user read), `built_s` (MainWindow constructed), `shown_s` (window
on screen), `cold_start_s` (usable: Today's lists on screen) and `checked_s` (the SQLite quick
check that runs behind the login screen finished), each with the CPU seconds the process had
used by then (`imported_cpu_s`...), less swayed by other work on the machine than the wall
clock; then the longest stretch the Qt event loop was blocked while a search was typed key by
key, and the process's peak memory (left out with `start-only`).
"""

from __future__ import annotations

import time

FIRST_LINE = time.time()

import json  # noqa: E402
import os  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, username, query = sys.argv[1], sys.argv[2], sys.argv[3]
    spawned = float(sys.argv[4]) if len(sys.argv) > 4 else FIRST_LINE
    start_only = sys.argv[5:] == ["start-only"]

    marks: dict[str, float] = {"interpreter_s": FIRST_LINE - spawned}

    def mark(stage: str) -> None:
        """Seconds since spawning, and the CPU seconds this process had used by then."""
        marks[f"{stage}_s"] = time.time() - spawned
        used = resource.getrusage(resource.RUSAGE_SELF)
        marks[f"{stage}_cpu_s"] = used.ru_utime + used.ru_stime

    # What `python main.py` imports before its first window: its own module and the app's.
    import main as program

    assert program.window_arguments(["--database", url]) is not None
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from desktop.app import open_or_choose
    from desktop.identity import present
    from desktop.look import give_room
    from desktop.main_window import MainWindow
    from desktop.translations import apply_language

    mark("imported")
    app = QApplication(sys.argv[:1])
    present(app)
    give_room(app)
    from db.access.permissions import logged_in_actor
    from db.models import User

    db = open_or_choose(url)  # as the program starts: the quick check runs behind the login
    assert db is not None
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
    actor = logged_in_actor(user.id, user.username, user.full_name, user.role_set)
    apply_language(actor.language)
    mark("database")
    window = MainWindow(db, actor)
    mark("built")
    window.show()
    while not (window.windowHandle() and window.windowHandle().isExposed()):
        app.processEvents()
    mark("shown")
    # Usable: the home page (Today) shows its lists, their rows measured to fit their text.
    sections = window.today.sections.values()
    while (
        window.today.runner.busy
        or not window.today.heading.text()
        or any(section.follow_ups.refit.isActive() for section in sections)
    ):
        app.processEvents()
    mark("cold_start")
    db.ensure_intact()
    mark("checked")
    if start_only:
        # Not closed: closing logs the user out, a write, and the shared database stays as it is.
        print(json.dumps(marks))
        db.dispose()
        return

    # Event-loop watch: a 5 ms timer; the widest gap between its ticks is the longest freeze.
    watch = QElapsedTimer()
    watch.start()
    gaps: list[int] = []

    def tick() -> None:
        gaps.append(watch.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    page = window.patients
    window.show_patients()
    while page.runner.busy or page.model.rowCount() == 0:
        app.processEvents()
    page.search.clear()
    timer.start()
    for char in query:
        QTest.keyClicks(page.search, char)
        deadline = time.perf_counter() + 0.12  # a brisk typist: about eight keys a second
        while time.perf_counter() < deadline:
            app.processEvents()
    while page.runner.busy or page.timer.isActive():
        app.processEvents()
    for _ in range(20):
        app.processEvents()
        time.sleep(0.005)
    timer.stop()
    rows = page.model.rowCount()

    # The rest of a morning at reception, so peak memory covers the pages people open.
    window.open_patient(page.model.row_at(0).id)
    window.nav.setCurrentRow(list(window.pages).index("inventory"))
    while window.inventory.runner.busy or window.inventory.model.rowCount() == 0:
        app.processEvents()
    window.nav.setCurrentRow(list(window.pages).index("complications"))
    while window.complications.runner.busy or window.complications.signal_runner.busy:
        app.processEvents()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    report = {
        **marks,
        "max_block_ms": max(gaps[1:] or [0]),
        "rows": rows,
    }
    print(json.dumps({**report, "peak_mb": peak_kb / 1024}))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
