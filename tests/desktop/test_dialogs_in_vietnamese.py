"""Every dialog, opened by the staff who use it, in Vietnamese: no English left on screen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.access.permissions import Actor
from db.access.users import UserRow, list_users
from db.record.complications import ComplicationInput, record_complication
from db.record.followups import Status, patient_follow_ups, record_contact, set_status
from db.record.patients import PatientRecord, search_patients
from db.record.procedures import patient_procedures
from db.stock.catalogue import inventory, list_products
from db.storage.database import Database
from db.vocabulary import (
    ACTIONS,
    ANAESTHESIA,
    AREAS,
    COMPLICATION_TYPES,
    CONTACT_OUTCOMES,
    DESIGNS,
    GAIS,
    MATERIALS,
    OUTCOMES,
    SEVERITIES,
    SIDES,
)
from desktop.dialogs.aftercare_preview import AftercarePreviewDialog
from desktop.dialogs.change_password import ChangePasswordDialog
from desktop.dialogs.complication_form import ComplicationDialog, ComplicationUpdateDialog
from desktop.dialogs.connection import ConnectionDialog
from desktop.dialogs.follow_up_forms import CancelForm, ContactForm, RescheduleForm
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.lot_action import LotAction, LotActionDialog
from desktop.dialogs.patient_form import PatientDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.dialogs.product_form import ProductDialog
from desktop.dialogs.receive_stock import ReceiveStockDialog
from desktop.dialogs.review_form import ReviewDialog
from desktop.dialogs.setup import SetupDialog
from desktop.dialogs.user_form import ResetPasswordDialog, UserDialog
from desktop.dialogs.void_procedure import VoidProcedureDialog
from desktop.messages import Prompts
from desktop.models.follow_up_table import ALL_COLUMNS
from desktop.models.lot_table import LotTableModel
from desktop.models.patient_table import PatientTableModel
from desktop.widgets.follow_up_list import FollowUpList
from desktop.widgets.scan_field import ScanField
from tests.conftest import Staff, Stock
from tests.sheets import chart

CATALOGUES = Path(__file__).parents[2] / "resources" / "translations" / "vi"
# The same in both languages: product and material names, codes, units.
SAME_IN_BOTH = frozenset(
    {"PDO", "PLLA", "PCL", "GTIN", "GS1", "PDF", " mm", "Threadbook", "GAIS (1-5)"}
)
# What Qt itself draws on standard buttons when nothing translates it.
QT_OWN = frozenset({"OK", "Cancel", "Save", "Close", "Yes", "No", "Apply", "Reset", "&OK",
                    "&Cancel", "&Save", "&Close", "&Yes", "&No"})  # fmt: skip


def english_sources() -> set[str]:
    """Every English text the window could show: our catalogues' sources and the word lists."""
    found = set(QT_OWN) if not os.environ.get("NO_QT_OWN") else set()
    for path in CATALOGUES.glob("*.ts"):
        for source in ElementTree.parse(path).getroot().iter("source"):
            found.add(source.text or "")
    for terms in (ACTIONS, ANAESTHESIA, AREAS, COMPLICATION_TYPES, CONTACT_OUTCOMES, DESIGNS,
                  GAIS, MATERIALS, OUTCOMES, SEVERITIES, SIDES):  # fmt: skip
        found.update(entry.en for entry in terms if entry.en != entry.vi)
    return {text for text in found if text.strip() and text not in SAME_IN_BOTH}


