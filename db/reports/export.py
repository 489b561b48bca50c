"""Reports leave the program as an XLSX workbook (one sheet per table, real numbers and dates)
or as a PDF of the page with its charts. Either is written to the audit trail as an export in
the same transaction as the file, so a failed write leaves no row claiming it happened."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.errors import ThreadbookError
from db.reports.run import ReportResult
from db.reports.scope import ReportFilter
from db.storage.database import Database
from db.wording import say

Words = Callable[[str], str]


def filter_details(wanted: ReportFilter) -> dict[str, object]:
    return {
        "from": wanted.start.isoformat(),
        "to": wanted.end.isoformat(),
        "doctor_id": wanted.doctor_id,
        "material": wanted.material,
        "product_id": wanted.product_id,
    }


def check_destination(path: Path, overwrite: bool) -> Path:
    """The file to write: refuse a folder, a device or a link's target that is not a plain file,
    and an existing file unless replacing it was asked for."""
    path = path.expanduser()
    if path.is_symlink() or (path.exists() and not path.is_file()):
        raise ThreadbookError(
            say("{path} is not a regular file; choose a file name to write to.", path=path)
        )
    if path.exists() and not overwrite:
        raise ThreadbookError(
            say("{path} already exists. Choose another name, or replace it.", path=path)
        )
    if not path.parent.is_dir():
        raise ThreadbookError(say("The folder {folder} does not exist.", folder=path.parent))
    return path.resolve()


def write_atomically(path: Path, data: bytes) -> None:
    """Through a temporary file in the same folder: a failed write leaves no half a file."""
    try:
        handle, temporary = tempfile.mkstemp(prefix=".threadbook-", dir=path.parent)
    except OSError as exc:
        raise ThreadbookError(
            say("Cannot write in {folder}: {reason}.", folder=path.parent, reason=exc.strerror)
        ) from None
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        Path(temporary).replace(path)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(temporary).unlink()
        raise ThreadbookError(
            say("Cannot write {path}: {reason}.", path=path, reason=exc.strerror)
        ) from None


def _export(
    db: Database,
    actor: Actor,
    results: list[ReportResult],
    path: Path,
    overwrite: bool,
    file_format: str,
    make: Callable[[], bytes],
) -> Path:
    path = check_destination(path, overwrite)
    data = make()
    with db.write(actor) as session:
        authorize(session, actor, Permission.REPORTS_VIEW)
        audit.record_event(
            session,
            "export",
            "report",
            ",".join(r.request.report.value for r in results),
            None,
            {
                "format": file_format,
                "destination": str(path),
                **filter_details(results[0].request.wanted),
                "rows": sum(len(t.rows) for r in results for t in r.tables),
            },
        )
        write_atomically(path, data)
    return path


def export_xlsx(
    db: Database,
    actor: Actor,
    result: ReportResult,
    path: Path,
    words: Words = str,
    *,
    overwrite: bool = False,
) -> Path:
    """One report as a workbook, one sheet per table."""
    from db.reports.workbook import workbook_bytes

    return _export(db, actor, [result], path, overwrite, "xlsx",
                   lambda: workbook_bytes(result, words))  # fmt: skip


def export_pdf(
    db: Database,
    actor: Actor,
    results: list[ReportResult],
    path: Path,
    words: Words = str,
    *,
    clinic: str = "",
    narrowing: str = "",
    overwrite: bool = False,
) -> Path:
    """The reports page (every report with its chart and table) as a PDF; `narrowing` names
    the doctor, material or product chosen, as the page shows them."""
    from db.reports.page_pdf import pdf_bytes

    if not results:
        raise ThreadbookError(say("There is no report to export."))
    return _export(db, actor, results, path, overwrite, "pdf",
                   lambda: pdf_bytes(results, words, clinic, db.clock(), narrowing))  # fmt: skip


def export_png(
    db: Database,
    actor: Actor,
    result: ReportResult,
    path: Path,
    words: Words = str,
    *,
    overwrite: bool = False,
) -> Path:
    """One report's chart as a PNG picture, the same drawing as on screen."""
    from db.reports.charts import figure_for, png

    return _export(db, actor, [result], path, overwrite, "png",
                   lambda: png(figure_for(result, words)))  # fmt: skip
