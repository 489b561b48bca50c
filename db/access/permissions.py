"""Who may do what. Every service function checks the acting user here, not only the window."""

from __future__ import annotations

import socket
from dataclasses import dataclass, field
from enum import StrEnum

from sqlalchemy.orm import Session

from db.errors import PermissionDenied


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
        raise PermissionDenied("Your account is no longer active. Ask an administrator.")
    if permission not in permissions_of(user.role_set):
        roles = ", ".join(sorted(user.role_set)) or "no role"
        raise PermissionDenied(f"Your account ({roles}) may not {permission.value}.")
