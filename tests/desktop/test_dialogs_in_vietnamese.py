"""Every dialog, opened by the staff who use it, in Vietnamese: no English left on screen."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QDialog,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from db.access.permissions import Actor
from db.access.users import UserRow, create_user, list_users, update_user
from db.consent.proof import StoredDocument
from db.consent.records import patient_consents
from db.photos.imaging import prepare_photo
from db.photos.records import import_photos, patient_photos, photo_views
from db.record.alerts import AlertInput, add_alert
from db.record.appointments import BookingInput, book_visit
from db.record.complications import ComplicationInput, record_complication
from db.record.followups import Status, patient_follow_ups, record_contact, set_status
from db.record.patients import PatientRecord, register_patient, search_patients
from db.record.procedures import PlacementInput, patient_procedures
from db.stock.lots import inventory
from db.stock.products import list_products
from db.storage.database import Database
from db.threadmap.geometry import ThreadLine
from desktop.dialogs.aftercare_preview import AftercarePreviewDialog
from desktop.dialogs.alert_form import AlertDialog, EndAlertDialog
from desktop.dialogs.booking_form import BookingDialog, CancelVisitDialog, MoveVisitDialog
from desktop.dialogs.change_password import ChangePasswordDialog
from desktop.dialogs.complication_form import ComplicationDialog, ComplicationUpdateDialog
from desktop.dialogs.connection import ConnectionDialog
from desktop.dialogs.consent_form import ConsentDialog
from desktop.dialogs.export_record import ExportRecordDialog
from desktop.dialogs.follow_up_forms import CancelForm, ContactForm, RescheduleForm
from desktop.dialogs.login import LoginDialog
from desktop.dialogs.lot_action import LotAction, LotActionDialog
from desktop.dialogs.patient_form import PatientDialog
from desktop.dialogs.photo_compare import PhotoCompareDialog
from desktop.dialogs.photo_import import PhotoImportDialog
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.dialogs.procedure_record import ProcedureRecordDialog
from desktop.dialogs.product_form import ProductDialog
from desktop.dialogs.receive_stock import ReceiveStockDialog
from desktop.dialogs.review_form import ReviewDialog
from desktop.dialogs.scanned_form import ScannedFormDialog
from desktop.dialogs.setup import SetupDialog
from desktop.dialogs.user_form import ResetPasswordDialog, UserDialog
from desktop.dialogs.void_procedure import VoidProcedureDialog
from desktop.messages import Prompts
from desktop.models.follow_up_table import ALL_COLUMNS
from desktop.models.lot_table import LotTableModel
from desktop.models.patient_table import PatientTableModel
from desktop.pages.consents_tab import WithdrawDialog
from desktop.pages.thread_map_tab import ThreadMapTab
from desktop.widgets.follow_up_list import FollowUpList
from desktop.widgets.scan_field import ScanField
from desktop.widgets.thread_map.editor import ThreadMapEditor
from desktop.widgets.thread_map.lifetime import details
from tests.conftest import Staff, Stock, patient_input
from tests.db.test_photos import phone_photo
from tests.desktop.drawing import NASOLABIAL_RIGHT, draw
from tests.desktop.untranslated import english_left
from tests.helpers import PASSWORD, give_consent, treatment_consent
from tests.helpers import chart as chart_with
from tests.sheets import chart

# A language chooser names each language in itself, so anyone can find theirs.
DATA = ("English",)
STAFF_NAMES = {"admin": "Lê Thị Mai", "doctor": "BS. Trần Văn Minh", "nurse": "ĐD. Phạm Thu Hà"}


def named(db: Database, staff: Staff) -> Staff:
    """The test accounts with the names a Vietnamese clinic's staff have."""
    for account in list_users(db, staff.admin):
        update_user(db, staff.admin, account, STAFF_NAMES[account.username], account.roles)
    return Staff(
        **{
            role: replace(getattr(staff, role), full_name=STAFF_NAMES[role])
            for role in ("admin", "doctor", "nurse")
        }
    )


