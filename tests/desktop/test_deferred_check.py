"""The quick check runs behind the login screen; a damaged file is refused before any write."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.errors import DamagedDatabase
from db.models import AuditEvent
from db.storage.database import Database, open_database
from desktop.dialogs.login import LoginDialog
from tests.conftest import Staff, sqlite_path
from tests.db.test_backup import damage_index
from tests.helpers import PASSWORD, written


@pytest.fixture
def backend() -> str:
    """SQLite's quick check: PostgreSQL keeps its own files sound."""
    return "sqlite"


def test_a_sound_file_opens_at_once_and_writes_after_the_check(db_url: str, staff: Staff) -> None:
    db = open_database(db_url, check_later=True)
    with db.write(staff.nurse) as session:
        assert session.scalar(select(func.count()).select_from(AuditEvent)) is not None
    db.dispose()


def test_a_damaged_file_is_refused_at_login_and_nothing_is_written(
    qtbot: QtBot, db: Database, db_url: str, staff: Staff
) -> None:
    path = sqlite_path(db_url)
    db.dispose()
    damage_index(path, "ix_audit_event_time")
    before = path.read_bytes()

    opened = open_database(db_url, check_later=True)
    login = LoginDialog(opened, "Clinic")
    qtbot.addWidget(login)
    login.username.setText("nurse")
    login.password.setText(PASSWORD)
    login.login_button.click()
    written(qtbot)
    assert login.actor is None
    assert isinstance(login.damaged, DamagedDatabase)
    assert "damaged" in login.damaged.message
    with pytest.raises(DamagedDatabase):
        opened.ensure_intact()
    opened.dispose()
    assert path.read_bytes() == before
