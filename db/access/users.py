"""Staff accounts: first-run setup, administration, login, logout and password changes.

Users are never deleted: an administrator deactivates them. The last active administrator
cannot be deactivated or lose the admin role, so the clinic can always manage its staff.
"""

from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from db.access.passwords import hash_password, needs_rehash, password_problem, verify_password
from db.access.permissions import (
    Actor,
    Permission,
    Role,
    authorize,
    end_session,
    logged_in_actor,
)
from db.audit import chain as audit
from db.errors import AuthenticationFailed, Conflict, NotFound, PermissionDenied, ValidationError
from db.models import User
from db.record.validation import name_problem, phone_problem, username_problem
from db.settings import ClinicSettings, read_settings, store_settings
from db.storage.database import Database
from db.text import clean_line
from db.wording import LANGUAGES, say


def wrong_login() -> str:
    """The one refusal for a wrong username or password: it never says which was wrong."""
    return say("Wrong username or password.")


@dataclass(frozen=True)
class SetupInput:
    clinic_name: str
    clinic_address: str
    clinic_phone: str
    username: str
    full_name: str
    password: str
    password_again: str
    also_doctor: bool = True
    # The clinic's language: the login screen's and each new account's, until changed.
    language: str = "vi"


def has_users(db: Database) -> bool:
    with db.read() as session:
        # The table's column, not the mapped one: see read_settings.
        return bool(session.scalar(select(exists().where(User.__table__.c.id.is_not(None)))))


def _actor(user: User) -> Actor:
    return logged_in_actor(
        user.id, user.username, user.full_name, user.role_set, language=user.language
    )


def _validate_account(
    username: str, full_name: str, password: str, confirm: str | None
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if problem := username_problem(username):
        errors["username"] = problem
    if problem := name_problem(full_name):
        errors["full_name"] = problem
    if problem := password_problem(password, confirm, username):
        errors["password"] = problem
    return errors


def setup_clinic(db: Database, data: SetupInput) -> Actor:
    """First run: the clinic's details and its first administrator, in one transaction."""
    username = data.username.strip().lower()
    errors: dict[str, str] = {}
    if problem := name_problem(
        data.clinic_name, say("Clinic name"), missing=say("Clinic name is required.")
    ):
        errors["clinic_name"] = problem
    if problem := phone_problem(data.clinic_phone):
        errors["clinic_phone"] = problem
    if data.language not in LANGUAGES:
        errors["language"] = say("Choose Vietnamese or English.")
    errors |= _validate_account(username, data.full_name, data.password, data.password_again)
    if errors:
        raise ValidationError(errors)
    roles = {Role.ADMIN.value} | ({Role.DOCTOR.value} if data.also_doctor else set())
    with db.write(None) as session:
        if session.scalar(select(func.count(User.id))):
            raise Conflict(say("This clinic is already set up. Log in instead."))
        store_settings(
            session,
            {
                "clinic_name": clean_line(data.clinic_name),
                "clinic_address": data.clinic_address.strip(),
                "clinic_phone": clean_line(data.clinic_phone),
                "language": data.language,
            },
        )
        user = _new_user(session, username, data.full_name, roles, data.password, db)
        session.flush()
        return _actor(user)


def _new_user(
    session: Session, username: str, full_name: str, roles: set[str], password: str, db: Database
) -> User:
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(say("A user named '{username}' already exists.", username=username))
    user = User(
        username=username,
        full_name=clean_line(full_name),
        password_hash=hash_password(password),
        roles=",".join(sorted(roles)),
        language=read_settings(session)["language"],
        active=True,
        failed_logins=0,
        created_at=db.clock(),
    )
    session.add(user)
    return user


def create_user(
    db: Database,
    actor: Actor,
    username: str,
    full_name: str,
    roles: set[str],
    password: str,
) -> int:
    """Create a staff account (an administrator, or the command line's own identity)."""
    username = username.strip().lower()
    errors = _validate_account(username, full_name, password, None)
    bad_roles = roles - {r.value for r in Role}
    if not roles or bad_roles:
        errors["roles"] = say("Choose at least one role: admin, doctor or nurse.")
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.USERS_MANAGE)
        user = _new_user(session, username, full_name, roles, password, db)
        session.flush()
        return user.id


def _lock_minutes(settings: ClinicSettings) -> int:
    return max(1, settings.integer("lockout_minutes"))


