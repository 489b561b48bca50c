"""Backups carry consents with their signatures and scanned forms, byte for byte."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from sqlalchemy import select

from db.consent.proof import stored_signature
from db.models import ConsentDocument, ConsentSignature
from db.record.patients import PatientRecord
from db.record.procedures import PlacementInput
from db.storage.backup import backup
from db.storage.database import Database
from db.storage.restore import restore
from tests.conftest import Staff, Stock
from tests.db.test_consent import signed
from tests.helpers import treatment_consent


def evidence(db: Database) -> list[tuple[object, ...]]:
    with db.read() as session:
        signatures = session.execute(
            select(
                ConsentSignature.consent_id,
                ConsentSignature.strokes,
                ConsentSignature.image_png,
                ConsentSignature.sha256,
            )
        ).all()
        documents = session.execute(
            select(ConsentDocument.consent_id, ConsentDocument.content, ConsentDocument.sha256)
        ).all()
    return [tuple(row) for row in [*signatures, *documents]]


def test_backup_and_restore_bring_signatures_and_scans_back_identical(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    consent = signed(db, staff, patient, stock)
    placements = (PlacementInput("neck", "midline", stock.lot_id, 2),)
    treatment_consent(db, staff.doctor, patient.id, stock.now - timedelta(hours=3), placements)
    before = evidence(db)
    assert len(before) == 2
    copy = backup(db, tmp_path / "copy.backup", staff.admin)
    # Lost after the backup: the restore must bring the proof back as it was.
    with db.write(None) as session:
        session.scalars(select(ConsentSignature)).one().image_png = b"overwritten"
    restore(db, copy.path, tmp_path / "kept", staff.admin)
    assert evidence(db) == before
    assert stored_signature(db, staff.nurse, consent.id).intact
