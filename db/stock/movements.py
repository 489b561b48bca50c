"""Stock coming in and going out: receiving a box, writing off, returning, recalling a lot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from db.access.permissions import Actor, Permission, authorize
from db.errors import Conflict, ValidationError
from db.models import Lot, StockMovement
from db.stock.lots import LotRow, Movement, lock_lot, lot_key, lot_rows, on_hand
from db.stock.products import product_in
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.wording import say


@dataclass(frozen=True)
class IntakeInput:
    product_id: int
    lot_number: str
    expiry_date: date | None
    quantity: int
    received_date: date | None
    supplier: str = ""


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


def receive_stock(db: Database, actor: Actor, data: IntakeInput) -> LotRow:
    """Take boxes into stock: a new lot, or more boxes of a lot already known."""
    today = db.today()
    if errors := validate_intake(data, today):
        raise ValidationError(errors)
    number = clean_line(data.lot_number)
    assert data.expiry_date is not None and data.received_date is not None
    with db.write(actor) as session:
        authorize(session, actor, Permission.STOCK_INTAKE)
        product = product_in(session, data.product_id)
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
                received_by_id=actor.account_id,
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
                user_id=actor.account_id,
            )
        )
        session.flush()
        return lot_rows(session, [lot.id])[0]


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
                user_id=actor.account_id,
            )
        )
        session.flush()
        return lot_rows(session, [lot.id])[0]


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
    elif recalled_on > db.today():
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
        return lot_rows(session, [lot.id])[0]
