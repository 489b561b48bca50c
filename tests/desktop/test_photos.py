"""Importing, viewing and comparing photos from the patient's file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from db.photos.records import patient_photos, photo_views
from db.record.patients import PatientRecord
from db.storage.database import Database
from desktop.dialogs.photo_import import PhotoImportDialog
from desktop.pages.patient_file import PatientFilePage
from desktop.pages.photo_views import PhotoViewsPage
from tests.conftest import Staff, Stock
from tests.db.test_photos import phone_photo
from tests.helpers import give_consent, written


def camera_card(folder: Path, count: int) -> list[Path]:
    folder.mkdir()
    paths = []
    for number in range(1, count + 1):
        path = folder / f"IMG_{number:04d}.JPG"
        path.write_bytes(phone_photo("jpeg"))
        paths.append(path)
    return paths


def test_a_dropped_camera_folder_is_assigned_to_views_in_order_then_stored(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    assert not page.photos.import_button.isEnabled()  # no consent yet
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    page.photos.refresh()
    assert page.photos.import_button.isEnabled()

    camera_card(tmp_path / "DCIM", 5)
    (tmp_path / "DCIM" / "IMG_0006.JPG").write_bytes(phone_photo("jpeg")[:300])
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "DCIM"))])
    drop = QDropEvent(
        QPoint(10, 10),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(drop)
    dialog = page.photo_dialog
    assert isinstance(dialog, PhotoImportDialog) and len(dialog.paths) == 6
    qtbot.waitUntil(lambda: len(dialog.prepared) == 6, timeout=20000)
    views = [box.currentData() for box in dialog.view_boxes]
    assert views == ["front", "left_45", "right_45", "left_90", "right_90", "front"]
    refused = dialog.table.item(5, 2)
    assert refused is not None and "damaged or incomplete" in refused.text()
    dialog.view_boxes[2].setCurrentIndex(dialog.view_boxes[2].findData("left_90"))
    dialog.view_boxes[3].setCurrentIndex(dialog.view_boxes[3].findData("right_45"))
    dialog.save_button.click()
    written(qtbot)
    assert len(dialog.saved) == 5
    stored = patient_photos(db, staff.nurse, patient.id)
    assert [p.view for p in stored] == ["front", "left_45", "left_90", "right_45", "right_90"]
    tab = page.photos
    assert tab.table.rowCount() == 1 and tab.table.columnCount() == 5
    qtbot.waitUntil(lambda: not tab.pending, timeout=20000)
    cells = [tab.table.item(0, column) for column in range(5)]
    assert all(cell is not None and not cell.icon().isNull() for cell in cells)


def test_comparing_two_dates_side_by_side_and_overlaid(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    for stage in ("before", "follow_up"):
        dialog = page.import_photos(camera_card(tmp_path / stage, 1))
        qtbot.waitUntil(lambda: len(dialog.prepared) == 1, timeout=20000)  # noqa: B023
        dialog.stage.setCurrentIndex(dialog.stage.findData(stage))
        if stage == "follow_up":
            qtbot.waitUntil(lambda: "Faint: the Front photo of" in dialog.guide_note.text())  # noqa: B023
        dialog.save_button.click()
        written(qtbot)
        assert dialog.saved
    compare = page.compare_photos()
    assert compare.first.count() == 2 and compare.second.currentIndex() == 1
    # The full photos load in the background; the window stays responsive meanwhile.
    qtbot.waitUntil(lambda: not compare.picture.pixmap().isNull(), timeout=20000)
    pixmap = compare.picture.pixmap()
    assert pixmap is not None and pixmap.width() > pixmap.height()  # two portraits side by side
    compare.overlay.setChecked(True)
    assert compare.slider.isEnabled()
    compare.slider.setValue(20)
    overlaid = compare.picture.pixmap()
    assert overlaid is not None and overlaid.width() < overlaid.height()


def test_an_administrator_adds_a_view_to_the_clinic_set(
    qtbot: QtBot, db: Database, staff: Staff
) -> None:
    page = PhotoViewsPage(db, staff.admin)
    qtbot.addWidget(page)
    assert page.views.count() == 5
    page.label_en.setText("Smiling")
    page.label_vi.setText("Cười")
    page.add()
    written(qtbot)
    assert page.views.count() == 6 and page.views.item(5).text() == "Smiling · Cười"
    page.label_en.setText("Smiling")
    page.label_vi.setText("Cười")
    page.add()
    written(qtbot)
    assert "already exists" in page.errors.message("label") and page.views.count() == 6
    assert [v.code for v in photo_views(db, staff.nurse)][-1] == "smiling"


def test_a_voided_photo_stays_on_record_with_its_reason(
    qtbot: QtBot,
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    page = PatientFilePage(db, staff.nurse, patient)
    qtbot.addWidget(page)
    dialog = page.import_photos(camera_card(tmp_path / "card", 1))
    qtbot.waitUntil(lambda: len(dialog.prepared) == 1, timeout=20000)
    dialog.save_button.click()
    written(qtbot)
    tab = page.photos
    tab.table.setCurrentCell(0, 0)
    assert tab.void_button.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *_args: ("taken of the wrong side", True))
    tab.void_button.click()
    written(qtbot)
    [photo] = patient_photos(db, staff.nurse, patient.id)
    assert photo.voided and photo.void_reason == "taken of the wrong side"
    tab.table.setCurrentCell(0, 0)
    assert not tab.void_button.isEnabled()
