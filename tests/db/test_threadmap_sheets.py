"""The thread map on paper: beside the aftercare sheet's table, and on the one-page record."""

from __future__ import annotations

import json
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from db.aftercare.output import make_sheet
from db.errors import PermissionDenied, ThreadbookError
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, void_procedure
from db.storage.database import Database
from db.threadmap.geometry import ThreadLine
from db.threadmap.record_sheet import export_procedure_record, procedure_record_pdf
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows
from tests.sheets import CLINIC_PHONE, chart, page_texts, set_up_clinic, ten_lots
from tests.test_cli import threadbook

NASOLABIAL = tuple(
    ThreadLine("front", (0.44 + 0.01 * i, 0.49), (0.42 + 0.01 * i, 0.56)) for i in range(4)
)
JAWLINE = (
    ThreadLine("left", (0.45, 0.70), (0.56, 0.64), bend=(0.5, 0.69)),
    ThreadLine("left", (0.44, 0.71), (0.55, 0.65)),
)
PDO_BLUE = (0x1F, 0x5F, 0xBF)
ART_GREY = 0x9A  # the diagram's own strokes


def drawn(db: Database, staff: Staff, stock: Stock, patient: PatientRecord) -> int:
    return chart(
        db, staff, stock, patient,
        (
            PlacementInput("nasolabial", "both", stock.lot_id, 4, lines=NASOLABIAL),
            PlacementInput("jawline", "left", stock.second_lot_id, 2, lines=JAWLINE),
        ),
    ).id  # fmt: skip


def page_image(pdf: bytes, page: int = 0, grey: bool = False) -> Image.Image:
    image: Image.Image = pdfium.PdfDocument(pdf)[page].render(scale=2).to_pil().convert("RGB")
    return image.convert("L").convert("RGB") if grey else image


def thread_pixels(image: Image.Image, box: tuple[float, float, float, float]) -> int:
    """Pixels of the PDO threads' blue inside a box given as fractions of the page."""
    w, h = image.size
    part = image.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    data = part.tobytes()
    return sum(
        1
        for i in range(0, len(data), 3)
        if all(abs(data[i + k] - PDO_BLUE[k]) < 40 for k in range(3))
    )


