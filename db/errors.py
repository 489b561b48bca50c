"""Errors a user can act on. Each carries a message written for the person at the keyboard."""

from __future__ import annotations

from collections.abc import Mapping

from db.wording import say


class ThreadbookError(Exception):
    """Base for every refusal the program explains to its user."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(ThreadbookError):
    """Input that cannot be saved.

    Attributes:
        fields: field name -> message, shown next to the field in a form.
    """

    def __init__(self, fields: Mapping[str, str]) -> None:
        self.fields = dict(fields)
        summary = "; ".join(self.fields.values())
        super().__init__(say("Please correct: {problems}", problems=summary))


class PermissionDenied(ThreadbookError):
    """The acting user's roles do not allow the action."""


class NotFound(ThreadbookError):
    """The record asked for does not exist."""


class Conflict(ThreadbookError):
    """Someone else saved the record since it was opened, or a unique value is taken.

    Attributes:
        changed_by: for a stale edit, who saved the record meanwhile and when ("lan at ...").
    """

    def __init__(self, message: str, changed_by: str = "") -> None:
        super().__init__(message)
        self.changed_by = changed_by


class AuthenticationFailed(ThreadbookError):
    """Login refused. The message never says whether the username exists."""


class DatabaseError(ThreadbookError):
    """The database cannot be opened or used (bad URL, unreachable, too new, damaged)."""


class DamagedDatabase(DatabaseError):
    """A SQLite file that fails its quick check; it is not opened, so nothing more is written.

    Attributes:
        path: the damaged file.
    """

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class BackupError(ThreadbookError):
    """A backup could not be made, or a file cannot be restored; nothing was replaced."""
