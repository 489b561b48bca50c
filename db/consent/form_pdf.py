"""The consent form as an A4 PDF: the exact text version agreed to, the patient, the signature,
the date and the staff member. Printed for the patient or saved; both are audited."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, SimpleDocTemplate, Spacer, Table

from db.access.permissions import Actor, Permission, authorize
from db.aftercare.output import write_atomically
from db.audit import chain as audit
from db.consent.records import ConsentRecord, consent_record
from db.consent.texts import ConsentTextRecord
from db.errors import ThreadbookError
from db.models import Consent, ConsentSignature, ConsentText, Patient
from db.print_style import (
    BODY,
    BULLET,
    CLINIC,
    LABEL,
    SMALL,
    TITLE,
    VALUE,
    build_lock,
    register_fonts,
    styled,
)
from db.settings import read_settings
from db.storage.database import Database
from db.vocabulary import AREAS, CONSENT_METHODS, MATERIALS, WITHDRAWAL_METHODS, term
from db.wording import say

# The frame keeps reportlab's 6 pt padding on each side; tables fill what is inside it.
PAGE_WIDTH = A4[0]
WIDTH = PAGE_WIDTH - 32 * mm - 12

WORDS = {
    "en": {
        "patient": "Patient",
        "mrn": "Record number",
        "born": "Date of birth",
        "areas": "Areas to be treated",
        "materials": "Thread materials",
        "given": "Consent given on",
        "how": "How it was given",
        "staff": "Obtained by",
        "witness": "Witness",
        "signature": "Patient's signature",
        "version": "Text version",
        "no_signature": "Signed on the paper form kept in the record.",
        "spoken": "Given aloud; no signature.",
        "withdrawn": "WITHDRAWN on {date} ({how}). Nothing is done on the basis of this consent "
        "from that date.",
        "hash": "Signature fingerprint (SHA-256)",
        "printed": "Printed on {date}",
    },
    "vi": {
        "patient": "Khách hàng",
        "mrn": "Mã hồ sơ",
        "born": "Ngày sinh",
        "areas": "Vùng điều trị",
        "materials": "Loại chỉ",
        "given": "Ngày đồng ý",
        "how": "Hình thức",
        "staff": "Nhân viên tiếp nhận",
        "witness": "Người chứng kiến",
        "signature": "Chữ ký của khách hàng",
        "version": "Phiên bản văn bản",
        "no_signature": "Đã ký trên phiếu giấy lưu trong hồ sơ.",
        "spoken": "Đồng ý bằng lời; không có chữ ký.",
        "withdrawn": "ĐÃ RÚT LẠI ngày {date} ({how}). Kể từ ngày đó không thực hiện việc gì "
        "dựa trên sự đồng ý này.",
        "hash": "Dấu vân tay chữ ký (SHA-256)",
        "printed": "In ngày {date}",
    },
}


@dataclass(frozen=True)
class ConsentForm:
    consent: ConsentRecord
    patient_id: int
    pdf: bytes


@dataclass(frozen=True)
class _Facts:
    consent: ConsentRecord
    text: ConsentTextRecord
    clinic: tuple[str, str, str]
    patient: tuple[str, str, date]
    signature_png: bytes | None
    printed: datetime


def _p(text: str, style: object = BODY) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _details(facts: _Facts, words: dict[str, str], language: str) -> Table:
    consent = facts.consent
    name, mrn, born = facts.patient
    rows = [
        [_p(words["patient"], LABEL), _p(name, VALUE), _p(words["mrn"], LABEL), _p(mrn, VALUE)],
        [
            _p(words["born"], LABEL),
            _p(born.strftime("%d/%m/%Y"), VALUE),
            _p(words["version"], LABEL),
            _p(f"{facts.text.version_no} ({facts.text.language})", VALUE),
        ],
    ]
    if consent.purpose == "treatment":
        areas = ", ".join(term(AREAS, code).label(language) for code in consent.areas)
        materials = ", ".join(term(MATERIALS, code).label(language) for code in consent.materials)
        rows.append(
            [
                _p(words["areas"], LABEL),
                _p(areas, VALUE),
                _p(words["materials"], LABEL),
                _p(materials, VALUE),
            ]
        )
    table = Table(rows, colWidths=[30 * mm, WIDTH / 2 - 30 * mm, 30 * mm, WIDTH / 2 - 30 * mm])
    styled(table, [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return table


def _signed(facts: _Facts, words: dict[str, str], language: str) -> list[object]:
    consent = facts.consent
    given = consent.given_at.astimezone().strftime("%d/%m/%Y %H:%M")
    how = term(CONSENT_METHODS, consent.method).label(language)
    rows = [
        [_p(words["given"], LABEL), _p(given, VALUE)],
        [_p(words["how"], LABEL), _p(how, VALUE)],
        [_p(words["staff"], LABEL), _p(consent.obtained_by or "—", VALUE)],
    ]
    if consent.witness:
        rows.append([_p(words["witness"], LABEL), _p(consent.witness, VALUE)])
    if facts.signature_png is not None:
        mark: object = Image(io.BytesIO(facts.signature_png), 75 * mm, 25 * mm)
    elif consent.method == "oral":
        mark = _p(words["spoken"], SMALL)
    else:
        mark = _p(words["no_signature"], SMALL)
    left = Table(rows, colWidths=[34 * mm, WIDTH / 2 - 34 * mm])
    styled(left, [("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    right = [_p(words["signature"], LABEL), mark]
    if consent.signature_sha256:
        right.append(_p(f"{words['hash']}: {consent.signature_sha256}", SMALL))
    table = Table([[left, right]], colWidths=[WIDTH / 2, WIDTH / 2])
    styled(
        table,
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("BOX", (1, 0), (1, 0), 0.6, "#b9c7c9"),
        ],
    )
    out: list[object] = [table]
    if consent.withdrawn_at is not None:
        out.append(Spacer(1, 4 * mm))
        out.append(
            _p(
                words["withdrawn"].format(
                    date=consent.withdrawn_at.astimezone().strftime("%d/%m/%Y"),
                    how=term(WITHDRAWAL_METHODS, consent.withdrawal_method).label(language),
                ),
                VALUE,
            )
        )
    return out


def render_form(facts: _Facts) -> bytes:
    register_fonts()  # before any paragraph is made: they look their fonts up at once
    language = facts.text.language
    words = WORDS[language]
    name, address, phone = facts.clinic
    story: list[object] = [_p(name, CLINIC)]
    story += [_p(line, SMALL) for line in (address, phone) if line]
    story += [
        Spacer(1, 3 * mm),
        _p(facts.text.title.upper(), TITLE),
        Spacer(1, 2 * mm),
        _details(facts, words, language),
        Spacer(1, 4 * mm),
    ]
    for kind, line in facts.text.paragraphs():
        story.append(
            Paragraph(escape(line), BULLET, bulletText="•") if kind == "bullet" else _p(line)
        )
    story.append(Spacer(1, 6 * mm))
    story += _signed(facts, words, language)
    story += [
        Spacer(1, 4 * mm),
        _p(words["printed"].format(date=facts.printed.astimezone().strftime("%d/%m/%Y")), SMALL),
    ]
    buffer = io.BytesIO()
    with build_lock:
        document = SimpleDocTemplate(
            buffer,
            leftMargin=16 * mm,
            rightMargin=16 * mm,
            topMargin=12 * mm,
            bottomMargin=14 * mm,
            title=facts.text.title,
            author=name,
        )
        document.build(story)
    return buffer.getvalue()


def _facts(db: Database, actor: Actor, consent_id: int) -> tuple[_Facts, int]:
    with db.read() as session:
        authorize(session, actor, Permission.PRINT)
        consent = consent_record(session, consent_id)
        if consent.text_id is None:
            raise ThreadbookError(
                say(
                    "This consent was ticked in a box before consent forms existed; there is "
                    "no form to print. Record a new consent with the patient if one is needed."
                )
            )
        text = session.get_one(ConsentText, consent.text_id)
        patient = session.get_one(Patient, consent.patient_id)
        signature = session.scalars(
            ConsentSignature.__table__.select()
            .with_only_columns(ConsentSignature.image_png)
            .where(ConsentSignature.consent_id == consent_id)
        ).first()
        settings = read_settings(session)
        record = ConsentTextRecord(
            text.id,
            text.purpose,
            text.language,
            text.version_no,
            text.title,
            text.body,
            text.source,
            text.created_at,
        )
        facts = _Facts(
            consent,
            record,
            (settings["clinic_name"], settings["clinic_address"], settings["clinic_phone"]),
            (patient.full_name, patient.mrn, patient.date_of_birth),
            signature,
            db.clock(),
        )
        return facts, patient.id


def make_form(db: Database, actor: Actor, consent_id: int) -> ConsentForm:
    """The form for a look on screen (not audited: nothing leaves the program)."""
    facts, patient_id = _facts(db, actor, consent_id)
    return ConsentForm(facts.consent, patient_id, render_form(facts))


def _hand_over(
    db: Database,
    actor: Actor,
    consent_id: int,
    action: str,
    destination: str,
    deliver: Callable[[bytes], None],
) -> ConsentForm:
    form = make_form(db, actor, consent_id)
    with db.write(actor) as session:
        authorize(session, actor, Permission.PRINT)
        audit.record_event(
            session,
            action,
            Consent.__tablename__,
            consent_id,
            form.patient_id,
            {"sheet": "consent form", "destination": destination},
        )
        deliver(form.pdf)  # inside the transaction: a failed hand-over rolls its audit row back
    return form


def export_form(
    db: Database, actor: Actor, consent_id: int, path: Path, *, overwrite: bool = False
) -> ConsentForm:
    path = path.expanduser().resolve()
    return _hand_over(
        db,
        actor,
        consent_id,
        "export",
        str(path),
        lambda pdf: write_atomically(path, pdf, overwrite),
    )


def print_form(
    db: Database, actor: Actor, consent_id: int, printer: str, send: Callable[[bytes], None]
) -> ConsentForm:
    return _hand_over(db, actor, consent_id, "print", printer, send)
