"""Background jobs: every result comes back, in the GUI thread, even under load."""

from __future__ import annotations

import threading
from functools import partial

from pytestqt.qtbot import QtBot

from db.errors import ValidationError
from desktop.worker import Runner


def test_many_jobs_deliver_every_result_in_the_gui_thread(qtbot: QtBot) -> None:
    runner = Runner()
    delivered: list[object] = []
    threads: set[bool] = set()

    def keep(result: object) -> None:
        threads.add(threading.current_thread() is threading.main_thread())
        delivered.append(result)

    def work(i: int) -> int | None:
        return None if i % 2 else sum(range(2000)) + i

    for i in range(400):
        # None results and busy worker threads together once crashed PySide6 6.12.
        runner.start(partial(work, i), keep, keep, latest_only=False)
    qtbot.waitUntil(lambda: not runner.busy, timeout=30_000)
    assert len(delivered) == 400
    assert delivered.count(None) == 200
    assert threads == {True}


def test_a_superseded_search_is_dropped_and_errors_carry_their_message(qtbot: QtBot) -> None:
    runner = Runner()
    results: list[object] = []
    errors: list[str] = []
    gate = threading.Event()

    def refuse() -> None:
        raise ValidationError({"phone": "Phone number is required."})

    runner.start(lambda: gate.wait(5) and "old", results.append, errors.append)
    runner.start(lambda: "new", results.append, errors.append)
    gate.set()
    qtbot.waitUntil(lambda: not runner.busy)
    assert results == ["new"]
    runner.start(refuse, results.append, errors.append)
    qtbot.waitUntil(lambda: not runner.busy)
    assert errors == ["Please correct: Phone number is required."]
