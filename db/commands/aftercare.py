"""`aftercare`: write a procedure's aftercare sheet as a PDF file."""

from __future__ import annotations

import argparse
from pathlib import Path

from db.access.permissions import command_line_actor
from db.aftercare.texts import LANGUAGES
from db.errors import ThreadbookError
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    sheet = commands.add_parser(
        "aftercare", help="write a procedure's aftercare sheet as a PDF (audited as an export)"
    )
    sheet.add_argument("procedure_id", metavar="PROCEDURE_ID", type=int)
    sheet.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the sheet (default: the patient's own)",
    )
    sheet.add_argument("--output", metavar="FILE.pdf", required=True, type=Path)
    sheet.add_argument("--force", action="store_true", help="replace FILE if it exists")
    sheet.set_defaults(run=run_aftercare)


def run_aftercare(args: argparse.Namespace) -> int:
    if args.output.exists() and not args.force:
        raise ThreadbookError(f"{args.output} already exists: choose another name, or add --force.")
    # Imported here: the PDF code loads reportlab, which other commands do not need.
    from db.aftercare.output import export_sheet

    db = open_database(args.database)
    try:
        made = export_sheet(
            db,
            command_line_actor(),
            args.procedure_id,
            args.output,
            args.lang,
            overwrite=args.force,
        )
    finally:
        db.dispose()
    sheet = made.sheet
    pages = "1 page" if made.pages == 1 else f"{made.pages} pages"
    print(
        f"Wrote the aftercare sheet of procedure {sheet.procedure_id} for {sheet.patient_name} "
        f"({sheet.mrn}), in {'Vietnamese' if sheet.language == 'vi' else 'English'}, "
        f"{pages}, to {args.output}."
    )
    return 0
