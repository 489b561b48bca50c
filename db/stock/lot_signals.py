"""Lot and product signals: complication counts against published rates, exact binomial test."""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.models import Complication, Lot, Placement, Procedure, ThreadProduct
from db.storage.database import Database
from db.vocabulary import REFERENCE_RATES

ALPHA = Fraction(1, 100)
MIN_CASES = 3


def upper_tail(cases: int, treated: int, rate: Fraction) -> Fraction:
    """P(X >= cases) for X ~ Binomial(treated, rate), exactly.

    With rate = a/b every term C(n, i) a^i (b-a)^(n-i) / b^n shares the denominator b^n, so the
    sum is kept as one integer and each term follows from the last by exact integer steps.
    """
    if cases <= 0:
        return Fraction(1)
    if cases > treated:
        return Fraction(0)
    a, b = rate.numerator, rate.denominator
    rest = b - a
    if rest == 0:
        return Fraction(1)
    term = rest**treated  # i = 0
    below = term
    for i in range(cases - 1):
        term = term * (treated - i) * a // ((i + 1) * rest)
        below += term
    whole = b**treated
    return Fraction(whole - below, whole)


def flagged(cases: int, treated: int, rate: Fraction) -> bool:
    """Improbably many cases for the reference rate: one-sided p < 0.01, at least 3 cases."""
    return cases >= MIN_CASES and upper_tail(cases, treated, rate) < ALPHA


@dataclass(frozen=True)
class Signal:
    scope: str  # "lot" or "product"
    product: str
    lot_number: str
    lot_id: int | None
    product_id: int
    kind: str
    treated: int
    cases: int
    reference_rate: float
    reference_source: str
    p_value: float | None
    flagged: bool

    @property
    def rate(self) -> float:
        return self.cases / self.treated if self.treated else 0.0


def _exposures() -> Any:
    """(complication patient, kind, lot) with the lot of its placement, or every lot of its
    procedure when no placement was named."""
    direct = select(Complication.patient_id, Complication.kind, Placement.lot_id).join(
        Placement, Placement.id == Complication.placement_id
    )
    whole = (
        select(Complication.patient_id, Complication.kind, Placement.lot_id)
        .join(Placement, Placement.procedure_id == Complication.procedure_id)
        .where(Complication.placement_id.is_(None))
    )
    return union(direct, whole).subquery()


def signals(db: Database, actor: Actor, only_flagged: bool = False) -> list[Signal]:
    """Every lot and product with complications of a type that has a reference rate."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        return compute_signals(session, only_flagged)


def compute_signals(session: Session, only_flagged: bool = False) -> list[Signal]:
    """The signals, for a caller that has already checked who is asking."""
    # Voided procedures are few: excluding their ids lets the covering index answer alone.
    live = Placement.procedure_id.not_in(
        select(Procedure.id).where(Procedure.voided_at.is_not(None))
    )
    treated_lot = dict(
        session.execute(
            select(Placement.lot_id, func.count(func.distinct(Placement.patient_id)))
            .where(live)
            .group_by(Placement.lot_id)
        ).all()
    )
    treated_product = dict(
        session.execute(
            select(Lot.product_id, func.count(func.distinct(Placement.patient_id)))
            .join(Placement, Placement.lot_id == Lot.id)
            .where(live)
            .group_by(Lot.product_id)
        ).all()
    )
    exposures = _exposures()
    by_lot = session.execute(
        select(
            exposures.c.lot_id,
            exposures.c.kind,
            func.count(func.distinct(exposures.c.patient_id)),
        ).group_by(exposures.c.lot_id, exposures.c.kind)
    ).all()
    by_product = session.execute(
        select(Lot.product_id, exposures.c.kind, func.count(func.distinct(exposures.c.patient_id)))
        .join(Lot, Lot.id == exposures.c.lot_id)
        .group_by(Lot.product_id, exposures.c.kind)
    ).all()
    lots = {lot.id: (lot.lot_number, lot.product_id) for lot in session.scalars(select(Lot))}
    products = {p.id: f"{p.manufacturer} {p.name}" for p in session.scalars(select(ThreadProduct))}
    out: list[Signal] = []
    for lot_id, kind, cases in by_lot:
        number, product_id = lots[lot_id]
        out.extend(
            _signal(
                "lot",
                products[product_id],
                number,
                lot_id,
                product_id,
                kind,
                treated_lot.get(lot_id, 0),
                cases,
            )
        )
    for product_id, kind, cases in by_product:
        out.extend(
            _signal(
                "product",
                products[product_id],
                "",
                None,
                product_id,
                kind,
                treated_product.get(product_id, 0),
                cases,
            )
        )
    if only_flagged:
        out = [s for s in out if s.flagged]
    return sorted(
        out,
        key=lambda s: (
            not s.flagged,
            s.scope,
            s.p_value if s.p_value is not None else 2,
            s.product,
            s.lot_number,
        ),
    )


def _signal(
    scope: str,
    product: str,
    lot_number: str,
    lot_id: int | None,
    product_id: int,
    kind: str,
    treated: int,
    cases: int,
) -> list[Signal]:
    reference = REFERENCE_RATES.get(kind)
    if reference is None or treated == 0:
        return []
    rate = Fraction(str(reference.rate))
    # At or below the expected count the tail is at least about one half: nothing to compute.
    worth_testing = cases >= MIN_CASES and cases > treated * rate
    tail = upper_tail(cases, treated, rate) if worth_testing else None
    return [
        Signal(
            scope=scope,
            product=product,
            lot_number=lot_number,
            lot_id=lot_id,
            product_id=product_id,
            kind=kind,
            treated=treated,
            cases=cases,
            reference_rate=reference.rate,
            reference_source=reference.cited(),
            p_value=float(tail) if tail is not None else None,
            flagged=tail is not None and tail < ALPHA,
        )
    ]


def lot_flags(db: Database, actor: Actor) -> dict[int, list[str]]:
    """lot id -> the complication types it is flagged for."""
    flags: dict[int, list[str]] = {}
    for signal in signals(db, actor, only_flagged=True):
        if signal.lot_id is not None:
            flags.setdefault(signal.lot_id, []).append(signal.kind)
    return flags
