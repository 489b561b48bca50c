"""Who may do what. Every service function checks the acting user here, not only the window."""

from __future__ import annotations

import socket
import time
import weakref
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from db.errors import PermissionDenied
from db.wording import say


class Role(StrEnum):
    NURSE = "nurse"
    DOCTOR = "doctor"
    ADMIN = "admin"


class Permission(StrEnum):
    PATIENT_READ = "read patients and their clinical history"
    PATIENT_CREATE = "register patients"
    PATIENT_EDIT_CONTACT = "edit patients' contact details"
    PATIENT_EDIT_CLINICAL = "edit patients' allergies and medical notes"
    PATIENT_ALERTS = "record and end patients' alerts (allergies, history, contraindications)"
    STOCK_INTAKE = "receive stock and edit the thread catalogue"
    STOCK_WRITE_OFF = "write off or recall stock"
    CONSENT_RECORD = "record and withdraw patients' consents"
    PHOTO_IMPORT = "import and void clinical photographs"
    PROCEDURE_CHART = "chart procedures"
    PROCEDURE_VOID = "void procedures"
    FOLLOWUP_BOOK = "book follow-ups and record phone calls"
    REVIEW_RECORD = "record review visits"
    COMPLICATION_RECORD = "record complications"
    PRINT = "print or export patient sheets"
    USERS_MANAGE = "manage staff accounts"
    SETTINGS_EDIT = "change clinic settings, protocols and care texts"
    AUDIT_VIEW = "view and export the audit trail"
    BACKUP = "make and restore backups"
    REPORTS_VIEW = "view and export clinic reports"


_NURSE = frozenset(
    {
        Permission.PATIENT_READ,
        Permission.PATIENT_CREATE,
        Permission.PATIENT_EDIT_CONTACT,
        Permission.STOCK_INTAKE,
        Permission.FOLLOWUP_BOOK,
        Permission.PRINT,
        Permission.CONSENT_RECORD,
        Permission.PHOTO_IMPORT,
    }
)
_DOCTOR = _NURSE | {
    Permission.PATIENT_EDIT_CLINICAL,
    Permission.PATIENT_ALERTS,
    Permission.STOCK_WRITE_OFF,
    Permission.PROCEDURE_CHART,
    Permission.PROCEDURE_VOID,
    Permission.REVIEW_RECORD,
    Permission.COMPLICATION_RECORD,
    Permission.REPORTS_VIEW,
}
_ADMIN = frozenset(
    {
        Permission.USERS_MANAGE,
        Permission.SETTINGS_EDIT,
        Permission.AUDIT_VIEW,
        Permission.BACKUP,
        Permission.REPORTS_VIEW,
    }
)

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.NURSE: _NURSE,
    Role.DOCTOR: frozenset(_DOCTOR),
    Role.ADMIN: _ADMIN,
}


def permissions_of(roles: frozenset[str]) -> frozenset[Permission]:
    granted: set[Permission] = set()
    for role in roles:
        if role in Role.__members__.values():
            granted |= MATRIX[Role(role)]
    return frozenset(granted)


def workstation_name() -> str:
    return socket.gethostname() or "unknown"


class _Session:
    """What only this module hands out: proof that an Actor came from a login (or is the
    command line's own identity), and whether that session is locked or over."""

    __slots__ = ("__weakref__", "ended", "locked", "read_check")

    def __init__(self) -> None:
        self.locked = False
        self.ended = False
        # The account's roles as last read from the database: (accounts' generation, when).
        self.read_check: tuple[int, float, frozenset[str]] | None = None


# session.info key of a read-only transaction (`Database.read`).
READING_KEY = "threadbook_reading"
# A read may go by the account as checked this long ago: the four reads that show a patient's
# file check it once, not four times. Writes always read it afresh; a role removed or an account
# deactivated on this PC counts at once (the generation below), on another PC within this time.
READ_RECHECK_SECONDS = 1.0
_accounts_generation = 0


_ISSUED: weakref.WeakSet[_Session] = weakref.WeakSet()


@dataclass(frozen=True)
class Actor:
    """The logged-in person on whose behalf a db function runs.

    Only a successful login (`db.access.users.authenticate`, `setup_clinic`) or
    `command_line_actor` makes one that the db functions accept; an Actor built by hand has
    no session and is refused with PermissionDenied.

    Attributes:
        roles: as read at login; `authorize` re-reads them so a revoked role takes effect at once.
    """

    user_id: int
    username: str
    full_name: str
    roles: frozenset[str]
    workstation: str = field(default_factory=workstation_name)
    # The local command line: whoever can reach the database file or server directly.
    command_line: bool = False
    # The language the account chose for its window ("vi" or "en").
    language: str = "vi"
    session: _Session | None = field(default=None, compare=False, repr=False)

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)

    @property
    def account_id(self) -> int | None:
        """The staff account a record names as its author; None for the command line, which
        has none (its actions are audited under 'command-line')."""
        return None if self.command_line else self.user_id


def _issue(
    user_id: int,
    username: str,
    full_name: str,
    roles: frozenset[str],
    workstation: str,
    *,
    command_line: bool,
    language: str = "vi",
) -> Actor:
    """An Actor with a live session; called only by a login and by `command_line_actor`."""
    session = _Session()
    _ISSUED.add(session)
    return Actor(
        user_id,
        username,
        full_name,
        roles,
        workstation,
        command_line,
        language=language,
        session=session,
    )


