"""The screen lock of a logged-in session: locking (by hand or when idle) and unlocking."""

from __future__ import annotations

from db.access.permissions import Actor, set_locked
from db.access.users import check_password, is_locked
from db.audit import chain as audit
from db.errors import AuthenticationFailed
from db.models import User
from db.settings import read_settings
from db.storage.database import Database
from db.wording import say


def lock_session(db: Database, actor: Actor, *, idle: bool) -> None:
    """Record that the window hid its data: `idle` after no input for the set time."""
    with db.write(actor, while_locked=True) as session:
        action = "auto_lock" if idle else "lock"
        audit.record_event(session, action, "user_account", actor.user_id)
    set_locked(actor, True)


def unlock_session(db: Database, actor: Actor, password: str) -> None:
    """The locked-out user proves it is still them. Wrong passwords count towards a lockout."""
    refusal = ""
    with db.write(actor, while_locked=True) as session:
        user = session.get(User, actor.user_id)
        now = db.clock()
        if user is None or not user.active:
            audit.record_event(session, "unlock_refused", "user_account", actor.user_id)
            refusal = say("This account is no longer active. Another user can log in instead.")
        elif check_password(session, user, password, read_settings(session), now):
            audit.record_event(session, "unlock", "user_account", user.id)
        elif is_locked(user, now):
            refusal = say(
                "Too many wrong passwords: this account is locked for a while. Another "
                "user can log in instead, or an administrator can unlock it.",
            )
        else:
            refusal = say("Wrong password.")
    if refusal:
        raise AuthenticationFailed(refusal)
    set_locked(actor, False)
