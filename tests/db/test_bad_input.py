"""Arbitrary input to every db function: it is saved as asked, or refused with a message and
nothing written."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.access.users import create_user
from db.errors import ThreadbookError, ValidationError
from db.models import AuditEvent, Patient, User
from db.record.patients import (
    PatientInput,
    open_patient,
    register_patient,
    search_patients,
    update_patient,
    validate_patient,
)
from db.settings import DEFAULTS, load_settings, save_settings
from db.storage.database import Database
from db.text import clean_block, clean_line
from desktop.fields import parse_date
from tests.conftest import Staff, patient_input

NOW = datetime(2026, 11, 26, 9, 30, tzinfo=UTC)

# Text a clinic's keyboards, scanners and pasted documents can produce.
NASTY = st.one_of(
    st.text(max_size=40),
    st.sampled_from(
        [
            "Nguyễn Thị Hương",
            "Đặng Văn Đức",
            "Nguye\u0302\u0303n",  # decomposed marks
            "\u202eنور حداد\u202c",  # right-to-left with embedding marks
            "\u200f\u200e",
            "👩🏽‍⚕️ Lan",
            "a\x00b",
            "\x00",
            "   ",
            "\r\n\t",
            "'; DROP TABLE patient; --",
            "%_\\",
            "x" * 5000,
            "ễ" * 201,
            "+84 912 345 678",
            "0912 345 678",
            "0" * 16,
            "٠٩١٢٣٤٥٦٧٨",
        ]
    ),
)
DATES = st.one_of(
    st.none(),
    st.dates(),
    st.sampled_from(
        [date.min, date.max, date(1900, 1, 1), date(1899, 12, 31), NOW.date(), date(2026, 11, 27)]
    ),
)
PATIENTS = st.builds(
    PatientInput,
    full_name=NASTY,
    date_of_birth=DATES,
    sex=st.sampled_from(["female", "male", "other", "", "FEMALE", "\x00"]),
    phone=NASTY,
    email=NASTY,
    address=NASTY,
    language=st.sampled_from(["vi", "en", "fr", ""]),
    allergies=NASTY,
    medical_notes=NASTY,
)
HUGE = st.one_of(
    st.integers(), st.sampled_from([0, -1, 2**31, 2**63 - 1, 2**63, 2**64, -(2**63) - 1])
)
FEW = settings(
    max_examples=60,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def counts(db: Database) -> tuple[int, int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count(Patient.id))) or 0,
            session.scalar(select(func.count(AuditEvent.seq))) or 0,
            session.scalar(select(func.count(User.id))) or 0,
        )


def stored_as(data: PatientInput) -> PatientInput:
    cleaned = data.cleaned()
    assert cleaned.full_name == clean_line(data.full_name)
    assert cleaned.allergies == clean_block(data.allergies)
    return cleaned


@FEW
@given(data=PATIENTS)
def test_registering_anything_saves_it_as_typed_or_refuses_and_writes_nothing(
    db: Database, staff: Staff, data: PatientInput
) -> None:
    db.clock = lambda: NOW
    before = counts(db)
    try:
        record = register_patient(db, staff.doctor, data)
    except ValidationError as refused:
        assert refused.fields and all(refused.fields.values())
        assert counts(db) == before
        return
    read_back = open_patient(db, staff.doctor, record.id).as_input()
    assert read_back == stored_as(data)
    assert search_patients(db, staff.doctor, record.mrn)[0].id == record.id


@FEW
@given(data=PATIENTS, version=HUGE)
def test_editing_with_anything_saves_it_or_refuses_and_writes_nothing(
    db: Database, staff: Staff, data: PatientInput, version: int
) -> None:
    db.clock = lambda: NOW
    original = register_patient(db, staff.doctor, patient_input(phone="0912 000 111"))
    before = counts(db)
    expected = original.version if version % 2 else version
    try:
        saved = update_patient(db, staff.doctor, original.id, expected, data)
    except ThreadbookError as refused:
        assert refused.message
        assert counts(db) == before
        assert open_patient(db, staff.doctor, original.id).as_input() == original.as_input()
        return
    assert saved.as_input() == stored_as(data)


@FEW
@given(query=NASTY, limit=HUGE, offset=HUGE)
def test_search_answers_any_query_and_any_page(
    db: Database, staff: Staff, query: str, limit: int, offset: int
) -> None:
    try:
        rows = search_patients(db, staff.nurse, query, limit, offset)
    except ValidationError as refused:
        assert refused.message
        return
    assert isinstance(rows, list)


@FEW
@given(patient_id=HUGE)
def test_opening_any_record_number_is_found_or_not_found(
    db: Database, staff: Staff, patient_id: int
) -> None:
    before = counts(db)
    with pytest.raises(ThreadbookError):
        open_patient(db, staff.nurse, patient_id)
    assert counts(db) == before


@settings(FEW, max_examples=25)
@given(
    username=NASTY, full_name=NASTY, roles=st.sets(st.sampled_from(["admin", "doctor", "x", ""]))
)
def test_creating_accounts_from_anything_saves_or_refuses(
    db: Database, staff: Staff, username: str, full_name: str, roles: set[str]
) -> None:
    before = counts(db)
    try:
        user_id = create_user(db, staff.admin, username, full_name, roles, "short")
    except ThreadbookError as refused:
        assert refused.message
        assert counts(db) == before
        return
    pytest.fail(f"a 5-character password was accepted for user {user_id}")


@FEW
@given(
    key=st.sampled_from(sorted(k for k in DEFAULTS if k != "demo_database")),
    value=st.one_of(NASTY, HUGE.map(str)),
)
def test_settings_take_any_text_or_refuse_it(
    db: Database, staff: Staff, key: str, value: str
) -> None:
    before = counts(db)
    try:
        saved = save_settings(db, staff.admin, {key: value})
    except ValidationError as refused:
        assert refused.fields.get(key)
        assert counts(db) == before
        return
    assert load_settings(db)[key] == saved[key]
    if key in ("backup_keep", "idle_lock_minutes", "lockout_attempts", "lockout_minutes"):
        assert saved.integer(key) == int(value)


@settings(FEW, max_examples=200)
@given(text=NASTY)
def test_the_date_field_never_fails_on_any_text(text: str) -> None:
    parsed = parse_date(text)
    assert parsed is None or isinstance(parsed, date)


@settings(FEW, max_examples=200)
@given(data=PATIENTS)
def test_the_patient_form_check_names_fields_and_never_fails(data: PatientInput) -> None:
    problems = validate_patient(data, NOW.date())
    assert set(problems) <= {f.name for f in fields(PatientInput)}
    assert all(message.endswith(".") for message in problems.values())
