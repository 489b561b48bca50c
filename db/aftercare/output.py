"""Making a patient's aftercare sheet: who may, never for a voided procedure, always audited.

A preview is only a look at the sheet. Printing and saving as PDF hand patient data out of the
program, so each is written to the audit trail, in the same transaction as the hand-over: when
writing the file or printing fails, no audit row claims it happened.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.aftercare.content import AftercareSheet, gather
from db.aftercare.layout import RenderedSheet, render
from db.audit import chain as audit
from db.errors import ThreadbookError
from db.models import Procedure
from db.record.procedures import procedure_record
from db.storage.database import Database
from db.wording import say

SHEET = "aftercare"


class VoidedProcedure(ThreadbookError):
    """The procedure was voided: its sheet would describe threads that were never placed."""


@dataclass(frozen=True)
class MadeSheet:
    sheet: AftercareSheet
    rendered: RenderedSheet

    @property
    def pdf(self) -> bytes:
        return self.rendered.pdf

    @property
    def pages(self) -> int:
        return self.rendered.pages


def _refuse_voided(procedure_id: int, voided: bool) -> None:
    if voided:
        raise VoidedProcedure(
            say(
                "Procedure {procedure_id} was voided, so it has no aftercare sheet. Print "
                "the sheet of the procedure that was actually performed.",
                procedure_id=procedure_id,
            )
        )


def _sheet(
    session: Session, actor: Actor, procedure_id: int, language: str | None, db: Database
) -> AftercareSheet:
    authorize(session, actor, Permission.PRINT)
    record = procedure_record(session, procedure_id)
    _refuse_voided(procedure_id, record.voided)
    return gather(session, record, language, db.today())


def make_sheet(
    db: Database, actor: Actor, procedure_id: int, language: str | None = None
) -> MadeSheet:
    """The sheet for a look on screen (not audited: nothing leaves the program)."""
    with db.read() as session:
        sheet = _sheet(session, actor, procedure_id, language, db)
    return MadeSheet(sheet, render(sheet))


def _hand_over(
    db: Database,
    actor: Actor,
    procedure_id: int,
    language: str | None,
    action: str,
    destination: str,
    deliver: Callable[[bytes], None],
) -> MadeSheet:
    made = make_sheet(db, actor, procedure_id, language)
    # Alongside other PCs' writes: only a void, which takes the whole turn, changes what this
    # checks.
    with db.write(actor, own_locks=True) as session:
        authorize(session, actor, Permission.PRINT)
        # Voided by someone else since the sheet was made: refuse rather than print it.
        procedure = session.get(Procedure, procedure_id)
        _refuse_voided(procedure_id, procedure is None or procedure.voided_at is not None)
        audit.record_event(
            session,
            action,
            Procedure.__tablename__,
            procedure_id,
            made.sheet.patient_id,
            {
                "sheet": SHEET,
                "language": made.sheet.language,
                "pages": made.pages,
                "destination": destination,
            },
        )
        # Inside the transaction: if the hand-over fails, the audit row is rolled back with it.
        deliver(made.pdf)
    return made


def write_atomically(path: Path, data: bytes, overwrite: bool) -> None:
    """Write via a temporary file in the same folder, so a failed write leaves no half a PDF."""
    if path.exists() and not overwrite:
        raise ThreadbookError(
            say("{path} already exists. Choose another name, or replace it.", path=path)
        )
    try:
        handle, temporary = tempfile.mkstemp(prefix=".aftercare-", suffix=".pdf", dir=path.parent)
    except OSError as exc:
        raise ThreadbookError(
            say("Cannot write in {parent}: {strerror}.", parent=path.parent, strerror=exc.strerror)
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise ThreadbookError(
            say("Cannot write {path}: {strerror}.", path=path, strerror=exc.strerror)
        ) from None


def export_sheet(
    db: Database,
    actor: Actor,
    procedure_id: int,
    path: Path,
    language: str | None = None,
    *,
    overwrite: bool = False,
) -> MadeSheet:
    """Save the sheet as a PDF file (audited as an export to that path)."""
    path = path.expanduser().resolve()
    return _hand_over(
        db,
        actor,
        procedure_id,
        language,
        "export",
        str(path),
        lambda pdf: write_atomically(path, pdf, overwrite),
    )


def print_sheet(
    db: Database,
    actor: Actor,
    procedure_id: int,
    language: str | None,
    printer: str,
    send: Callable[[bytes], None],
) -> MadeSheet:
    """Send the sheet to a printer through `send` (the window's printing), audited as a print."""
    return _hand_over(db, actor, procedure_id, language, "print", printer, send)
