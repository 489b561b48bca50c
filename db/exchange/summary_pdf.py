"""A patient's whole record as a readable PDF (A4): details, procedures with the threads and
lots placed, follow-ups with what each review found, complications and consents."""

from __future__ import annotations

import io
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, Spacer, TableStyle

from db.exchange.gather import Catalogue, PatientData
from db.print_style import (
    CELL,
    CELL_HEAD,
    FONT,
    HEADING,
    SMALL,
    TITLE,
    build_lock,
    register_fonts,
)
from db.vocabulary import (
    AREAS,
    COMPLICATION_TYPES,
    CONSENT_METHODS,
    CONSENT_PURPOSES,
    OUTCOMES,
    SIDES,
    term,
)

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
STATUS = {"planned": "Booked", "attended": "Attended", "no_show": "No-show",
          "cancelled": "Cancelled"}  # fmt: skip


def _p(text: str, style: object = CELL) -> Paragraph:
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _grid(head: list[str], rows: list[list[str]], shares: list[float]) -> list[object]:
    if not rows:
        return [_p("None recorded.", SMALL)]
    total = sum(shares)
    table = LongTable(
        [[_p(h, CELL_HEAD) for h in head], *[[_p(c) for c in row] for row in rows]],
        colWidths=[WIDTH * s / total for s in shares],
        repeatRows=1,
    )
    table.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.HexColor("#1f5f66")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f2f6f7")]),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))  # fmt: skip
    return [table]


def _local(moment: datetime | None) -> str:
    return f"{moment.astimezone():%d/%m/%Y %H:%M}" if moment is not None else ""


def _story(data: PatientData, catalogue: Catalogue, clinic: str, now: datetime) -> list[object]:
    p = data.patient
    story: list[object] = [
        _p(clinic, HEADING) if clinic else Spacer(1, 1),
        _p(f"Patient record: {p.full_name} ({p.mrn})", TITLE),
        _p(f"Made on {_local(now)}. Everything the clinic has recorded about this patient.", SMALL),
        _p("Details", HEADING),
    ]
    details = [
        ["Date of birth", f"{p.date_of_birth:%d/%m/%Y}"], ["Sex", p.sex], ["Phone", p.phone],
        ["Email", p.email], ["Address", p.address], ["Language", p.language],
        ["Allergies", p.allergies or "None recorded"], ["Medical notes", p.medical_notes],
    ]  # fmt: skip
    story += _grid(["", ""], [row for row in details if row[1]], [1, 3])
    story.append(_p("Procedures and threads placed", HEADING))
    rows = []
    for procedure in data.procedures:
        doctor = catalogue.users.get(procedure.doctor_id)
        for placement in data.placements.get(procedure.id, []):
            lot = catalogue.lots[placement.lot_id]
            product = lot.product
            performed = _local(procedure.performed_at)
            if procedure.voided_at is not None:
                performed += f"\nVOIDED: {procedure.void_reason}"
            rows.append([
                performed, doctor.full_name if doctor else "",
                f"{term(AREAS, placement.area).en}, {term(SIDES, placement.side).en.lower()}",
                f"{product.manufacturer} {product.name} ({product.material})",
                f"{lot.lot_number}\nexpires {lot.expiry_date:%d/%m/%Y}",
                str(placement.thread_count),
                _local(procedure.consent_at) if procedure.consent_obtained
                else "No consent recorded",
            ])  # fmt: skip
    story += _grid(["Performed", "Doctor", "Area", "Product", "Lot", "Threads", "Consent given"],
                   rows, [1.4, 1.3, 1.5, 1.7, 1.8, 1.2, 1.4])  # fmt: skip
    story.append(_p("Follow-up visits", HEADING))
    rows = []
    for follow_up in data.follow_ups:
        review = data.reviews.get(follow_up.id)
        found = ""
        if review is not None:
            parts = []
            if review.gais_score is not None:
                parts.append(f"GAIS {review.gais_score} ({review.gais_scale})")
            if review.satisfaction is not None:
                parts.append(f"satisfaction {review.satisfaction}/5")
            if review.notes:
                parts.append(review.notes)
            found = "; ".join(parts)
        rows.append([follow_up.label, _local(follow_up.due_at),
                     STATUS.get(follow_up.status, follow_up.status), found])  # fmt: skip
    story += _grid(["Review", "Due", "Status", "Found"], rows, [1, 1.3, 1, 4])
    story.append(_p("Consents", HEADING))
    rows = []
    for consent in data.consents:
        text = catalogue.consent_texts.get(consent.text_id or 0)
        how = term(CONSENT_METHODS, consent.method).en
        if consent.witness:
            how += f" (witness: {consent.witness})"
        withdrawn = ""
        if consent.withdrawn_at is not None:
            withdrawn = f"Withdrawn {_local(consent.withdrawn_at)}"
        agreed = f"{text.title}, version {text.version_no}" if text else ""
        purpose = term(CONSENT_PURPOSES, consent.purpose).en
        rows.append([purpose, _local(consent.given_at), how, agreed, withdrawn])
    story += _grid(["Purpose", "Given", "How", "Text agreed to", "Withdrawn"], rows,
                   [1.6, 1.2, 1.6, 2.2, 1.3])  # fmt: skip
    story.append(_p("Complications", HEADING))
    rows = [
        [f"{c.onset_date:%d/%m/%Y}", c.kind_other or term(COMPLICATION_TYPES, c.kind).en,
         term(AREAS, c.area).en, f"{c.severity}" + (" (serious)" if c.serious else ""),
         term(OUTCOMES, c.outcome).en, f"{c.resolution_date:%d/%m/%Y}" if c.resolution_date else "",
         c.notes]
        for c in data.complications
    ]  # fmt: skip
    story += _grid(["Onset", "Type", "Area", "Severity", "Outcome", "Resolved", "Notes"], rows,
                   [1.3, 1.8, 1.3, 1.2, 1.5, 1.3, 2])  # fmt: skip
    return story


def summary_pdf(data: PatientData, catalogue: Catalogue, clinic: str, now: datetime) -> bytes:
    out = io.BytesIO()
    with build_lock:
        register_fonts()
        document = SimpleDocTemplate(
            out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
            bottomMargin=MARGIN, title=f"Patient record {data.patient.mrn}", author="Threadbook",
        )  # fmt: skip
        document.build(_story(data, catalogue, clinic, now))
    return out.getvalue()
