"""The one-page procedure record: who, when, under which consent, each placement and its lot,
and the thread map drawn large. For the clinic's file or the next doctor.

Making it is a look (like the aftercare sheet's preview); saving or printing it hands patient
data out, so each is audited in the same transaction as the hand-over.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
)
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.aftercare.output import write_atomically
from db.audit import chain as audit
from db.errors import NotFound, ThreadbookError, ValidationError
from db.models import Consent, Patient, Procedure
from db.print_style import (
    ACCENT,
    CELL,
    CELL_HEAD,
    FONT,
    HEADING,
    LABEL,
    PALE,
    RULE,
    SMALL,
    TITLE,
    VALUE,
    build_lock,
    register_fonts,
    styled,
)
from db.record.procedures import ProcedureRecord, procedure_record
from db.settings import read_settings
from db.storage.database import Database
from db.threadmap.geometry import VIEWS
from db.threadmap.pdf_map import MapLine, ThreadMap, legend_name
from db.threadmap.record_words import RecordWords, record_words
from db.vocabulary import ANAESTHESIA, CONSENT_METHODS, SIDES, term
from db.wording import say

SHEET = "procedure_record"
MARGIN = 14 * mm
WIDTH = A4[0] - 2 * MARGIN
HEIGHT = A4[1] - 2 * MARGIN - 8 * mm  # room for the footer line


def _text(value: str) -> str:
    return escape(value).replace("\n", "<br/>")


def _when(moment: datetime) -> str:
    return moment.astimezone().strftime("%d/%m/%Y %H:%M")


def _facts(rows: list[tuple[str, str]]) -> Table:
    cells = [[Paragraph(_text(k), LABEL), Paragraph(_text(v), CELL)] for k, v in rows if v]
    table = Table(cells, colWidths=[38 * mm, WIDTH - 38 * mm])
    everything = ((0, 0), (-1, -1))
    styled(
        table,
        [
            ("VALIGN", *everything, "TOP"),
            ("BACKGROUND", *everything, PALE),
            ("TOPPADDING", *everything, 1.5),
            ("BOTTOMPADDING", *everything, 1.5),
        ],
    )
    return table


def _consent(session: Session, record: ProcedureRecord, words: RecordWords, language: str) -> str:
    consent = session.get(Consent, record.consent_id) if record.consent_id else None
    if consent is None:
        return words.no_consent
    return words.consent_line.format(
        method=term(CONSENT_METHODS, consent.method).label(language),
        given_at=_when(consent.given_at),
        consent_id=consent.id,
    )


def _placements(record: ProcedureRecord, words: RecordWords, language: str) -> Table:
    head = [words.number, words.area, words.product, words.material, words.count, words.drawn,
            words.lot, words.expiry]  # fmt: skip
    rows: list[list[Flowable]] = [[Paragraph(_text(h), CELL_HEAD) for h in head]]
    for number, p in enumerate(record.placements, start=1):
        side = term(SIDES, p.side).label(language)
        side = side[:1].lower() + side[1:]  # inside a phrase: "Jowls – both sides"
        rows.append(
            [
                Paragraph(f"<b>{number}</b>", CELL),
                Paragraph(_text(f"{p.area_label(language)} – {side}"), CELL),
                Paragraph(_text(p.product), CELL),
                Paragraph(_text(p.material), CELL),
                Paragraph(str(p.thread_count), CELL),
                Paragraph(str(len(p.lines)) if p.lines else "–", CELL),
                Paragraph(f"<b>{_text(p.lot_number)}</b>", CELL),
                Paragraph(p.expiry_date.strftime("%d/%m/%Y"), CELL),
            ]
        )
    # Each narrow column fits its one-word heading in either language, a lot number and a date
    # on one line; area and product wrap between words.
    widths = [11 * mm, 35 * mm, 30 * mm, 20 * mm, 18 * mm, 16 * mm, 30 * mm]
    table = Table(rows, colWidths=[*widths, WIDTH - sum(widths)], repeatRows=1)
    styled(
        table,
        [
            ("BACKGROUND", (0, 0), (-1, 0), PALE),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ],
    )
    return table


def _map(record: ProcedureRecord, words: RecordWords, language: str) -> list[Flowable]:
    lines = [
        MapLine(line, p.material, number)
        for number, p in enumerate(record.placements, start=1)
        for line in p.lines
    ]
    if not lines:
        return [Paragraph(_text(words.map), HEADING), Paragraph(_text(words.no_map), CELL)]
    views = len({m.line.view for m in lines})
    # One row of views, as large as the page allows: one view about a third of the width.
    width = min(WIDTH, 62 * mm * views + 2 * mm * (views - 1))
    drawing = ThreadMap(
        lines,
        width,
        FONT,
        lambda view: term(VIEWS, view).label(language),
        columns=views,
        material_label=lambda code: legend_name(code, language),
    )
    return [Paragraph(_text(words.map), HEADING), drawing, Paragraph(_text(words.map_note), SMALL)]


def _story(session: Session, record: ProcedureRecord, language: str) -> list[Flowable]:
    words = record_words(language)
    settings = read_settings(session)
    patient = session.get(Patient, record.patient_id)
    if patient is None:
        raise NotFound(say("The patient of procedure {id} does not exist.", id=record.id))
    clinic = [Paragraph(_text(settings.clinic_name), VALUE)]
    contact = ", ".join(v for v in (settings.clinic_address.replace("\n", ", "),
                                    settings.clinic_phone) if v)  # fmt: skip
    if contact:
        clinic.append(Paragraph(_text(contact), SMALL))
    facts = _facts(
        [
            (words.patient, patient.full_name),
            (words.mrn, patient.mrn),
            (words.date_of_birth, patient.date_of_birth.strftime("%d/%m/%Y")),
            (words.performed, _when(record.performed_at)),
            (words.doctor, record.doctor),
            (words.nurse, record.nurse),
            (words.anaesthesia, term(ANAESTHESIA, record.anaesthesia).label(language)),
            (words.consent, _consent(session, record, words, language)),
            (words.reason, record.contraindication_reason),
            (words.notes, record.notes),
        ]
    )
    return [
        *clinic,
        Paragraph(_text(words.title.upper()), TITLE),
        facts,
        Paragraph(_text(words.placements), HEADING),
        _placements(record, words, language),
        *_map(record, words, language),
    ]


def _language(session: Session, record: ProcedureRecord, language: str | None) -> str:
    patient = session.get(Patient, record.patient_id)
    chosen = language or (patient.language if patient else "") or "vi"
    if chosen not in ("vi", "en"):
        raise ValidationError({"language": say("Choose Vietnamese (vi) or English (en).")})
    return chosen


def _render(session: Session, record: ProcedureRecord, language: str, printed: str) -> bytes:
    register_fonts()
    words = record_words(language)
    patient = session.get_one(Patient, record.patient_id)
    footer = words.footer.format(name=patient.full_name, mrn=patient.mrn, procedure_id=record.id)
    content = _story(session, record, language)

    def draw_footer(canvas: Canvas, document: object) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7.5)
        canvas.drawString(MARGIN, MARGIN - 2 * mm, footer)
        canvas.drawRightString(MARGIN + WIDTH, MARGIN - 2 * mm, words.printed.format(day=printed))
        canvas.restoreState()

    buffer = io.BytesIO()
    with build_lock:
        document = SimpleDocTemplate(
            buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN + 8 * mm, title=f"{words.title}: {patient.full_name}",
            author=read_settings(session).clinic_name, creator="Threadbook", lang=language,
            initialFontName=FONT,
        )  # fmt: skip
        # Always one page: a very long procedure is drawn a little smaller rather than split.
        page = KeepInFrame(WIDTH, HEIGHT, [*content, Spacer(1, 1)], mode="shrink")
        document.build([page], onFirstPage=draw_footer, onLaterPages=draw_footer)
    return buffer.getvalue()


def _record(session: Session, actor: Actor, procedure_id: int) -> ProcedureRecord:
    authorize(session, actor, Permission.PRINT)
    record = procedure_record(session, procedure_id)
    if record.voided:
        raise ThreadbookError(
            say(
                "Procedure {procedure_id} was voided, so it has no procedure record.",
                procedure_id=procedure_id,
            )
        )
    return record


def procedure_record_pdf(
    db: Database, actor: Actor, procedure_id: int, language: str | None = None
) -> bytes:
    """The record as PDF bytes, for a look on screen (not audited: nothing leaves the program).
    `language` None prints in the patient's own language."""
    with db.read() as session:
        record = _record(session, actor, procedure_id)
        return _render(session, record, _language(session, record, language), _today(db))


