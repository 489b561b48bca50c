"""The connection screen: a server is saved once reachable, its password only in the keyring."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from db.storage.database import Database, default_url, local_url, open_database
from db.storage.server_settings import KEYRING_SERVICE, config_path, load_connection
from desktop.dialogs.connection import ConnectionDialog
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.setup import SetupDialog
from tests.helpers import MemoryKeyring
from tests.pg_server import PgServer


@pytest.fixture
def server_database(pg_server: PgServer) -> Iterator[str]:
    """A new, empty database on the test server, as a clinic's administrator creates it."""
    name = pg_server.create_database()
    yield pg_server.url(name)
    pg_server.drop_database(name)


def fill(dialog: ConnectionDialog, url: str, password: str | None = None) -> None:
    parts = make_url(url)
    dialog.server.setChecked(True)
    dialog.host.setText(parts.host or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database.setText(parts.database or "")
    dialog.user.setText(parts.username or "")
    dialog.password.setText(parts.password if password is None else password)
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))


def test_server_is_tested_then_saved_with_the_password_in_the_keyring(
    qtbot: QtBot, server_database: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    assert dialog.local.isChecked()
    fill(dialog, server_database)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "Connected to PostgreSQL" in dialog.status.text())
    assert "empty database" in dialog.status.text()
    assert not config_path().exists()  # testing saves nothing

    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.result() == ConnectionDialog.DialogCode.Accepted)
    password = make_url(server_database).password
    assert password and password not in config_path().read_text()
    saved = load_connection()
    assert saved is not None
    assert memory_keyring.passwords == {(KEYRING_SERVICE, saved.keyring_name): password}

    # The next start opens the server (and sets it up, since it is empty).
    assert make_url(default_url()).database == make_url(server_database).database
    db = open_database()
    assert not db.is_sqlite
    db.dispose()

    again = ConnectionDialog()
    qtbot.addWidget(again)
    assert again.server.isChecked() and again.password.text() == password


def test_wrong_password_is_said_and_nothing_is_saved(
    qtbot: QtBot, server_database: str, memory_keyring: MemoryKeyring
) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    fill(dialog, server_database, password="not the password")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled() and bool(dialog.status.text()))
    assert "password authentication failed" in dialog.status.text()
    assert dialog.isVisible() or dialog.result() != ConnectionDialog.DialogCode.Accepted
    assert not config_path().exists()
    assert memory_keyring.passwords == {}


def test_missing_fields_are_shown_next_to_them(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = ConnectionDialog()
    qtbot.addWidget(dialog)
    dialog.server.setChecked(True)
    dialog.database.clear()
    dialog.save_button.click()
    assert "server's name or address" in dialog.errors.message("host")
    assert "database's name" in dialog.errors.message("database")
    assert not dialog.runner.busy and not config_path().exists()


def test_going_back_to_this_pcs_file_forgets_the_server(
    qtbot: QtBot, server_database: str, memory_keyring: MemoryKeyring
) -> None:
    first = ConnectionDialog()
    qtbot.addWidget(first)
    fill(first, server_database)
    first.save_button.click()
    qtbot.waitUntil(lambda: first.result() == ConnectionDialog.DialogCode.Accepted)

    second = ConnectionDialog()
    qtbot.addWidget(second)
    second.local.setChecked(True)
    second.save_button.click()
    assert second.saved_url == local_url()
    assert not config_path().exists() and memory_keyring.passwords == {}
    assert default_url() == local_url()


def test_login_screen_says_where_the_records_are_and_offers_another_database(
    qtbot: QtBot, db: Database, memory_keyring: MemoryKeyring
) -> None:
    login = LoginDialog(db, "Phòng khám Hương Sen")
    qtbot.addWidget(login)
    where = login.where.text()
    assert (db.url.database or "") in where
    assert ("server" in where) != db.is_sqlite
    chooser = login.choose_database()
    assert chooser.isVisible()
    chooser.local.setChecked(True)
    chooser.save_button.click()
    assert login.result() == LoginDialog.CHANGE_DATABASE
    assert login.database_url == local_url()


def test_a_new_pc_can_join_a_server_from_the_setup_screen(
    qtbot: QtBot, db: Database, server_database: str, memory_keyring: MemoryKeyring
) -> None:
    setup = SetupDialog(db)
    qtbot.addWidget(setup)
    chooser = setup.choose_database()
    fill(chooser, server_database)
    chooser.save_button.click()
    qtbot.waitUntil(lambda: setup.result() == SetupDialog.CHANGE_DATABASE)
    assert setup.database_url is not None
    assert make_url(setup.database_url).database == make_url(server_database).database
