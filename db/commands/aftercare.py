"""`aftercare`, `procedure-record`: write a procedure's aftercare sheet or its one-page record
as a PDF file."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from db.access.permissions import command_line_actor
from db.aftercare.texts import LANGUAGES
from db.errors import NotFound, ThreadbookError
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    _pdf_command(
        commands, "aftercare",
        "write a procedure's aftercare sheet as a PDF (audited as an export)",
        "sheet", run_aftercare,
    )  # fmt: skip
    _pdf_command(
        commands, "procedure-record",
        "write a procedure's one-page record (placements, lots, consent and thread map) "
        "as a PDF (audited as an export)",
        "record", run_procedure_record,
    )  # fmt: skip


def _pdf_command(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    help_text: str,
    what: str,
    run: Callable[[argparse.Namespace], int],
) -> None:
    """A command writing one procedure's PDF: the procedure, its language and the file."""
    command = commands.add_parser(name, help=help_text)
    command.add_argument("procedure_id", metavar="PROCEDURE_ID", type=int)
    command.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help=f"language of the {what} (default: the patient's own)",
    )
    command.add_argument("--output", metavar="FILE.pdf", required=True, type=Path)
    command.add_argument("--force", action="store_true", help="replace FILE if it exists")
    command.set_defaults(run=run)


def _refuse_output(output: Path, force: bool) -> None:
    """Only a new path, or with --force an existing regular file: never a device, a folder,
    a pipe or a link, which the PDF would be written through."""
    try:
        if output.is_symlink() or (output.exists() and not output.is_file()):
            raise ThreadbookError(
                f"{output} is not a regular file; give a new file name for the PDF."
            )
        if output.exists() and not force:
            raise ThreadbookError(f"{output} already exists: choose another name, or add --force.")
    except OSError as exc:
        raise ThreadbookError(f"Cannot use {output}: {exc.strerror}.") from None


def run_aftercare(args: argparse.Namespace) -> int:
    _refuse_output(args.output, args.force)
    if not 0 < args.procedure_id < 2**31:  # a record id either database can hold
        raise NotFound(f"There is no procedure {args.procedure_id}.")
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


def run_procedure_record(args: argparse.Namespace) -> int:
    _refuse_output(args.output, args.force)
    if not 0 < args.procedure_id < 2**31:
        raise NotFound(f"There is no procedure {args.procedure_id}.")
    from db.threadmap.record_sheet import export_procedure_record

    db = open_database(args.database)
    try:
        export_procedure_record(
            db,
            command_line_actor(),
            args.procedure_id,
            args.output,
            args.lang,
            overwrite=args.force,
        )
    finally:
        db.dispose()
    print(f"Wrote the record of procedure {args.procedure_id} to {args.output}.")
    return 0
