"""Administrators manage staff accounts; nobody is deleted and an administrator always remains."""

from __future__ import annotations

import json

import pytest

from db.access.users import (
    UserRow,
    authenticate,
    change_own_password,
    create_user,
    list_users,
    reset_password,
    set_user_active,
    update_user,
)
from db.errors import AuthenticationFailed, Conflict, PermissionDenied, ValidationError
from db.storage.database import Database
from tests.conftest import Staff
from tests.helpers import PASSWORD, audit_rows, changes

NEW_PASSWORD = "another good passphrase"


def row(db: Database, staff: Staff, username: str) -> UserRow:
    return next(r for r in list_users(db, staff.admin) if r.username == username)


def test_the_last_active_admin_cannot_be_deactivated_or_demoted(db: Database, staff: Staff) -> None:
    admin = row(db, staff, "admin")
    seq_before = len(audit_rows(db))
    with pytest.raises(Conflict, match="last active administrator"):
        update_user(db, staff.admin, admin, admin.full_name, {"doctor"})
    with pytest.raises(PermissionDenied, match="your own account"):
        set_user_active(db, staff.admin, admin, False)
    assert row(db, staff, "admin").roles == {"admin"}
    assert len(audit_rows(db)) == seq_before

    # A second administrator who is deactivated does not count.
    create_user(db, staff.admin, "hoa", "Đỗ Thị Hoa", {"admin"}, PASSWORD)
    set_user_active(db, staff.admin, row(db, staff, "hoa"), False)
    with pytest.raises(Conflict, match="last active administrator"):
        update_user(db, staff.admin, admin, admin.full_name, {"doctor"})

    # Once she is active again, the first administrator may step down; then she is the last.
    set_user_active(db, staff.admin, row(db, staff, "hoa"), True)
    demoted = update_user(db, staff.admin, admin, admin.full_name, {"doctor"})
    assert demoted.roles == {"doctor"}
    hoa = authenticate(db, "hoa", PASSWORD)
    own = next(r for r in list_users(db, hoa) if r.username == "hoa")
    with pytest.raises(Conflict, match="last active administrator"):
        update_user(db, hoa, own, "Đỗ Thị Hoa", {"nurse"})


def test_logging_in_is_not_mistaken_for_another_administrators_edit(
    db: Database, staff: Staff
) -> None:
    nurse = row(db, staff, "nurse")
    authenticate(db, "nurse", PASSWORD)
    assert update_user(db, staff.admin, nurse, "Lê Thị Lan", {"nurse"}).full_name == "Lê Thị Lan"


def test_a_deactivated_account_stays_listed_and_cannot_log_in(db: Database, staff: Staff) -> None:
    set_user_active(db, staff.admin, row(db, staff, "nurse"), False)
    listed = row(db, staff, "nurse")
    assert not listed.active
    assert [r.username for r in list_users(db, staff.admin)][-1] == "nurse"
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "nurse", PASSWORD)
    assert audit_rows(db, record_type="user_account", action="deactivate")[-1].username == "admin"
    set_user_active(db, staff.admin, listed, True)
    assert audit_rows(db, record_type="user_account")[-1].action == "reactivate"
    assert authenticate(db, "nurse", PASSWORD).username == "nurse"


def test_role_change_is_audited_with_old_and_new_roles(db: Database, staff: Staff) -> None:
    nurse = row(db, staff, "nurse")
    update_user(db, staff.admin, nurse, "Test Nurse", {"nurse", "doctor"})
    event = audit_rows(db, record_type="user_account", action="update")[-1]
    assert changes(event) == {"roles": ["nurse", "doctor,nurse"]}
    assert event.record_id == str(nurse.id)


def test_a_stale_edit_is_refused_and_saves_nothing(db: Database, staff: Staff) -> None:
    nurse = row(db, staff, "nurse")
    update_user(db, staff.admin, nurse, "Lê Thị Lan", {"nurse"})
    with pytest.raises(Conflict, match="changed by another administrator"):
        update_user(db, staff.admin, nurse, "Old Name", {"doctor"})
    current = row(db, staff, "nurse")
    assert (current.full_name, current.roles) == ("Lê Thị Lan", frozenset({"nurse"}))


@pytest.mark.parametrize(
    ("full_name", "roles", "field"),
    [("  ", {"nurse"}, "full_name"), ("Lan", set(), "roles"), ("Lan", {"cleaner"}, "roles")],
)
def test_bad_account_edits_are_refused_field_by_field(
    db: Database, staff: Staff, full_name: str, roles: set[str], field: str
) -> None:
    nurse = row(db, staff, "nurse")
    with pytest.raises(ValidationError) as refused:
        update_user(db, staff.admin, nurse, full_name, roles)
    assert field in refused.value.fields


def test_password_reset_is_audited_without_the_password(db: Database, staff: Staff) -> None:
    nurse = row(db, staff, "nurse")
    reset_password(db, staff.admin, nurse.id, NEW_PASSWORD, NEW_PASSWORD)
    event = audit_rows(db, action="password_reset")[-1]
    assert (event.username, event.record_id) == ("admin", str(nurse.id))
    assert "argon2" not in event.details and NEW_PASSWORD not in event.details
    assert all(
        "password_hash" not in json.loads(e.details).get("changes", {}) for e in audit_rows(db)
    )
    assert authenticate(db, "nurse", NEW_PASSWORD).username == "nurse"
    with pytest.raises(ValidationError, match="at least 10"):
        reset_password(db, staff.admin, nurse.id, "short", "short")


def test_everyone_changes_their_own_password(db: Database, staff: Staff) -> None:
    with pytest.raises(ValidationError) as wrong:
        change_own_password(db, staff.nurse, "not my password", NEW_PASSWORD, NEW_PASSWORD)
    assert "current" in wrong.value.fields
    assert audit_rows(db)[-1].action == "login_failed"  # a guess counts towards the lockout
    with pytest.raises(ValidationError, match="not the same"):
        change_own_password(db, staff.nurse, PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!")
    with pytest.raises(ValidationError, match="different"):
        change_own_password(db, staff.nurse, PASSWORD, PASSWORD, PASSWORD)
    change_own_password(db, staff.nurse, PASSWORD, NEW_PASSWORD, NEW_PASSWORD)
    assert audit_rows(db)[-1].action == "password_changed"
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "nurse", PASSWORD)
    assert authenticate(db, "nurse", NEW_PASSWORD).username == "nurse"
