"""Child process of the benchmark: start the program's window as a user would, then report.

Prints one JSON line: seconds from process start to a usable main window (database opened and
migrated, window shown, first patient list on screen), the longest stretch the Qt event loop
was blocked while a search was typed key by key, and the process's peak memory.
"""

from __future__ import annotations

import json
import os
import resource
import sys
import time

STARTED = time.perf_counter()


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    url, username, query = sys.argv[1], sys.argv[2], sys.argv[3]

    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    app = QApplication(sys.argv[:1])
    from db.access.permissions import logged_in_actor
    from db.models import User
    from db.storage.database import open_database
    from desktop.main_window import MainWindow

    db = open_database(url, check_later=True)  # as the program starts: check behind the login
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
    actor = logged_in_actor(user.id, user.username, user.full_name, user.role_set)
    window = MainWindow(db, actor)
    window.show()
    page = window.patients
    # Usable: the home page (Today) shows its lists.
    while window.today.runner.busy or not window.today.heading.text():
        app.processEvents()
    cold_start = time.perf_counter() - STARTED
    db.ensure_intact()
    checked = time.perf_counter() - STARTED

    # Event-loop watch: a 5 ms timer; the widest gap between its ticks is the longest freeze.
    watch = QElapsedTimer()
    watch.start()
    gaps: list[int] = []

    def tick() -> None:
        gaps.append(watch.restart())

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
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
        "cold_start_s": cold_start,
        "checked_s": checked,
        "max_block_ms": max(gaps[1:] or [0]),
        "rows": rows,
    }
    print(json.dumps({**report, "peak_mb": peak_kb / 1024}))
    window.close()
    db.dispose()


if __name__ == "__main__":
    main()
