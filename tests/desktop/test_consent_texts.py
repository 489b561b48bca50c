"""Administrators reword a consent; each save is a version the next consent form shows."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from db.consent.texts import current_text
from db.storage.database import Database
from desktop.pages.consent_texts import ConsentTextsPage
from tests.conftest import Staff
from tests.helpers import written


def test_rewording_a_consent_makes_a_new_version(qtbot: QtBot, db: Database, staff: Staff) -> None:
    page = ConsentTextsPage(db, staff.admin)
    qtbot.addWidget(page)
    page.purpose.setCurrentIndex(page.purpose.findData("reminders"))
    assert "Zalo" in page.body.toPlainText() and not page.default_button.isEnabled()
    page.body.setPlainText(page.body.toPlainText() + "\nTin nhắn chỉ gửi trong giờ hành chính.")
    page.save_button.click()
    written(qtbot)
    assert page.version.text() == "Version 2, the clinic's wording"
    shown = current_text(db, staff.nurse, "reminders", "vi")
    assert shown.version_no == 2 and shown.body.endswith("giờ hành chính.")

    page.body.setPlainText("too short")
    page.save_button.click()
    written(qtbot)
    assert "20 to 8,000 characters" in page.errors.message("body")
    assert current_text(db, staff.nurse, "reminders", "vi").version_no == 2

    page.default_button.click()
    written(qtbot)
    assert page.version.text() == "Version 3, the program's wording"
    assert not current_text(db, staff.nurse, "reminders", "vi").body.endswith("hành chính.")
