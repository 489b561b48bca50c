"""The window locks itself when left alone, on an injected clock: nobody waits ten minutes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from db.settings import save_settings
from db.storage.database import Database
from desktop.dialogs.patient_form import PatientDialog
from desktop.main_window import MainWindow
from desktop.messages import question_box
from tests.conftest import Staff
from tests.helpers import PASSWORD, audit_rows, written


class Seconds:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += minutes * 60


@pytest.fixture
def seconds() -> Seconds:
    return Seconds()


@pytest.fixture
def window(qtbot: QtBot, db: Database, staff: Staff, seconds: Seconds) -> Iterator[MainWindow]:
    window = MainWindow(db, staff.nurse, idle_clock=seconds)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window


def typed_registration(qtbot: QtBot, window: MainWindow) -> PatientDialog:
    dialog = window.new_patient()
    dialog.full_name.setText("Nguyễn Thị Hồng Nhung")
    qtbot.keyClicks(dialog.phone, "0912 345 678")
    return dialog


def test_idle_window_hides_patient_data_and_keeps_the_unsaved_form(
    qtbot: QtBot, db: Database, window: MainWindow, seconds: Seconds
) -> None:
    dialog = typed_registration(qtbot, window)
    assert window.idle_watcher.running
    seconds.advance(9.9)
    window.idle_watcher.check()
    assert not window.locked

    seconds.advance(0.2)
    window.idle_watcher.check()
    assert window.locked
    assert not window.work.isVisible() and not window.patients.table.isVisible()
    assert not dialog.isVisible()
    assert window.lock_screen.isVisible()
    assert "time without use" in window.lock_screen.reason.text()
    qtbot.waitUntil(lambda: not window.lock_runner.busy)  # the lock is audited in the background
    assert audit_rows(db)[-1].action == "auto_lock"

    # A wrong password is refused and counted; the right one brings the form back as it was.
    qtbot.keyClicks(window.lock_screen.password, "not my password")
    window.lock_screen.unlock_button.click()
    written(qtbot)
    assert window.locked
    assert window.lock_screen.message.text() == "Wrong password."
    qtbot.keyClicks(window.lock_screen.password, PASSWORD)
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    written(qtbot)
    assert not window.locked
    assert window.work.isVisible()
    assert dialog.isVisible()
    assert dialog.full_name.text() == "Nguyễn Thị Hồng Nhung"
    assert dialog.phone.text() == "0912 345 678"
    assert [row.action for row in audit_rows(db)[-3:]] == ["auto_lock", "login_failed", "unlock"]

    # The idle time counts from the unlock again.
    seconds.advance(9)
    window.idle_watcher.check()
    assert not window.locked


def test_keyboard_or_mouse_use_keeps_the_window_open(
    qtbot: QtBot, window: MainWindow, seconds: Seconds
) -> None:
    for _ in range(3):
        seconds.advance(8)
        qtbot.keyClicks(window.patients.search, "a")
        window.idle_watcher.check()
    seconds.advance(8)
    qtbot.mouseClick(window.patients.table.viewport(), Qt.MouseButton.LeftButton)
    window.idle_watcher.check()
    assert not window.locked
    seconds.advance(10)
    window.idle_watcher.check()
    assert window.locked


def test_another_user_logs_in_and_the_first_is_logged_out(
    qtbot: QtBot, db: Database, window: MainWindow, seconds: Seconds, staff: Staff
) -> None:
    dialog = typed_registration(qtbot, window)
    discarded: list[bool] = []
    dialog.rejected.connect(lambda: discarded.append(True))
    window.lock(idle=False)
    qtbot.waitUntil(lambda: not window.lock_runner.busy)  # the lock is audited in the background
    assert "Locked by Test Nurse" in window.lock_screen.reason.text()
    screen = window.lock_screen
    qtbot.keyClicks(screen.other_username, "doctor")
    qtbot.keyClicks(screen.other_password, "wrong password")
    screen.switch_button.click()
    written(qtbot)
    assert screen.other_message.text() == "Wrong username or password."
    assert window.locked

    with qtbot.waitSignal(window.user_switched) as switched:
        qtbot.keyClicks(screen.other_password, PASSWORD)
        screen.switch_button.click()
        written(qtbot)
    assert switched.args is not None and switched.args[0].username == "doctor"
    assert not window.isVisible()
    assert not window.idle_watcher.running
    # The nurse's unsaved form is discarded (and deleted) with her session.
    assert discarded == [True]
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert [(row.username, row.action) for row in audit_rows(db)[-4:]] == [
        ("nurse", "lock"),
        ("system", "login_failed"),
        ("doctor", "login"),
        ("nurse", "logout"),
    ]
    assert '"replaced_by":"doctor"' in audit_rows(db)[-1].details
    # Nothing the nurse typed was saved.
    assert audit_rows(db, record_type="patient") == []


def test_the_lock_time_is_a_clinic_setting(
    qtbot: QtBot, db: Database, staff: Staff, seconds: Seconds
) -> None:
    save_settings(db, staff.admin, {"idle_lock_minutes": "3"})
    window = MainWindow(db, staff.nurse, idle_clock=seconds)
    qtbot.addWidget(window)
    seconds.advance(3)
    window.idle_watcher.check()
    assert window.locked


def test_a_question_left_open_is_answered_no_by_the_lock(qtbot: QtBot, window: MainWindow) -> None:
    """A message box is hidden with the rest; it does not come back after the unlock."""
    box, _ = question_box(window, "Save anyway?", "Save", "Go back")
    box.open()
    assert box.isVisible()
    window.lock(idle=True)
    written(qtbot)
    assert not box.isVisible()
    window.lock_screen.password.setText(PASSWORD)
    window.lock_screen.unlock()
    written(qtbot)
    assert not box.isVisible()
