"""Callers are who they say they are: only a login or the command line makes an Actor."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from db.access.permissions import Actor, command_line_actor
from db.access.screen_lock import lock_session, unlock_session
from db.access.users import authenticate, create_user, list_users, logout
from db.audit.trail import AuditFilter, check_chain, export_audit_csv
from db.errors import PermissionDenied
from db.models import Lot
from db.record.patients import register_patient
from db.settings import save_settings
from db.stock.movements import IntakeInput, receive_stock
from db.stock.products import ProductInput, add_product
from db.storage.backup import backup
from db.storage.database import Database
from db.storage.restore import restore
from tests.conftest import Staff, patient_input
from tests.helpers import PASSWORD, audit_rows


def test_a_hand_made_admin_actor_is_refused(db: Database, staff: Staff) -> None:
    forged = Actor(staff.admin.user_id, "admin", "Test Admin", frozenset({"admin"}))
    with pytest.raises(PermissionDenied, match="logged-in user"):
        list_users(db, forged)
    with pytest.raises(PermissionDenied, match="logged-in user"):
        save_settings(db, forged, {"clinic_name": "Taken over"})
    with pytest.raises(PermissionDenied, match="logged-in user"):
        register_patient(db, forged, patient_input())


def test_a_none_actor_is_refused_everywhere_it_used_to_pass(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    made = backup(db, tmp_path / "made.sqlite3", staff.admin).path
    before = len(audit_rows(db))
    refused = {
        "create a user": lambda: create_user(db, None, "mole", "Mole", {"admin"}, PASSWORD),  # type: ignore[arg-type]
        "export the trail": lambda: export_audit_csv(db, None, AuditFilter(), tmp_path / "a.csv"),  # type: ignore[arg-type]
        "verify the trail": lambda: check_chain(db, None),  # type: ignore[arg-type]
        "back up": lambda: backup(db, tmp_path / "x.sqlite3", None),  # type: ignore[arg-type]
        "restore": lambda: restore(db, made, tmp_path / "kept", None),  # type: ignore[arg-type]
        "restore by URL": lambda: restore(str(db.url), made, tmp_path / "kept", None),  # type: ignore[arg-type]
    }
    for what, attempt in refused.items():
        with pytest.raises(PermissionDenied):
            attempt()
        assert len(audit_rows(db)) == before, what
    assert not (tmp_path / "a.csv").exists() and not (tmp_path / "kept").exists()
    assert [u.username for u in list_users(db, staff.admin)] == ["admin", "doctor", "nurse"]


def test_a_login_and_the_command_line_are_accepted(db: Database, staff: Staff) -> None:
    nurse = authenticate(db, "nurse", PASSWORD)
    register_patient(db, nurse, patient_input())
    create_user(db, command_line_actor(), "lan", "Lê Thị Lan", {"nurse"}, PASSWORD)
    assert audit_rows(db)[-1].username == "command-line"


def test_a_locked_session_cannot_write_until_unlocked(db: Database, staff: Staff) -> None:
    nurse = authenticate(db, "nurse", PASSWORD)
    lock_session(db, nurse, idle=True)
    with pytest.raises(PermissionDenied, match="screen is locked"):
        register_patient(db, nurse, patient_input())
    unlock_session(db, nurse, PASSWORD)
    register_patient(db, nurse, patient_input())


def test_a_logged_out_session_cannot_write_or_read(db: Database, staff: Staff) -> None:
    admin = authenticate(db, "admin", PASSWORD)
    logout(db, admin)
    with pytest.raises(PermissionDenied, match="logged out"):
        save_settings(db, admin, {"clinic_name": "After hours"})
    with pytest.raises(PermissionDenied, match="logged out"):
        list_users(db, admin)


def test_stock_received_from_the_command_line_names_no_account(db: Database, staff: Staff) -> None:
    product = add_product(db, staff.nurse, ProductInput("Lotus", "Vline", "PDO", "cog", "19G", 100))
    intake = IntakeInput(product.id, "VL-9", date(2028, 1, 31), 40, date(2026, 10, 1))
    lot = receive_stock(db, command_line_actor(), intake)
    with db.read() as session:
        assert session.get_one(Lot, lot.lot_id).received_by_id is None
    (created,) = audit_rows(db, record_type="lot", action="create")
    assert created.username == "command-line"
