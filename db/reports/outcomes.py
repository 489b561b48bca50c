"""Outcomes over time: GAIS and satisfaction at each protocol step, by material or product.

A review counts under every material (or product) its procedure used. GAIS is averaged only
among scores given on the same scale, so a 1-5 score never mixes with a 0-4 one.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor
from db.models import FollowUp, Lot, Placement, Procedure, Review, ThreadProduct
from db.record.followups import protocol
from db.reports.complication_rates import GroupBy
from db.reports.scope import (
    ReportFilter,
    open_report,
    procedures_in,
    product_conditions,
    product_label,
)
from db.storage.database import Database
from db.vocabulary import MATERIALS, term
from db.wording import language


@dataclass(frozen=True)
class OutcomeRow:
    """One protocol step for one material or product, on one GAIS scale.

    Attributes:
        step_order: the step's place in the protocol (steps no longer in it come last).
        patients: distinct patients reviewed at this step.
        gais_n, satisfaction_n: reviews that gave a score (either may be left blank).
    """

    step: str
    step_order: int
    group_key: str
    group: str
    gais_scale: str
    patients: int
    gais_mean: float | None
    gais_n: int
    satisfaction_mean: float | None
    satisfaction_n: int


def step_order(session: Session) -> dict[str, int]:
    """Protocol step label -> its place, ordered by how long after the procedure it falls."""
    steps, long_steps = protocol(session)
    ordered = sorted((*steps, *long_steps), key=lambda s: (s.months * 31 + s.days, s.label))
    return {step.label: index for index, step in enumerate(ordered)}


def _groups(wanted: ReportFilter, group_by: GroupBy) -> Any:
    """Distinct (procedure, group key) for the chosen procedures and threads."""
    key = ThreadProduct.material if group_by is GroupBy.MATERIAL else ThreadProduct.id
    return (
        select(Placement.procedure_id.label("procedure_id"), key.label("group_key"))
        .join(Procedure, Procedure.id == Placement.procedure_id)
        .join(Lot, Lot.id == Placement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .where(*procedures_in(wanted), *product_conditions(wanted))
        .distinct()
        .subquery("chosen")
    )


def outcomes(
    db: Database, actor: Actor, wanted: ReportFilter, group_by: GroupBy = GroupBy.MATERIAL
) -> list[OutcomeRow]:
    """Mean GAIS and satisfaction per step and material (or product), with how many patients."""
    if group_by not in (GroupBy.MATERIAL, GroupBy.PRODUCT):
        raise ValueError(group_by)
    with db.read() as session:
        open_report(session, actor, wanted)
        chosen = _groups(wanted, group_by)
        query = (
            select(
                FollowUp.label,
                chosen.c.group_key,
                Review.gais_scale,
                func.count(func.distinct(Review.patient_id)),
                func.avg(Review.gais_score),
                func.count(Review.gais_score),
                func.avg(Review.satisfaction),
                func.count(Review.satisfaction),
            )
            .join(FollowUp, FollowUp.id == Review.follow_up_id)
            .join(chosen, chosen.c.procedure_id == Review.procedure_id)
            .group_by(FollowUp.label, chosen.c.group_key, Review.gais_scale)
        )
        found = session.execute(query).all()
        order = step_order(session)
        labels = _labels(session, group_by, {str(row[1]) for row in found})
    rows = [
        OutcomeRow(
            step=str(label),
            step_order=order.get(str(label), len(order)),
            group_key=str(key),
            group=labels[str(key)],
            gais_scale=str(scale),
            patients=int(patients),
            gais_mean=float(gais) if gais is not None else None,
            gais_n=int(gais_n),
            satisfaction_mean=float(satisfaction) if satisfaction is not None else None,
            satisfaction_n=int(satisfaction_n),
        )
        for label, key, scale, patients, gais, gais_n, satisfaction, satisfaction_n in found
    ]
    return sorted(rows, key=lambda r: (r.group.casefold(), r.gais_scale, r.step_order, r.step))


def _labels(session: Session, group_by: GroupBy, keys: set[str]) -> dict[str, str]:
    if group_by is GroupBy.MATERIAL:
        return {k: term(MATERIALS, k).label(language()) for k in keys}
    products = session.scalars(
        select(ThreadProduct).where(ThreadProduct.id.in_([int(k) for k in keys]))
    )
    return {str(p.id): product_label(p) for p in products}
