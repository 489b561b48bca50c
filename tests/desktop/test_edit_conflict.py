"""Two PCs edit one patient: the second save is refused, and a reload keeps what was typed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.record.patients import PatientRecord, open_patient, update_patient
from db.storage.database import Database, open_database
from desktop.dialogs.patient_form import PatientDialog
from desktop.messages import Prompts
from tests.conftest import Staff, fixed_clock, patient_input
from tests.desktop.test_first_day import click_save
from tests.helpers import audit_rows, changes


def answer_conflict(monkeypatch: pytest.MonkeyPatch, reload: bool) -> list[str]:
    asked: list[str] = []

    def answer(parent: object, text: str, yes: str, no: str) -> bool:
        asked.append(text)
        return reload

    monkeypatch.setattr(Prompts, "confirm", staticmethod(answer))
    return asked


def doctor_saves_meanwhile(db_url: str, staff: Staff, patient: PatientRecord) -> None:
    """The consulting room's PC, with its own connection, saves first."""
    other_pc = open_database(db_url, clock=fixed_clock())
    try:
        update_patient(
            other_pc,
            staff.doctor,
            patient.id,
            patient.version,
            patient_input(phone="0911 222 333", address="5 Kim Mã, Hà Nội"),
        )
    finally:
        other_pc.dispose()


def test_reload_shows_their_version_and_keeps_what_was_typed(
    qtbot: QtBot,
    db: Database,
    db_url: str,
    staff: Staff,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked = answer_conflict(monkeypatch, reload=True)
    dialog = PatientDialog(db, staff.nurse, patient)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0987 000 111")
    dialog.email.setText("huong.nguyen@example.com")
    doctor_saves_meanwhile(db_url, staff, patient)

    click_save(qtbot, dialog)
    assert len(asked) == 1 and "changed by doctor at" in asked[0]
    assert dialog.saved is None
    assert dialog.phone.text() == "0911 222 333"  # both changed it: theirs in the form...
    note = dialog.conflict_note.text()
    assert not dialog.conflict_note.isHidden()
    assert "Saved by doctor at" in note and "Phone: 0987 000 111" in note  # ...and mine above
    assert dialog.email.text() == "huong.nguyen@example.com"  # only I changed it: mine kept
    assert dialog.address.toPlainText() == "5 Kim Mã, Hà Nội"  # only they changed it

    click_save(qtbot, dialog)
    assert dialog.saved is not None
    stored = open_patient(db, staff.doctor, patient.id)
    assert (stored.phone, stored.email, stored.address) == (
        "0911 222 333",
        "huong.nguyen@example.com",
        "5 Kim Mã, Hà Nội",
    )
    nurse_update = audit_rows(db, action="update", username="nurse")[-1]
    assert changes(nurse_update) == {"email": ["huong@example.com", "huong.nguyen@example.com"]}


def test_declining_the_reload_leaves_the_form_as_typed_and_saves_nothing(
    qtbot: QtBot,
    db: Database,
    db_url: str,
    staff: Staff,
    patient: PatientRecord,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer_conflict(monkeypatch, reload=False)
    dialog = PatientDialog(db, staff.nurse, patient)
    qtbot.addWidget(dialog)
    dialog.phone.setText("0987 000 111")
    doctor_saves_meanwhile(db_url, staff, patient)
    click_save(qtbot, dialog)
    assert dialog.saved is None and dialog.record == patient
    assert dialog.phone.text() == "0987 000 111"
    assert open_patient(db, staff.doctor, patient.id).phone == "0911 222 333"
