"""Export record…: a patient's whole record as a PDF summary to read and/or a FHIR file for
another clinic's system, into a chosen folder, in one audited step (the answer to a patient's
request to see their data is both)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.exchange.patient_export import Exported, export_patient
from db.record.patients import PatientRecord
from db.storage.database import Database
from desktop.messages import Prompts
from desktop.worker import Runner


class ExportRecordDialog(QDialog):
    """Attributes:
    exported: what was written, once the export succeeded.
    """

    def __init__(
        self, db: Database, actor: Actor, record: PatientRecord, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.record = record
        self.exported: Exported | None = None
        self.runner = Runner(self)
        self.setWindowTitle(self.tr("Export the record of {name}").format(name=record.full_name))
        self.pdf = QCheckBox(self.tr("PDF summary, for the patient to read"))
        self.pdf.setChecked(True)
        self.fhir = QCheckBox(self.tr("FHIR file, for another clinic's computer system"))
        self.fhir.setChecked(True)
        self.folder = QLineEdit(str(Path.home()))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        where = QHBoxLayout()
        where.addWidget(self.folder, 1)
        where.addWidget(choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Write everything recorded about this patient as:")))
        layout.addWidget(self.pdf)
        layout.addWidget(self.fhir)
        layout.addWidget(QLabel(self.tr("Into the folder:")))
        layout.addLayout(where)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def choose_folder(self) -> None:
        chosen = Prompts.choose_folder(self, self.tr("Export into which folder?"),
                                       self.folder.text())  # fmt: skip
        if chosen:
            self.folder.setText(chosen)

    def targets(self) -> tuple[Path | None, Path | None]:
        folder = Path(self.folder.text().strip())
        mrn = self.record.mrn
        pdf = folder / f"{mrn} record.pdf" if self.pdf.isChecked() else None
        fhir = folder / f"{mrn} record.fhir.json" if self.fhir.isChecked() else None
        return pdf, fhir

    def export(self) -> None:
        pdf, fhir = self.targets()
        if pdf is None and fhir is None:
            self.status.setText(self.tr("Tick the PDF summary, the FHIR file, or both."))
            return
        existing = [p for p in (pdf, fhir) if p is not None and p.exists()]
        if existing and not Prompts.confirm(
            self,
            self.tr("{names} already exist in that folder. Replace them?").format(
                names=", ".join(p.name for p in existing)
            ),
            self.tr("Replace"),
            self.tr("Cancel"),
        ):
            return
        db, actor, patient_id = self.db, self.actor, self.record.id
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Exporting…"))
        self.runner.start(
            lambda: export_patient(db, actor, patient_id, fhir=fhir, pdf=pdf, overwrite=True),
            self._done,
            self._failed,
            latest_only=False,
        )

    def _done(self, exported: Exported) -> None:
        self.exported = exported
        names = [p.name for p in (exported.pdf, exported.fhir) if p is not None]
        self.status.setText(self.tr("Saved {names}.").format(names=", ".join(names)))
        self.accept()

    def _failed(self, message: str) -> None:
        self.export_button.setEnabled(True)
        self.status.setText(message)
