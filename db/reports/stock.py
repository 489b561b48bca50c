"""Stock over a period: threads used per month by product (by the day of the procedure),
lots expiring soon with threads left, and write-offs made in the period. The doctor filter
narrows threads used to that doctor's procedures; it has no meaning for lots on the shelf or
write-offs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, literal, select

from db.access.permissions import Actor
from db.models import Lot, Procedure, StockMovement, ThreadProduct, User
from db.record.followups import add_months
from db.reports.scope import ReportFilter, local_midnight, open_report, product_conditions
from db.stock.lots import Movement, _lot_query
from db.storage.database import Database

EXPIRY_WINDOW_DAYS = 90


@dataclass(frozen=True)
class UsageRow:
    month: date  # the first day of the month
    product_id: int
    product: str
    threads: int


@dataclass(frozen=True)
class ExpiringRow:
    lot_id: int
    product: str
    lot_number: str
    expiry_date: date
    on_hand: int
    days_left: int


@dataclass(frozen=True)
class WriteOffRow:
    occurred_at: datetime
    product: str
    lot_number: str
    threads: int
    reason: str
    by: str


@dataclass(frozen=True)
class StockReport:
    usage: list[UsageRow]
    expiring: list[ExpiringRow]
    write_offs: list[WriteOffRow]


def months_of(start: date, end: date) -> list[date]:
    first, months = date(start.year, start.month, 1), []
    while first <= end:
        months.append(first)
        first = add_months(first, 1)
    return months


def _month_of(column: Any, months: list[date]) -> Any:
    """The local month a stored UTC time falls in, as a month index: a CASE over the months'
    boundaries (so SQLite and PostgreSQL group by the clinic's months alike), nested as a
    binary search so ten years cost seven comparisons a row, not a hundred and twenty."""
    ends = [local_midnight(add_months(first, 1)) for first in months]

    def pick(low: int, high: int) -> Any:
        # Index of the first month in [low, high] whose end is after the time.
        if low == high:
            return literal(low)
        middle = (low + high) // 2
        return case((column < ends[middle], pick(low, middle)), else_=pick(middle + 1, high))

    return pick(0, len(months))


def _name(maker: object, name: object, gauge: object, length: object) -> str:
    return f"{maker} {name} {gauge} {length} mm"


def stock_report(
    db: Database, actor: Actor, wanted: ReportFilter, today: date | None = None
) -> StockReport:
    today = today or db.clock().astimezone().date()
    months = months_of(wanted.start, wanted.end)
    month = _month_of(Procedure.performed_at, months)
    product_columns = (
        ThreadProduct.manufacturer,
        ThreadProduct.name,
        ThreadProduct.gauge,
        ThreadProduct.length_mm,
    )
    in_period = (
        StockMovement.occurred_at >= wanted.starts_at,
        StockMovement.occurred_at < wanted.ends_before,
    )
    # By the day of the procedure, so threads put back when it was voided cancel its use in
    # the same month.
    usage_query = (
        select(month, ThreadProduct.id, *product_columns, -func.sum(StockMovement.quantity))
        .join(Procedure, Procedure.id == StockMovement.procedure_id)
        .join(Lot, Lot.id == StockMovement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .where(
            StockMovement.kind.in_([Movement.USED.value, Movement.UNUSED_BACK.value]),
            Procedure.performed_at >= wanted.starts_at,
            Procedure.performed_at < wanted.ends_before,
            *product_conditions(wanted),
        )
        .group_by(month, ThreadProduct.id, *product_columns)
        .having(func.sum(StockMovement.quantity) != 0)
    )
    if wanted.doctor_id is not None:
        usage_query = usage_query.where(Procedure.doctor_id == wanted.doctor_id)
    lots, totals = _lot_query()
    left = func.coalesce(totals.c.on_hand, 0)
    expiring_query = lots.where(
        Lot.expiry_date >= today,
        Lot.expiry_date <= today + timedelta(days=EXPIRY_WINDOW_DAYS),
        Lot.recalled_on.is_(None),
        left > 0,
        *product_conditions(wanted),
    ).order_by(Lot.expiry_date, Lot.lot_number)
    write_off_query = (
        select(
            StockMovement.occurred_at,
            *product_columns,
            Lot.lot_number,
            -StockMovement.quantity,
            StockMovement.reason,
            User.full_name,
        )
        .join(Lot, Lot.id == StockMovement.lot_id)
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .outerjoin(User, User.id == StockMovement.user_id)
        .where(
            StockMovement.kind == Movement.WRITTEN_OFF.value,
            *in_period,
            *product_conditions(wanted),
        )
        .order_by(StockMovement.occurred_at, StockMovement.id)
    )
    with db.read() as session:
        open_report(session, actor, wanted)
        usage = [
            UsageRow(months[int(index)], int(pid), _name(m, n, g, length), int(threads))
            for index, pid, m, n, g, length, threads in session.execute(usage_query)
            if int(index) < len(months)
        ]
        expiring = [
            ExpiringRow(
                lot_id=int(r[0]),
                product=_name(r[2], r[3], r[4], r[5]),
                lot_number=str(r[7]),
                expiry_date=r[8],
                on_hand=int(r[12]),
                days_left=(r[8] - today).days,
            )
            for r in session.execute(expiring_query)
        ]
        write_offs = [
            WriteOffRow(at, _name(m, n, g, length), str(lot), int(q), str(reason), str(by or ""))
            for at, m, n, g, length, lot, q, reason, by in session.execute(write_off_query)
        ]
    usage.sort(key=lambda r: (r.month, r.product.casefold()))
    return StockReport(usage, expiring, write_offs)