def _end_expired_lock(session: Session, user: User, now: datetime, by: str) -> None:
    """Clear a lock whose time is up (or that an administrator lifts), and say so in the trail."""
    if user.locked_until is None:
        return
    if by == "expiry" and user.locked_until > now:
        return
    ended = min(user.locked_until, now)
    user.locked_until = None
    user.failed_logins = 0
    audit.record_event(
        session,
        "lockout_ended",
        "user_account",
        user.id,
        None,
        {"ended_at": ended.isoformat(), "by": by},
    )


def is_locked(user: User, now: datetime) -> bool:
    return user.locked_until is not None and user.locked_until > now


def check_password(
    session: Session, user: User, password: str, settings: ClinicSettings, now: datetime
) -> bool:
    """Verify a password at login or at the lock screen, counting failures towards a lockout.

    False when the account is locked or the password is wrong; both are audited. The caller
    commits either way, so failed attempts are counted even though the action is refused.
    """
    _end_expired_lock(session, user, now, "expiry")
    if is_locked(user, now):
        audit.record_event(session, "login_refused_locked", "user_account", user.id)
        return False
    if not verify_password(user.password_hash, password):
        user.failed_logins += 1
        audit.record_event(session, "login_failed", "user_account", user.id)
        if user.failed_logins >= max(1, settings.integer("lockout_attempts")):
            user.locked_until = now + timedelta(minutes=_lock_minutes(settings))
            user.failed_logins = 0
            audit.record_event(
                session,
                "lockout",
                "user_account",
                user.id,
                None,
                {"until": user.locked_until.isoformat()},
            )
        return False
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.failed_logins = 0
    return True


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Failures never reveal whether the username exists or is locked."""
    username = username.strip().lower()
    with db.write(None) as session:
        settings = read_settings(session)
        user = session.scalar(select(User).where(User.username == username))
        now = db.clock()
        actor: Actor | None = None
        if user is None or not user.active:
            # Hash anyway so a wrong username takes as long as a wrong password.
            verify_password(_dummy_hash(), password)
            audit.record_event(
                session, "login_failed", "user_account", "", None, {"username": username}
            )
        elif check_password(session, user, password, settings, now):
            actor = _actor(user)
            session.info["actor"] = actor
            user.last_login_at = now
            audit.record_event(session, "login", "user_account", user.id)
    if actor is None:
        raise AuthenticationFailed(wrong_login())
    return actor


def logout(db: Database, actor: Actor, replaced_by: str = "") -> None:
    """End a session; `replaced_by` names who logged in at this PC's lock screen instead."""
    details = {"replaced_by": replaced_by} if replaced_by else None
    with db.write(actor, while_locked=True) as session:
        audit.record_event(session, "logout", "user_account", actor.user_id, None, details)
    end_session(actor)


def change_own_password(db: Database, actor: Actor, current: str, new: str, again: str) -> None:
    """Any active user changes their own password; a wrong current one counts as a failed login."""
    accepted = False
    with db.write(actor) as session:
        user = session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied(say("Your account is no longer active. Ask an administrator."))
        problem = password_problem(new, again, user.username)
        if problem is None and new == current:
            problem = say("The new password must be different from the current one.")
        if problem:
            raise ValidationError({"password": problem})
        now = db.clock()
        locked = is_locked(user, now)
        accepted = check_password(session, user, current, read_settings(session), now)
        if accepted:
            user.password_hash = hash_password(new)
            audit.record_event(session, "password_changed", "user_account", user.id)
    if not accepted:
        if locked:
            raise AuthenticationFailed(
                say(
                    "Too many wrong passwords: your account is locked for a while. An "
                    "administrator can unlock it.",
                )
            )
        raise ValidationError({"current": say("The current password is not right.")})


@cache
def _dummy_hash() -> str:
    return hash_password("threadbook-timing-equaliser")


@dataclass(frozen=True)
class UserRow:
    """One staff account as the administrators' list shows it."""

    id: int
    username: str
    full_name: str
    roles: frozenset[str]
    active: bool
    locked_until: datetime | None
    last_login_at: datetime | None
    created_at: datetime

    def locked_at(self, now: datetime) -> bool:
        return self.locked_until is not None and self.locked_until > now


def _row(user: User) -> UserRow:
    return UserRow(
        user.id,
        user.username,
        user.full_name,
        user.role_set,
        user.active,
        user.locked_until,
        user.last_login_at,
        user.created_at,
    )


def list_users(db: Database, actor: Actor) -> list[UserRow]:
    """Every account, active ones first; deactivated accounts stay listed (never deleted)."""
    with db.read() as session:
        authorize(session, actor, Permission.USERS_MANAGE)
        users = session.scalars(select(User).order_by(User.active.desc(), User.username))
        return [_row(user) for user in users]


def _account_for_change(
    session: Session, actor: Actor, user_id: int, seen: UserRow | None = None
) -> User:
    """The account to change, refused when another administrator changed it since `seen`.

    Compares what administrators edit, not the version column: every login bumps that.
    """
    authorize(session, actor, Permission.USERS_MANAGE)
    user = session.get(User, user_id)
    if user is None:
        raise NotFound(say("User {user_id} does not exist.", user_id=user_id))
    if seen is not None and (user.full_name, user.role_set, user.active) != (
        seen.full_name,
        seen.roles,
        seen.active,
    ):
        raise Conflict(
            say(
                "The account '{username}' was changed by another administrator after you "
                "opened it. Reload the list and make your change again.",
                username=user.username,
            )
        )
    return user


def _guard_last_admin(session: Session, user: User) -> None:
    """Refuse when `user` is the only active administrator left."""
    # FOR UPDATE: two administrators demoting each other at once cannot both succeed.
    active = session.scalars(select(User).where(User.active.is_(True)).with_for_update()).all()
    others = [u for u in active if u.id != user.id and Role.ADMIN.value in u.role_set]
    if not others:
        raise Conflict(
            say(
                "'{username}' is the last active administrator. Give another active "
                "account the admin role first, so someone can still manage staff and "
                "settings.",
                username=user.username,
            )
        )


def _roles_problem(roles: Set[str]) -> str | None:
    if not roles or set(roles) - {r.value for r in Role}:
        return say("Choose at least one role: admin, doctor or nurse.")
    return None


def update_user(
    db: Database, actor: Actor, seen: UserRow, full_name: str, roles: Set[str]
) -> UserRow:
    """Change an account's name and roles (audited with old and new values).

    `seen` is the account as the administrator saw it when they started the edit.
    """
    errors: dict[str, str] = {}
    if problem := name_problem(full_name):
        errors["full_name"] = problem
    if problem := _roles_problem(roles):
        errors["roles"] = problem
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        user = _account_for_change(session, actor, seen.id, seen)
        if user.active and Role.ADMIN.value in user.role_set and Role.ADMIN.value not in roles:
            _guard_last_admin(session, user)
        user.full_name = clean_line(full_name)
        user.roles = ",".join(sorted(roles))
        session.flush()
        return _row(user)


def set_user_active(db: Database, actor: Actor, seen: UserRow, active: bool) -> UserRow:
    """Deactivate an account (it can no longer log in; its history stays) or reactivate it."""
    with db.write(actor) as session:
        user = _account_for_change(session, actor, seen.id, seen)
        if not active:
            if user.id == actor.user_id:
                raise PermissionDenied(
                    say("You cannot deactivate your own account; another administrator can.")
                )
            if user.active and Role.ADMIN.value in user.role_set:
                _guard_last_admin(session, user)
        user.active = active
        session.flush()
        return _row(user)


def reset_password(db: Database, actor: Actor, user_id: int, new: str, again: str) -> UserRow:
    """An administrator sets a new password for someone who forgot theirs; it also lifts a lock."""
    with db.write(actor) as session:
        user = _account_for_change(session, actor, user_id)
        if problem := password_problem(new, again, user.username):
            raise ValidationError({"password": problem})
        user.password_hash = hash_password(new)
        _end_expired_lock(session, user, db.clock(), "administrator")
        user.failed_logins = 0
        audit.record_event(session, "password_reset", "user_account", user.id)
        session.flush()
        return _row(user)


def unlock_user(db: Database, actor: Actor, user_id: int) -> UserRow:
    """Lift a lockout before its time is up (the user remembered their password)."""
    with db.write(actor) as session:
        user = _account_for_change(session, actor, user_id)
        if not is_locked(user, db.clock()):
            raise Conflict(say("The account '{username}' is not locked.", username=user.username))
        _end_expired_lock(session, user, db.clock(), "administrator")
        session.flush()
        return _row(user)
