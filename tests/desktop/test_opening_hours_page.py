"""An administrator sets opening hours and closed days on the clinic settings page."""

from __future__ import annotations

import json

from PySide6.QtCore import QTime
from pytestqt.qtbot import QtBot

from db.settings import load_settings
from db.storage.database import Database
from desktop.pages.clinic_settings import ClinicSettingsPage
from tests.conftest import Staff
from tests.helpers import written


def test_opening_hours_and_closed_days_are_saved_and_bad_days_explained(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    page = ClinicSettingsPage(db, staff.admin)
    qtbot.addWidget(page)
    page.fields.line("clinic_name").setText("Phòng khám Thẩm mỹ Hà Nội")
    page.fields.line("clinic_phone").setText("024 3826 0000")
    saturday = page.opening.days[5]
    saturday[2].setTime(QTime(12, 0))
    page.opening.closed.setPlainText("17/02/2026 Tết\n31/02/2026 wrong")
    page.save()
    written(qtbot)
    assert "dd/mm/yyyy" in page.errors.message("closed_days")
    assert load_settings(db)["closed_days"] == ""

    page.opening.closed.setPlainText("17/02/2026 Tết")
    page.save()
    written(qtbot)
    settings = load_settings(db)
    assert json.loads(settings["opening_hours"])[5:] == ["08:00-12:00", ""]
    assert settings["closed_days"] == "17/02/2026 Tết"
