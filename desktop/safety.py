"""Start and close: the daily automatic backups, and what to do with a damaged database."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from db.errors import DamagedDatabase, ThreadbookError
from db.storage.backup_folder import automatic_backup, folder_for_url, newest_good_backup
from db.storage.database import Database, default_url, open_database
from db.storage.restore import restore_damaged
from desktop.i18n import tr
from desktop.messages import Prompts
from desktop.worker import Runner


def failed_backup_text(message: str) -> str:
    return tr(
        "The automatic backup was not made:\n\n{0}\n\nYour work is saved in the database, but "
        "there is no fresh copy of it. Ask your administrator to check the backup folder."
    ).format(message)


class AutoBackup(QObject):
    """The day's automatic copy at the first start and at every close. A failure is always
    shown to the user.

    Signals:
        done(bool): an automatic backup finished; True when it succeeded or was not due.
    """

    done = Signal(bool)

    def __init__(self, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.runner = Runner(self)

    def at_start(self) -> None:
        """Off the GUI thread, so login is not delayed by a large database."""
        db = self.db
        self.runner.start(
            lambda: automatic_backup(db, at_start=True),
            lambda _info: self.done.emit(True),
            self._failed,
            latest_only=False,
        )

    def at_close(self) -> bool:
        """At close there is no window left to keep responsive; wait for it."""
        self.runner.wait()
        try:
            automatic_backup(self.db, at_start=False)
        except ThreadbookError as exc:
            self._failed(exc.message)
            return False
        self.done.emit(True)
        return True

    def _failed(self, message: str) -> None:
        Prompts.show_error(None, failed_backup_text(message))
        self.done.emit(False)


def open_or_recover(
    url: str | None, parent: QWidget | None = None, *, check_later: bool = False
) -> Database | None:
    """Open the database; when it is damaged, tell the user and offer the newest good backup.

    Returns None when the program cannot go on (the user was told why). With `check_later`
    the quick check runs during the login screen; `recover` handles its verdict.
    """
    try:
        return open_database(url, check_later=check_later)
    except DamagedDatabase as damaged:
        return _offer_backup(url, damaged, parent)
    except ThreadbookError as exc:
        Prompts.show_error(parent, exc.message)
        return None


def recover(
    url: str | None, damaged: DamagedDatabase, parent: QWidget | None = None
) -> Database | None:
    """The background check found the file damaged after the login screen opened."""
    return _offer_backup(url, damaged, parent)


def _offer_backup(
    url: str | None, damaged: DamagedDatabase, parent: QWidget | None
) -> Database | None:
    url = url or default_url()
    folder = folder_for_url(url)
    newest = newest_good_backup(folder)
    if newest is None:
        Prompts.show_error(
            parent,
            tr(
                "{0}\n\nNo good backup was found in {1}. Copy a backup into that folder and start "
                "Threadbook again, or ask for help; the damaged file has not been changed."
            ).format(damaged.message, folder),
        )
        return None
    patients = tr("{0} patients").format(newest.patients) if newest.patients is not None else ""
    question = tr(
        "{0}\n\nThe newest good backup is {1} ({2}). Restore it?\n\nWork saved after that backup "
        "is not in it. The damaged database is kept as a dated copy in {3}."
    ).format(damaged.message, newest.path.name, patients, folder)
    if not Prompts.confirm(parent, question, tr("Restore this backup"), tr("Quit")):
        return None
    try:
        restore_damaged(url, newest.path, folder)
        return open_database(url)
    except ThreadbookError as exc:
        Prompts.show_error(parent, exc.message)
        return None
