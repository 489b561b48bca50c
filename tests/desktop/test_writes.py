"""The one path every form's write takes: off the GUI thread, one success and one failure path."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit
from pytestqt.qtbot import QtBot

from db.errors import Conflict, ValidationError
from db.record.patients import register_patient
from db.storage.database import Database
from desktop.fields import FieldErrors
from desktop.live import LiveUpdates
from desktop.messages import Prompts
from desktop.writes import GREY_AFTER_MS, write
from tests.conftest import Staff, patient_input
from tests.helpers import written


class Form(QDialog):
    def __init__(self) -> None:
        super().__init__()
        self.phone = QLineEdit()
        form = QFormLayout(self)
        self.errors = FieldErrors()
        self.errors.add_row(form, "Phone", "phone", self.phone)


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    dialog = Form()
    qtbot.addWidget(dialog)
    return dialog


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Prompts, "show_error", staticmethod(lambda parent, text: shown.append(text))
    )
    return shown


def test_the_write_runs_off_the_gui_thread_and_its_result_comes_back_on_it(
    qtbot: QtBot, form: Form, boxes: list[str]
) -> None:
    threads: list[bool] = []
    results: list[int] = []

    def work() -> int:
        threads.append(threading.current_thread() is threading.main_thread())
        return 42

    def done(result: int) -> None:
        threads.append(threading.current_thread() is threading.main_thread())
        results.append(result)

    assert write(form, work, done, errors=form.errors)
    written(qtbot)
    assert threads == [False, True] and results == [42] and boxes == []


def test_field_problems_go_beside_the_field_and_others_in_a_box(
    qtbot: QtBot, form: Form, boxes: list[str]
) -> None:
    def refuse_phone() -> None:
        raise ValidationError({"phone": "Phone number is required.", "mrn": "No such record."})

    write(form, refuse_phone, lambda _result: None, errors=form.errors)
    written(qtbot)
    assert form.errors.message("phone") == "Phone number is required."
    assert boxes == ["No such record."]  # this form has no field for it

    def conflict() -> None:
        raise Conflict("Changed by doctor at 10:02.")

    write(form, conflict, lambda _result: None, errors=form.errors)
    written(qtbot)
    assert boxes[-1] == "Changed by doctor at 10:02."


def test_an_unexpected_error_is_a_plain_message_not_a_traceback(
    qtbot: QtBot, form: Form, boxes: list[str], caplog: pytest.LogCaptureFixture
) -> None:
    def crash() -> None:
        raise KeyError("internal detail")

    write(form, crash, lambda _result: None)
    written(qtbot)
    assert boxes == ["An unexpected error occurred; the details are in the log."]
    assert "internal detail" in caplog.text


def test_a_form_may_handle_a_refusal_itself(qtbot: QtBot, form: Form, boxes: list[str]) -> None:
    handled: list[str] = []

    def conflict() -> None:
        raise Conflict("Changed meanwhile.")

    def refused(error: Exception) -> bool:
        handled.append(str(error))
        return True

    write(form, conflict, lambda _result: None, refused=refused)
    written(qtbot)
    assert handled == ["Changed meanwhile."] and boxes == []


def test_a_second_press_while_writing_is_ignored_and_a_slow_write_greys_the_form(
    qtbot: QtBot, form: Form
) -> None:
    gate = threading.Event()
    calls: list[int] = []

    def slow() -> int:
        calls.append(1)
        gate.wait(10)
        return len(calls)

    results: list[int] = []
    assert write(form, slow, results.append)
    assert not write(form, slow, results.append)
    assert form.isEnabled()  # a quick write does not flicker
    qtbot.wait(GREY_AFTER_MS + 100)
    assert not form.isEnabled()  # a slow one says it is busy
    gate.set()
    written(qtbot)
    assert form.isEnabled() and results == [1] and calls == [1]


def test_a_write_is_announced_to_subscribed_pages_at_once(
    qtbot: QtBot, db: Database, staff: Staff, form: Form
) -> None:
    """Without the announcement the page would wait for the next poll, a minute here."""
    live = LiveUpdates(db, poll_seconds=60)
    seen: list[str] = []
    live.subscribe(form, {"patient"}, lambda: seen.append("patient"))
    live.start()
    try:
        write(form, lambda: register_patient(db, staff.nurse, patient_input()), lambda _r: None)
        written(qtbot)
        qtbot.waitUntil(lambda: seen == ["patient"], timeout=3000)
    finally:
        live.stop()
