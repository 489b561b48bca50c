"""Complication rates by material, product, lot, doctor or area over a period.

A patient counts once per group and type: as treated when they had a procedure in the period
with threads in the group, as a case when such a procedure led to a complication of the type.
A complication tied to one placement counts against that placement's lot; one tied to the whole
procedure counts against every lot the procedure used (as the lot signals count it).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session

from db.access.permissions import Actor
from db.models import Complication, Lot, Placement, Procedure, ThreadProduct, User
from db.reports.scope import (
    Interval,
    ReportFilter,
    open_report,
    procedures_in,
    product_conditions,
    product_label,
    wilson,
)
from db.stock.lot_signals import Signal, compute_signals
from db.storage.database import Database
from db.vocabulary import AREAS, COMPLICATION_TYPES, MATERIALS, REFERENCE_RATES, term
from db.wording import language, say

ANY = ""  # the kind of a row counting patients with any complication


class GroupBy(StrEnum):
    MATERIAL = "material"
    PRODUCT = "product"
    LOT = "lot"
    DOCTOR = "doctor"
    AREA = "area"


@dataclass(frozen=True)
class RateRow:
    """One group and complication type (ANY: every type together).

    Attributes:
        reference_rate: the published share of treated patients, None where none is published.
        signal: the lot or product is flagged for this type by the lot signals (all time).
    """

    group_key: str
    group: str
    kind: str
    cases: int
    treated: int
    interval: Interval
    reference_rate: float | None
    reference_source: str
    signal: bool

    @property
    def rate(self) -> float:
        return self.cases / self.treated if self.treated else 0.0

    @property
    def kind_label(self) -> str:
        if self.kind:
            return term(COMPLICATION_TYPES, self.kind).label(language())
        return say("Any complication")


def _key(group_by: GroupBy, area: Any) -> Any:
    return {
        GroupBy.MATERIAL: ThreadProduct.material,
        GroupBy.PRODUCT: ThreadProduct.id,
        GroupBy.LOT: Lot.id,
        GroupBy.DOCTOR: Procedure.doctor_id,
        GroupBy.AREA: area,
    }[group_by]


def _joined(query: Any, placement_id: Any, start: Any) -> Any:
    if start is not Placement:
        query = query.select_from(start).join(Placement, Placement.id == placement_id)
    else:
        query = query.select_from(Placement)
    return (
        query.join(Procedure, Procedure.id == Placement.procedure_id)
        .join(Lot, Lot.id == Placement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
    )


def _exposures() -> Any:
    """(complication patient, kind, area, placement) for each placement a complication counts
    against."""
    columns = (Complication.patient_id, Complication.kind, Complication.area)
    direct = select(*columns, Placement.id.label("placement_id")).join(
        Placement, Placement.id == Complication.placement_id
    )
    whole = (
        select(*columns, Placement.id.label("placement_id"))
        .join(Placement, Placement.procedure_id == Complication.procedure_id)
        .where(Complication.placement_id.is_(None))
    )
    return union_all(direct, whole).subquery("exposure")


def _counts(
    session: Session, wanted: ReportFilter, group_by: GroupBy
) -> tuple[dict[str, int], dict[tuple[str, str], int]]:
    where = [*procedures_in(wanted), *product_conditions(wanted)]
    key = _key(group_by, Placement.area)
    treated_query = _joined(
        select(key, func.count(func.distinct(Placement.patient_id))), Placement.id, Placement
    )
    treated = {
        str(k): int(n) for k, n in session.execute(treated_query.where(*where).group_by(key))
    }
    exposure = _exposures()
    case_key = _key(group_by, exposure.c.area)
    patients = func.count(func.distinct(exposure.c.patient_id))
    by_kind = _joined(
        select(case_key, exposure.c.kind, patients), exposure.c.placement_id, exposure
    )
    any_kind = _joined(select(case_key, patients), exposure.c.placement_id, exposure)
    cases: dict[tuple[str, str], int] = {
        (str(k), str(kind)): int(n)
        for k, kind, n in session.execute(by_kind.where(*where).group_by(case_key, exposure.c.kind))
    }
    for k, n in session.execute(any_kind.where(*where).group_by(case_key)):
        cases[(str(k), ANY)] = int(n)
    return treated, cases


def _labels(session: Session, group_by: GroupBy, keys: set[str]) -> dict[str, str]:
    if group_by is GroupBy.MATERIAL:
        return {k: term(MATERIALS, k).label(language()) for k in keys}
    if group_by is GroupBy.AREA:
        return {k: term(AREAS, k).label(language()) for k in keys}
    ids = [int(k) for k in keys]
    if group_by is GroupBy.DOCTOR:
        users = session.scalars(select(User).where(User.id.in_(ids)))
        return {str(u.id): u.full_name for u in users}
    if group_by is GroupBy.PRODUCT:
        products = session.scalars(select(ThreadProduct).where(ThreadProduct.id.in_(ids)))
        return {str(p.id): product_label(p) for p in products}
    lots = session.scalars(select(Lot).where(Lot.id.in_(ids)))
    return {str(lot.id): f"{lot.lot_number} ({product_label(lot.product)})" for lot in lots}


def _flagged(session: Session, group_by: GroupBy) -> set[tuple[str, str]]:
    """(group key, kind) pairs the lot signals flag; only lots and products have signals."""
    if group_by not in (GroupBy.LOT, GroupBy.PRODUCT):
        return set()
    signals: list[Signal] = compute_signals(session, only_flagged=True)
    if group_by is GroupBy.LOT:
        return {(str(s.lot_id), s.kind) for s in signals if s.scope == "lot"}
    return {(str(s.product_id), s.kind) for s in signals if s.scope == "product"}


def complication_rates(
    db: Database, actor: Actor, wanted: ReportFilter, group_by: GroupBy
) -> list[RateRow]:
    """Every group with its any-complication row, and each type that occurred in it."""
    with db.read() as session:
        open_report(session, actor, wanted)
        treated, cases = _counts(session, wanted, group_by)
        labels = _labels(session, group_by, set(treated))
        flagged = _flagged(session, group_by)
    rows: list[RateRow] = []
    for key, patients in treated.items():
        kinds = sorted(kind for (k, kind) in cases if k == key and kind != ANY)
        for kind in (ANY, *kinds):
            count = cases.get((key, kind), 0)
            reference = REFERENCE_RATES.get(kind)
            rows.append(
                RateRow(
                    group_key=key,
                    group=labels.get(key, key),
                    kind=kind,
                    cases=count,
                    treated=patients,
                    interval=wilson(count, patients),
                    reference_rate=reference.rate if reference else None,
                    reference_source=reference.cited() if reference else "",
                    signal=(key, kind) in flagged,
                )
            )
    return sorted(rows, key=lambda r: (r.group.casefold(), r.kind != ANY, r.kind))
