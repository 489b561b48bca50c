"""The thread catalogue, lots and stock. Stock on hand is always the sum of movements."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import Conflict, NotFound, ValidationError
from db.models import Lot, StockMovement, ThreadProduct
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.vocabulary import DESIGNS, MATERIALS, codes, material
from db.wording import say


class Movement(StrEnum):
    RECEIVED = "received"
    USED = "used"
    WRITTEN_OFF = "written_off"
    RETURNED = "returned"  # sent back to the supplier
    UNUSED_BACK = "unused_back"  # unopened threads of a voided procedure, back on the shelf


# ---------------------------------------------------------------- products


@dataclass(frozen=True)
class ProductInput:
    manufacturer: str
    name: str
    material: str
    design: str
    gauge: str
    length_mm: int
    gtin: str = ""
    absorption_months: int | None = None

    def cleaned(self) -> ProductInput:
        return replace(
            self,
            manufacturer=clean_line(self.manufacturer),
            name=clean_line(self.name),
            gauge=clean_line(self.gauge),
            gtin="".join(self.gtin.split()),
        )


@dataclass(frozen=True)
class ProductRecord:
    id: int
    manufacturer: str
    name: str
    material: str
    design: str
    gauge: str
    length_mm: int
    gtin: str | None
    absorption_months: int
    active: bool
    version: int

    @property
    def label(self) -> str:
        return (
            f"{self.manufacturer} {self.name} ({self.material}, {self.gauge}, {self.length_mm} mm)"
        )


def gtin_problem(gtin: str) -> str | None:
    """GS1 check digit over 8, 12, 13 or 14 digits."""
    if not gtin:
        return None
    if not gtin.isdigit() or len(gtin) not in (8, 12, 13, 14):
        return say("A GTIN has 8, 12, 13 or 14 digits.")
    digits = [int(d) for d in gtin.zfill(14)]
    total = sum(d * (3 if i % 2 == 0 else 1) for i, d in enumerate(digits[:-1]))
    if (10 - total % 10) % 10 != digits[-1]:
        return say("The GTIN's check digit is wrong: check the number on the box.")
    return None


def validate_product(data: ProductInput) -> dict[str, str]:
    data = data.cleaned()
    errors: dict[str, str] = {}
    if not data.manufacturer:
        errors["manufacturer"] = say("Manufacturer is required.")
    if not data.name:
        errors["name"] = say("Product name is required.")
    if data.material not in codes(MATERIALS):
        errors["material"] = say("Choose PDO, PLLA, PCL or other.")
    if data.design not in codes(DESIGNS):
        errors["design"] = say("Choose mono, cog, screw or mesh.")
    if not data.gauge:
        errors["gauge"] = say("Gauge is required (for example 19G or USP 3-0).")
    if not 5 <= data.length_mm <= 1000:
        errors["length_mm"] = say("Length must be between 5 and 1000 mm.")
    if problem := gtin_problem(data.gtin):
        errors["gtin"] = problem
    if data.absorption_months is not None and not 1 <= data.absorption_months <= 120:
        errors["absorption_months"] = say("Absorption must be between 1 and 120 months.")
    for key, limit in (("manufacturer", 120), ("name", 160), ("gauge", 20)):
        if len(getattr(data, key)) > limit:
            errors[key] = say("At most {limit} characters.", limit=limit)
    return errors


def _product_record(product: ThreadProduct) -> ProductRecord:
    return ProductRecord(
        product.id,
        product.manufacturer,
        product.name,
        product.material,
        product.design,
        product.gauge,
        product.length_mm,
        product.gtin,
        product.absorption_months,
        product.active,
        product.version,
    )


def _apply_product(product: ThreadProduct, data: ProductInput) -> None:
    product.manufacturer = data.manufacturer
    product.name = data.name
    product.material = data.material
    product.design = data.design
    product.gauge = data.gauge
    product.length_mm = data.length_mm
    product.gtin = data.gtin.zfill(14) if data.gtin else None
    product.absorption_months = (
        data.absorption_months or material(data.material).default_absorption_months
    )


def _gtin_taken(session: Session, gtin: str, exclude: int | None) -> None:
    if not gtin:
        return
    query = select(ThreadProduct).where(ThreadProduct.gtin == gtin.zfill(14))
    if exclude is not None:
        query = query.where(ThreadProduct.id != exclude)
    other = session.scalar(query)
    if other is not None:
        raise ValidationError(
            {
                "gtin": say(
                    "GTIN {gtin} already belongs to {manufacturer} {name}.",
                    gtin=gtin,
                    manufacturer=other.manufacturer,
                    name=other.name,
                )
            }
        )


def add_product(db: Database, actor: Actor, data: ProductInput) -> ProductRecord:
    data = data.cleaned()
    if errors := validate_product(data):
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_INTAKE)
        _gtin_taken(session, data.gtin, None)
        product = ThreadProduct(active=True, created_at=db.clock())
        _apply_product(product, data)
        session.add(product)
        session.flush()
        return _product_record(product)


def update_product(
    db: Database, actor: Actor, product_id: int, expected_version: int, data: ProductInput
) -> ProductRecord:
    data = data.cleaned()
    if errors := validate_product(data):
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_INTAKE)
        product = _product(session, product_id)
        refuse_stale(
            session,
            product,
            expected_version,
            f"{product.manufacturer} {product.name}",
            say("Reload it, then make your change again."),
        )
        _gtin_taken(session, data.gtin, product_id)
        _apply_product(product, data)
        session.flush()
        return _product_record(product)


def set_product_active(db: Database, actor: Actor, product_id: int, active: bool) -> ProductRecord:
    """Products are deactivated (hidden from new charting and intake), never deleted."""
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_INTAKE)
        product = _product(session, product_id)
        product.active = active
        session.flush()
        return _product_record(product)


def _product(session: Session, product_id: int) -> ThreadProduct:
    product = session.get(ThreadProduct, product_id)
    if product is None:
        raise NotFound(say("Product {product_id} does not exist.", product_id=product_id))
    return product


def list_products(
    db: Database, actor: Actor, include_inactive: bool = False
) -> list[ProductRecord]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        query = select(ThreadProduct).order_by(ThreadProduct.manufacturer, ThreadProduct.name)
        if not include_inactive:
            query = query.where(ThreadProduct.active.is_(True))
        return [_product_record(p) for p in session.scalars(query)]


def product_by_gtin(db: Database, actor: Actor, gtin: str) -> ProductRecord | None:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        product = session.scalar(select(ThreadProduct).where(ThreadProduct.gtin == gtin.zfill(14)))
        return _product_record(product) if product else None


# ---------------------------------------------------------------- lots and stock


@dataclass(frozen=True)
class IntakeInput:
    product_id: int
    lot_number: str
    expiry_date: date | None
    quantity: int
    received_date: date | None
    supplier: str = ""


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


def validate_intake(data: IntakeInput, today: date) -> dict[str, str]:
    errors: dict[str, str] = {}
    lot = clean_line(data.lot_number)
    if not lot:
        errors["lot_number"] = say("Lot number is required (printed on the box after LOT).")
    elif len(lot) > 20:
        errors["lot_number"] = say("A GS1 lot number has at most 20 characters.")
    if data.expiry_date is None:
        errors["expiry_date"] = say("Expiry date is required (dd/mm/yyyy).")
    elif data.expiry_date < today:
        errors["expiry_date"] = say(
            "This lot expired on {expiry_date}; expired threads are not taken into "
            "stock. Return the box to the supplier.",
            expiry_date=data.expiry_date,
        )
    if not 1 <= data.quantity <= 100_000:
        errors["quantity"] = say("Quantity must be a whole number of threads from 1 to 100,000.")
    if data.received_date is None:
        errors["received_date"] = say("Received date is required (dd/mm/yyyy).")
    elif data.received_date > today:
        errors["received_date"] = say("Received date cannot be in the future.")
    if len(clean_line(data.supplier)) > 160:
        errors["supplier"] = say("At most 160 characters.")
    return errors


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


def receive_stock(db: Database, actor: Actor, data: IntakeInput) -> LotRow:
    """Take boxes into stock: a new lot, or more boxes of a lot already known."""
    today = db.clock().astimezone().date()
    if errors := validate_intake(data, today):
        raise ValidationError(errors)
    number = clean_line(data.lot_number)
    assert data.expiry_date is not None and data.received_date is not None
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_INTAKE)
        product = _product(session, data.product_id)
        if not product.active:
            raise ValidationError(
                {
                    "product": say(
                        "{name} is deactivated; reactivate it in the catalogue first.",
                        name=product.name,
                    )
                }
            )
        lot = session.scalar(
            select(Lot).where(Lot.product_id == product.id, Lot.lot_number == number)
        )
        if lot is None:
            lot = Lot(
                product_id=product.id,
                lot_number=number,
                lot_key=lot_key(number),
                expiry_date=data.expiry_date,
                received_date=data.received_date,
                supplier=clean_line(data.supplier),
                received_by_id=actor.user_id,
                recall_reason="",
                created_at=db.clock(),
            )
            session.add(lot)
            try:
                session.flush()
            except IntegrityError:
                raise Conflict(
                    say(
                        "Lot {number} of {name} was just received on another PC. Scan the box "
                        "again to add to it.",
                        number=number,
                        name=product.name,
                    )
                ) from None
        else:
            lot = lock_lot(session, lot.id)
            if lot.expiry_date != data.expiry_date:
                raise ValidationError(
                    {
                        "expiry_date": say(
                            "Lot {number} is already in stock with expiry {expiry_date}; the box "
                            "says {box_expiry}. Check the box: one lot has one expiry date.",
                            number=number,
                            expiry_date=lot.expiry_date,
                            box_expiry=data.expiry_date,
                        )
                    }
                )
            if lot.recalled_on is not None:
                raise ValidationError(
                    {
                        "lot_number": say(
                            "Lot {number} was recalled: do not take it into stock.", number=number
                        )
                    }
                )
        session.add(
            StockMovement(
                lot_id=lot.id,
                kind=Movement.RECEIVED.value,
                quantity=data.quantity,
                reason=clean_line(data.supplier),
                occurred_at=db.clock(),
                user_id=actor.user_id,
            )
        )
        session.flush()
        return _lot_rows(session, [lot.id])[0]


def _take_out(
    db: Database, actor: Actor, lot_id: int, quantity: int, reason: str, kind: Movement
) -> LotRow:
    reason = clean_block(reason)
    errors: dict[str, str] = {}
    if not 1 <= quantity <= 100_000:
        errors["quantity"] = say("Quantity must be a whole number of threads from 1 to 100,000.")
    if len(reason) < 3:
        errors["reason"] = say("Say why (for example: damaged packaging, dropped, expired).")
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_WRITE_OFF)
        lot = lock_lot(session, lot_id)
        left = on_hand(session, lot.id)
        if quantity > left:
            raise ValidationError(
                {
                    "quantity": say(
                        "Lot {lot_number} has only {left} thread(s) in stock.",
                        lot_number=lot.lot_number,
                        left=left,
                    )
                }
            )
        session.add(
            StockMovement(
                lot_id=lot.id,
                kind=kind.value,
                quantity=-quantity,
                reason=reason,
                occurred_at=db.clock(),
                user_id=actor.user_id,
            )
        )
        session.flush()
        return _lot_rows(session, [lot.id])[0]


def write_off(db: Database, actor: Actor, lot_id: int, quantity: int, reason: str) -> LotRow:
    return _take_out(db, actor, lot_id, quantity, reason, Movement.WRITTEN_OFF)


def return_to_supplier(
    db: Database, actor: Actor, lot_id: int, quantity: int, reason: str
) -> LotRow:
    return _take_out(db, actor, lot_id, quantity, reason, Movement.RETURNED)


def recall_lot(
    db: Database, actor: Actor, lot_id: int, reason: str, recalled_on: date | None
) -> LotRow:
    """Mark a lot recalled: it can no longer be charted or received."""
    reason = clean_block(reason)
    errors: dict[str, str] = {}
    if len(reason) < 3:
        errors["reason"] = say(
            "Give the recall's reason or reference (for example the notice number)."
        )
    if recalled_on is None:
        errors["recalled_on"] = say("Recall date is required (dd/mm/yyyy).")
    elif recalled_on > db.clock().astimezone().date():
        errors["recalled_on"] = say("Recall date cannot be in the future.")
    if errors:
        raise ValidationError(errors)
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_WRITE_OFF)
        lot = lock_lot(session, lot_id)
        if lot.recalled_on is not None:
            raise Conflict(
                say(
                    "Lot {lot_number} was already recalled on {recalled_on}.",
                    lot_number=lot.lot_number,
                    recalled_on=lot.recalled_on,
                )
            )
        lot.recalled_on = recalled_on
        lot.recall_reason = reason
        session.flush()
        return _lot_rows(session, [lot.id])[0]


# ---------------------------------------------------------------- inventory


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


def _lot_rows(session: Session, lot_ids: list[int]) -> list[LotRow]:
    query, _ = _lot_query(lot_ids)
    return [_row(tuple(r)) for r in session.execute(query)]


def inventory(
    db: Database,
    actor: Actor,
    stock_filter: StockFilter = StockFilter.ALL,
    expiring_days: int = 30,
    today: date | None = None,
) -> list[LotRow]:
    today = today or db.clock().astimezone().date()
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
        return _lot_rows(session, [lot_id])[0] if lot_id is not None else None


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
