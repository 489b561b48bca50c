"""The procedure record from a procedure in the patient's file: a look, then printed and saved,
each hand-over audited; a voided procedure offers none."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput, void_procedure
from db.storage.database import Database
from db.threadmap.geometry import ThreadLine
from desktop.dialogs.procedure_record import ProcedureRecordDialog
from desktop.messages import Prompts
from desktop.pages.patient_file import PatientFilePage
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows, chart, written
from tests.sheets import page_texts


def test_the_procedure_record_is_shown_printed_and_saved(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(Prompts, "show_error", staticmethod(lambda _p, text: shown.append(text)))
    line = ThreadLine("front", (0.44, 0.49), (0.42, 0.56))
    placement = PlacementInput("nasolabial", "right", stock.lot_id, 1, lines=(line,))
    procedure = chart(db, staff.doctor, patient.id, stock.now - timedelta(hours=1), placement)
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    tab = page.procedures
    assert not tab.record_button.isEnabled()  # nothing chosen yet
    item = tab.tree.topLevelItem(0)
    assert item is not None
    tab.tree.setCurrentItem(item)
    dialog = tab.record_selected()
    assert isinstance(dialog, ProcedureRecordDialog)
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=15000)
    assert dialog.made is not None and dialog.made.pages == 1
    assert dialog.save_button.isEnabled()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    qtbot.waitUntil(lambda: dialog.made is not None, timeout=15000)
    assert audit_rows(db, action="print") == [] and audit_rows(db, action="export") == []

    printed = tmp_path / "printer-output.pdf"

    def to_file(cls: type, parent: QWidget, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return True

    monkeypatch.setattr(ProcedureRecordDialog, "ask_printer", classmethod(to_file))
    dialog.print_button.click()
    written(qtbot)
    assert shown == [] and printed.exists()
    (event,) = audit_rows(db, action="print")
    assert (event.record_id, event.patient_id) == (str(procedure.id), patient.id)

    saved = tmp_path / "record"
    monkeypatch.setattr(
        ProcedureRecordDialog, "ask_save_path", classmethod(lambda c, p, s: str(saved))
    )
    dialog.save_button.click()
    written(qtbot)
    pdf = saved.with_name("record.pdf")
    text = " ".join(page_texts(pdf.read_bytes()))
    assert "PDO-2301" in text and staff.doctor.full_name in text
    (export,) = audit_rows(db, action="export")
    assert str(pdf) in export.details
    assert "Saved to" in dialog.status.text()

    # A voided procedure has no record to offer.
    void_procedure(db, staff.doctor, procedure.id, procedure.version, "Wrong patient", False)
    tab.refresh()
    item = tab.tree.topLevelItem(0)
    assert item is not None
    tab.tree.setCurrentItem(item)
    assert not tab.record_button.isEnabled() and tab.record_selected() is None