def visible_texts(window: QWidget) -> list[tuple[str, str]]:
    """(where, text) for everything a user can read in `window` as it is shown."""
    seen = [("window title", window.windowTitle())]
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        name = type(widget).__name__
        if widget.toolTip():
            seen.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            seen.append((name, widget.text()))
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            seen.append((f"{name} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            seen.extend((f"{name} item", widget.itemText(i)) for i in range(widget.count()))
        elif isinstance(widget, QGroupBox):
            seen.append((name, widget.title()))
        if isinstance(widget, QAbstractSpinBox):
            seen.append((f"{name} suffix", getattr(widget, "suffix", lambda: "")()))
        if isinstance(widget, QAbstractItemView) and (model := widget.model()) is not None:
            horizontal = Qt.Orientation.Horizontal
            seen.extend(
                (f"{name} header", str(model.headerData(c, horizontal) or ""))
                for c in range(model.columnCount())
            )
            seen.extend(
                (f"{name} cell", str(model.index(r, c).data() or ""))
                for r in range(model.rowCount())
                for c in range(model.columnCount())
            )
    return [(where, text) for where, text in seen if text]


def english_left(window: QWidget) -> list[tuple[str, str]]:
    """Texts that are an English source, or hold an English phrase of two words or more
    (a list of areas, a call's outcome with its time)."""
    english = english_sources()
    phrases = [
        re.compile(rf"(?<!\w){re.escape(text)}(?!\w)") for text in english if " " in text.strip()
    ]
    return [
        (where, text)
        for where, text in visible_texts(window)
        if text in english or any(phrase.search(text) for phrase in phrases)
    ]


@pytest.fixture
def vietnamese(tmp_path: Path) -> Iterator[None]:
    """The window in Vietnamese: our catalogues compiled and installed, the locale Vietnamese."""
    app = QApplication.instance()
    assert app is not None
    translators = []
    for source in sorted(CATALOGUES.glob("*.ts")):
        compiled = tmp_path / f"{source.stem}.qm"
        lrelease = Path(sys.executable).parent / "pyside6-lrelease"
        subprocess.run([str(lrelease), "-silent", str(source), "-qm", str(compiled)], check=True)
        translator = QTranslator()
        assert translator.load(str(compiled))
        QCoreApplication.installTranslator(translator)
        translators.append(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    yield
    QLocale.setDefault(before)
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


class Clinic:
    """A patient with a charted procedure, its follow-ups, a complication, and stock."""

    def __init__(self, db: Database, staff: Staff, stock: Stock, patient: PatientRecord) -> None:
        self.db = db
        self.staff = staff
        self.patient = patient
        self.procedure = chart(db, staff, stock, patient)
        placement = self.procedure.placements[0]
        self.complication = record_complication(
            db,
            staff.doctor,
            ComplicationInput(
                self.procedure.id,
                placement.id,
                "swelling",
                placement.area,
                (stock.now - timedelta(hours=1)).date(),
                2,
                False,
                ("observation",),
                "ongoing",
                notes="Sưng nhẹ vùng rãnh mũi má",
            ),
        )
        first, *_, before_last, last = patient_follow_ups(db, staff.nurse, patient.id)
        record_contact(db, staff.nurse, first.id, "no_answer")
        set_status(db, staff.nurse, before_last.id, before_last.version, Status.NO_SHOW)
        set_status(db, staff.nurse, last.id, last.version, Status.CANCELLED, "Chuyển đi xa")
        self.follow_up = patient_follow_ups(db, staff.nurse, patient.id)[0]
        self.lot = inventory(db, staff.nurse)[0]
        self.product = list_products(db, staff.nurse)[0]


Opener = Callable[[Clinic], QDialog]

DIALOGS: dict[str, Opener] = {
    "login": lambda c: LoginDialog(c.db, "Phòng khám Đông Á"),
    "setup": lambda c: SetupDialog(c.db),
    "connection": lambda c: ConnectionDialog(),
    "password_nurse": lambda c: ChangePasswordDialog(c.db, c.staff.nurse),
    "password_doctor": lambda c: ChangePasswordDialog(c.db, c.staff.doctor),
    "password_admin": lambda c: ChangePasswordDialog(c.db, c.staff.admin),
    "patient_new": lambda c: PatientDialog(c.db, c.staff.nurse),
    "patient_edit_nurse": lambda c: PatientDialog(c.db, c.staff.nurse, c.patient),
    "patient_edit_doctor": lambda c: PatientDialog(c.db, c.staff.doctor, c.patient),
    "procedure": lambda c: ProcedureDialog(c.db, c.staff.doctor, c.patient),
    "complication": lambda c: ComplicationDialog(
        c.db, c.staff.doctor, patient_procedures(c.db, c.staff.doctor, c.patient.id)
    ),
    "complication_update": lambda c: ComplicationUpdateDialog(c.db, c.staff.doctor, c.complication),
    "void_procedure": lambda c: VoidProcedureDialog(c.db, c.staff.doctor, c.procedure),
    "contact": lambda c: ContactForm(c.db, c.staff.nurse, c.follow_up),
    "reschedule": lambda c: RescheduleForm(c.db, c.staff.nurse, c.follow_up),
    "cancel_follow_up": lambda c: CancelForm(c.db, c.staff.nurse, c.follow_up),
    "review": lambda c: ReviewDialog(c.db, c.staff.doctor, c.follow_up),
    "receive_stock": lambda c: ReceiveStockDialog(c.db, c.staff.nurse),
    "product_new": lambda c: ProductDialog(c.db, c.staff.nurse),
    "product_edit": lambda c: ProductDialog(c.db, c.staff.nurse, c.product),
    "write_off": lambda c: LotActionDialog(c.db, c.staff.doctor, c.lot, LotAction.WRITE_OFF),
    "return": lambda c: LotActionDialog(c.db, c.staff.doctor, c.lot, LotAction.RETURN),
    "recall": lambda c: LotActionDialog(c.db, c.staff.doctor, c.lot, LotAction.RECALL),
    "user_new": lambda c: UserDialog(c.db, c.staff.admin),
    "user_edit": lambda c: UserDialog(c.db, c.staff.admin, _account(c, "nurse")),
    "reset_password": lambda c: ResetPasswordDialog(c.db, c.staff.admin, _account(c, "nurse")),
    "aftercare_nurse": lambda c: AftercarePreviewDialog(
        c.db, c.staff.nurse, c.procedure, c.patient
    ),
}


def _account(clinic: Clinic, username: str) -> UserRow:
    return next(u for u in list_users(clinic.db, clinic.staff.admin) if u.username == username)


@pytest.fixture
def clinic(db: Database, staff: Staff, stock: Stock, patient: PatientRecord) -> Clinic:
    return Clinic(db, staff, stock, patient)


def open_dialog(qtbot: QtBot, clinic: Clinic, name: str) -> QDialog:
    dialog = DIALOGS[name](clinic)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, AftercarePreviewDialog):
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=10000)
    if isinstance(dialog, ProcedureDialog):
        # The loud warning only shows once an unsuitable area is chosen.
        dialog.rows[0].area.setCurrentIndex(dialog.rows[0].area.findData("nose"))
    return dialog


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_shows_no_english(qtbot: QtBot, vietnamese: None, clinic: Clinic, name: str) -> None:
    dialog = open_dialog(qtbot, clinic, name)
    assert english_left(dialog) == []


def follow_up_list(clinic: Clinic, actor: Actor) -> QWidget:
    widget = FollowUpList(clinic.db, actor, tuple(ALL_COLUMNS))
    rows = patient_follow_ups(clinic.db, actor, clinic.patient.id)
    widget.set_rows(rows, date.today())
    widget.table.selectRow(0)
    return widget


def lot_table(clinic: Clinic) -> QWidget:
    view = QTableView()
    model = LotTableModel(view)
    model.set_rows(inventory(clinic.db, clinic.staff.nurse), date.today(), 30)
    model.set_flags({clinic.lot.lot_id: ["swelling"]})
    view.setModel(model)
    return view


def patient_table(clinic: Clinic) -> QWidget:
    view = QTableView()
    model = PatientTableModel(view)
    model.set_results(search_patients(clinic.db, clinic.staff.nurse, ""), None)
    view.setModel(model)
    return view


WIDGETS: dict[str, Callable[[Clinic], QWidget]] = {
    "follow_ups_nurse": lambda c: follow_up_list(c, c.staff.nurse),
    "follow_ups_doctor": lambda c: follow_up_list(c, c.staff.doctor),
    "lots": lot_table,
    "patients": patient_table,
    "scan_field": lambda c: ScanField(),
}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", list(WIDGETS))
def test_list_shows_no_english(qtbot: QtBot, vietnamese: None, clinic: Clinic, name: str) -> None:
    widget = WIDGETS[name](clinic)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert english_left(widget) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_check_finds_english_when_nothing_is_translated(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = open_dialog(qtbot, clinic, "procedure")
    found = {text for _where, text in english_left(dialog)}
    assert {"Performing doctor", "Save procedure", "Local injection", "Both sides"} <= found


@pytest.fixture
def questions(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """What the program asked (text, yes, no); every question is answered 'no'."""
    asked: list[tuple[str, str, str]] = []

    def confirm(parent: QWidget | None, text: str, yes: str, no: str) -> bool:
        asked.append((text, yes, no))
        return False

    monkeypatch.setattr(Prompts, "confirm", staticmethod(confirm))
    return asked


@pytest.mark.parametrize("backend", ["sqlite"])
def test_questions_are_asked_in_vietnamese(
    qtbot: QtBot, vietnamese: None, clinic: Clinic, questions: list[tuple[str, str, str]]
) -> None:
    twin = open_dialog(qtbot, clinic, "patient_new")
    assert isinstance(twin, PatientDialog)
    twin.full_name.setText(clinic.patient.full_name)
    twin.date_of_birth.set_value(clinic.patient.date_of_birth)
    twin.phone.setText(clinic.patient.phone)
    twin.submit()
    procedure = open_dialog(qtbot, clinic, "procedure")
    assert isinstance(procedure, ProcedureDialog)
    procedure.consent.setChecked(True)
    procedure.reason.setPlainText("Bệnh nhân hiểu rủi ro và vẫn yêu cầu")
    procedure.submit()

    assert [(yes, no) for _text, yes, no in questions] == [
        ("Vẫn lưu", "Quay lại"),
        ("Ghi kèm lý do của tôi", "Quay lại"),
    ]
    assert questions[0][0].startswith("Những bệnh nhân sau trùng họ tên và ngày sinh")
    assert clinic.patient.mrn in questions[0][0]
    assert questions[1][0].startswith("Thủ thuật này có nâng mũi hoặc nâng mông")
