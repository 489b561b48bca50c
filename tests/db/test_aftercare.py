"""Aftercare sheets: what the PDF says and how it lays out, who may make it, and its audit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import delete

from db.aftercare.content import AftercareSheet, ThreadRow
from db.aftercare.labels import EN, VI
from db.aftercare.layout import render
from db.aftercare.output import VoidedProcedure, export_sheet, make_sheet, print_sheet
from db.aftercare.texts import (
    SECTION_KEYS,
    CareSection,
    default_care_text,
    load_care_text,
    restore_default_care_text,
    save_care_text,
)
from db.errors import Conflict, NotFound, PermissionDenied, ThreadbookError, ValidationError
from db.models import FollowUp
from db.record.followups import Status, patient_follow_ups, reschedule, set_status
from db.record.patients import PatientRecord, register_patient
from db.record.procedures import PlacementInput, void_procedure
from db.storage.database import Database
from tests.conftest import Staff, Stock, patient_input
from tests.helpers import audit_rows
from tests.sheets import CLINIC_PHONE, chart, embedded_fonts, page_texts, set_up_clinic, ten_lots


@pytest.fixture
def clinic(db: Database, staff: Staff) -> None:
    set_up_clinic(db, staff)


def follow_up_dates(db: Database, staff: Staff, patient: PatientRecord) -> list[str]:
    rows = patient_follow_ups(db, staff.nurse, patient.id)
    return [row.due_at.astimezone().strftime("%d/%m/%Y") for row in rows]


def test_vietnamese_sheet_copies_out_name_lots_dates_and_phone(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    made = make_sheet(db, staff.nurse, procedure.id)
    text = " ".join(page_texts(made.pdf))

    assert made.sheet.language == "vi"  # the patient's own language by default
    assert "Nguyễn Thị Hương" in text
    assert "Phòng khám Thẩm mỹ Đông Á" in text
    assert "HƯỚNG DẪN CHĂM SÓC SAU CĂNG CHỈ" in text
    assert "PDO-2301" in text and "PDO-2302" in text
    assert CLINIC_PHONE in text
    assert patient.mrn in text and "05/03/1985" in text
    performed_on = procedure.performed_at.astimezone().date()
    assert performed_on.strftime("%d/%m/%Y") in text
    dates = follow_up_dates(db, staff, patient)
    assert len(dates) == 4  # PDO only: no 12-month review
    for day in dates:
        assert day in text
    assert "Rãnh mũi má – hai bên" in text and "Đường viền hàm – bên trái" in text
    assert "PDO (polydioxanone): tự tiêu trong khoảng 6-8 tháng" in text
    assert "Sốt từ 38 °C trở lên." in text
    assert "Test Doctor" in text  # the signature line names the doctor


def test_english_sheet_on_request(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    made = make_sheet(db, staff.nurse, procedure.id, "en")
    text = " ".join(page_texts(made.pdf))
    assert "AFTERCARE AFTER YOUR THREAD LIFT" in text
    assert "Nguyễn Thị Hương" in text
    assert "Nasolabial folds – both sides" in text
    assert "A fever of 38 °C or more." in text
    assert "Trong những ngày đầu" not in text


def test_english_speaking_patient_gets_english_by_default(
    db: Database, staff: Staff, stock: Stock, clinic: None
) -> None:
    visitor = register_patient(
        db, staff.nurse, patient_input(full_name="Đặng Mai Anh", language="en", phone="0987654321")
    )
    procedure = chart(db, staff, stock, visitor)
    made = make_sheet(db, staff.nurse, procedure.id)
    assert made.sheet.language == "en"
    assert "Đặng Mai Anh" in " ".join(page_texts(made.pdf))


def test_font_is_embedded_and_no_other_font_is_used(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    fonts = embedded_fonts(make_sheet(db, staff.nurse, procedure.id).pdf)
    assert fonts, "no fonts found"
    assert all(fonts.values()), fonts
    assert {name.split("+")[-1] for name in fonts} == {"DejaVuSans", "DejaVuSans-Bold"}


def test_follow_ups_as_reception_keeps_them(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    seven_days, one_month, three_months, six_months = patient_follow_ups(
        db, staff.nurse, patient.id
    )
    moved = one_month.due_at + timedelta(days=3)
    reschedule(db, staff.nurse, one_month.id, one_month.version, moved)
    set_status(db, staff.nurse, seven_days.id, seven_days.version, Status.ATTENDED)
    set_status(db, staff.nurse, six_months.id, six_months.version, Status.CANCELLED, "moving away")

    visits = make_sheet(db, staff.nurse, procedure.id, "vi").sheet.follow_ups
    assert [(v.due, v.label, v.planned) for v in visits] == [
        (seven_days.due_at.astimezone().date(), "Tái khám sau 7 ngày (đã khám)", False),
        (moved.astimezone().date(), "Tái khám sau 1 tháng", True),
        (three_months.due_at.astimezone().date(), "Tái khám sau 3 tháng", True),
    ]
    text = " ".join(page_texts(make_sheet(db, staff.nurse, procedure.id, "en").pdf))
    assert moved.astimezone().strftime("%d/%m/%Y") in text
    assert six_months.due_at.astimezone().strftime("%d/%m/%Y") not in text


def test_a_procedure_charted_before_follow_ups_were_kept_gets_the_protocol_dates(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    with db.write(None) as session:  # as in a database from before follow-ups were scheduled
        session.execute(delete(FollowUp).where(FollowUp.procedure_id == procedure.id))
    visits = make_sheet(db, staff.nurse, procedure.id, "en").sheet.follow_ups
    performed_on = procedure.performed_at.astimezone().date()
    assert [(v.label, v.planned) for v in visits] == [
        ("Review after 7 days", True), ("Review after 1 month", True),
        ("Review after 3 months", True), ("Review after 6 months", True),
    ]  # fmt: skip
    assert visits[0].due == performed_on + timedelta(days=7)


def test_visit_names() -> None:
    assert VI.visit_name("12 months") == "Tái khám sau 12 tháng"
    assert EN.visit_name("1 Week") == "Review after 1 week"
    assert EN.visit_name("2 weeks", attended=True) == "Review after 2 weeks (attended)"
    assert VI.visit_name("Kiểm tra chỉ") == "Kiểm tra chỉ"


def test_ten_placements_lay_out_cleanly(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    lots = ten_lots(db, staff, stock)
    areas = ("nasolabial", "marionette", "midface", "jowls", "jawline", "forehead", "brow",
             "neck", "nasolabial", "midface")  # fmt: skip
    sides = (
        "left",
        "right",
        "both",
        "left",
        "right",
        "midline",
        "both",
        "midline",
        "right",
        "left",
    )
    placements = tuple(
        PlacementInput(area, side, lot_id, 3)
        for (lot_id, _), area, side in zip(lots, areas, sides, strict=True)
    )
    procedure = chart(db, staff, stock, patient, placements)

    for language, lot_header in (("vi", "Số lô"), ("en", "Lot")):
        made = make_sheet(db, staff.nurse, procedure.id, language)
        pages = page_texts(made.pdf)
        assert made.pages == len(pages) >= 2
        text = " ".join(pages)
        for _, lot_number in lots:
            assert lot_number in text
        # Wherever thread rows are printed, the table's header row is printed above them.
        for page in pages:
            if any(lot_number in page for _, lot_number in lots):
                assert lot_header in page
        assert_clean_breaks(made.rendered.placed)
        assert f"1/{made.pages}" in pages[0] or f"1 of {made.pages}" in pages[0]


def assert_clean_breaks(placed: tuple[object, ...]) -> None:
    """No heading ends a page: whatever follows a heading is on the same page."""
    parts = list(placed)
    for index, part in enumerate(parts):
        if part.role == "heading":  # type: ignore[attr-defined]
            assert index + 1 < len(parts), "a heading is the last thing on the sheet"
            following = parts[index + 1]
            assert following.page == part.page, (part, following)  # type: ignore[attr-defined]


def test_a_table_longer_than_a_page_repeats_its_header(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    sheet: AftercareSheet = make_sheet(db, staff.nurse, procedure.id, "en").sheet
    rows = tuple(
        ThreadRow(
            f"Area {n}", "Aptos Excellence Visage", "PDO", 2, f"LOT-{n:03d}", date(2028, 1, 31)
        )
        for n in range(70)
    )
    rendered = render(replace(sheet, threads=rows))
    pages = page_texts(rendered.pdf)
    assert rendered.pages >= 3
    printed = [page for page in pages if "LOT-" in page]
    assert len(printed) >= 2
    for page in printed:
        assert "Area Product Material Threads Lot Expiry" in page
    tables = [p for p in rendered.placed if p.text.startswith("Area | Product")]
    assert len(tables) == len(printed)
    assert_clean_breaks(rendered.placed)
    assert all(f"LOT-{n:03d}" in " ".join(pages) for n in range(70))


def test_a_voided_procedure_is_not_printed(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None, tmp_path: Path
) -> None:
    procedure = chart(db, staff, stock, patient)
    void_procedure(db, staff.doctor, procedure.id, procedure.version, "wrong patient chosen",
                   threads_back_in_stock=True)  # fmt: skip
    before = len(audit_rows(db))
    with pytest.raises(VoidedProcedure, match="was voided"):
        make_sheet(db, staff.nurse, procedure.id)
    with pytest.raises(VoidedProcedure):
        export_sheet(db, staff.nurse, procedure.id, tmp_path / "sheet.pdf")
    with pytest.raises(VoidedProcedure):
        print_sheet(db, staff.nurse, procedure.id, "vi", "Front desk", lambda pdf: None)
    assert not (tmp_path / "sheet.pdf").exists()
    assert len(audit_rows(db)) == before


def test_voided_after_the_preview_is_refused_at_print_time(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    make_sheet(db, staff.nurse, procedure.id)  # the preview a nurse is looking at

    def void_then_send(pdf: bytes) -> None:
        raise AssertionError("must not be sent")

    void_procedure(db, staff.doctor, procedure.id, procedure.version, "wrong patient chosen",
                   threads_back_in_stock=False)  # fmt: skip
    with pytest.raises(VoidedProcedure):
        print_sheet(db, staff.nurse, procedure.id, None, "Front desk", void_then_send)


def test_printing_and_saving_are_audited(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None, tmp_path: Path
) -> None:
    procedure = chart(db, staff, stock, patient)
    sent: list[bytes] = []
    made = print_sheet(db, staff.nurse, procedure.id, "en", "Front desk laser", sent.append)
    assert sent == [made.pdf] and sent[0].startswith(b"%PDF")

    path = tmp_path / "huong.pdf"
    export_sheet(db, staff.doctor, procedure.id, path, "vi")
    assert "Nguyễn Thị Hương" in " ".join(page_texts(path.read_bytes()))

    printed = audit_rows(db, action="print")
    exported = audit_rows(db, action="export")
    assert [(e.username, e.record_type, e.record_id, e.patient_id) for e in printed] == [
        ("nurse", "procedure", str(procedure.id), patient.id)
    ]
    assert json.loads(printed[0].details) == {
        "sheet": "aftercare", "language": "en", "pages": made.pages,
        "destination": "Front desk laser",
    }  # fmt: skip
    assert [(e.username, e.patient_id) for e in exported] == [("doctor", patient.id)]
    assert json.loads(exported[0].details)["destination"] == str(path)


def test_a_failed_hand_over_leaves_no_audit_row(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None, tmp_path: Path
) -> None:
    procedure = chart(db, staff, stock, patient)

    def jammed(pdf: bytes) -> None:
        raise ThreadbookError("The printer did not accept the sheet.")

    with pytest.raises(ThreadbookError, match="did not accept"):
        print_sheet(db, staff.nurse, procedure.id, "vi", "Front desk", jammed)
    with pytest.raises(ThreadbookError, match="Cannot write"):
        export_sheet(db, staff.nurse, procedure.id, tmp_path / "missing" / "sheet.pdf")
    existing = tmp_path / "kept.pdf"
    existing.write_bytes(b"someone else's file")
    with pytest.raises(ThreadbookError, match="already exists"):
        export_sheet(db, staff.nurse, procedure.id, existing)
    assert existing.read_bytes() == b"someone else's file"
    assert audit_rows(db, action="print") == [] and audit_rows(db, action="export") == []
    assert list(tmp_path.glob(".aftercare-*")) == []


def test_who_may_print(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    with pytest.raises(PermissionDenied):
        make_sheet(db, staff.admin, procedure.id)
    with pytest.raises(PermissionDenied):
        print_sheet(db, staff.admin, procedure.id, "vi", "Front desk", lambda pdf: None)
    with pytest.raises(NotFound):
        make_sheet(db, staff.nurse, procedure.id + 1000)
    with pytest.raises(ValidationError):
        make_sheet(db, staff.nurse, procedure.id, "fr")


def edited(language: str, **changes: str) -> tuple[CareSection, ...]:
    sections = default_care_text(language).sections
    return tuple(replace(s, body=changes[s.key]) if s.key in changes else s for s in sections)


def test_the_sheet_prints_the_clinics_edited_care_text(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, clinic: None
) -> None:
    procedure = chart(db, staff, stock, patient)
    text = save_care_text(
        db, staff.admin, "vi",
        edited("vi", first_days="- Chườm đá 10 phút mỗi giờ trong ngày đầu.\n- Ngủ kê cao đầu."),
        expected_stored="",
    )  # fmt: skip
    assert text.edited
    printed = " ".join(page_texts(make_sheet(db, staff.nurse, procedure.id).pdf))
    assert "Chườm đá 10 phút mỗi giờ trong ngày đầu." in printed
    assert "Ngủ nằm ngửa, kê gối cao đầu" not in printed
    # English is untouched.
    assert not load_care_text(db, "en").edited

    restored = restore_default_care_text(db, staff.admin, "vi", text.stored)
    assert not restored.edited and restored.sections == default_care_text("vi").sections
    printed = " ".join(page_texts(make_sheet(db, staff.nurse, procedure.id).pdf))
    assert "Ngủ nằm ngửa, kê gối cao đầu" in printed
    changes = [
        e.action
        for e in audit_rows(db, record_type="setting")
        if e.record_id == "aftercare_text_vi" or "aftercare_text_vi" in e.details
    ]
    assert changes == ["create", "update"]


def test_care_text_edits_are_checked(db: Database, staff: Staff) -> None:
    with pytest.raises(PermissionDenied):
        save_care_text(db, staff.nurse, "en", edited("en", expect="Nothing."), "")
    with pytest.raises(ValidationError) as refused:
        save_care_text(db, staff.admin, "en", edited("en", warning_signs="  \n "), "")
    assert "warning_signs" in refused.value.fields
    mine = save_care_text(db, staff.admin, "en", edited("en", expect="Mine."), "")
    # A second administrator who opened the default before that save is told, not overwritten.
    with pytest.raises(Conflict, match="was changed by"):
        save_care_text(db, staff.admin, "en", edited("en", expect="Theirs."), "")
    assert load_care_text(db, "en").section("expect").body == "Mine."
    # Saving the default text again stores 'default', so later shipped improvements apply.
    back = save_care_text(db, staff.admin, "en", default_care_text("en").sections, mine.stored)
    assert not back.edited


def test_default_texts_have_every_section_in_both_languages() -> None:
    for language in ("vi", "en"):
        text = default_care_text(language)
        assert tuple(s.key for s in text.sections) == SECTION_KEYS
        for section in text.sections:
            assert section.title and section.blocks()
    warning = default_care_text("vi").section("warning_signs").blocks()
    assert ("bullet", "Sốt từ 38 °C trở lên.") in warning
