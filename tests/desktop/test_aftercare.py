"""Printing aftercare sheets and editing their texts, through the windows."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from db.aftercare.output import MadeSheet
from db.aftercare.texts import default_care_text, load_care_text
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, void_procedure
from db.storage.database import Database
from desktop.dialogs.aftercare_preview import AftercarePreviewDialog
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from desktop.pages.care_texts import CareTextsPage
from desktop.pages.patient_file import PatientFilePage
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows, treatment_consent, written
from tests.sheets import chart, page_texts, set_up_clinic


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        Prompts, "show_error", staticmethod(lambda parent, text: shown.append(text))
    )
    return shown


def select_first(page: PatientFilePage) -> None:
    item = page.procedures.tree.topLevelItem(0)
    assert item is not None
    page.procedures.tree.setCurrentItem(item)


def open_preview(qtbot: QtBot, page: PatientFilePage) -> AftercarePreviewDialog:
    tab = page.procedures
    select_first(page)
    assert tab.print_button.isEnabled()
    tab.print_button.click()
    written(qtbot)
    dialog = tab.dialog
    assert isinstance(dialog, AftercarePreviewDialog)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=10000)
    return dialog


def shown_pages(dialog: AftercarePreviewDialog) -> list[QLabel]:
    return [w for w in dialog.pages.findChildren(QLabel, "page") if w.parent() is dialog.pages]


def test_preview_then_print_and_save(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    set_up_clinic(db, staff)
    procedure = chart(db, staff, stock, patient)
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    dialog = open_preview(qtbot, page)
    assert dialog.made is not None
    assert dialog.sheet_language == "vi"  # the patient's language
    qtbot.waitUntil(lambda: len(shown_pages(dialog)) == dialog.made.pages)  # type: ignore[union-attr]
    assert not shown_pages(dialog)[0].pixmap().isNull()

    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(
        lambda: isinstance(dialog.made, MadeSheet) and dialog.made.sheet.language == "en"
    )

    # Cancelling the print dialog prints nothing and records nothing.
    monkeypatch.setattr(AftercarePreviewDialog, "ask_printer", classmethod(lambda c, p, r: False))
    dialog.print_button.click()
    written(qtbot)
    assert audit_rows(db, action="print") == []

    printed = tmp_path / "printer-output.pdf"

    def to_file(cls: type, parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(AftercarePreviewDialog, "ask_printer", classmethod(to_file))
    dialog.print_button.click()
    written(qtbot)
    assert errors == []
    assert printed.exists() and len(page_texts(printed.read_bytes())) == dialog.made.pages
    (event,) = audit_rows(db, action="print")
    assert (event.username, event.record_id, event.patient_id) == (
        "nurse", str(procedure.id), patient.id
    )  # fmt: skip
    assert str(printed) in event.details and '"language":"en"' in event.details

    saved = tmp_path / "chosen name"
    monkeypatch.setattr(
        AftercarePreviewDialog, "ask_save_path", classmethod(lambda c, p, s: str(saved))
    )
    dialog.save_button.click()
    written(qtbot)
    pdf = saved.with_name("chosen name.pdf")
    assert "AFTERCARE AFTER YOUR THREAD LIFT" in " ".join(page_texts(pdf.read_bytes()))
    (export,) = audit_rows(db, action="export")
    assert str(pdf) in export.details
    assert "Saved to" in dialog.status.text()


def test_a_voided_procedure_is_not_offered_and_is_refused_if_voided_meanwhile(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errors: list[str],
) -> None:
    procedure = chart(db, staff, stock, patient)
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    dialog = open_preview(qtbot, page)

    void_procedure(db, staff.doctor, procedure.id, procedure.version, "wrong patient chosen", True)
    monkeypatch.setattr(
        AftercarePreviewDialog, "ask_save_path", classmethod(lambda c, p, s: str(tmp_path / "x"))
    )
    dialog.save_button.click()
    written(qtbot)
    assert len(errors) == 1 and "was voided" in errors[0]
    assert not (tmp_path / "x.pdf").exists() and audit_rows(db, action="export") == []

    tab = page.procedures
    tab.refresh()
    written(qtbot)
    select_first(page)
    assert not tab.print_button.isEnabled()
    assert tab.print_selected() is None


def test_printing_is_offered_right_after_charting(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
) -> None:
    jawline = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), jawline)
    page = PatientFilePage(db, staff.doctor, patient)
    qtbot.addWidget(page)
    tab = page.procedures
    assert tab.offer.isHidden()
    dialog = tab.chart()
    row = dialog.rows[0]
    row.set_lots(dialog.lots, stock.lot_id)
    row.area.setCurrentIndex(row.area.findData("jawline"))
    row.count.setValue(2)
    dialog.save_button.click()
    written(qtbot)
    assert dialog.saved is not None
    assert not tab.offer.isHidden()
    assert str(dialog.saved.id) in tab.offer_label.text()

    tab.offer_button.click()
    written(qtbot)
    assert tab.offer.isHidden()
    preview = tab.dialog
    assert isinstance(preview, AftercarePreviewDialog)
    qtbot.waitUntil(lambda: preview.made is not None, timeout=10000)
    assert preview.procedure.id == dialog.saved.id


def test_administrator_edits_and_restores_a_care_text(
    qtbot: QtBot, db: Database, staff: Staff, monkeypatch: pytest.MonkeyPatch, errors: list[str]
) -> None:
    page = CareTextsPage(db, staff.admin)
    qtbot.addWidget(page)
    assert page.current_language == "vi" and not page.restore_button.isEnabled()
    editor = page.editors["first_days"]
    editor.body.setPlainText("- Chườm lạnh 10 phút mỗi lần.\n- Ngủ kê cao đầu.")
    page.save_button.click()
    written(qtbot)
    assert errors == []
    text = load_care_text(db, "vi")
    assert text.edited and text.section("first_days").body.startswith("- Chườm lạnh 10 phút")
    assert page.restore_button.isEnabled()

    # An empty section is refused next to it; nothing is saved.
    page.editors["warning_signs"].body.setPlainText("   ")
    page.save_button.click()
    written(qtbot)
    assert "cannot be empty" in page.editors["warning_signs"].error.text()
    assert load_care_text(db, "vi").section("warning_signs").body

    # Leaving unsaved edits asks first; keeping them stays on the language.
    asked: list[str] = []

    def keep_editing(parent: QWidget, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(Prompts, "confirm", staticmethod(keep_editing))
    page.language.setCurrentIndex(page.language.findData("en"))
    assert asked and page.current_language == "vi"

    page.load()
    written(qtbot)
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: True))
    page.restore_button.click()
    written(qtbot)
    assert not load_care_text(db, "vi").edited
    assert editor.body.toPlainText() == default_care_text("vi").section("first_days").body


def test_only_administrators_see_the_aftercare_texts_page(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    for actor, expected in ((staff.admin, True), (staff.nurse, False)):
        window = MainWindow(db, actor)
        qtbot.addWidget(window)
        assert ("care_texts" in window.pages) is expected
        if "patients" in window.pages:  # its first search runs in the background
            qtbot.waitUntil(lambda w=window: not w.patients.runner.busy)  # type: ignore[misc]
