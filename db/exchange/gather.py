"""Everything recorded about a group of patients, read in a few queries (the same path serves
one patient's file and the whole clinic in chunks)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import (
    Complication,
    Consent,
    ConsentText,
    FollowUp,
    Lot,
    Patient,
    Placement,
    Procedure,
    Review,
    ThreadProduct,
    User,
)


@dataclass
class PatientData:
    patient: Patient
    procedures: list[Procedure] = field(default_factory=list)
    placements: dict[int, list[Placement]] = field(default_factory=dict)  # by procedure id
    follow_ups: list[FollowUp] = field(default_factory=list)
    reviews: dict[int, Review] = field(default_factory=dict)  # by follow-up id
    complications: list[Complication] = field(default_factory=list)
    consents: list[Consent] = field(default_factory=list)


@dataclass
class Catalogue:
    """Lots, products and staff referred to, shared by every patient of an export."""

    lots: dict[int, Lot] = field(default_factory=dict)
    products: dict[int, ThreadProduct] = field(default_factory=dict)
    users: dict[int, User] = field(default_factory=dict)
    consent_texts: dict[int, ConsentText] = field(default_factory=dict)


def gather(session: Session, patient_ids: list[int], catalogue: Catalogue) -> list[PatientData]:
    patients = session.scalars(
        select(Patient).where(Patient.id.in_(patient_ids)).order_by(Patient.id)
    )
    out = {p.id: PatientData(p) for p in patients}
    for procedure in session.scalars(
        select(Procedure)
        .where(Procedure.patient_id.in_(patient_ids))
        .order_by(Procedure.performed_at, Procedure.id)
    ):
        out[procedure.patient_id].procedures.append(procedure)
    placements: dict[int, list[Placement]] = defaultdict(list)
    for placement in session.scalars(
        select(Placement).where(Placement.patient_id.in_(patient_ids)).order_by(Placement.id)
    ):
        placements[placement.procedure_id].append(placement)
        out[placement.patient_id].placements.setdefault(placement.procedure_id, []).append(
            placement
        )
    for follow_up in session.scalars(
        select(FollowUp)
        .where(FollowUp.patient_id.in_(patient_ids))
        .order_by(FollowUp.due_at, FollowUp.id)
    ):
        out[follow_up.patient_id].follow_ups.append(follow_up)
    for review in session.scalars(select(Review).where(Review.patient_id.in_(patient_ids))):
        out[review.patient_id].reviews[review.follow_up_id] = review
    for complication in session.scalars(
        select(Complication)
        .where(Complication.patient_id.in_(patient_ids))
        .order_by(Complication.onset_date, Complication.id)
    ):
        out[complication.patient_id].complications.append(complication)
    for consent in session.scalars(
        select(Consent)
        .where(Consent.patient_id.in_(patient_ids))
        .order_by(Consent.given_at, Consent.id)
    ):
        out[consent.patient_id].consents.append(consent)
    _fill_catalogue(session, catalogue, placements, out.values())
    return list(out.values())


def _fill_catalogue(
    session: Session,
    catalogue: Catalogue,
    placements: dict[int, list[Placement]],
    records: Iterable[PatientData],
) -> None:
    lot_ids = {p.lot_id for group in placements.values() for p in group} - set(catalogue.lots)
    if lot_ids:
        for lot in session.scalars(select(Lot).where(Lot.id.in_(lot_ids))):
            catalogue.lots[lot.id] = lot
            catalogue.products.setdefault(lot.product_id, lot.product)
    user_ids: set[int] = set()
    text_ids: set[int] = set()
    for data in records:
        for consent in data.consents:
            if consent.text_id is not None:
                text_ids.add(consent.text_id)
            if consent.obtained_by_id is not None:
                user_ids.add(consent.obtained_by_id)
        for procedure in data.procedures:
            user_ids.add(procedure.doctor_id)
        for review in data.reviews.values():
            user_ids.add(review.doctor_id)
        for complication in data.complications:
            if complication.recorded_by_id is not None:
                user_ids.add(complication.recorded_by_id)
    texts = text_ids - set(catalogue.consent_texts)
    if texts:
        for text in session.scalars(select(ConsentText).where(ConsentText.id.in_(texts))):
            catalogue.consent_texts[text.id] = text
    missing = user_ids - set(catalogue.users)
    if missing:
        for user in session.scalars(select(User).where(User.id.in_(missing))):
            catalogue.users[user.id] = user
