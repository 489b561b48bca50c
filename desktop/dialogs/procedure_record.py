"""The one-page procedure record (map, placements, lots, doctor, consent): a look, then print or
save it, each hand-over audited by `db` as the aftercare sheet's are."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from db.access.permissions import Actor
from db.record.patients import PatientRecord
from db.record.procedures import ProcedureRecord
from db.storage.database import Database
from db.threadmap.record_sheet import (
    export_procedure_record,
    print_procedure_record,
    procedure_record_pdf,
)
from desktop.dialogs.aftercare_preview import AftercarePreviewDialog


@dataclass(frozen=True)
class RecordPdf:
    pdf: bytes
    pages: int = 1  # the record is one page by design


class ProcedureRecordDialog(AftercarePreviewDialog):
    """The aftercare preview's look, print and save, for the procedure record."""

    def __init__(
        self,
        db: Database,
        actor: Actor,
        procedure: ProcedureRecord,
        patient: PatientRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(db, actor, procedure, patient, parent)
        self.setWindowTitle(
            self.tr("Procedure record: {name}, procedure {id}").format(
                name=patient.full_name, id=procedure.id
            )
        )

    def make(self, language: str) -> RecordPdf:
        return RecordPdf(procedure_record_pdf(self.db, self.actor, self.procedure.id, language))

    def send_to_printer(self, language: str, where: str, send: Callable[[bytes], None]) -> None:
        print_procedure_record(self.db, self.actor, self.procedure.id, language, where, send)

    def export(self, path: Path, language: str, overwrite: bool) -> object:
        return export_procedure_record(
            self.db, self.actor, self.procedure.id, path, language, overwrite=overwrite
        )

    def suggested_name(self) -> str:
        day = self.procedure.performed_at.astimezone().strftime("%Y-%m-%d")
        return f"{self.patient.mrn} procedure record {day} {self.sheet_language}.pdf"

    @classmethod
    def save_title(cls) -> str:
        return QCoreApplication.translate("ProcedureRecordDialog", "Save procedure record")
