"""The Procedures tab of a patient's file: each procedure with its placements and lots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.record.patients import PatientRecord
from db.record.procedures import ProcedureRecord, patient_procedures
from db.storage.database import Database
from db.vocabulary import SIDES, term
from db.wording import language
from desktop.conventions import moment_text
from desktop.dialogs.procedure_form import ProcedureDialog
from desktop.dialogs.void_procedure import VoidProcedureDialog
from desktop.fields import format_date
from desktop.i18n import QT_TR_NOOP, label, tr

if TYPE_CHECKING:
    from desktop.dialogs.aftercare_preview import AftercarePreviewDialog
    from desktop.dialogs.procedure_record import ProcedureRecordDialog

COLUMNS = (
    QT_TR_NOOP("When / area"),
    QT_TR_NOOP("Side"),
    QT_TR_NOOP("Product"),
    QT_TR_NOOP("Material"),
    QT_TR_NOOP("Lot"),
    QT_TR_NOOP("Expiry"),
    QT_TR_NOOP("Threads"),
    QT_TR_NOOP("Doctor"),
)


class ProceduresTab(QWidget):
    """Signals:
    charted(ProcedureRecord): a procedure was saved from this tab.
    """

    charted = Signal(object)

    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.procedures: list[ProcedureRecord] = []
        self.dialog: ProcedureDialog | VoidProcedureDialog | AftercarePreviewDialog | None = None

        self.chart_button = QPushButton(self.tr("Chart procedure…"))
        self.chart_button.setVisible(actor.may(Permission.PROCEDURE_CHART))
        self.chart_button.clicked.connect(self.chart)
        self.void_button = QPushButton(self.tr("Void…"))
        self.void_button.setVisible(actor.may(Permission.PROCEDURE_VOID))
        self.void_button.setEnabled(False)
        self.void_button.clicked.connect(self.void_selected)
        self.print_button = QPushButton(self.tr("Print aftercare…"))
        self.print_button.setVisible(actor.may(Permission.PRINT))
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(self.print_selected)
        self.record_button = QPushButton(self.tr("Procedure record…"))
        self.record_button.setToolTip(
            self.tr("One page for the clinic's file or the next doctor: the thread map, "
                    "placements, lots, doctor and consent")
        )  # fmt: skip
        self.record_button.setVisible(actor.may(Permission.PRINT))
        self.record_button.setEnabled(False)
        self.record_button.clicked.connect(self.record_selected)
        self.empty = QLabel(self.tr("No procedures charted yet."))
        self.offered: ProcedureRecord | None = None
        self.offer = self._print_offer()

        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([tr(c) for c in COLUMNS])
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemSelectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.empty)
        top.addStretch(1)
        top.addWidget(self.record_button)
        top.addWidget(self.print_button)
        top.addWidget(self.void_button)
        top.addWidget(self.chart_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.offer)
        layout.addWidget(self.tree, 1)
        self.refresh()

    def refresh(self) -> None:
        self.procedures = patient_procedures(self.db, self.actor, self.patient.id)
        self.tree.clear()
        self.empty.setVisible(not self.procedures)
        for procedure in self.procedures:
            self.tree.addTopLevelItem(self._item(procedure))
        self.tree.expandAll()
        self._selection_changed()

    def _item(self, procedure: ProcedureRecord) -> QTreeWidgetItem:
        when = moment_text(procedure.performed_at)
        total = sum(p.thread_count for p in procedure.placements)
        title = (
            tr("{when}  ·  procedure {id}  ·  VOIDED: {reason}").format(
                when=when, id=procedure.id, reason=procedure.void_reason
            )
            if procedure.voided
            else tr("{when}  ·  procedure {id}").format(when=when, id=procedure.id)
        )
        item = QTreeWidgetItem([title, "", "", "", "", "", str(total), procedure.doctor])
        item.setData(0, Qt.ItemDataRole.UserRole, procedure.id)
        font = QFont()
        font.setBold(not procedure.voided)
        font.setStrikeOut(procedure.voided)
        for column in range(len(COLUMNS)):
            item.setFont(column, font)
            if procedure.voided:
                item.setForeground(column, QBrush(QColor("#888888")))
        if procedure.contraindication_reason:
            item.setToolTip(0, tr("Reason given: {0}").format(procedure.contraindication_reason))
        for placement in procedure.placements:
            child = QTreeWidgetItem(
                [
                    placement.area_label(language()),
                    label(term(SIDES, placement.side)),
                    placement.product,
                    placement.material,
                    placement.lot_number,
                    format_date(placement.expiry_date),
                    str(placement.thread_count),
                    "",
                ]
            )
            if procedure.voided:
                child_font = QFont()
                child_font.setStrikeOut(True)
                for column in range(len(COLUMNS)):
                    child.setFont(column, child_font)
                    child.setForeground(column, QBrush(QColor("#888888")))
            item.addChild(child)
        return item

    def selected(self) -> ProcedureRecord | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        item = items[0]
        while (parent := item.parent()) is not None:
            item = parent
        procedure_id = item.data(0, Qt.ItemDataRole.UserRole)
        return next((p for p in self.procedures if p.id == procedure_id), None)

    def _selection_changed(self) -> None:
        procedure = self.selected()
        self.void_button.setEnabled(procedure is not None and not procedure.voided)
        self.print_button.setEnabled(procedure is not None and not procedure.voided)
        self.record_button.setEnabled(procedure is not None and not procedure.voided)

    def chart(self) -> ProcedureDialog:
        dialog = ProcedureDialog(self.db, self.actor, self.patient, self)
        dialog.accepted.connect(lambda: self._charted(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _charted(self, dialog: ProcedureDialog) -> None:
        self.refresh()
        if dialog.saved is not None:
            self.charted.emit(dialog.saved)
            self._offer_printing(dialog.saved)

    def _print_offer(self) -> QFrame:
        """A bar shown after charting: the patient should leave with their sheet."""
        frame = QFrame()
        frame.setObjectName("print_offer")
        frame.setStyleSheet("#print_offer { background: #e8f1f2; border-radius: 4px; }")
        self.offer_label = QLabel()
        self.offer_button = QPushButton(self.tr("Print aftercare…"))
        self.offer_button.clicked.connect(self._print_offered)
        later = QPushButton(self.tr("Later"))
        later.clicked.connect(frame.hide)
        row = QHBoxLayout(frame)
        row.addWidget(self.offer_label, 1)
        row.addWidget(self.offer_button)
        row.addWidget(later)
        frame.hide()
        return frame

    def _offer_printing(self, procedure: ProcedureRecord) -> None:
        if not self.actor.may(Permission.PRINT):
            return
        self.offered = procedure
        self.offer_label.setText(
            self.tr("Procedure {0} is charted. Print the aftercare sheet for the patient to "
                    "take home?").format(procedure.id)
        )  # fmt: skip
        self.offer.show()

    def _print_offered(self) -> None:
        self.offer.hide()
        if self.offered is not None:
            self.print_aftercare(self.offered)

    def print_selected(self) -> AftercarePreviewDialog | None:
        procedure = self.selected()
        if procedure is None or procedure.voided:
            return None
        return self.print_aftercare(procedure)

    def print_aftercare(self, procedure: ProcedureRecord) -> AftercarePreviewDialog:
        # The sheet's PDF libraries load on first use, not at start-up.
        from desktop.dialogs.aftercare_preview import AftercarePreviewDialog

        dialog = AftercarePreviewDialog(self.db, self.actor, procedure, self.patient, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def record_selected(self) -> ProcedureRecordDialog | None:
        procedure = self.selected()
        if procedure is None or procedure.voided:
            return None
        from desktop.dialogs.procedure_record import ProcedureRecordDialog

        dialog = ProcedureRecordDialog(self.db, self.actor, procedure, self.patient, self)
        dialog.open()
        self.dialog = dialog
        return dialog

    def void_selected(self) -> VoidProcedureDialog | None:
        procedure = self.selected()
        if procedure is None or procedure.voided:
            return None
        dialog = VoidProcedureDialog(self.db, self.actor, procedure, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog
