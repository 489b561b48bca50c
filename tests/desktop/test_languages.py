"""The window's language: db/ refusals, dates and numbers follow it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from db.errors import ValidationError
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.record.validation import name_problem
from db.reports.formatting import shown
from db.reports.tables import Kind
from db.stock.movements import IntakeInput, receive_stock
from db.storage.database import Database
from desktop import translations
from desktop.conventions import age_text, number_text, weekday_text
from desktop.pages.backups import size_text
from tests.conftest import Staff, Stock
from tests.helpers import treatment_consent


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("vi", "Lô OLD-1 (Excellence Visage) đã hết hạn ngày"),
        ("en", "Lot OLD-1 (Excellence Visage) expired on"),
    ],
)
def test_a_refusal_from_db_reads_in_the_session_language(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    compiled_catalogues: object,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    expected: str,
) -> None:
    monkeypatch.setattr(translations, "cache_folder", lambda: compiled_catalogues)
    today = db.clock().astimezone().date()
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(stock.product_id, "OLD-1", today + timedelta(days=10), 5, today),
    )
    later = stock.now + timedelta(days=11)
    eleven_days_on = Database(db.engine, clock=lambda: later)
    placements = (PlacementInput("neck", "midline", lot.lot_id, 2),)
    consent_id = treatment_consent(
        eleven_days_on, staff.doctor, patient.id, later - timedelta(hours=2), placements
    )
    translations.apply_language(language)
    try:
        with pytest.raises(ValidationError) as refused:
            chart_procedure(
                eleven_days_on,
                staff.doctor,
                ProcedureInput(
                    patient.id,
                    later - timedelta(hours=1),
                    staff.doctor.user_id,
                    None,
                    consent_id,
                    "local",
                    placements,
                ),
            )
    finally:
        translations.apply_language("en")
    assert refused.value.fields["placements"].startswith(expected)
    assert expected in refused.value.message  # the text of the message box


def test_dates_numbers_and_ages_are_written_the_vietnamese_way(vietnamese: None) -> None:
    assert weekday_text(date(2026, 11, 30)) == "Thứ Hai 30/11/2026"
    assert number_text(1234) == "1.234"
    assert number_text(1234.5, decimals=1) == "1.234,5"
    assert age_text(date(1985, 3, 5), date(2026, 3, 4)) == "40 tuổi"


def test_dates_and_numbers_in_an_english_session() -> None:
    assert weekday_text(date(2026, 11, 30)) == "Monday 30/11/2026"
    assert number_text(1234) == "1,234"


def test_qts_own_buttons_speak_vietnamese(qtbot: QtBot, vietnamese: None) -> None:
    """Qt ships no Vietnamese: the standard buttons come from resources/.../qt.ts."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(buttons)
    assert sorted(button.text() for button in buttons.buttons()) == ["Hủy", "Lưu"]
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert sorted(button.text() for button in box.buttons()) == ["&Có", "&Không"]


def test_shares_sizes_and_missing_fields_read_the_vietnamese_way(vietnamese: None) -> None:
    assert shown(0.125, Kind.SHARE) == "12,5 %"
    assert shown(2.345, Kind.MEAN) == "2,35"
    assert size_text(1_500_000) == "1,5 MB"
    # A field's name inside the sentence would keep its capital: "Cần nhập Họ tên".
    assert name_problem("") == "Cần nhập họ tên."


def test_shares_and_missing_fields_in_an_english_session() -> None:
    assert shown(0.125, Kind.SHARE) == "12.5 %"
    assert size_text(1_500_000) == "1.5 MB"
    assert name_problem("") == "Full name is required."
