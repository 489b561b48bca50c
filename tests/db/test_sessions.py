"""Lockout after failed passwords and the screen lock, on an injected clock."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from db.access.screen_lock import lock_session, unlock_session
from db.access.users import authenticate, list_users, set_user_active, unlock_user
from db.errors import AuthenticationFailed
from db.settings import save_settings
from db.storage.database import Database, open_database
from tests.conftest import Staff
from tests.helpers import PASSWORD, audit_rows


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 26, 8, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def timed(db_url: str, clock: Clock, staff: Staff) -> Iterator[Database]:
    """The staffed clinic opened on a clock the test moves by hand."""
    database = open_database(db_url, clock=clock)
    yield database
    database.dispose()


def fail_login(db: Database, username: str, times: int) -> None:
    for _ in range(times):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, username, "not the password")


def test_the_lock_and_its_end_are_audited(timed: Database, clock: Clock) -> None:
    fail_login(timed, "nurse", 5)
    lockout = audit_rows(timed, action="lockout")
    assert len(lockout) == 1
    assert json.loads(lockout[0].details)["until"] == "2026-11-26T08:15:00+00:00"

    # The right password is refused while locked, without saying so to a stranger.
    clock.now += timedelta(minutes=14)
    with pytest.raises(AuthenticationFailed, match="Wrong username or password"):
        authenticate(timed, "nurse", PASSWORD)
    assert audit_rows(timed)[-1].action == "login_refused_locked"

    clock.now += timedelta(minutes=1, seconds=1)
    assert authenticate(timed, "nurse", PASSWORD).username == "nurse"
    ended, login = audit_rows(timed)[-2:]
    assert (ended.action, login.action) == ("lockout_ended", "login")
    assert json.loads(ended.details) == {"ended_at": "2026-11-26T08:15:00+00:00", "by": "expiry"}


def test_attempts_and_minutes_are_clinic_settings(
    timed: Database, clock: Clock, staff: Staff
) -> None:
    save_settings(timed, staff.admin, {"lockout_attempts": "3", "lockout_minutes": "2"})
    fail_login(timed, "nurse", 2)
    assert audit_rows(timed, action="lockout") == []
    fail_login(timed, "nurse", 1)
    assert len(audit_rows(timed, action="lockout")) == 1
    clock.now += timedelta(minutes=2)
    assert authenticate(timed, "nurse", PASSWORD).username == "nurse"


def test_an_administrator_can_end_a_lock_early(timed: Database, staff: Staff) -> None:
    fail_login(timed, "nurse", 5)
    nurse = next(row for row in list_users(timed, staff.admin) if row.username == "nurse")
    assert nurse.locked_at(timed.clock())
    unlock_user(timed, staff.admin, nurse.id)
    ended = audit_rows(timed, action="lockout_ended")[-1]
    assert ended.username == "admin"
    assert json.loads(ended.details)["by"] == "administrator"
    assert authenticate(timed, "nurse", PASSWORD).username == "nurse"


def test_the_lock_screen_takes_only_the_right_password(
    timed: Database, clock: Clock, staff: Staff
) -> None:
    lock_session(timed, staff.nurse, idle=True)
    with pytest.raises(AuthenticationFailed, match="Wrong password"):
        unlock_session(timed, staff.nurse, "not the password")
    unlock_session(timed, staff.nurse, PASSWORD)
    rows = audit_rows(timed)[-3:]
    assert [row.action for row in rows] == ["auto_lock", "login_failed", "unlock"]
    assert {row.username for row in rows} == {"nurse"}


def test_guessing_at_the_lock_screen_locks_the_account(timed: Database, staff: Staff) -> None:
    lock_session(timed, staff.nurse, idle=True)
    for _ in range(4):
        with pytest.raises(AuthenticationFailed, match="Wrong password"):
            unlock_session(timed, staff.nurse, "guess")
    with pytest.raises(AuthenticationFailed, match="locked"):
        unlock_session(timed, staff.nurse, "guess")
    with pytest.raises(AuthenticationFailed, match="locked"):
        unlock_session(timed, staff.nurse, PASSWORD)
    assert len(audit_rows(timed, action="lockout")) == 1


def test_a_deactivated_account_cannot_unlock(timed: Database, staff: Staff) -> None:
    lock_session(timed, staff.nurse, idle=False)
    nurse = next(row for row in list_users(timed, staff.admin) if row.username == "nurse")
    set_user_active(timed, staff.admin, nurse, False)
    with pytest.raises(AuthenticationFailed, match="no longer active"):
        unlock_session(timed, staff.nurse, PASSWORD)
    assert audit_rows(timed)[-1].action == "unlock_refused"
