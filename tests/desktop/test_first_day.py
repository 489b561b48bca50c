"""A clinic's first day, driven through the windows: setup, login, register, find, edit."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.record.patients import search_patients
from db.storage.database import Database
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.patient_form import PatientDialog
from desktop.dialogs.setup import SetupDialog
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from tests.helpers import PASSWORD, audit_rows, changes, written


def click_save(qtbot: QtBot, dialog: PatientDialog) -> None:
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Save).click()
    written(qtbot)


def fill_patient(qtbot: QtBot, dialog: PatientDialog, name: str, born: str, phone: str) -> None:
    dialog.full_name.setText(name)  # QTest can only type ASCII keys
    qtbot.keyClicks(dialog.date_of_birth, born)
    qtbot.keyClicks(dialog.phone, phone)


def test_setup_login_register_find_and_edit(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    setup = SetupDialog(db)
    qtbot.addWidget(setup)
    setup.clinic_name.setText("Phòng khám Hương Sen")
    qtbot.keyClicks(setup.clinic_phone, "+84 24 3826 1234")
    qtbot.keyClicks(setup.username, "huong.admin")
    setup.full_name.setText("Trần Thị Hương")
    qtbot.keyClicks(setup.password, PASSWORD)
    qtbot.keyClicks(setup.password_again, PASSWORD + "x")
    setup.create_button.click()
    written(qtbot)
    assert "not the same" in setup.errors.message("password")
    setup.password_again.setText(PASSWORD)
    setup.create_button.click()
    written(qtbot)
    assert setup.result() == SetupDialog.DialogCode.Accepted

    login = LoginDialog(db, "Phòng khám Hương Sen")
    qtbot.addWidget(login)
    qtbot.keyClicks(login.username, "huong.admin")
    qtbot.keyClicks(login.password, "wrong password")
    login.login_button.click()
    written(qtbot)
    assert login.message.text() == "Wrong username or password."
    qtbot.keyClicks(login.password, PASSWORD)
    login.login_button.click()
    written(qtbot)
    assert login.actor is not None

    window = MainWindow(db, login.actor)
    qtbot.addWidget(window)
    window.show()
    assert "Trần Thị Hương" in window.user_label.text()

    # Register with a date of birth in the future first: the form says so and saves nothing.
    window.patients.new_button.click()
    written(qtbot)
    dialog = window.dialog
    assert dialog is not None
    fill_patient(qtbot, dialog, "Nguyễn Thị Hồng Nhung", "05/03/2990", "0912 345 678")
    click_save(qtbot, dialog)
    assert "future" in dialog.errors.message("date_of_birth")
    assert dialog.isVisible()
    assert search_patients(db, login.actor, "nhung") == []
    dialog.date_of_birth.setText("05/03/1985")
    click_save(qtbot, dialog)
    assert dialog.saved is not None
    mrn = dialog.saved.mrn
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.patient_file)
    assert window.patient_file is not None
    assert mrn in window.patient_file.title.text()

    # Back to the list; find her by an unaccented partial name.
    window.show_patients()
    written(qtbot)
    window.patients.search.clear()
    qtbot.keyClicks(window.patients.search, "nguyen nhu")
    qtbot.waitUntil(
        lambda: (
            window.patients.model.rowCount() == 1 and window.patients.search.text() == "nguyen nhu"
        )
    )
    qtbot.waitUntil(lambda: not window.patients.runner.busy)
    assert window.patients.model.row_at(0).full_name == "Nguyễn Thị Hồng Nhung"
    index = window.patients.model.index(0, 1)
    window.patients.table.doubleClicked.emit(index)
    written(qtbot)
    file_page = window.patient_file
    assert file_page is not None and file_page.record.mrn == mrn

    # Edit her phone number; the change is audited with old and new values.
    edit = file_page.edit()
    edit.phone.setText("0987 654 321")
    click_save(qtbot, edit)
    assert file_page.values["phone"].text() == "0987 654 321"
    update = audit_rows(db, action="update", record_type="patient")[-1]
    assert changes(update) == {"phone": ["0912 345 678", "0987 654 321"]}
    assert update.username == "huong.admin"


def test_possible_duplicate_is_shown_before_saving(
    qtbot: QtBot, db: Database, staff, patient, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(parent: object, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Prompts, "confirm", staticmethod(answer))
    dialog = PatientDialog(db, staff.nurse)
    qtbot.addWidget(dialog)
    fill_patient(qtbot, dialog, "nguyen thi huong", "05/03/1985", "0977 000 111")
    click_save(qtbot, dialog)
    assert len(asked) == 1 and "Nguyễn Thị Hương" in asked[0] and patient.mrn in asked[0]
    assert dialog.saved is None
    assert len(search_patients(db, staff.nurse, "huong")) == 1


def test_search_runs_off_the_gui_thread_and_shows_results(
    qtbot: QtBot, db: Database, staff, patient, monkeypatch: pytest.MonkeyPatch
) -> None:
    threads: list[bool] = []

    def spy(*args: object, **kwargs: object):
        threads.append(threading.current_thread() is threading.main_thread())
        return search_patients(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr("desktop.pages.patients.search_patients", spy)
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    qtbot.keyClicks(window.patients.search, "HUONG")
    qtbot.waitUntil(
        lambda: not window.patients.timer.isActive() and not window.patients.runner.busy
    )
    assert threads and not any(threads)
    assert window.patients.status.text() == "1 patient(s)"
    qtbot.keyClick(window.patients.search, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.patient_file is not None)
    assert window.patient_file is not None
    assert window.patient_file.record.id == patient.id


def test_admin_only_account_sees_settings_not_patients(qtbot: QtBot, db: Database, staff) -> None:
    window = MainWindow(db, staff.admin)
    qtbot.addWidget(window)
    assert "patients" not in window.pages
    assert "clinic" in window.pages
