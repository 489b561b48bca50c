from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from db.errors import PermissionDenied, ValidationError
from db.models import Lot, StockMovement, ThreadProduct
from db.stock.lots import StockFilter, inventory
from db.stock.movements import IntakeInput, recall_lot, receive_stock, write_off
from db.stock.products import ProductInput, add_product, gtin_problem, set_product_active
from db.storage.database import Database
from tests.conftest import GTIN_PDO, Staff, Stock


def product_input(**changes: object) -> ProductInput:
    values: dict[str, object] = {
        "manufacturer": "Silhouette",
        "name": "InstaLift",
        "material": "PLLA",
        "design": "cog",
        "gauge": "USP 3-0",
        "length_mm": 300,
        "gtin": "",
    }
    values.update(changes)
    return ProductInput(**values)  # type: ignore[arg-type]


def count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_absorption_defaults_from_the_material(db: Database, staff: Staff) -> None:
    plla = add_product(db, staff.nurse, product_input())
    pdo = add_product(db, staff.nurse, product_input(name="Mono 29G", material="PDO"))
    pcl = add_product(
        db, staff.nurse, product_input(name="Long", material="PCL", absorption_months=28)
    )
    assert (plla.absorption_months, pdo.absorption_months, pcl.absorption_months) == (15, 7, 28)


@pytest.mark.parametrize(
    ("gtin", "ok"),
    [("09506000134352", True), ("9506000134352", True), ("09506000134353", False), ("12ab", False)],
)
def test_gtin_check_digit(gtin: str, ok: bool) -> None:
    assert (gtin_problem(gtin) is None) is ok


def test_gtin_is_unique_when_given(db: Database, staff: Staff) -> None:
    add_product(db, staff.nurse, product_input(gtin=GTIN_PDO))
    add_product(db, staff.nurse, product_input(name="No GTIN A"))
    add_product(db, staff.nurse, product_input(name="No GTIN B"))
    with pytest.raises(ValidationError, match="already belongs to Silhouette InstaLift"):
        add_product(db, staff.nurse, product_input(name="Copy", gtin=GTIN_PDO))
    assert count(db, ThreadProduct) == 3


def test_products_are_deactivated_not_deleted(db: Database, staff: Staff) -> None:
    product = add_product(db, staff.nurse, product_input())
    hidden = set_product_active(db, staff.nurse, product.id, False)
    assert not hidden.active and count(db, ThreadProduct) == 1


def test_stock_on_hand_is_derived_from_movements(db: Database, staff: Staff, stock: Stock) -> None:
    today = db.clock().astimezone().date()
    lot = receive_stock(
        db,
        staff.nurse,
        IntakeInput(stock.product_id, "PDO-2301", date(today.year + 1, 12, 31), 10, today),
    )
    assert (lot.received, lot.on_hand) == (30, 30)
    after = write_off(db, staff.doctor, stock.lot_id, 3, "packaging torn")
    assert (after.received, after.written_off, after.on_hand) == (30, 3, 27)
    assert count(db, Lot) == 2
    kinds = {row.kind for row in _movements(db)}
    assert kinds == {"received", "written_off"}


def _movements(db: Database) -> list[StockMovement]:
    with db.read() as session:
        return list(session.scalars(select(StockMovement)))


def test_same_lot_number_for_two_products_is_two_lots(
    db: Database, staff: Staff, stock: Stock
) -> None:
    other = add_product(db, staff.nurse, product_input())
    today = db.clock().astimezone().date()
    receive_stock(
        db, staff.nurse, IntakeInput(other.id, "PDO-2301", today + timedelta(days=400), 4, today)
    )
    assert count(db, Lot) == 3


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"lot_number": " "}, "lot_number"),
        ({"lot_number": "X" * 21}, "lot_number"),
        ({"expiry_date": date(2020, 1, 1)}, "expiry_date"),
        ({"quantity": 0}, "quantity"),
        ({"quantity": -5}, "quantity"),
        ({"received_date": None}, "received_date"),
    ],
)
def test_bad_intake_is_refused_and_writes_nothing(
    db: Database, staff: Staff, stock: Stock, changes: dict[str, object], field: str
) -> None:
    today = db.clock().astimezone().date()
    values: dict[str, object] = {
        "product_id": stock.product_id,
        "lot_number": "NEW-1",
        "expiry_date": today + timedelta(days=300),
        "quantity": 10,
        "received_date": today,
    }
    values.update(changes)
    before = (count(db, Lot), count(db, StockMovement))
    with pytest.raises(ValidationError) as refused:
        receive_stock(db, staff.nurse, IntakeInput(**values))  # type: ignore[arg-type]
    assert field in refused.value.fields
    assert (count(db, Lot), count(db, StockMovement)) == before


def test_a_second_box_with_another_expiry_is_refused(
    db: Database, staff: Staff, stock: Stock
) -> None:
    today = db.clock().astimezone().date()
    with pytest.raises(ValidationError, match="one lot has one expiry"):
        receive_stock(
            db,
            staff.nurse,
            IntakeInput(stock.product_id, "PDO-2301", today + timedelta(days=30), 5, today),
        )


def test_cannot_write_off_more_than_on_hand(db: Database, staff: Staff, stock: Stock) -> None:
    with pytest.raises(ValidationError, match="only 5 thread"):
        write_off(db, staff.doctor, stock.second_lot_id, 6, "dropped on floor")


def test_nurse_receives_stock_but_may_not_write_off_or_recall(
    db: Database, staff: Staff, stock: Stock
) -> None:
    with pytest.raises(PermissionDenied):
        write_off(db, staff.nurse, stock.lot_id, 1, "dropped")
    with pytest.raises(PermissionDenied):
        recall_lot(db, staff.nurse, stock.lot_id, "maker's notice 12", db.today())


def test_inventory_filters(db: Database, staff: Staff, stock: Stock) -> None:
    today = db.clock().astimezone().date()
    soon = receive_stock(
        db, staff.nurse, IntakeInput(stock.product_id, "SOON", today + timedelta(days=20), 3, today)
    )
    empty = receive_stock(
        db,
        staff.nurse,
        IntakeInput(stock.product_id, "EMPTY", today + timedelta(days=200), 2, today),
    )
    write_off(db, staff.doctor, empty.lot_id, 2, "contaminated")
    recall_lot(db, staff.doctor, stock.second_lot_id, "maker's notice 2026-14", today)

    def lots(which: StockFilter, **kw: object) -> set[str]:
        return {row.lot_number for row in inventory(db, staff.nurse, which, **kw)}  # type: ignore[arg-type]

    assert lots(StockFilter.ALL) == {"PDO-2301", "PDO-2302", "SOON", "EMPTY"}
    assert lots(StockFilter.EXPIRING) == {"SOON"}
    assert lots(StockFilter.EXPIRING, expiring_days=10) == set()
    assert lots(StockFilter.OUT_OF_STOCK) == {"EMPTY"}
    assert lots(StockFilter.RECALLED) == {"PDO-2302"}
    assert lots(StockFilter.EXPIRED, today=today + timedelta(days=21)) == {"SOON"}
    assert soon.on_hand == 3
