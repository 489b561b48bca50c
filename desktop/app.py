"""Application start: open the database, first-run setup, login, then the main window."""

from __future__ import annotations

import logging
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QDialog

from db.access.language import clinic_language
from db.access.permissions import Actor
from db.access.users import has_users
from db.errors import DamagedDatabase, ThreadbookError
from db.logfile import log_path
from db.settings import load_settings
from db.storage.database import Database, open_database
from desktop.dialogs.connection import ConnectionDialog
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.setup import SetupDialog
from desktop.i18n import tr
from desktop.look import give_room
from desktop.messages import Prompts
from desktop.safety import AutoBackup, open_or_recover, recover
from desktop.translations import apply_language

# Imported after the login (desktop/warm_up.py loads it while the login screen waits).
if TYPE_CHECKING:
    from desktop.main_window import MainWindow

log = logging.getLogger(__name__)


def _excepthook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
    """An unexpected error becomes a short message and a log entry, never a traceback."""
    log.error("unexpected error", exc_info=(kind, value, tb))
    if isinstance(value, ThreadbookError):
        text = value.message
    else:
        text = tr("Something went wrong and was not completed. The details are in {0}.").format(
            log_path()
        )
    try:
        Prompts.show_error(None, text)
    except Exception:
        # Showing the message failed too (no screen?): the log has it; say so on the terminal.
        log.exception("could not show an error message")
        print(f"threadbook: {text}", file=sys.stderr)


def open_or_choose(url: str | None) -> Database | None:
    """Open the database; when it cannot be opened, offer to choose another one.

    A damaged file is handled by `open_or_recover` (restore the newest good backup).
    """
    while True:
        try:
            # The quick check runs behind the login screen; the first write waits for it.
            return open_database(url, check_later=True)
        except DamagedDatabase:
            return open_or_recover(url)
        except ThreadbookError as exc:
            question = tr("{0}\n\nChoose the database again?").format(exc.message)
            if not Prompts.confirm(None, question, tr("Database…"), tr("Quit")):
                return None
        dialog = ConnectionDialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.saved_url is None:
            return None
        url = dialog.saved_url


class Session:
    """Login -> main window -> (log out) -> login, until the user cancels the login screen.

    Attributes:
        damaged: set when the background quick check refused the database at login or setup.
    """

    def __init__(self, db: Database, backups: AutoBackup) -> None:
        self.db = db
        self.backups = backups
        self.window: MainWindow | None = None
        self.damaged: DamagedDatabase | None = None
        self.backed_up = False

    def start(self) -> bool:
        # Before anyone logs in, the screens speak the clinic's language (Vietnamese at first).
        apply_language(clinic_language(self.db))
        if not has_users(self.db):
            setup = SetupDialog(self.db)
            result = setup.exec()
            if result == SetupDialog.CHANGE_DATABASE and setup.database_url:
                return self.switch_to(setup.database_url)
            if result != QDialog.DialogCode.Accepted:
                self.damaged = setup.damaged
                return False
        return self.login()

    def switch_to(self, url: str) -> bool:
        """Open the database chosen on a start-up screen and start over on it."""
        chosen = open_or_choose(url)
        if chosen is None:
            QApplication.quit()
            return False
        # Leaving a database is closing it: its close-time copy is made.
        if self.backed_up:
            self.backups.at_close()
        self.db.dispose()
        self.db = self.backups.db = chosen
        self.backed_up = False
        return self.start()

    def login(self) -> bool:
        apply_language(clinic_language(self.db))
        login = LoginDialog(self.db, load_settings(self.db).clinic_name)
        result = login.exec()
        if result == LoginDialog.CHANGE_DATABASE and login.database_url:
            return self.switch_to(login.database_url)
        if result != QDialog.DialogCode.Accepted or login.actor is None:
            self.damaged = login.damaged
            QApplication.quit()
            return False
        self.open_window(login.actor)
        return True

    def open_window(self, actor: Actor) -> None:
        if not self.backed_up:
            # After a login the quick check has passed, so the day's copy is of a sound file.
            self.backups.at_start()
            self.backed_up = True
        from desktop.main_window import MainWindow

        apply_language(actor.language)
        self.window = MainWindow(self.db, actor)
        self.window.logged_out.connect(self.login)
        self.window.user_switched.connect(self.open_window)
        self.window.show()
        self.window.live.start()


def run(database_url: str | None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Threadbook")
    app.setOrganizationName("Threadbook")
    give_room(app)
    sys.excepthook = _excepthook
    # Vietnamese until the clinic's own choice is read from its database.
    apply_language("vi")
    db = open_or_choose(database_url)
    while db is not None:
        backups = AutoBackup(db)
        session = Session(db, backups)
        try:
            if session.start():
                return app.exec()
        except Exception:
            # Before the event loop runs there is no excepthook; tell the user the same way.
            _excepthook(*sys.exc_info())
            return 2
        finally:
            if session.backed_up:
                backups.at_close()
            session.db.dispose()
        if session.damaged is None:
            return 0
        # The quick check behind the login screen found the file damaged: offer the backup.
        db = recover(session.db.url.render_as_string(hide_password=False), session.damaged)
    return 2
