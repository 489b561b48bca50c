import time
import unicodedata
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from db.audit.chain_check import verify_chain
from db.errors import Conflict, PermissionDenied, ValidationError
from db.models import Patient
from db.record.patients import (
    PatientRow,
    find_duplicates,
    open_patient,
    register_patient,
    search_patients,
    update_patient,
)
from db.storage.database import Database
from tests.conftest import TODAY, Staff, patient_input
from tests.helpers import audit_rows, changes


def names(rows: list[PatientRow]) -> list[str]:
    return [row.full_name for row in rows]


def patient_count(db: Database) -> int:
    with db.read() as session:
        return session.scalar(select(func.count(Patient.id))) or 0


def test_registering_gives_a_record_number_and_an_audit_row(db: Database, staff: Staff) -> None:
    first = register_patient(db, staff.nurse, patient_input())
    second = register_patient(
        db, staff.nurse, patient_input(full_name="Đặng Văn Lâm", phone="0987 654 321")
    )
    assert (first.mrn, second.mrn) == ("TB-000001", "TB-000002")
    created = audit_rows(db, action="create", record_type="patient")
    assert [row.patient_id for row in created] == [first.id, second.id]
    assert created[0].username == "nurse"
    assert changes(created[0])["full_name"] == [None, "Nguyễn Thị Hương"]


@pytest.fixture
def register(db: Database, staff: Staff) -> None:
    for name, phone in (
        ("Nguyễn Thị Hương", "0912 345 678"),
        ("Đặng Văn Đức", "+84 987 654 321"),
        ("Trần Thu Hà", "0903 111 222"),
        (unicodedata.normalize("NFD", "Phạm Ngọc Ánh"), "0933 444 555"),
    ):
        register_patient(db, staff.nurse, patient_input(full_name=name, phone=phone))


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("nguyen", ["Nguyễn Thị Hương"]),
        ("NGUYỄN", ["Nguyễn Thị Hương"]),
        ("ngu huo", ["Nguyễn Thị Hương"]),
        ("dang", ["Đặng Văn Đức"]),
        ("duc", ["Đặng Văn Đức"]),
        ("đức", ["Đặng Văn Đức"]),
        (unicodedata.normalize("NFD", "Ánh"), ["Phạm Ngọc Ánh"]),
        ("anh", ["Phạm Ngọc Ánh"]),
        ("0987", ["Đặng Văn Đức"]),
        ("+84 912", ["Nguyễn Thị Hương"]),
        ("0912 345", ["Nguyễn Thị Hương"]),
        ("TB-000003", ["Trần Thu Hà"]),
        ("3", ["Trần Thu Hà"]),
        ("t", ["Trần Thu Hà"]),
        ("xyz", []),
    ],
)
def test_search_ignores_case_and_accents(
    db: Database, staff: Staff, register: None, query: str, found: list[str]
) -> None:
    assert names(search_patients(db, staff.nurse, query)) == found


def test_decomposed_names_are_stored_composed(db: Database, staff: Staff, register: None) -> None:
    (row,) = search_patients(db, staff.nurse, "pham")
    assert row.full_name == unicodedata.normalize("NFC", "Phạm Ngọc Ánh")


