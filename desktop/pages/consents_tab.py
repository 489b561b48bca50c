"""The Consents tab of a patient's file: each purpose's consent, how it was given, withdrawal."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.consent.proof import stored_document
from db.consent.records import ConsentRecord, patient_consents, withdraw_consent
from db.errors import ThreadbookError
from db.record.patients import PatientRecord
from db.storage.database import Database
from db.vocabulary import AREAS, CONSENT_METHODS, CONSENT_PURPOSES, WITHDRAWAL_METHODS, term
from desktop.dialogs.consent_form import ConsentDialog
from desktop.dialogs.scanned_form import ScannedFormDialog
from desktop.fields import FieldErrors, format_date, submit_buttons
from desktop.i18n import QT_TR_NOOP, label, tr
from desktop.messages import Prompts
from desktop.pdf_pages import a4_printer, print_pdf
from desktop.widgets.tables import list_table
from desktop.writes import write

COLUMNS = (
    QT_TR_NOOP("Consent to"),
    QT_TR_NOOP("Given"),
    QT_TR_NOOP("How"),
    QT_TR_NOOP("Obtained by"),
    QT_TR_NOOP("Text"),
    QT_TR_NOOP("Status"),
)


def _when(consent: ConsentRecord) -> str:
    return consent.given_at.astimezone().strftime("%d/%m/%Y %H:%M")


def describe(consent: ConsentRecord) -> str:
    """The purpose, with a treatment consent's areas and materials."""
    purpose = label(term(CONSENT_PURPOSES, consent.purpose))
    if consent.purpose != "treatment":
        return purpose
    areas = ", ".join(label(term(AREAS, code)) for code in consent.areas)
    return tr("{purpose}: {areas} ({materials})").format(
        purpose=purpose, areas=areas, materials=", ".join(consent.materials)
    )


def status(consent: ConsentRecord) -> str:
    if consent.withdrawn_at is not None:
        return tr("Withdrawn {date} ({how}), recorded by {name}").format(
            date=format_date(consent.withdrawn_at.astimezone().date()),
            how=label(term(WITHDRAWAL_METHODS, consent.withdrawal_method)),
            name=consent.withdrawn_by or "—",
        )
    if consent.procedure_id is not None:
        return tr("Used for procedure {number}").format(number=consent.procedure_id)
    return tr("In force")


