"""Staff accounts: first-run setup, creating users, login and logout."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from db import audit
from db.database import Database
from db.errors import AuthenticationFailed, Conflict, ValidationError
from db.models import User
from db.passwords import hash_password, needs_rehash, password_problem, verify_password
from db.permissions import Actor, Permission, Role, authorize, workstation_name
from db.settings import read_settings, store_settings
from db.text import clean_line
from db.validation import name_problem, phone_problem, username_problem

WRONG_LOGIN = "Wrong username or password."


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


def has_users(db: Database) -> bool:
    with db.read() as session:
        return bool(session.scalar(select(exists().where(User.id.is_not(None)))))


def _actor(user: User) -> Actor:
    return Actor(user.id, user.username, user.full_name, user.role_set, workstation_name())


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
    if problem := name_problem(data.clinic_name, "Clinic name"):
        errors["clinic_name"] = problem
    if problem := phone_problem(data.clinic_phone):
        errors["clinic_phone"] = problem
    errors |= _validate_account(username, data.full_name, data.password, data.password_again)
    if errors:
        raise ValidationError(errors)
    roles = {Role.ADMIN.value} | ({Role.DOCTOR.value} if data.also_doctor else set())
    with db.write(None) as session:
        if session.scalar(select(func.count(User.id))):
            raise Conflict("This clinic is already set up. Log in instead.")
        store_settings(
            session,
            {
                "clinic_name": clean_line(data.clinic_name),
                "clinic_address": data.clinic_address.strip(),
                "clinic_phone": clean_line(data.clinic_phone),
            },
        )
        user = _new_user(session, username, data.full_name, roles, data.password, db)
        session.flush()
        return _actor(user)


def _new_user(
    session: Session, username: str, full_name: str, roles: set[str], password: str, db: Database
) -> User:
    if session.scalar(select(User.id).where(User.username == username)) is not None:
        raise Conflict(f"A user named '{username}' already exists.")
    user = User(
        username=username,
        full_name=clean_line(full_name),
        password_hash=hash_password(password),
        roles=",".join(sorted(roles)),
        active=True,
        failed_logins=0,
        created_at=db.clock(),
    )
    session.add(user)
    return user


def create_user(
    db: Database,
    actor: Actor | None,
    username: str,
    full_name: str,
    roles: set[str],
    password: str,
) -> int:
    """Create a staff account. `actor` None means the local command line (an OS-level admin)."""
    username = username.strip().lower()
    errors = _validate_account(username, full_name, password, None)
    bad_roles = roles - {r.value for r in Role}
    if not roles or bad_roles:
        errors["roles"] = "Choose at least one role: admin, doctor or nurse."
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        if actor is not None:
            authorize(session, actor, Permission.USERS_MANAGE)
        user = _new_user(session, username, full_name, roles, password, db)
        session.flush()
        return user.id


def authenticate(db: Database, username: str, password: str) -> Actor:
    """Check a login. Failures never reveal whether the username exists."""
    username = username.strip().lower()
    with db.write(None) as session:
        settings = read_settings(session)
        user = session.scalar(select(User).where(User.username == username))
        now = db.clock()
        if user is None or not user.active:
            # Hash anyway so a wrong username takes as long as a wrong password.
            verify_password(_dummy_hash(), password)
            audit.record_event(
                session, "login_failed", "user_account", "", None, {"username": username}
            )
            failure = WRONG_LOGIN
        elif user.locked_until is not None and user.locked_until > now:
            audit.record_event(session, "login_refused_locked", "user_account", user.id)
            failure = WRONG_LOGIN
        elif not verify_password(user.password_hash, password):
            user.failed_logins += 1
            audit.record_event(session, "login_failed", "user_account", user.id)
            if user.failed_logins >= settings.integer("lockout_attempts"):
                user.locked_until = now + timedelta(minutes=settings.integer("lockout_minutes"))
                user.failed_logins = 0
                audit.record_event(
                    session,
                    "lockout",
                    "user_account",
                    user.id,
                    None,
                    {"until": user.locked_until.isoformat()},
                )
            failure = WRONG_LOGIN
        else:
            failure = ""
            actor = _actor(user)
            session.info["actor"] = actor
            if needs_rehash(user.password_hash):
                user.password_hash = hash_password(password)
            user.failed_logins = 0
            user.locked_until = None
            user.last_login_at = now
            audit.record_event(session, "login", "user_account", user.id)
    if failure:
        raise AuthenticationFailed(failure)
    return actor


def logout(db: Database, actor: Actor) -> None:
    with db.write(actor) as session:
        audit.record_event(session, "logout", "user_account", actor.user_id)


def change_own_password(db: Database, actor: Actor, current: str, new: str, again: str) -> None:
    with db.write(actor) as session:
        user = session.get(User, actor.user_id)
        if user is None or not verify_password(user.password_hash, current):
            raise ValidationError({"current": "The current password is not right."})
        if problem := password_problem(new, again, user.username):
            raise ValidationError({"password": problem})
        user.password_hash = hash_password(new)
        audit.record_event(session, "password_changed", "user_account", user.id)


@cache
def _dummy_hash() -> str:
    return hash_password("threadbook-timing-equaliser")
