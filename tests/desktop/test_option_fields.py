"""Settings fields come from the settings' declarations: one range, one label, one check."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from db.settings import OPTIONS, Number, Stored, Text, load_settings, save_settings
from db.storage.database import Database
from desktop.fields import FieldErrors
from desktop.option_fields import OptionFields
from tests.conftest import Staff


def test_every_editable_setting_gets_the_field_its_declaration_describes(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    form = QFormLayout(holder)
    editable = [option for option in OPTIONS if not isinstance(option, Stored)]
    fields = OptionFields(form, FieldErrors(), [option.key for option in editable])
    for option in editable:
        editor = fields.editors[option.key]
        if isinstance(option, Number):
            assert isinstance(editor, QSpinBox)
            assert (editor.minimum(), editor.maximum()) == (option.low, option.high)
        elif isinstance(option, Text) and not option.multiline:
            assert isinstance(editor, QLineEdit) and editor.maxLength() == option.limit

    fields.load(load_settings(db))
    assert fields.number("backup_keep").value() == 14  # the declared default
    fields.number("idle_lock_minutes").setValue(25)
    fields.line("clinic_name").setText("  Phòng khám   Hương Sen ")
    fields.line("clinic_phone").setText("024 3826 1234")
    saved = save_settings(db, staff.admin, fields.values())
    assert saved.integer("idle_lock_minutes") == 25
    assert saved.clinic_name == "Phòng khám Hương Sen"


def test_a_stored_number_outside_its_range_reads_as_its_default(db: Database, staff: Staff) -> None:
    """A value written behind the program's back (0 would prune every daily copy)."""
    with db.engine.begin() as connection:
        connection.execute(
            text("INSERT INTO setting (key, value, version) VALUES ('backup_keep', '0', 1)")
        )
    assert load_settings(db).integer("backup_keep") == 14
