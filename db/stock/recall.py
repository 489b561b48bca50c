"""Lot recall: every patient who received threads from a lot, with how to reach them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import or_, select

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.consent.records import consent_given
from db.models import Lot, Patient, Placement, Procedure, ThreadProduct, User
from db.stock.lots import lot_key
from db.storage.database import Database


@dataclass(frozen=True)
class RecallRow:
    patient_id: int
    full_name: str
    mrn: str
    phone: str
    contact_consent: bool
    procedure_id: int
    performed_at: datetime
    area: str
    area_other: str
    side: str
    thread_count: int
    doctor: str
    product: str
    lot_number: str
    expiry_date: date


def recall_query(lot_number: str, product_text: str | None = None) -> Any:
    query = (
        select(
            Patient.id,
            Patient.full_name,
            Patient.mrn,
            Patient.phone,
            consent_given("reminders"),
            Procedure.id,
            Procedure.performed_at,
            Placement.area,
            Placement.area_other,
            Placement.side,
            Placement.thread_count,
            User.full_name,
            ThreadProduct.manufacturer + " " + ThreadProduct.name,
            Lot.lot_number,
            Lot.expiry_date,
        )
        .select_from(Lot)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .join(Placement, Placement.lot_id == Lot.id)
        .join(Procedure, Procedure.id == Placement.procedure_id)
        .join(Patient, Patient.id == Placement.patient_id)
        .join(User, User.id == Procedure.doctor_id)
        .where(Lot.lot_key == lot_key(lot_number), Procedure.voided_at.is_(None))
        .order_by(Patient.search_name, Procedure.performed_at, Placement.id)
    )
    text = (product_text or "").strip()
    if text:
        query = query.where(
            or_(
                ThreadProduct.name.ilike(f"%{text}%"),
                ThreadProduct.manufacturer.ilike(f"%{text}%"),
                ThreadProduct.gtin == text.zfill(14),
            )
        )
    return query


def patients_with_lot(
    db: Database, actor: Actor, lot_number: str, product_text: str | None = None
) -> list[RecallRow]:
    """Who received this lot (any product with that lot number, unless narrowed)."""
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_READ)
        rows = [RecallRow(*row) for row in session.execute(recall_query(lot_number, product_text))]
        audit.record_event(
            session,
            "recall_search",
            "lot",
            lot_key(lot_number),
            None,
            {"product": product_text or "", "patients": len({r.patient_id for r in rows})},
        )
        return rows


def record_export(db: Database, actor: Actor, what: str, rows: int, destination: str) -> None:
    """Audit an export of patient data (CSV, PDF) by whoever made it."""
    with db.write(actor) as session:
        authorize(session, actor, Permission.PRINT)
        audit.record_event(
            session, "export", what, "", None, {"rows": rows, "destination": destination}
        )


def recall_csv_rows(rows: list[RecallRow]) -> list[list[str]]:
    """The rows as exported (shared by the page and the command line)."""
    out = [["patient", "mrn", "phone", "contact_consent", "procedure_id", "procedure_date",
            "area", "side", "threads", "doctor", "product", "lot", "expiry"]]  # fmt: skip
    for r in rows:
        out.append(
            [r.full_name, r.mrn, r.phone, "yes" if r.contact_consent else "no", str(r.procedure_id),
             r.performed_at.astimezone().date().isoformat(), r.area if r.area != "other" else
             f"other: {r.area_other}", r.side, str(r.thread_count), r.doctor, r.product,
             r.lot_number, r.expiry_date.isoformat()]
        )  # fmt: skip
    return out