def logged_in_actor(
    user_id: int,
    username: str,
    full_name: str,
    roles: frozenset[str],
    workstation: str = "",
    *,
    language: str = "vi",
) -> Actor:
    """The Actor of a login that has just checked the password: for db.access.users only (the
    tests' staff use it too, sparing a deliberately slow password hash per test)."""
    return _issue(
        user_id,
        username,
        full_name,
        roles,
        workstation or workstation_name(),
        command_line=False,
        language=language,
    )


def command_line_actor() -> Actor:
    """The actor of CLI commands; audited as 'command-line' with the machine's name."""
    roles = frozenset(r.value for r in Role)
    return _issue(0, "command-line", "Command line", roles, workstation_name(), command_line=True)


def require_session(actor: object, *, writing: bool) -> Actor:
    """Refuse anything but an Actor from a login or the command line, a session that was
    logged out, and (for a write) a locked one."""
    issued = isinstance(actor, Actor) and actor.session is not None and actor.session in _ISSUED
    if not issued:
        raise PermissionDenied(say("This needs a logged-in user. Log in first."))
    assert isinstance(actor, Actor) and actor.session is not None
    if actor.session.ended:
        raise PermissionDenied(say("You have logged out. Log in again to continue."))
    if writing and actor.session.locked:
        raise PermissionDenied(say("The screen is locked. Unlock it with your password to save."))
    return actor


def set_locked(actor: Actor, locked: bool) -> None:
    require_session(actor, writing=False).session.locked = locked  # type: ignore[union-attr]


def end_session(actor: Actor) -> None:
    require_session(actor, writing=False).session.ended = True  # type: ignore[union-attr]


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's current, active account grants `permission`."""
    from db.models import User

    login = require_session(actor, writing=False).session
    assert login is not None
    if actor.command_line:
        return
    checked = login.read_check
    if (
        session.info.get(READING_KEY)
        and checked is not None
        and checked[0] == _accounts_generation
        and time.monotonic() - checked[1] < READ_RECHECK_SECONDS
        and permission in permissions_of(checked[2])
    ):
        return
    generation = _accounts_generation
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        login.read_check = None
        raise PermissionDenied(say("Your account is no longer active. Ask an administrator."))
    login.read_check = (generation, time.monotonic(), user.role_set)
    if permission not in permissions_of(user.role_set):
        roles = ", ".join(role_words(r) for r in sorted(user.role_set)) or say("no role")
        raise PermissionDenied(
            say(
                "Your account ({roles}) may not {action}.",
                roles=roles,
                action=permission_words(permission),
            )
        )


def role_words(role: str) -> str:
    """A role's name for the user ("bác sĩ" in a Vietnamese session)."""
    words: dict[str, str] = {
        Role.NURSE: say("nurse"),
        Role.DOCTOR: say("doctor"),
        Role.ADMIN: say("admin"),
    }
    return words.get(role, role)


def permission_words(permission: Permission) -> str:
    """What a permission allows, as a phrase that completes "may not ..."."""
    words = {
        Permission.PATIENT_READ: say("read patients and their clinical history"),
        Permission.PATIENT_CREATE: say("register patients"),
        Permission.PATIENT_EDIT_CONTACT: say("edit patients' contact details"),
        Permission.PATIENT_EDIT_CLINICAL: say("edit patients' allergies and medical notes"),
        Permission.PATIENT_ALERTS: say(
            "record and end patients' alerts (allergies, history, contraindications)"
        ),
        Permission.STOCK_INTAKE: say("receive stock and edit the thread catalogue"),
        Permission.STOCK_WRITE_OFF: say("write off or recall stock"),
        Permission.PROCEDURE_CHART: say("chart procedures"),
        Permission.PROCEDURE_VOID: say("void procedures"),
        Permission.FOLLOWUP_BOOK: say("book follow-ups and record phone calls"),
        Permission.REVIEW_RECORD: say("record review visits"),
        Permission.COMPLICATION_RECORD: say("record complications"),
        Permission.CONSENT_RECORD: say("record and withdraw patients' consents"),
        Permission.PHOTO_IMPORT: say("import and void clinical photographs"),
        Permission.PRINT: say("print or export patient sheets"),
        Permission.USERS_MANAGE: say("manage staff accounts"),
        Permission.SETTINGS_EDIT: say("change clinic settings, protocols and care texts"),
        Permission.AUDIT_VIEW: say("view and export the audit trail"),
        Permission.BACKUP: say("make and restore backups"),
        Permission.REPORTS_VIEW: say("view and export clinic reports"),
    }
    return words[permission]


_ACCOUNTS_CHANGED = "threadbook_accounts_changed"


def _note_account_changes(session: Session, _context: Any, _instances: Any) -> None:
    from db.models import User

    if any(isinstance(row, User) for row in (*session.new, *session.dirty, *session.deleted)):
        session.info[_ACCOUNTS_CHANGED] = True


def _accounts_changed(session: Session) -> None:
    # After the commit, so no read between the flush and the commit keeps the old roles.
    global _accounts_generation
    if session.info.pop(_ACCOUNTS_CHANGED, False):
        _accounts_generation += 1


event.listen(Session, "before_flush", _note_account_changes)
event.listen(Session, "after_commit", _accounts_changed)