class WithdrawDialog(QDialog):
    """How the patient withdrew the consent, and a note; saved at once."""

    def __init__(
        self, db: Database, actor: Actor, consent: ConsentRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.consent = consent
        self.saved: ConsentRecord | None = None
        self.setWindowTitle(self.tr("Withdraw consent"))
        self.method = QComboBox()
        for entry in WITHDRAWAL_METHODS:
            self.method.addItem(label(entry), entry.code)
        self.note = QPlainTextEdit()
        self.note.setFixedHeight(70)
        self.note.setPlaceholderText(self.tr("What the patient said, if useful"))
        explanation = QLabel(
            self.tr(
                "From now on nothing is done on the basis of this consent: {what}. What was "
                "done before stays in the record."
            ).format(what=describe(consent))
        )
        explanation.setWordWrap(True)
        form = QFormLayout()
        self.errors = FieldErrors()
        self.errors.add_row(form, self.tr("How"), "withdrawal_method", self.method)
        self.errors.add_row(form, self.tr("Note"), "withdrawal_note", self.note)
        buttons, self.save_button = submit_buttons(self, self.tr("Record withdrawal"), self.submit)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        method, note = str(self.method.currentData()), self.note.toPlainText()
        consent = self.consent
        write(
            self,
            lambda: withdraw_consent(
                self.db, self.actor, consent.id, consent.version, method, note
            ),
            self._saved,
            errors=self.errors,
        )

    def _saved(self, saved: object) -> None:
        self.saved = saved  # type: ignore[assignment]
        self.accept()


class ConsentsTab(QWidget):
    """Signals:
    changed(): a consent was given or withdrawn here.
    """

    changed = Signal()

    def __init__(
        self, db: Database, actor: Actor, patient: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient = patient
        self.consents: list[ConsentRecord] = []
        self.dialog: ConsentDialog | WithdrawDialog | None = None

        may = actor.may(Permission.CONSENT_RECORD)
        self.record_button = QPushButton(self.tr("Record consent…"))
        self.record_button.setVisible(may)
        self.record_button.clicked.connect(lambda: self.record())
        self.withdraw_button = QPushButton(self.tr("Withdraw…"))
        self.withdraw_button.setVisible(may)
        self.withdraw_button.setEnabled(False)
        self.withdraw_button.clicked.connect(self.withdraw_selected)
        self.print_button = QPushButton(self.tr("Print form…"))
        self.save_button = QPushButton(self.tr("Save form as PDF…"))
        for button in (self.print_button, self.save_button):
            button.setVisible(actor.may(Permission.PRINT))
            button.setEnabled(False)
        self.print_button.clicked.connect(self.print_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.scan_button = QPushButton(self.tr("Show scanned form"))
        self.scan_button.setEnabled(False)
        self.scan_button.clicked.connect(self.show_scan)
        self.empty = QLabel(self.tr("No consent recorded yet."))

        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        list_table(self.table)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        top = QHBoxLayout()
        top.addWidget(self.empty)
        top.addStretch(1)
        top.addWidget(self.scan_button)
        top.addWidget(self.print_button)
        top.addWidget(self.save_button)
        top.addWidget(self.withdraw_button)
        top.addWidget(self.record_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            self.consents = patient_consents(self.db, self.actor, self.patient.id)
        except ThreadbookError as exc:
            self.empty.setText(exc.message)
            return
        self.empty.setVisible(not self.consents)
        self.table.setRowCount(len(self.consents))
        struck = QFont()
        struck.setStrikeOut(True)
        for row, consent in enumerate(self.consents):
            method = label(term(CONSENT_METHODS, consent.method))
            if consent.method == "oral" and consent.witness:
                method = tr("{method}: {witness}").format(method=method, witness=consent.witness)
            text = (
                tr("v{number} ({language})").format(
                    number=consent.text_version, language=consent.language
                )
                if consent.text_version
                else "—"
            )
            cells = (
                describe(consent),
                _when(consent),
                method,
                consent.obtained_by or "—",
                text,
                status(consent),
            )
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)  # the whole text where a narrowed column cuts it
                item.setData(Qt.ItemDataRole.UserRole, consent.id)
                if not consent.active:
                    item.setForeground(QBrush(QColor("#777777")))
                    if column == 0:
                        item.setFont(struck)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        # Long purposes and witness names (longer still in Vietnamese) must not push the
        # status off a 1366-pixel screen.
        for column, widest in ((0, 420), (2, 240)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.resizeRowsToContents()
        self._selection_changed()

    def selected(self) -> ConsentRecord | None:
        rows = self.table.selectionModel().selectedRows()
        return self.consents[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        consent = self.selected()
        self.withdraw_button.setEnabled(
            consent is not None and consent.active and consent.procedure_id is None
        )
        # Tick boxes from before consent records have no text and no form to print.
        printable = consent is not None and consent.text_id is not None
        self.print_button.setEnabled(printable)
        self.scan_button.setEnabled(consent is not None and bool(consent.document_name))
        self.save_button.setEnabled(printable)

    def record(self, purpose: str | None = None) -> ConsentDialog:
        dialog = ConsentDialog(self.db, self.actor, self.patient, purpose, parent=self)
        dialog.accepted.connect(self._done)
        dialog.open()
        self.dialog = dialog
        return dialog

    def withdraw_selected(self) -> WithdrawDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        if not consent.active:
            Prompts.show_error(self, self.tr("This consent is already withdrawn."))
            return None
        dialog = WithdrawDialog(self.db, self.actor, consent, self)
        dialog.accepted.connect(self._done)
        dialog.open()
        self.dialog = dialog
        return dialog

    def suggested_name(self, consent: ConsentRecord) -> str:
        day = consent.given_at.astimezone().strftime("%Y-%m-%d")
        return f"{self.patient.mrn} consent {consent.purpose} {day}.pdf"

    def save_selected(self) -> Path | None:
        consent = self.selected()
        if consent is None:
            return None
        path = Prompts.save_file(
            self,
            self.tr("Save consent form"),
            self.suggested_name(consent),
            self.tr("PDF documents (*.pdf)"),
        )
        if path is None:
            return None
        # The form's PDF maker (reportlab) is loaded when first used, not at the program's start.
        from db.consent.form_pdf import export_form

        try:
            # The save dialog has already asked before replacing a file.
            export_form(self.db, self.actor, consent.id, path, overwrite=True)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return None
        return path

    def print_selected(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        from db.consent.form_pdf import print_form
        from desktop.dialogs.aftercare_preview import AftercarePreviewDialog

        printer = a4_printer()
        printer.setDocName(self.suggested_name(consent))
        if not AftercarePreviewDialog.ask_printer(self, printer):
            return
        where = printer.printerName() or printer.outputFileName() or self.tr("printer")
        try:
            print_form(self.db, self.actor, consent.id, where, lambda pdf: print_pdf(printer, pdf))
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)

    def show_scan(self) -> ScannedFormDialog | None:
        consent = self.selected()
        if consent is None:
            return None
        try:
            document = stored_document(self.db, self.actor, consent.id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return None
        dialog = ScannedFormDialog(document, self)
        dialog.open()
        return dialog

    def _done(self) -> None:
        self.refresh()
        self.changed.emit()
