"""Lots and their stock as the inventory, the pickers and charting read them.

Stock on hand is always the sum of a lot's movements; `db.stock.movements` writes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.errors import NotFound
from db.models import Lot, StockMovement, ThreadProduct
from db.storage.database import Database
from db.wording import say


class Movement(StrEnum):
    RECEIVED = "received"
    USED = "used"
    WRITTEN_OFF = "written_off"
    RETURNED = "returned"  # sent back to the supplier
    UNUSED_BACK = "unused_back"  # unopened threads of a voided procedure, back on the shelf


@dataclass(frozen=True)
class LotRow:
    """A lot with its product and stock, as the inventory and pickers show it."""

    lot_id: int
    product_id: int
    product: str
    material: str
    lot_number: str
    expiry_date: date
    received: int
    used: int
    written_off: int
    on_hand: int
    recalled_on: date | None
    recall_reason: str
    version: int

    def expired_on(self, day: date) -> bool:
        return self.expiry_date < day


def lot_key(lot_number: str) -> str:
    return "".join(lot_number.split()).upper()


def on_hand(session: Session, lot_id: int) -> int:
    return int(
        session.scalar(
            select(func.coalesce(func.sum(StockMovement.quantity), 0)).where(
                StockMovement.lot_id == lot_id
            )
        )
        or 0
    )


def lock_lot(session: Session, lot_id: int) -> Lot:
    """Load a lot for a stock change, locked so two PCs cannot both take the last threads."""
    # OF lot: PostgreSQL cannot lock the outer-joined product row loaded with it.
    lot = session.scalar(select(Lot).where(Lot.id == lot_id).with_for_update(of=Lot))
    if lot is None:
        raise NotFound(say("Lot {lot_id} does not exist.", lot_id=lot_id))
    return lot


class StockFilter(StrEnum):
    ALL = "all"
    IN_STOCK = "in_stock"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    OUT_OF_STOCK = "out_of_stock"
    RECALLED = "recalled"


def _totals(lot_ids: list[int] | None = None) -> Any:
    """Per-lot sums of movements: received, used (net of unused returns), taken out, on hand."""
    movement = StockMovement
    received = func.coalesce(
        func.sum(case((movement.kind == Movement.RECEIVED.value, movement.quantity), else_=0)), 0
    )
    used = func.coalesce(
        func.sum(case((movement.kind == Movement.USED.value, -movement.quantity), else_=0))
        - func.sum(case((movement.kind == Movement.UNUSED_BACK.value, movement.quantity), else_=0)),
        0,
    )
    out = func.coalesce(
        func.sum(
            case(
                (
                    movement.kind.in_([Movement.WRITTEN_OFF.value, Movement.RETURNED.value]),
                    -movement.quantity,
                ),
                else_=0,
            )
        ),
        0,
    )
    total = func.coalesce(func.sum(movement.quantity), 0)
    query = select(
        movement.lot_id.label("lot_id"),
        received.label("received"),
        used.label("used"),
        out.label("out"),
        total.label("on_hand"),
    ).group_by(movement.lot_id)
    if lot_ids is not None:
        query = query.where(movement.lot_id.in_(lot_ids))
    return query.subquery()


def _lot_query(lot_ids: list[int] | None = None) -> tuple[Any, Any]:
    totals = _totals(lot_ids)
    query = (
        select(
            Lot.id,
            Lot.product_id,
            ThreadProduct.manufacturer,
            ThreadProduct.name,
            ThreadProduct.gauge,
            ThreadProduct.length_mm,
            ThreadProduct.material,
            Lot.lot_number,
            Lot.expiry_date,
            func.coalesce(totals.c.received, 0),
            func.coalesce(totals.c.used, 0),
            func.coalesce(totals.c.out, 0),
            func.coalesce(totals.c.on_hand, 0),
            Lot.recalled_on,
            Lot.recall_reason,
            Lot.version,
        )
        .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
        .outerjoin(totals, totals.c.lot_id == Lot.id)
    )
    if lot_ids is not None:
        query = query.where(Lot.id.in_(lot_ids))
    return query, totals


def _row(values: tuple[object, ...]) -> LotRow:
    (lot_id, product_id, maker, name, gauge, length, mat, number, expiry,
     received, used, out, left, recalled, reason, version) = values  # fmt: skip
    return LotRow(
        lot_id=int(lot_id),  # type: ignore[call-overload]
        product_id=int(product_id),  # type: ignore[call-overload]
        product=f"{maker} {name} {gauge} {length} mm",
        material=str(mat),
        lot_number=str(number),
        expiry_date=expiry,  # type: ignore[arg-type]
        received=int(received),  # type: ignore[call-overload]
        used=int(used),  # type: ignore[call-overload]
        written_off=int(out),  # type: ignore[call-overload]
        on_hand=int(left),  # type: ignore[call-overload]
        recalled_on=recalled,  # type: ignore[arg-type]
        recall_reason=str(reason),
        version=int(version),  # type: ignore[call-overload]
    )


def lot_rows(session: Session, lot_ids: list[int]) -> list[LotRow]:
    query, _ = _lot_query(lot_ids)
    return [_row(tuple(r)) for r in session.execute(query)]


def inventory(
    db: Database,
    actor: Actor,
    stock_filter: StockFilter = StockFilter.ALL,
    expiring_days: int = 30,
    today: date | None = None,
) -> list[LotRow]:
    today = today or db.today()
    query, totals = _lot_query()
    left = func.coalesce(totals.c.on_hand, 0)
    if stock_filter is StockFilter.IN_STOCK:
        query = query.where(left > 0, Lot.recalled_on.is_(None), Lot.expiry_date >= today)
    elif stock_filter is StockFilter.EXPIRING:
        query = query.where(
            Lot.expiry_date >= today,
            Lot.expiry_date <= today + timedelta(days=expiring_days),
            left > 0,
        )
    elif stock_filter is StockFilter.EXPIRED:
        query = query.where(Lot.expiry_date < today)
    elif stock_filter is StockFilter.OUT_OF_STOCK:
        query = query.where(left <= 0)
    elif stock_filter is StockFilter.RECALLED:
        query = query.where(Lot.recalled_on.is_not(None))
    query = query.order_by(Lot.expiry_date, ThreadProduct.name, Lot.lot_number)
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        return [_row(tuple(r)) for r in session.execute(query)]


def usable_lots(db: Database, actor: Actor, on_day: date) -> list[LotRow]:
    """Lots a procedure on `on_day` may use: in stock, not expired then, not recalled."""
    return [
        row
        for row in inventory(db, actor, StockFilter.ALL, today=on_day)
        if row.on_hand > 0 and row.recalled_on is None and not row.expired_on(on_day)
    ]


def lot_by_scan(db: Database, actor: Actor, gtin: str, lot_number: str | None) -> LotRow | None:
    """The lot a scanned box belongs to, if it has been received."""
    if not lot_number:
        return None
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        lot_id = session.scalar(
            select(Lot.id)
            .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
            .where(ThreadProduct.gtin == gtin.zfill(14), Lot.lot_number == lot_number)
        )
        return lot_rows(session, [lot_id])[0] if lot_id is not None else None


def recent_lots(db: Database, actor: Actor, limit: int = 50) -> list[int]:
    """Lot ids by how recently they were charted, newest first (for pre-filling pickers)."""
    from db.models import Placement

    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        newest = func.max(Placement.id)
        rows = session.execute(
            select(Placement.lot_id).group_by(Placement.lot_id).order_by(newest.desc()).limit(limit)
        )
        return [int(lot_id) for (lot_id,) in rows]
