"""The clinic's language and each account's: chosen at setup, changed by the user, audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from db.access.language import clinic_language, set_own_language
from db.access.permissions import Permission, permission_words
from db.access.users import authenticate, create_user, setup_clinic
from db.errors import ValidationError
from db.models import User
from db.storage.database import Database
from db.wording import say
from tests.db.test_users import setup_input
from tests.helpers import PASSWORD, audit_rows, changes


def test_a_new_clinic_is_vietnamese_unless_it_chooses_english(db: Database) -> None:
    assert clinic_language(db) == "vi"  # the setup and login screens of a new database
    actor = setup_clinic(db, setup_input(language="en"))
    assert clinic_language(db) == "en"
    assert actor.language == "en"


def test_new_accounts_start_in_the_clinics_language(db: Database) -> None:
    admin = setup_clinic(db, setup_input())
    create_user(db, admin, "lan.le", "Lê Thị Lan", {"nurse"}, PASSWORD)
    assert authenticate(db, "lan.le", PASSWORD).language == "vi"


def test_a_user_switches_their_own_language_and_it_is_audited(db: Database) -> None:
    admin = setup_clinic(db, setup_input())
    changed = set_own_language(db, admin, "en")
    assert changed.language == "en"
    assert authenticate(db, "admin", PASSWORD).language == "en"
    rows = audit_rows(db, record_type="user_account", action="update")
    assert [changes(row)["language"] for row in rows] == [["vi", "en"]]


def test_an_unknown_language_is_refused_and_nothing_changes(db: Database) -> None:
    admin = setup_clinic(db, setup_input())
    with pytest.raises(ValidationError) as refused:
        set_own_language(db, admin, "fr")
    assert refused.value.fields["language"] == "Choose Vietnamese or English."
    with db.read() as session:
        assert session.scalars(select(User.language)).one() == "vi"


def test_a_message_keeps_its_template_and_values_for_the_window() -> None:
    said = say("Lot {lot} expired on {day}.", lot="A1", day="01/02/2026")
    assert said == "Lot A1 expired on 01/02/2026."
    assert said.template == "Lot {lot} expired on {day}."
    assert said.values == {"lot": "A1", "day": "01/02/2026"}


def test_every_permission_has_words_for_its_refusal() -> None:
    assert all(permission_words(permission) for permission in Permission)
