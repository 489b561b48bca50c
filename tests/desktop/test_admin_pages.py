"""The administrator's pages: staff accounts and the audit trail, driven through the window."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from db.access.users import authenticate
from db.audit.trail import PAGE_SIZE
from db.record.patients import PatientRecord, update_patient
from db.storage.database import Database
from desktop.dialogs.change_password import ChangePasswordDialog
from desktop.dialogs.user_form import UserDialog
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from desktop.models.audit_fields import value_text
from desktop.models.audit_table import change_summary, username_text
from desktop.pages.audit_viewer import AuditViewerPage
from desktop.pages.users import UsersPage
from tests.conftest import Staff, patient_input
from tests.helpers import PASSWORD, audit_rows, written


def test_admin_sees_staff_and_audit_pages_and_a_nurse_does_not(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    admin = MainWindow(db, staff.admin)
    nurse = MainWindow(db, staff.nurse)
    qtbot.addWidget(admin)
    qtbot.addWidget(nurse)
    assert {"users", "audit"} <= set(admin.pages)
    assert not {"users", "audit"} & set(nurse.pages)
    audit = admin.pages["audit"]
    assert isinstance(audit, AuditViewerPage)
    assert audit.model.rowCount() == 0  # nothing is read until the page is opened
    admin.show()
    admin.nav.setCurrentRow(list(admin.pages).index("audit"))
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0)
    wait_idle(qtbot, audit)


def test_create_an_account_then_deactivate_it_after_confirming(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = UsersPage(db, staff.admin)
    qtbot.addWidget(page)
    page.new_button.click()
    written(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    qtbot.keyClicks(dialog.username, "lan.le")
    dialog.full_name.setText("Lê Thị Lan")
    qtbot.keyClicks(dialog.password, PASSWORD)
    qtbot.keyClicks(dialog.password_again, PASSWORD)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None
    box.button(QDialogButtonBox.StandardButton.Save).click()
    written(qtbot)
    assert "at least one role" in dialog.errors.message("roles")
    dialog.roles["nurse"].setChecked(True)
    box.button(QDialogButtonBox.StandardButton.Save).click()
    written(qtbot)
    assert dialog.saved
    assert "lan.le" in [row.username for row in page.rows]
    assert authenticate(db, "lan.le", PASSWORD).roles == {"nurse"}

    asked: list[str] = []

    def agree(parent: object, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return True

    monkeypatch.setattr(Prompts, "confirm", staticmethod(agree))
    page.select("lan.le")
    assert page.active_button.text() == "Deactivate"
    page.active_button.click()
    written(qtbot)
    assert "Lê Thị Lan" in asked[0]
    row = next(r for r in page.rows if r.username == "lan.le")
    assert not row.active
    assert page.active_button.text() == "Reactivate"
    assert audit_rows(db)[-1].action == "deactivate"


def test_the_last_administrator_is_kept_with_a_clear_message(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "show_error", staticmethod(lambda p, text: errors.append(text)))
    page = UsersPage(db, staff.admin)
    qtbot.addWidget(page)
    page.select("admin")
    page.edit()
    written(qtbot)
    dialog = page.dialog
    assert isinstance(dialog, UserDialog)
    dialog.roles["admin"].setChecked(False)
    dialog.roles["doctor"].setChecked(True)
    dialog.submit()
    written(qtbot)
    assert errors and "last active administrator" in errors[0]
    assert next(r for r in page.rows if r.username == "admin").roles == {"admin"}


def test_change_my_password_from_the_main_window(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(Prompts, "inform", staticmethod(lambda p, text: told.append(text)))
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    window.password_button.click()
    written(qtbot)
    dialog = window.findChild(ChangePasswordDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.current, "wrong password")
    qtbot.keyClicks(dialog.new, "a brand new passphrase")
    qtbot.keyClicks(dialog.again, "a brand new passphrase")
    dialog.save_button.click()
    written(qtbot)
    assert dialog.errors.message("current") == "The current password is not right."
    assert dialog.current.text() == ""
    qtbot.keyClicks(dialog.current, PASSWORD)
    dialog.save_button.click()
    written(qtbot)
    assert dialog.changed and told == ["Your password has been changed."]
    assert authenticate(db, "nurse", "a brand new passphrase").username == "nurse"


def wait_idle(qtbot: QtBot, page: AuditViewerPage) -> None:
    qtbot.waitUntil(lambda: not page.runner.busy and not page.side_runner.busy)


def test_audit_viewer_filters_by_patient_and_shows_old_and_new_values(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    update_patient(
        db, staff.nurse, patient.id, patient.version, patient_input(phone="0911 222 333")
    )
    page = AuditViewerPage(db, staff.admin)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, page)
    assert page.action.findData("update") >= 0
    page.patient.setText(patient.mrn)
    page.apply_button.click()
    written(qtbot)
    wait_idle(qtbot, page)
    assert page.status.text() == "2 events"
    assert [page.model.entry(r).action for r in range(page.model.rowCount())] == [
        "update",
        "create",
    ]
    page.table.selectRow(0)
    assert "nurse on test-pc: changed patient" in page.event_title.text()
    cells = [
        [item.text() if (item := page.values.item(r, c)) else "" for c in range(3)]
        for r in range(page.values.rowCount())
    ]
    assert cells == [["phone", "0912 345 678", "0911 222 333"]]
    field = page.values.item(0, 0)
    assert field is not None and field.toolTip() == "phone"  # stored name, as the CSV has it
    created = page.model.entry(1)
    summary = change_summary(created)
    assert "full name: " in summary and "date of birth: " in summary
    assert "full_name" not in summary

    page.first_day.setText("31/02/2026")
    page.apply_button.click()
    written(qtbot)
    assert "Not a date" in page.problem.text() and not page.problem.isHidden()


def test_audit_viewer_fetches_older_rows_only_when_scrolled_to(
    qtbot: QtBot, db: Database, staff: Staff, patient: PatientRecord
) -> None:
    from db.record.patients import open_patient

    for _ in range(PAGE_SIZE + 20):
        open_patient(db, staff.nurse, patient.id)
    page = AuditViewerPage(db, staff.admin)
    qtbot.addWidget(page)
    page.resize(900, 500)
    page.show()
    wait_idle(qtbot, page)
    total = len(audit_rows(db))
    assert page.model.rowCount() == PAGE_SIZE < total
    assert f"{total:,} events" in page.status.text()
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)
    seqs = [page.model.entry(r).seq for r in range(page.model.rowCount())]
    assert seqs == sorted(seqs, reverse=True) and len(set(seqs)) == total


def test_audit_export_writes_the_shown_rows_and_is_audited(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(
        Prompts, "save_file", staticmethod(lambda parent, title, name, kinds: tmp_path / "out")
    )
    page = AuditViewerPage(db, staff.admin)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, page)
    page.patient.setText(patient.mrn)
    page.apply()
    written(qtbot)
    wait_idle(qtbot, page)
    page.export_button.click()
    written(qtbot)
    wait_idle(qtbot, page)
    assert page.status.text() == f"Exported 1 events to {tmp_path / 'out.csv'}"
    with (tmp_path / "out.csv").open(encoding="utf-8-sig", newline="") as handle:
        assert [row["action"] for row in csv.DictReader(handle)] == ["create"]
    assert (audit_rows(db)[-1].action, audit_rows(db)[-1].username) == ("export", "admin")

    page.verify_button.click()
    written(qtbot)
    wait_idle(qtbot, page)
    assert page.status.text().startswith("The audit trail is intact")


@pytest.mark.usefixtures("vietnamese")
def test_audit_viewer_words_fields_and_codes_in_vietnamese_and_the_export_keeps_them_stored(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = AuditViewerPage(db, staff.admin)
    qtbot.addWidget(page)
    page.show()
    wait_idle(qtbot, page)
    page.patient.setText(patient.mrn)
    page.apply()
    written(qtbot)
    wait_idle(qtbot, page)
    page.table.selectRow(0)
    shown = {
        field.text(): (value.text(), field.toolTip())
        for r in range(page.values.rowCount())
        if (field := page.values.item(r, 0)) and (value := page.values.item(r, 2))
    }
    assert shown["họ tên"] == ("Nguyễn Thị Hương", "full_name")
    assert shown["ngày sinh"] == ("05/03/1985", "date_of_birth")
    assert shown["giới tính"][0] == "Nữ"
    assert shown["ngôn ngữ"][0] == "Tiếng Việt"
    assert "giới tính: Nữ" in change_summary(page.model.entry(0))
    # A printed document's kind and the record filter read as words, not stored codes.
    assert value_text("patient", "sheet", "procedure_record") == "hồ sơ thủ thuật"
    assert page.record_id.placeholderText() == "số"
    assert username_text("command-line") == "dòng lệnh"

    monkeypatch.setattr(
        Prompts, "save_file", staticmethod(lambda parent, title, name, kinds: tmp_path / "out")
    )
    page.export_button.click()
    written(qtbot)
    wait_idle(qtbot, page)
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    assert "date_of_birth" in exported and "female" in exported and "Nữ" not in exported
