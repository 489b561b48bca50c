"""The printed consent form: the words agreed to, the patient, the signature, date and staff."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from db.consent.form_pdf import export_form, make_form
from db.consent.records import withdraw_consent
from db.errors import ThreadbookError
from db.record.patients import PatientRecord
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.db.test_consent import signed
from tests.helpers import audit_rows
from tests.sheets import page_texts, set_up_clinic


def test_the_form_shows_what_was_agreed_and_who_signed(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    set_up_clinic(db, staff)
    consent = signed(db, staff, patient, stock, areas=("jawline", "neck"))
    form = make_form(db, staff.nurse, consent.id)
    (text,) = page_texts(form.pdf)
    given = consent.given_at.astimezone().strftime("%d/%m/%Y %H:%M")
    for expected in (
        "Phòng khám Thẩm mỹ Đông Á",
        "CAM KẾT ĐỒNG Ý THỰC HIỆN CĂNG CHỈ",
        "Nguyễn Thị Hương",
        "TB-000001",
        "Đường viền hàm, Cổ",
        "PDO (polydioxanone)",
        "Phiên bản văn bản 1 (vi)",
        given,
        "Ký trên màn hình",
        "Test Doctor",
        consent.signature_sha256[:20],
        "Tôi đã được hỏi và được trả lời đầy đủ.",
    ):
        assert expected in text, expected
    images = PdfReader(io.BytesIO(form.pdf)).pages[0].images
    assert len(images) == 1  # the signature, drawn from the stored image

    path = tmp_path / "consent.pdf"
    export_form(db, staff.nurse, consent.id, path)
    assert path.read_bytes().startswith(b"%PDF")
    (exported,) = audit_rows(db, action="export", record_type="consent")
    assert exported.patient_id == patient.id and str(path) in exported.details
    with pytest.raises(ThreadbookError, match="already exists"):
        export_form(db, staff.nurse, consent.id, path)

    withdraw_consent(db, staff.nurse, consent.id, consent.version, "written")
    (text,) = page_texts(make_form(db, staff.nurse, consent.id).pdf)
    assert "ĐÃ RÚT LẠI ngày" in text and "Bằng văn bản" in text


def test_an_english_form_for_an_english_speaking_patient(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    text_en = signed(
        db, staff, patient, stock, language="en", given_at=stock.now - timedelta(hours=3)
    )
    (text,) = page_texts(make_form(db, staff.nurse, text_en.id).pdf)
    assert "CONSENT TO A THREAD LIFT" in text and "Jawline contouring" in text
    assert "Patient's signature" in text
