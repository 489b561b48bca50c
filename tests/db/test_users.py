from datetime import UTC, datetime, timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from db.access.permissions import command_line_actor
from db.access.users import (
    SetupInput,
    authenticate,
    create_user,
    has_users,
    setup_clinic,
    wrong_login,
)
from db.errors import AuthenticationFailed, Conflict, ValidationError
from db.models import User
from db.storage.database import Database, open_database
from tests.helpers import PASSWORD, audit_rows


def setup_input(**changes: object) -> SetupInput:
    values: dict[str, object] = {
        "clinic_name": "Phòng khám Hương Sen",
        "clinic_address": "1 Lý Thường Kiệt, Hà Nội",
        "clinic_phone": "+84 24 3826 1234",
        "username": "Admin",
        "full_name": "Trần Minh Đức",
        "password": PASSWORD,
        "password_again": PASSWORD,
    }
    values.update(changes)
    return SetupInput(**values)  # type: ignore[arg-type]


def test_setup_creates_the_clinic_and_an_argon2id_administrator(db: Database) -> None:
    assert not has_users(db)
    actor = setup_clinic(db, setup_input())
    assert actor.username == "admin"
    assert actor.roles == {"admin", "doctor"}
    with db.read() as session:
        user = session.scalars(select(User)).one()
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash
    assert has_users(db)


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"password": "short", "password_again": "short"}, "password"),
        ({"password_again": "something else entirely"}, "password"),
        ({"clinic_name": "  "}, "clinic_name"),
        ({"clinic_phone": "call us"}, "clinic_phone"),
        ({"username": "a b"}, "username"),
    ],
)
def test_setup_refuses_bad_input_and_saves_nothing(
    db: Database, changes: dict[str, str], field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        setup_clinic(db, setup_input(**changes))
    assert field in refused.value.fields
    assert not has_users(db)
    assert audit_rows(db) == []


def test_setup_cannot_run_twice(db: Database) -> None:
    setup_clinic(db, setup_input())
    with pytest.raises(Conflict):
        setup_clinic(db, setup_input(username="second"))


def test_login_failure_never_says_which_part_was_wrong(db: Database) -> None:
    create_user(db, command_line_actor(), "lan", "Lê Thị Lan", {"nurse"}, PASSWORD)
    with pytest.raises(AuthenticationFailed) as wrong_password:
        authenticate(db, "lan", "not the password")
    with pytest.raises(AuthenticationFailed) as no_such_user:
        authenticate(db, "nobody", PASSWORD)
    assert wrong_password.value.message == no_such_user.value.message == wrong_login()
    actions = [row.action for row in audit_rows(db)]
    assert actions.count("login_failed") == 2


def test_existing_username_is_refused(db: Database) -> None:
    create_user(db, command_line_actor(), "lan", "Lê Thị Lan", {"nurse"}, PASSWORD)
    with pytest.raises(Conflict, match="already exists"):
        create_user(db, command_line_actor(), "LAN", "Someone Else", {"doctor"}, PASSWORD)


def test_five_failures_lock_the_account_until_the_lock_ends(db_url: str) -> None:
    now = [datetime(2026, 11, 26, 8, 0, tzinfo=UTC)]
    db = open_database(db_url, clock=lambda: now[0])
    create_user(db, command_line_actor(), "lan", "Lê Thị Lan", {"nurse"}, PASSWORD)
    for _ in range(5):
        with pytest.raises(AuthenticationFailed):
            authenticate(db, "lan", "wrong password!")
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "lan", PASSWORD)
    assert "lockout" in [row.action for row in audit_rows(db)]
    now[0] += timedelta(minutes=15, seconds=1)
    assert authenticate(db, "lan", PASSWORD).username == "lan"
    db.dispose()


def test_weaker_hash_is_upgraded_at_login(db: Database) -> None:
    create_user(db, command_line_actor(), "lan", "Lê Thị Lan", {"nurse"}, PASSWORD)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash(PASSWORD)
    with db.write(None) as session:
        user = session.scalars(select(User)).one()
        user.password_hash = weak
    authenticate(db, "lan", PASSWORD)
    with db.read() as session:
        upgraded = session.scalars(select(User)).one().password_hash
    assert upgraded != weak
    assert "m=65536,t=3,p=1" in upgraded