class Clinic:
    """A patient with a charted procedure, its follow-ups, a complication, and stock."""

    def __init__(
        self, db: Database, staff: Staff, stock: Stock, patient: PatientRecord, folder: Path
    ) -> None:
        self.db = db
        self.staff = named(db, staff)
        staff = self.staff
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
        create_user(db, staff.admin, "lan.le", "ĐD. Lê Thị Lan", {"nurse"}, PASSWORD)
        # Signed for a second session, not yet charted: the charting form offers it.
        self.nose = PlacementInput("nose", "both", stock.lot_id, 2)
        self.consent_id = treatment_consent(
            db, staff.doctor, patient.id, stock.now - timedelta(minutes=30), (self.nose,)
        )
        self.consent = next(
            c for c in patient_consents(db, staff.nurse, patient.id) if c.id == self.consent_id
        )
        self.follow_up = patient_follow_ups(db, staff.nurse, patient.id)[0]
        self.lot = inventory(db, staff.nurse)[0]
        self.product = list_products(db, staff.nurse)[0]
        # On another patient: an alert must be acknowledged when charting this one.
        other = register_patient(
            db, staff.nurse, patient_input(full_name="Trần Thị Lan", phone="0913 222 111")
        )
        latex = AlertInput("allergy", "relative", "Latex")
        self.alert = add_alert(db, staff.doctor, other.id, latex)
        self.visit = book_visit(
            db,
            staff.nurse,
            BookingInput(patient.id, staff.doctor.user_id, "consultation", self.follow_up.due_at),
        )
        # Two dates of photographs, and a camera card of new ones to import.
        give_consent(db, staff.nurse, patient.id, "photographs", stock.now - timedelta(days=40))
        photo = prepare_photo("IMG_0001.JPG", phone_photo("jpeg"))
        self.views = photo_views(db, staff.nurse)
        for stage, days in (("before", 30), ("follow_up", 1)):
            taken = (stock.now - timedelta(days=days)).date()
            import_photos(db, staff.nurse, patient.id, stage, taken, None,
                          [(view.code, photo) for view in self.views[:2]])  # fmt: skip
        self.photos = patient_photos(db, staff.nurse, patient.id)
        self.camera = []
        for number in (1, 2):
            path = folder / f"IMG_{number:04d}.JPG"
            path.write_bytes(phone_photo("jpeg"))
            self.camera.append(path)
        self.scan = StoredDocument(
            self.consent_id, "phieu-cam-ket.jpg", "image/jpeg", phone_photo("jpeg"), "0" * 64
        )


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
    "consent_nurse": lambda c: ConsentDialog(c.db, c.staff.nurse, c.patient),
    "consent_doctor": lambda c: ConsentDialog(c.db, c.staff.doctor, c.patient, "treatment"),
    "withdraw_consent": lambda c: WithdrawDialog(c.db, c.staff.nurse, c.consent),
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
    "user_edit": lambda c: UserDialog(c.db, c.staff.admin, _account(c, "lan.le")),
    "reset_password": lambda c: ResetPasswordDialog(c.db, c.staff.admin, _account(c, "lan.le")),
    "aftercare_nurse": lambda c: AftercarePreviewDialog(
        c.db, c.staff.nurse, c.procedure, c.patient
    ),
    "procedure_record": lambda c: ProcedureRecordDialog(
        c.db, c.staff.doctor, c.procedure, c.patient
    ),
    "alert": lambda c: AlertDialog(c.db, c.staff.doctor, c.patient.id),
    "end_alert": lambda c: EndAlertDialog(c.db, c.staff.doctor, c.alert),
    "book_visit": lambda c: BookingDialog(
        c.db, c.staff.nurse, c.follow_up.due_at.date(), QTime(9, 0), c.patient.id
    ),
    "move_visit": lambda c: MoveVisitDialog(c.db, c.staff.nurse, c.visit),
    "cancel_visit": lambda c: CancelVisitDialog(c.db, c.staff.nurse, c.visit),
    "export_record": lambda c: ExportRecordDialog(c.db, c.staff.doctor, c.patient),
    "scanned_form": lambda c: ScannedFormDialog(c.scan),
    "photo_import": lambda c: PhotoImportDialog(c.db, c.staff.nurse, c.patient, c.camera),
    "photo_compare": lambda c: PhotoCompareDialog(
        c.db, c.staff.doctor, c.patient, c.photos, c.views
    ),
}


def _account(clinic: Clinic, username: str) -> UserRow:
    return next(u for u in list_users(clinic.db, clinic.staff.admin) if u.username == username)


@pytest.fixture
def clinic(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> Clinic:
    return Clinic(db, staff, stock, patient, tmp_path)


def open_dialog(qtbot: QtBot, clinic: Clinic, name: str) -> QDialog:
    dialog = DIALOGS[name](clinic)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, AftercarePreviewDialog):
        qtbot.waitUntil(lambda: dialog.made is not None, timeout=10000)
    if isinstance(dialog, PhotoImportDialog):
        qtbot.waitUntil(lambda: len(dialog.prepared) == len(dialog.paths), timeout=20000)
    if isinstance(dialog, PhotoCompareDialog):
        qtbot.waitUntil(lambda: not dialog.picture.pixmap().isNull(), timeout=20000)
    if isinstance(dialog, ProcedureDialog):
        # The loud warning only shows once an unsuitable area is chosen.
        dialog.rows[0].area.setCurrentIndex(dialog.rows[0].area.findData("nose"))
        # A thread drawn on the map: its placement's count line and the map's hints show.
        draw(dialog.map.canvas, *NASOLABIAL_RIGHT)
    return dialog


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_dialog_shows_no_english(qtbot: QtBot, vietnamese: None, clinic: Clinic, name: str) -> None:
    dialog = open_dialog(qtbot, clinic, name)
    # The database file's path is pytest's folder, named after this test in English.
    where: tuple[str, ...] = (dialog.where.text(),) if isinstance(dialog, LoginDialog) else ()
    # Files keep the names the camera or scanner gave them.
    if isinstance(dialog, PhotoImportDialog):
        where = tuple(path.name for path in dialog.paths)
    assert english_left(dialog, DATA + where) == []


