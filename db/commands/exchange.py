"""`export-patient` and `export-fhir`: a patient's record as FHIR and/or a PDF summary, and
the whole clinic as FHIR NDJSON files."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.access.permissions import command_line_actor
from db.errors import ThreadbookError
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    one = commands.add_parser(
        "export-patient",
        help="write a patient's whole record as a FHIR R4 Bundle (JSON) and/or a PDF summary "
        "(audited as an export)",
    )
    one.add_argument("mrn", metavar="MRN", help="the record number, e.g. TB-000012")
    one.add_argument("--fhir", metavar="FILE.json", type=Path)
    one.add_argument("--pdf", metavar="FILE.pdf", type=Path)
    one.add_argument("--force", action="store_true", help="replace the files if they exist")
    one.set_defaults(run=run_export_patient)
    bulk = commands.add_parser(
        "export-fhir",
        help="write every patient's record as FHIR R4 NDJSON, one file per resource type, "
        "into an empty FOLDER (audited)",
    )
    bulk.add_argument("folder", metavar="FOLDER", type=Path)
    bulk.set_defaults(run=run_export_fhir)


def run_export_patient(args: argparse.Namespace) -> int:
    if args.fhir is None and args.pdf is None:
        raise ThreadbookError("Say what to write: --fhir FILE.json, --pdf FILE.pdf, or both.")
    from db.exchange.patient_export import export_patient, patient_id_for

    db = open_database(args.database)
    try:
        actor = command_line_actor()
        patient_id = patient_id_for(db, actor, args.mrn)
        done = export_patient(db, actor, patient_id, fhir=args.fhir, pdf=args.pdf,
                              overwrite=args.force)  # fmt: skip
    finally:
        db.dispose()
    if done.fhir is not None:
        print(f"Wrote {done.resources} FHIR resources for {done.mrn} to {done.fhir}.")
    if done.pdf is not None:
        print(f"Wrote the record summary of {done.mrn} to {done.pdf}.")
    return 0


def run_export_fhir(args: argparse.Namespace) -> int:
    from db.exchange.bulk import export_clinic

    db = open_database(args.database)
    try:
        counts = export_clinic(db, command_line_actor(), args.folder)
    finally:
        db.dispose()
    for kind, count in sorted(counts.items()):
        print(f"{kind}.ndjson\t{count}")
    print(f"Wrote {sum(counts.values())} FHIR resources to {args.folder}.")
    return 0
