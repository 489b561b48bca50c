"""Answering a patient's request for their data, or moving them to another clinic: the FHIR
Bundle and the PDF summary, written in one step and audited as one export."""

from __future__ import annotations

import contextlib
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.errors import NotFound, ThreadbookError
from db.exchange.bundle import bundle_json, patient_bundle
from db.exchange.gather import Catalogue, gather
from db.exchange.summary_pdf import summary_pdf
from db.models import Patient
from db.reports.export import check_destination
from db.settings import read_settings
from db.storage.database import Database
from db.wording import say


@dataclass(frozen=True)
class Exported:
    patient_id: int
    mrn: str
    fhir: Path | None
    pdf: Path | None
    resources: int


def patient_id_for(db: Database, actor: Actor, mrn: str) -> int:
    with db.read() as session:
        authorize(session, actor, Permission.PRINT)
        found = session.scalar(select(Patient.id).where(Patient.mrn == mrn.strip().upper()))
    if found is None:
        raise NotFound(say("No patient has the record number {mrn}.", mrn=mrn.strip()))
    return found


def export_patient(
    db: Database,
    actor: Actor,
    patient_id: int,
    *,
    fhir: Path | None = None,
    pdf: Path | None = None,
    overwrite: bool = False,
) -> Exported:
    if fhir is None and pdf is None:
        raise ThreadbookError(say("Choose a FHIR file, a PDF file, or both."))
    targets = {
        kind: check_destination(path, overwrite)
        for kind, path in (("fhir", fhir), ("pdf", pdf))
        if path is not None
    }
    if len(set(targets.values())) < len(targets):
        raise ThreadbookError(say("The FHIR file and the PDF need two different names."))
    now = db.clock()
    with db.read() as session:
        authorize(session, actor, Permission.PRINT)
        bundle = patient_bundle(session, patient_id, now)
        catalogue = Catalogue()
        data = gather(session, [patient_id], catalogue)[0]
        clinic = read_settings(session)["clinic_name"]
        mrn = data.patient.mrn
        contents = {"fhir": bundle_json(bundle)}
        if "pdf" in targets:
            contents["pdf"] = summary_pdf(data, catalogue, clinic, now)
    staged: dict[str, Path] = {}
    try:
        for kind, path in targets.items():
            handle, name = tempfile.mkstemp(prefix=".threadbook-", dir=path.parent)
            with os.fdopen(handle, "wb") as out:
                out.write(contents[kind])
            staged[kind] = Path(name)
        with db.write(actor) as session:
            authorize(session, actor, Permission.PRINT)
            audit.record_event(session, "export", Patient.__tablename__, patient_id, patient_id, {
                "formats": sorted(targets),
                "destinations": {kind: str(path) for kind, path in targets.items()},
                "resources": len(bundle["entry"]),
            })  # fmt: skip
            for kind, path in targets.items():
                staged.pop(kind).replace(path)
    except OSError as exc:
        raise ThreadbookError(
            say("Cannot write the export: {reason}.", reason=exc.strerror)
        ) from None
    finally:
        for left in staged.values():
            with contextlib.suppress(OSError):
                left.unlink()
    return Exported(patient_id, mrn, targets.get("fhir"), targets.get("pdf"), len(bundle["entry"]))