def test_search_pages_through_many_patients(db: Database, staff: Staff) -> None:
    for i in range(25):
        register_patient(
            db,
            staff.nurse,
            patient_input(full_name=f"Lê Thị Mai {chr(65 + i)}", phone=f"0912 000 {i:03d}"),
        )
    first = search_patients(db, staff.nurse, "le mai", limit=10)
    rest = search_patients(db, staff.nurse, "le mai", limit=100, offset=10)
    assert len(first) == 10 and len(rest) == 15
    assert not {r.id for r in first} & {r.id for r in rest}


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("full_name", "   ", "required"),
        ("date_of_birth", None, "required"),
        ("date_of_birth", TODAY + timedelta(days=1), "future"),
        ("date_of_birth", date(1899, 12, 31), "1900"),
        ("phone", "12ab", "digits"),
        ("phone", "0912", "8 to 15"),
        ("email", "huong@", "not valid"),
        ("sex", "x", "female"),
    ],
)
def test_bad_input_is_refused_field_by_field_and_nothing_is_saved(
    db: Database, staff: Staff, field: str, value: object, message: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        register_patient(db, staff.nurse, patient_input(**{field: value}))
    assert message in refused.value.fields[field]
    assert patient_count(db) == 0
    assert audit_rows(db, record_type="patient") == []


def test_possible_duplicates_by_name_and_birth_date_or_phone(
    db: Database, staff: Staff, register: None
) -> None:
    same_person = patient_input(full_name="nguyen thi huong", phone="0999 999 999")
    assert names(find_duplicates(db, staff.nurse, same_person)) == ["Nguyễn Thị Hương"]
    same_phone = patient_input(
        full_name="Someone Else", date_of_birth=date(1990, 1, 1), phone="0987654321"
    )
    assert names(find_duplicates(db, staff.nurse, same_phone)) == ["Đặng Văn Đức"]
    stranger = patient_input(full_name="Hoàng Yến", phone="0977 000 111")
    assert find_duplicates(db, staff.nurse, stranger) == []


def test_edit_is_audited_with_old_and_new_values(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    edited = update_patient(
        db, staff.nurse, record.id, record.version, patient_input(phone="0911 222 333")
    )
    assert edited.phone == "0911 222 333"
    assert edited.version == record.version + 1
    (update,) = audit_rows(db, action="update")
    assert changes(update) == {"phone": ["0912 345 678", "0911 222 333"]}
    assert names(search_patients(db, staff.nurse, "0911222")) == ["Nguyễn Thị Hương"]
    assert search_patients(db, staff.nurse, "0912 345") == []


def test_saving_without_changes_writes_no_audit_row(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    before = len(audit_rows(db))
    same = update_patient(db, staff.nurse, record.id, record.version, record.as_input())
    assert same.version == record.version
    assert len(audit_rows(db)) == before


def test_stale_edit_is_refused_naming_who_changed_it(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    update_patient(db, staff.doctor, record.id, record.version, patient_input(phone="0911 222 333"))
    with pytest.raises(Conflict, match="changed by doctor at"):
        update_patient(
            db, staff.nurse, record.id, record.version, patient_input(email="x@example.com")
        )
    with db.read() as session:
        stored = session.get(Patient, record.id)
        assert stored is not None
        assert (stored.phone, stored.email) == ("0911 222 333", "huong@example.com")


def test_nurse_may_not_change_allergies_and_nothing_is_saved(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    with pytest.raises(PermissionDenied, match="doctor"):
        update_patient(
            db,
            staff.nurse,
            record.id,
            record.version,
            patient_input(allergies="Penicillin", phone="0911 222 333"),
        )
    with db.read() as session:
        stored = session.get(Patient, record.id)
        assert stored is not None and stored.phone == "0912 345 678"
    doctor_edit = update_patient(
        db, staff.doctor, record.id, record.version, patient_input(allergies="Penicillin")
    )
    assert doctor_edit.allergies == "Penicillin"


def test_admin_without_clinical_role_cannot_read_or_register(db: Database, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        register_patient(db, staff.admin, patient_input())
    with pytest.raises(PermissionDenied):
        search_patients(db, staff.admin, "nguyen")


def test_opening_a_file_is_audited(db: Database, staff: Staff, patient) -> None:
    open_patient(db, staff.doctor, patient.id)
    (view,) = audit_rows(db, action="view")
    assert (view.username, view.patient_id) == ("doctor", patient.id)


def test_a_failed_write_leaves_no_audit_row_and_the_chain_verifies(
    db: Database, staff: Staff
) -> None:
    register_patient(db, staff.nurse, patient_input())
    before = len(audit_rows(db))
    with pytest.raises(RuntimeError), db.write(staff.nurse) as session:
        patient = session.scalars(select(Patient)).one()
        patient.phone = "0900 000 000"
        session.flush()
        raise RuntimeError("power cut")
    assert len(audit_rows(db)) == before
    with db.read() as session:
        assert verify_chain(session).ok


def test_patients_are_never_deleted(db: Database, staff: Staff, patient) -> None:
    with pytest.raises(RuntimeError, match="never deleted"), db.write(staff.doctor) as session:
        session.delete(session.get(Patient, patient.id))
    assert patient_count(db) == 1


def test_control_characters_in_a_search_are_ignored(
    db: Database, staff: Staff, register: None
) -> None:
    # PostgreSQL refuses NUL in text; a scanner or a paste can send one.
    assert names(search_patients(db, staff.nurse, "ngu\x00yen\x1d")) == ["Nguyễn Thị Hương"]


@pytest.fixture
def in_hanoi(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_baby_born_today_is_accepted_in_the_small_hours(
    db: Database, staff: Staff, in_hanoi: None
) -> None:
    """01:00 on 26 November in Hà Nội is still the 25th in UTC: the local date counts."""
    small_hours = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)  # 01:00 on the 26th at UTC+7
    at_one = Database(db.engine, clock=lambda: small_hours)
    born = register_patient(at_one, staff.nurse, patient_input(date_of_birth=date(2026, 11, 26)))
    assert born.date_of_birth == date(2026, 11, 26)
    with pytest.raises(ValidationError) as refused:
        register_patient(at_one, staff.nurse, patient_input(date_of_birth=date(2026, 11, 27)))
    assert "future" in refused.value.fields["date_of_birth"]
