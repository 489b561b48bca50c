"""Helpers for aftercare sheet tests: a clinic, a charted procedure, and reading a PDF back."""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import date, timedelta
from typing import Any

from pypdf import PdfReader

from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, ProcedureInput, ProcedureRecord, chart_procedure
from db.settings import save_settings
from db.stock.movements import IntakeInput, receive_stock
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import treatment_consent

CLINIC_PHONE = "024 3826 1199"


def set_up_clinic(db: Database, staff: Staff) -> None:
    save_settings(
        db,
        staff.admin,
        {
            "clinic_name": "Phòng khám Thẩm mỹ Đông Á",
            "clinic_address": "25 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
            "clinic_phone": CLINIC_PHONE,
        },
    )


def chart(
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    placements: tuple[PlacementInput, ...] | None = None,
) -> ProcedureRecord:
    placements = placements or (
        PlacementInput("nasolabial", "both", stock.lot_id, 4),
        PlacementInput("jawline", "left", stock.second_lot_id, 2),
    )
    consent_id = treatment_consent(
        db, staff.doctor, patient.id, stock.now - timedelta(hours=2), placements
    )
    return chart_procedure(
        db,
        staff.doctor,
        ProcedureInput(
            patient_id=patient.id,
            performed_at=stock.now - timedelta(hours=1),
            doctor_id=staff.doctor.user_id,
            nurse_id=staff.nurse.user_id,
            consent_id=consent_id,
            anaesthesia="local",
            placements=placements,
        ),
    )


def ten_lots(db: Database, staff: Staff, stock: Stock) -> list[tuple[int, str]]:
    """Ten more lots of the stock fixture's product, five threads each: (lot id, lot number)."""
    today = db.clock().astimezone().date()
    lots = []
    for number in range(1, 11):
        lot_number = f"LONG-{number:02d}-{today.year % 100}"
        row = receive_stock(
            db,
            staff.nurse,
            IntakeInput(
                stock.product_id, lot_number, date(today.year + 2, 1, 31), 5, today, "MedSupply"
            ),
        )
        lots.append((row.lot_id, lot_number))
    return lots


def page_texts(pdf: bytes) -> list[str]:
    """Each page's text as a reader copies it out: composed, with spaces collapsed."""
    reader = PdfReader(io.BytesIO(pdf))
    return [
        re.sub(r"\s+", " ", unicodedata.normalize("NFC", page.extract_text()))
        for page in reader.pages
    ]


def embedded_fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name -> whether its TrueType program is embedded (FontFile2), on every page."""
    reader = PdfReader(io.BytesIO(pdf))
    fonts: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            fonts[str(font["/BaseFont"])] = bool(
                descriptor is not None and "/FontFile2" in descriptor.get_object()
            )
    return fonts