def _today(db: Database) -> str:
    return db.today().strftime("%d/%m/%Y")


def hand_over_record(
    db: Database,
    actor: Actor,
    procedure_id: int,
    language: str | None,
    action: str,
    destination: str,
    deliver: Callable[[bytes], None],
) -> bytes:
    """Make the record and hand it over (`action` "export" or "print"), audited with it."""
    with db.write(actor) as session:
        record = _record(session, actor, procedure_id)
        chosen = _language(session, record, language)
        pdf = _render(session, record, chosen, _today(db))
        audit.record_event(
            session, action, Procedure.__tablename__, procedure_id, record.patient_id,
            {"sheet": SHEET, "language": chosen, "pages": 1, "destination": destination},
        )  # fmt: skip
        # Inside the transaction: if the hand-over fails, the audit row is rolled back with it.
        deliver(pdf)
    return pdf


def export_procedure_record(
    db: Database,
    actor: Actor,
    procedure_id: int,
    path: Path,
    language: str | None = None,
    *,
    overwrite: bool = False,
) -> bytes:
    """Save the record as a PDF file (audited as an export to that path)."""
    path = path.expanduser().resolve()
    return hand_over_record(
        db, actor, procedure_id, language, "export", str(path),
        lambda pdf: write_atomically(path, pdf, overwrite),
    )  # fmt: skip


def print_procedure_record(
    db: Database,
    actor: Actor,
    procedure_id: int,
    language: str | None,
    printer: str,
    send: Callable[[bytes], None],
) -> bytes:
    """Send the record to a printer through `send` (the window's printing), audited as a print."""
    return hand_over_record(db, actor, procedure_id, language, "print", printer, send)
