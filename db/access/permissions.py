"""Who may do what. Every service function checks the acting user here, not only the window."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from enum import StrEnum

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
    Permission.STOCK_WRITE_OFF,
    Permission.PROCEDURE_CHART,
    Permission.PROCEDURE_VOID,
    Permission.REVIEW_RECORD,
    Permission.COMPLICATION_RECORD,
}
_ADMIN = frozenset(
    {
        Permission.USERS_MANAGE,
        Permission.SETTINGS_EDIT,
        Permission.AUDIT_VIEW,
        Permission.BACKUP,
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


@dataclass(frozen=True)
class Actor:
    """The logged-in person on whose behalf a db function runs.

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

    def may(self, permission: Permission) -> bool:
        return permission in permissions_of(self.roles)


def command_line_actor() -> Actor:
    """The actor of CLI commands; audited as 'command-line' with the machine's name."""
    return Actor(0, "command-line", "Command line", frozenset(r.value for r in Role),
                 command_line=True)  # fmt: skip


def authorize(session: Session, actor: Actor, permission: Permission) -> None:
    """Refuse unless the actor's current, active account grants `permission`."""
    from db.models import User

    if actor.command_line:
        return
    user = session.get(User, actor.user_id)
    if user is None or not user.active:
        raise PermissionDenied(say("Your account is no longer active. Ask an administrator."))
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
    }
    return words[permission]
