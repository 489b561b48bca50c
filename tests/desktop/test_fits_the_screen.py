"""Every page and form at 1366x768, on a small demo clinic: no button or field squeezed below
what it needs, no label whose text does not fit, before and after its error messages show."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)
from pytestqt.exceptions import TimeoutError as QtTimeoutError
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from db.access.permissions import Actor, logged_in_actor
from db.demo.build import add_demo_records
from db.models import Procedure, User
from db.record.alerts import AlertInput, add_alert
from db.record.appointments import BookingInput, book_visit
from db.record.complications import list_complications
from db.record.followups import day_lists, patient_follow_ups
from db.record.patients import open_patient
from db.record.procedures import patient_procedures
from db.stock.lots import inventory
from db.storage.database import Database, open_database
from desktop.dialogs.alert_form import AlertDialog, EndAlertDialog
from desktop.dialogs.booking_form import BookingDialog, CancelVisitDialog, MoveVisitDialog
from desktop.dialogs.complication_form import ComplicationDialog, ComplicationUpdateDialog
from desktop.dialogs.follow_up_forms import CancelForm, ContactForm, RescheduleForm
from desktop.dialogs.lot_action import LotAction, LotActionDialog
from desktop.dialogs.patient_form import PatientDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.dialogs.receive_stock import ReceiveStockDialog
from desktop.dialogs.review_form import ReviewDialog
from desktop.dialogs.void_procedure import VoidProcedureDialog
from desktop.main_window import MainWindow
from desktop.messages import Prompts
from tests.desktop.drawing import NASOLABIAL_LEFT, NASOLABIAL_RIGHT, draw
from tests.helpers import written

SCREEN = (1366, 768 - 40)  # less the taskbar


def cramped(root: QWidget) -> list[str]:
    """Each visible widget under root that has less room than it needs, described."""
    found: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget.parent(), QAbstractSpinBox | QComboBox):
            continue  # their own inner parts
        name = f"{type(widget).__name__} {widget.objectName() or ''}".strip()
        if isinstance(widget, QLabel):
            text = widget.text()
            if not text or widget.textFormat() == Qt.TextFormat.RichText or widget.pixmap():
                continue
            if widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                if widget.height() < needed:
                    found.append(f"{name} {text[:50]!r}: {widget.height()} < {needed} high")
            elif widget.width() < widget.minimumSizeHint().width():
                found.append(f"{name} {text[:50]!r}: text does not fit in {widget.width()}")
        elif isinstance(widget, QAbstractButton):
            hint = widget.sizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height() - 2:
                found.append(f"{name} {widget.text()!r}: {widget.size().toTuple()} < {hint}")
        elif isinstance(widget, QAbstractItemView):
            if widget.horizontalScrollBar().isVisible():
                found.append(f"{name}: the list scrolls sideways")
        elif not isinstance(widget, QAbstractScrollArea):  # lists and text boxes scroll
            hint = widget.minimumSizeHint()
            if widget.width() < hint.width() or widget.height() < hint.height():
                found.append(f"{name}: {widget.size().toTuple()} < {hint.toTuple()}")
    return found


def actor(db: Database, username: str) -> Actor:
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return logged_in_actor(user.id, user.username, user.full_name, user.role_set, "test-pc")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    path: Path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    db = open_database(f"sqlite:///{path}")
    add_demo_records(db, 40, seed=7)
    yield db
    db.dispose()


def settle(widget: QWidget) -> None:
    for _ in range(3):
        QApplication.processEvents()
    widget.repaint()


def still_cramped(qtbot: QtBot, widget: QWidget) -> list[str]:
    """What stays cramped once lists loaded off the GUI thread have been laid out."""
    with contextlib.suppress(QtTimeoutError):
        qtbot.waitUntil(lambda: not cramped(widget), timeout=3000)
    return cramped(widget)


def test_every_page_fits_1366_by_768(qtbot: QtBot, demo: Database) -> None:
    for username in ("demo.nurse", "demo.doctor", "demo.admin"):
        window = MainWindow(demo, actor(demo, username))
        qtbot.addWidget(window)
        window.resize(*SCREEN)
        window.show()
        for key, page in window.pages.items():
            window.stack.setCurrentWidget(page)
            settle(window)
            assert still_cramped(qtbot, page) == [], f"{username} {key}"
            assert page.width() <= SCREEN[0]


def forms(db: Database) -> Iterator[tuple[str, Callable[[], QDialog]]]:
    doctor, nurse = actor(db, "demo.doctor"), actor(db, "demo.nurse")
    patient_id = next(r.patient_id for r in day_lists(db, nurse, date.today()).overdue)
    patient = open_patient(db, doctor, patient_id)
    procedures = patient_procedures(db, doctor, patient_id)
    follow_up = patient_follow_ups(db, nurse, patient_id)[0]
    lot = next(row for row in inventory(db, doctor) if row.on_hand > 0)
    alert = add_alert(db, doctor, patient_id, AlertInput("allergy", "relative", "Lidocaine"))
    starts = open_patient(db, doctor, patient_id)
    del starts
    visit = book_visit(
        db,
        nurse,
        BookingInput(
            patient_id, doctor.user_id, "consultation", follow_up.due_at.replace(minute=0)
        ),
    )
    complications = list_complications(db, doctor)
    yield "patient", lambda: PatientDialog(db, nurse, patient)
    yield "new patient", lambda: PatientDialog(db, nurse)
    yield "chart", lambda: ProcedureDialog(db, doctor, patient)
    yield "void", lambda: VoidProcedureDialog(db, doctor, procedures[0])
    yield "review", lambda: ReviewDialog(db, doctor, follow_up)
    yield "complication", lambda: ComplicationDialog(db, doctor, procedures)
    if complications:
        yield "complication update", lambda: ComplicationUpdateDialog(db, doctor, complications[0])
    yield "call", lambda: ContactForm(db, nurse, follow_up)
    yield "move follow-up", lambda: RescheduleForm(db, nurse, follow_up)
    yield "cancel follow-up", lambda: CancelForm(db, nurse, follow_up)
    yield "receive stock", lambda: ReceiveStockDialog(db, nurse)
    for action in LotAction:
        yield f"lot {action.value}", lambda a=action: LotActionDialog(db, doctor, lot, a)  # type: ignore[misc]
    yield "alert", lambda: AlertDialog(db, doctor, patient_id)
    yield "end alert", lambda: EndAlertDialog(db, doctor, alert)
    yield "book", lambda: BookingDialog(db, nurse, date.today(), QTime(9, 0))
    yield "move visit", lambda: MoveVisitDialog(db, nurse, visit)
    yield "cancel visit", lambda: CancelVisitDialog(db, nurse, visit)


def test_every_form_fits_and_its_error_messages_push_the_fields_down(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: False))
    monkeypatch.setattr(Prompts, "show_error", staticmethod(lambda *args: None))
    for name, make in forms(demo):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(dialog)
        assert dialog.width() <= SCREEN[0] and dialog.height() <= SCREEN[1], name
        assert cramped(dialog) == [], name
        # Saved empty (or as it opens): the messages must not be drawn over the fields.
        submit = getattr(dialog, "submit", None)
        if submit is not None:
            submit()
            settle(dialog)
            assert cramped(dialog) == [], f"{name} with its error messages"
        dialog.done(0)


def test_the_chart_form_with_a_drawn_map_and_the_patient_thread_map_fit(
    qtbot: QtBot, demo: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(Prompts, "confirm", staticmethod(lambda *args: False))
    monkeypatch.setattr(Prompts, "show_error", staticmethod(lambda *args: None))
    doctor = actor(demo, "demo.doctor")
    with demo.read() as session:
        patient_id = session.execute(
            select(Procedure.patient_id)
            .group_by(Procedure.patient_id)
            .order_by(func.count().desc(), Procedure.patient_id)
            .limit(1)
        ).scalar_one()
    dialog = ProcedureDialog(demo, doctor, open_patient(demo, doctor, patient_id))
    qtbot.addWidget(dialog)
    dialog.show()
    settle(dialog)
    dialog.rows[0].set_lots(dialog.lots, dialog.lots[0].lot_id)
    for start, end in (NASOLABIAL_RIGHT, NASOLABIAL_LEFT, ((256, 380), (244, 440))):
        draw(dialog.map.canvas, start, end)
    settle(dialog)
    assert cramped(dialog) == [], "chart with a drawn map"
    dialog.submit()
    written(qtbot)
    settle(dialog)
    assert dialog.rows[0].message.isVisible()
    assert cramped(dialog) == [], "chart with a drawn map and its messages"
    dialog.done(0)

    window = MainWindow(demo, doctor)
    qtbot.addWidget(window)
    window.resize(*SCREEN)
    window.show()
    window.open_recalled(patient_id, dialog.lots[0].lot_id, True)
    written(qtbot)
    assert window.patient_file is not None
    assert window.patient_file.tabs.currentWidget() is window.patient_file.thread_map
    settle(window)
    assert (found := still_cramped(qtbot, window.patient_file)) == [], "\n".join(found)
