"""What every report shares: the filter (period, doctor, material, product), the Wilson
interval, and the checks that the asker may see clinic-wide figures."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import ValidationError
from db.models import Lot, Placement, Procedure, ThreadProduct
from db.vocabulary import MATERIALS, codes
from db.wording import say

# Two-sided 95 %: the normal quantile for 0.975.
Z95 = 1.959963984540054


@dataclass(frozen=True)
class ReportFilter:
    """A period of local calendar days (both ends included) and optional narrowing.

    Procedure-based reports take the procedures performed in the period; stock reports take the
    movements made in it.
    """

    start: date
    end: date
    doctor_id: int | None = None
    material: str | None = None
    product_id: int | None = None

    def check(self) -> None:
        errors: dict[str, str] = {}
        if self.end < self.start:
            errors["end"] = say("The period ends before it starts.")
        elif (self.end - self.start).days > 366 * 20:
            errors["end"] = say("A period may be at most 20 years long.")
        if self.material is not None and self.material not in codes(MATERIALS):
            errors["material"] = say("Unknown thread material.")
        if errors:
            raise ValidationError(errors)

    @property
    def starts_at(self) -> datetime:
        return local_midnight(self.start)

    @property
    def ends_before(self) -> datetime:
        return local_midnight(self.end + timedelta(days=1))


def local_midnight(day: date) -> datetime:
    """The start of a local calendar day, as an aware datetime (stored times are UTC)."""
    return datetime.combine(day, time(0)).astimezone()


@dataclass(frozen=True)
class Interval:
    low: float
    high: float


def wilson(cases: int, total: int, z: float = Z95) -> Interval:
    """Wilson score interval for a proportion: sensible at 0 cases and in small groups, where
    the plain normal interval goes below zero or collapses to a point."""
    if total <= 0:
        return Interval(0.0, 1.0)
    share = cases / total
    z2 = z * z
    centre = (share + z2 / (2 * total)) / (1 + z2 / total)
    half = z * math.sqrt(share * (1 - share) / total + z2 / (4 * total * total)) / (1 + z2 / total)
    return Interval(max(0.0, centre - half), min(1.0, centre + half))


def open_report(session: Session, actor: Actor, wanted: ReportFilter) -> None:
    """Refuse a bad filter or an asker who may not see reports."""
    authorize(session, actor, Permission.REPORTS_VIEW)
    wanted.check()


def procedures_in(wanted: ReportFilter) -> list[Any]:
    """Conditions on Procedure: performed in the period, not voided, by the chosen doctor."""
    conditions: list[Any] = [
        Procedure.performed_at >= wanted.starts_at,
        Procedure.performed_at < wanted.ends_before,
        Procedure.voided_at.is_(None),
    ]
    if wanted.doctor_id is not None:
        conditions.append(Procedure.doctor_id == wanted.doctor_id)
    return conditions


def product_conditions(wanted: ReportFilter) -> list[Any]:
    """Conditions on ThreadProduct for the material and product filters."""
    conditions: list[Any] = []
    if wanted.material is not None:
        conditions.append(ThreadProduct.material == wanted.material)
    if wanted.product_id is not None:
        conditions.append(ThreadProduct.id == wanted.product_id)
    return conditions


def uses_chosen_threads(wanted: ReportFilter) -> list[Any]:
    """Conditions on Procedure: at least one placement of the chosen material or product."""
    chosen = product_conditions(wanted)
    if not chosen:
        return []
    return [
        exists(
            select(Placement.id)
            .join(Lot, Lot.id == Placement.lot_id)
            .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
            .where(Placement.procedure_id == Procedure.id, *chosen)
        )
    ]


def product_label(product: ThreadProduct) -> str:
    return f"{product.manufacturer} {product.name} {product.gauge} {product.length_mm} mm"