def test_the_aftercare_sheet_draws_the_procedures_threads_beside_its_table(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    set_up_clinic(db, staff)
    made = make_sheet(db, staff.nurse, drawn(db, staff, stock, patient), "en")
    threads = [p for p in made.rendered.placed if p.role == "threads"]
    assert threads and threads[0].page == 1
    text = page_texts(made.pdf)[0]
    # The table's rows are numbered as on the drawing, whose views and legend are named.
    assert "1. Nasolabial folds" in text and "2. Jawline contouring" in text
    assert "Face and neck, front" in text and "Face, left side" in text and "PDO" in text
    # Vector threads in the right-hand column, none over the table.
    image = page_image(made.pdf)
    assert thread_pixels(image, (0.70, 0.15, 1.0, 0.6)) > 50
    assert thread_pixels(image, (0.0, 0.15, 0.65, 0.6)) == 0


def test_a_procedure_charted_without_drawing_keeps_the_sheet_as_it_was(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    set_up_clinic(db, staff)
    made = make_sheet(db, staff.nurse, chart(db, staff, stock, patient).id, "en")
    text = page_texts(made.pdf)[0]
    assert "Nasolabial folds" in text and "1. Nasolabial" not in text
    assert "Face and neck, front" not in text
    assert thread_pixels(page_image(made.pdf), (0.0, 0.0, 1.0, 1.0)) == 0


def test_the_procedure_record_is_one_page_with_lots_consent_and_map(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    set_up_clinic(db, staff)
    procedure_id = drawn(db, staff, stock, patient)
    pdf = procedure_record_pdf(db, staff.nurse, procedure_id, "en")
    (text,) = page_texts(pdf)
    # The placement table's headings are whole words, not broken across lines.
    assert {"Material", "Threads", "Drawn", "Expiry"} <= set(text.split())
    for expected in ("PROCEDURE RECORD", "Nguyễn Thị Hương", "Test Doctor", "Test Nurse",
                     "PDO-2301", "PDO-2302", "Nasolabial folds – both sides",
                     "Jawline contouring – left", "Signed on paper, scanned", "Local injection",
                     CLINIC_PHONE, "Face and neck, front", "Face, left side"):  # fmt: skip
        assert expected in text, expected
    image = page_image(pdf)
    assert thread_pixels(image, (0.0, 0.45, 1.0, 0.95)) > 100
    # In grey the threads stay darker than the drawing under them, so a photocopy shows them.
    colour, grey = image.tobytes(), page_image(pdf, grey=True).tobytes()
    blue = [
        i for i in range(0, len(colour), 3)
        if all(abs(colour[i + k] - PDO_BLUE[k]) < 40 for k in range(3))
    ]  # fmt: skip
    assert sum(grey[i] for i in blue) / len(blue) < ART_GREY - 40
    vietnamese = page_texts(procedure_record_pdf(db, staff.nurse, procedure_id))[0]
    assert "HỒ SƠ THỦ THUẬT CĂNG CHỈ" in vietnamese and "Rãnh mũi má – hai bên" in vietnamese
    for heading in ("STT", "Chất liệu", "Số sợi", "Đã vẽ", "Hạn dùng"):
        assert heading in vietnamese  # on one line: a broken heading reads "ST T"


def test_a_long_procedure_still_fits_one_page_and_an_undrawn_one_says_so(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    lots = ten_lots(db, staff, stock)
    placements = tuple(
        PlacementInput("midface", "right", lot_id, 2, lines=(
            ThreadLine("front", (0.3, 0.42), (0.38, 0.45)),
            ThreadLine("front", (0.3, 0.44), (0.38, 0.47)),
        ))
        for lot_id, _ in lots
    )  # fmt: skip
    procedure = chart(db, staff, stock, patient, placements)
    pdf = procedure_record_pdf(db, staff.nurse, procedure.id, "en")
    assert len(pdfium.PdfDocument(pdf)) == 1
    assert all(number in page_texts(pdf)[0] for _, number in lots)
    plain = chart(db, staff, stock, patient)
    (text,) = page_texts(procedure_record_pdf(db, staff.nurse, plain.id, "en"))
    assert "No threads were drawn for this procedure" in text


def test_saving_the_record_is_audited_and_refused_when_voided_or_not_allowed(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    procedure_id = drawn(db, staff, stock, patient)
    out = tmp_path / "record.pdf"
    export_procedure_record(db, staff.doctor, procedure_id, out, "vi")
    assert out.read_bytes().startswith(b"%PDF")
    (event,) = audit_rows(db, action="export")
    assert (event.record_type, event.record_id, event.patient_id) == (
        "procedure", str(procedure_id), patient.id,
    )  # fmt: skip
    details = json.loads(event.details)
    assert details["sheet"] == "procedure_record" and details["destination"] == str(out)
    with pytest.raises(PermissionDenied):
        procedure_record_pdf(db, staff.admin, procedure_id)
    record = chart(db, staff, stock, patient)
    void_procedure(db, staff.doctor, record.id, record.version, "charted on the wrong day", False)
    with pytest.raises(ThreadbookError, match="was voided"):
        export_procedure_record(db, staff.doctor, record.id, tmp_path / "voided.pdf")
    assert not (tmp_path / "voided.pdf").exists()
    assert len(audit_rows(db, action="export")) == 1


def test_procedure_record_on_the_command_line(
    db: Database, db_url: str, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    procedure_id = drawn(db, staff, stock, patient)
    out = tmp_path / "record.pdf"
    command = ("--database", db_url, "procedure-record", str(procedure_id), "--lang", "en")
    result = threadbook(*command, "--output", str(out))
    assert result.returncode == 0, result.stderr
    assert "PDO-2301" in page_texts(out.read_bytes())[0]
    again = threadbook(*command, "--output", str(out))
    assert again.returncode == 2 and "--force" in again.stderr
    (event,) = audit_rows(db, action="export")
    assert event.username == "command-line"
