"""Reading the audit trail: filters, paging, old and new values, and the audited CSV export."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from db.access.users import authenticate
from db.audit.trail import (
    SYSTEM_USER,
    AuditFilter,
    audit_choices,
    audit_page,
    count_audit_events,
    day_range,
    export_audit_csv,
)
from db.errors import AuthenticationFailed, PermissionDenied, ThreadbookError, ValidationError
from db.record.patients import PatientRecord, open_patient, register_patient, update_patient
from db.record.procedures import PlacementInput
from db.storage.database import Database, open_database
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import audit_rows, chart

# Long before the template's own rows (its staff accounts), which the window leaves out.
DAY1 = datetime(2020, 3, 2, 9, 0, tzinfo=UTC)
WINDOW = AuditFilter(since=DAY1, until=DAY1 + timedelta(days=3))


class Clock:
    def __init__(self) -> None:
        self.now = DAY1

    def __call__(self) -> datetime:
        return self.now


@dataclass
class Trail:
    db: Database
    staff: Staff
    huong: PatientRecord
    lam: PatientRecord

    def actions(self, **wanted: object) -> list[str]:
        narrowed = replace(WINDOW, **wanted)  # type: ignore[arg-type]
        return [entry.action for entry in audit_page(self.db, self.staff.admin, narrowed)]


@pytest.fixture
def trail(db_url: str, staff: Staff) -> Iterator[Trail]:
    """Three days at reception: registrations, an edit, a file opened, a stranger's login."""
    clock = Clock()
    db = open_database(db_url, clock=clock)
    huong = register_patient(db, staff.nurse, patient_input())
    clock.now += timedelta(days=1)
    update_patient(db, staff.nurse, huong.id, huong.version, patient_input(phone="0911 222 333"))
    lam = register_patient(
        db, staff.doctor, patient_input(full_name="Đặng Văn Lâm", phone="0987 654 321")
    )
    clock.now += timedelta(days=1)
    open_patient(db, staff.doctor, huong.id)
    with pytest.raises(AuthenticationFailed):
        authenticate(db, "nobody", "whatever it is")
    yield Trail(db, staff, huong, lam)
    db.dispose()


def test_each_filter_narrows_the_trail(trail: Trail) -> None:
    staff, huong = trail.staff, trail.huong
    assert trail.actions() == ["login_failed", "view", "create", "update", "create"]
    assert trail.actions(user_id=staff.nurse.user_id) == ["update", "create"]
    assert trail.actions(user_id=SYSTEM_USER) == ["login_failed"]
    assert trail.actions(patient=huong.mrn) == ["view", "update", "create"]
    assert trail.actions(patient=huong.mrn.lower().replace("-", "")) == ["view", "update", "create"]
    assert trail.actions(patient=str(trail.lam.id)) == ["create"]
    assert trail.actions(record_type="patient", record_id=str(trail.lam.id)) == ["create"]
    assert trail.actions(action="update") == ["update"]
    second_day = {"since": DAY1 + timedelta(days=1), "until": DAY1 + timedelta(days=2)}
    assert trail.actions(**second_day) == ["create", "update"]
    both = AuditFilter(user_id=staff.doctor.user_id, patient=huong.mrn)
    assert trail.actions(user_id=both.user_id, patient=both.patient) == ["view"]
    assert count_audit_events(trail.db, staff.admin, both) == 1


def test_a_created_record_is_named_by_its_id(trail: Trail) -> None:
    created = audit_page(trail.db, trail.staff.admin, replace(WINDOW, action="create"))
    assert [entry.record_id for entry in created] == [str(trail.lam.id), str(trail.huong.id)]


def test_entries_show_old_and_new_values_and_the_patient(trail: Trail) -> None:
    [update] = audit_page(trail.db, trail.staff.admin, AuditFilter(action="update"))
    assert [(c.name, c.old, c.new) for c in update.changes] == [
        ("phone", "0912 345 678", "0911 222 333")
    ]
    assert (update.username, update.workstation) == ("nurse", "test-pc")
    assert update.patient_mrn == trail.huong.mrn
    [failed] = audit_page(trail.db, trail.staff.admin, AuditFilter(action="login_failed"))
    assert failed.details == {"username": "nobody"} and failed.changes == ()


def test_the_filter_lists_offer_what_the_trail_holds(trail: Trail) -> None:
    choices = audit_choices(trail.db, trail.staff.admin)
    assert {"create", "update", "view", "login_failed"} <= set(choices.actions)
    assert "patient" in choices.record_types
    assert [label.split()[0] for _, label in choices.users] == ["admin", "doctor", "nurse"]


