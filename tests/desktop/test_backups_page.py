"""The administrator's backups page, automatic backups at start and close, a damaged database."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from db.access.permissions import command_line_actor
from db.record.patients import register_patient, search_patients
from db.settings import load_settings, save_settings
from db.storage.backup import backup
from db.storage.database import Database, open_database
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from desktop.safety import AutoBackup, open_or_recover
from tests.conftest import Staff, patient_input, sqlite_path
from tests.db.test_backup import damage, damage_index
from tests.helpers import written


@pytest.fixture
def backend() -> str:
    """These tests handle SQLite files byte by byte (copies, damage, headers); a PostgreSQL
    backup is a pg_dump archive made by the server's own tools."""
    return "sqlite"


class Answers:
    """Stands in for Prompts: records what was asked and answers as told."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, confirm: bool = True) -> None:
        self.errors: list[str] = []
        self.questions: list[str] = []
        self.notes: list[str] = []
        self.answer = confirm
        monkeypatch.setattr(Prompts, "show_error", staticmethod(self._error))
        monkeypatch.setattr(Prompts, "confirm", staticmethod(self._confirm))
        monkeypatch.setattr(Prompts, "inform", staticmethod(self._inform))

    def _error(self, parent: object, text: str) -> None:
        self.errors.append(text)

    def _confirm(self, parent: object, text: str, yes: str, no: str) -> bool:
        self.questions.append(text)
        return self.answer

    def _inform(self, parent: object, text: str) -> None:
        self.notes.append(text)


def test_admin_backs_up_now_and_restores_after_a_confirmation_naming_what_is_replaced(
    qtbot: QtBot, db: Database, staff: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    save_settings(db, staff.admin, {"backup_folder": str(tmp_path / "backups")})
    register_patient(db, staff.nurse, patient_input())
    window = MainWindow(db, staff.admin)
    qtbot.addWidget(window)
    page = window.backups
    assert "No backup" in page.last_label.text()

    page.backup_button.click()
    written(qtbot)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1 and not page.runner.busy)
    assert "Backup made and checked" in page.status.text()
    name = page.files[0].path.name
    assert name in page.last_label.text()

    register_patient(db, staff.nurse, patient_input(full_name="Lê Văn Sơn", phone="0988 111 222"))
    page.table.selectRow(0)
    answers.answer = False
    page.restore_button.click()
    written(qtbot)
    assert len(search_patients(db, staff.nurse, "son")) == 1

    answers.answer = True
    with qtbot.waitSignal(window.logged_out, timeout=10000):
        page.restore_button.click()
        written(qtbot)
    question = answers.questions[-1]
    assert name in question
    assert str(db.url.database) in question
    assert str(tmp_path / "backups") in question
    assert answers.notes and "restored" in answers.notes[0]
    assert search_patients(db, staff.nurse, "son") == []
    assert len(search_patients(db, staff.nurse, "huong")) == 1
    kept = [f for f in (tmp_path / "backups").iterdir() if f.name.startswith("replaced-")]
    assert len(kept) == 1


def test_only_administrators_see_the_backups_page(qtbot: QtBot, db: Database, staff: Staff) -> None:
    window = MainWindow(db, staff.nurse)
    qtbot.addWidget(window)
    assert "backups" not in window.pages
    qtbot.waitUntil(lambda: not window.patients.runner.busy)


def test_backup_settings_are_checked_before_saving(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    window = MainWindow(db, staff.admin)
    qtbot.addWidget(window)
    window.backups.folder.setText("backups here")
    window.backups.save_settings()
    written(qtbot)
    assert "full path" in window.backups.errors.message("backup_folder")  # beside the field
    assert answers.errors == []
    assert load_settings(db)["backup_folder"] == ""  # nothing saved


def test_a_failed_automatic_backup_is_shown_at_start_and_at_close(
    qtbot: QtBot, db: Database, staff: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    save_settings(db, staff.admin, {"backup_folder": str(blocker)})
    automatic = AutoBackup(db)
    with qtbot.waitSignal(automatic.done, timeout=10000) as finished:
        automatic.at_start()
    assert finished.args == [False]
    assert "automatic backup was not made" in answers.errors[0]
    assert not automatic.at_close()
    assert len(answers.errors) == 2

    save_settings(db, staff.admin, {"backup_folder": str(tmp_path / "fine")})
    assert automatic.at_close()
    assert len(list((tmp_path / "fine").glob("threadbook-*.sqlite3"))) == 1


def test_a_damaged_database_is_not_opened_and_the_newest_good_backup_is_offered(
    db: Database, db_url: str, staff: Staff, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch, confirm=False)
    folder = tmp_path / "backups"
    save_settings(db, staff.admin, {"backup_folder": str(folder)})
    register_patient(db, staff.nurse, patient_input())
    good = backup(db, folder / "threadbook-2026-11-25.sqlite3", command_line_actor())
    db.dispose()
    live = sqlite_path(db_url)
    # An index of the audit trail is lost; the settings, read for the backup folder, survive.
    damage_index(live, "ix_audit_event_time")
    damaged = live.read_bytes()

    assert open_or_recover(db_url) is None
    assert answers.errors == []
    assert "damaged" in answers.questions[0] and good.path.name in answers.questions[0]
    assert live.read_bytes() == damaged

    answers.answer = True
    reopened = open_or_recover(db_url)
    assert reopened is not None
    assert len(search_patients(reopened, staff.nurse, "huong")) == 1
    reopened.dispose()


def test_a_damaged_database_without_a_good_backup_is_explained(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = Answers(monkeypatch)
    open_database(db_url).dispose()
    live = sqlite_path(db_url)
    damage(live)
    assert open_or_recover(db_url) is None
    assert answers.questions == []
    assert "No good backup was found" in answers.errors[0]