def follow_up_list(clinic: Clinic, actor: Actor) -> QWidget:
    widget = FollowUpList(clinic.db, actor, tuple(ALL_COLUMNS))
    rows = patient_follow_ups(clinic.db, actor, clinic.patient.id)
    widget.set_rows(rows, date.today())
    widget.table.selectRow(0)
    return widget


def lot_table(clinic: Clinic) -> QWidget:
    view = QTableView()
    model = LotTableModel(date.today(), view)
    model.set_rows(inventory(clinic.db, clinic.staff.nurse), date.today(), 30)
    model.set_flags({clinic.lot.lot_id: ["swelling"]})
    view.setModel(model)
    return view


def thread_map(clinic: Clinic) -> QWidget:
    """The patient's map with a drawn procedure, a recalled lot picked out, a thread clicked."""
    line = ThreadLine("front", (0.44, 0.49), (0.42, 0.56))
    placement = PlacementInput("nasolabial", "right", clinic.lot.lot_id, 1, lines=(line,))
    when = clinic.db.clock() - timedelta(days=3)
    chart_with(clinic.db, clinic.staff.doctor, clinic.patient.id, when, placement)
    tab = ThreadMapTab(clinic.db, clinic.staff.doctor, clinic.patient.id)
    tab.load()
    tab.highlight_lot(clinic.lot.lot_id)
    tab.details.setText(details(tab.threads[0]))
    return tab


def patient_table(clinic: Clinic) -> QWidget:
    view = QTableView()
    model = PatientTableModel(date.today, view)
    model.set_results(search_patients(clinic.db, clinic.staff.nurse, ""), None)
    view.setModel(model)
    return view


WIDGETS: dict[str, Callable[[Clinic], QWidget]] = {
    "follow_ups_nurse": lambda c: follow_up_list(c, c.staff.nurse),
    "follow_ups_doctor": lambda c: follow_up_list(c, c.staff.doctor),
    "lots": lot_table,
    "patients": patient_table,
    "scan_field": lambda c: ScanField(),
    "thread_map": thread_map,
    "thread_map_editor": lambda c: ThreadMapEditor(),
}


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", list(WIDGETS))
def test_list_shows_no_english(qtbot: QtBot, vietnamese: None, clinic: Clinic, name: str) -> None:
    widget = WIDGETS[name](clinic)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    assert english_left(widget, DATA) == []


@pytest.mark.parametrize("backend", ["sqlite"])
def test_the_check_finds_english_when_nothing_is_translated(qtbot: QtBot, clinic: Clinic) -> None:
    dialog = open_dialog(qtbot, clinic, "procedure")
    found = {left.text for left in english_left(dialog, DATA)}
    assert {"Performing doctor", "Save procedure", "Local injection", "Both sides"} <= found


@pytest.mark.parametrize("backend", ["sqlite"])
@pytest.mark.parametrize("name", ["photo_import", "photo_compare", "book_visit", "end_alert"])
def test_the_check_reads_the_newer_dialogs(qtbot: QtBot, clinic: Clinic, name: str) -> None:
    """In English the same dialogs are reported: their texts are really read."""
    assert english_left(open_dialog(qtbot, clinic, name), DATA) != []


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
    procedure.map.undo()  # charted without a drawing: the count of drawn threads is not asked
    procedure.reload_consents(clinic.consent_id)
    procedure.rows[0].set_lots(procedure.lots, clinic.nose.lot_id)
    procedure.reason.setPlainText("Bệnh nhân hiểu rủi ro và vẫn yêu cầu")
    procedure.submit()

    assert [(yes, no) for _text, yes, no in questions] == [
        ("Vẫn lưu", "Quay lại"),
        ("Ghi nhận kèm lý do của tôi", "Quay lại"),
    ]
    assert questions[0][0].startswith("Những bệnh nhân sau trùng họ tên và ngày sinh")
    assert clinic.patient.mrn in questions[0][0]
    assert questions[1][0].startswith("Thủ thuật này có nâng mũi hoặc nâng mông")