@pytest.mark.parametrize(
    ("wanted", "field"),
    [
        (AuditFilter(patient="TB-999999"), "patient"),
        (AuditFilter(patient="Hương"), "patient"),
        (AuditFilter(since=DAY1, until=DAY1 - timedelta(days=1)), "until"),
    ],
)
def test_a_filter_that_cannot_match_says_why(trail: Trail, wanted: AuditFilter, field: str) -> None:
    with pytest.raises(ValidationError) as refused:
        audit_page(trail.db, trail.staff.admin, wanted)
    assert field in refused.value.fields


def test_pages_are_fetched_newest_first_without_gaps_or_repeats(db: Database, staff: Staff) -> None:
    record = register_patient(db, staff.nurse, patient_input())
    for _ in range(449):
        open_patient(db, staff.nurse, record.id)
    total = count_audit_events(db, staff.admin, AuditFilter())
    assert total > 450
    seen: list[int] = []
    before: int | None = None
    sizes = []
    while page := audit_page(db, staff.admin, AuditFilter(), before, limit=200):
        sizes.append(len(page))
        seen.extend(entry.seq for entry in page)
        before = page[-1].seq
    assert sizes == [200, 200, total - 400]
    assert seen == list(range(total, 0, -1))


def test_local_days_become_a_utc_range_including_the_last_day() -> None:
    since, until = day_range(date(2026, 11, 20), date(2026, 11, 20))
    assert since is not None and until is not None
    assert until - since == timedelta(days=1)
    assert since.astimezone().hour == 0
    assert day_range(None, None) == (None, None)


def read_csv(path: Path) -> list[dict[str, str]]:
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 by its BOM
    with path.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_export_writes_the_filtered_rows_and_is_itself_audited(
    trail: Trail, tmp_path: Path
) -> None:
    target = tmp_path / "huong.csv"
    wanted = replace(WINDOW, patient=trail.huong.mrn)
    assert export_audit_csv(trail.db, trail.staff.admin, wanted, target) == 3
    rows = read_csv(target)
    assert [row["action"] for row in rows] == ["create", "update", "view"]
    assert json.loads(rows[1]["changes"]) == {"phone": ["0912 345 678", "0911 222 333"]}
    assert rows[0]["patient_mrn"] == trail.huong.mrn
    assert "Nguyễn Thị Hương" in rows[0]["changes"]
    export = audit_rows(trail.db)[-1]
    assert (export.action, export.username, export.patient_id) == (
        "export",
        "admin",
        trail.huong.id,
    )
    assert json.loads(export.details) == {
        "rows": 3,
        "file": "huong.csv",
        "filter": {
            "patient": trail.huong.mrn,
            "since": "2020-03-02T09:00:00+00:00",
            "until": "2020-03-05T09:00:00+00:00",
        },
    }


def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_kept_as_text(
    db: Database, staff: Staff, tmp_path: Path
) -> None:
    sneaky = replace(staff.nurse, workstation='=HYPERLINK("http://x")')
    register_patient(db, sneaky, patient_input())
    export_audit_csv(db, staff.admin, AuditFilter(record_type="patient"), tmp_path / "t.csv")
    assert read_csv(tmp_path / "t.csv")[0]["workstation"] == '\'=HYPERLINK("http://x")'


def test_an_export_that_cannot_be_written_leaves_no_file_and_no_audit_row(
    trail: Trail, tmp_path: Path
) -> None:
    before = len(audit_rows(trail.db))
    with pytest.raises(ThreadbookError, match="Choose another folder"):
        export_audit_csv(trail.db, trail.staff.admin, AuditFilter(), tmp_path / "no" / "t.csv")
    assert len(audit_rows(trail.db)) == before
    with pytest.raises(PermissionDenied):
        export_audit_csv(trail.db, trail.staff.nurse, AuditFilter(), tmp_path / "t.csv")
    assert list(tmp_path.glob("*.csv")) == [] and list(tmp_path.glob(".*partial")) == []


def test_a_lot_is_named_by_its_number_and_product(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    chart(
        db,
        staff.doctor,
        patient.id,
        stock.now - timedelta(hours=1),
        PlacementInput("neck", "both", stock.lot_id, 2),
    )
    placements = audit_page(db, staff.admin, AuditFilter(record_type="placement"))
    (change,) = [c for c in placements[0].changes if c.name == "lot"]
    assert change.new == "PDO-2301 (Aptos Excellence Visage)"
    assert not [c for c in placements[0].changes if c.name == "lot_id"]
