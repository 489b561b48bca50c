"""Fictional products, lots and charted procedures for the demo database.

Lots are generated first with a received date and an expiry, each procedure takes a lot of
its product that was on the shelf and unexpired that day, and each lot's received quantity
covers what was charted from it, so the stock figures add up the way real ones would.
"""

from __future__ import annotations

import bisect
import random
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.demo import bulk
from db.demo.consents import insert_treatment_consents
from db.demo.follow_ups import NextIds, plan_aftermath
from db.demo.thread_drawings import thread_rows
from db.models import (
    Complication,
    ComplicationUpdate,
    ContactAttempt,
    DrawnThread,
    FollowUp,
    Lot,
    Patient,
    Placement,
    Procedure,
    Review,
    StockMovement,
    ThreadProduct,
    User,
)
from db.stock.lots import Movement, lot_key
from db.storage.database import Database


def with_check_digit(first13: str) -> str:
    """A 14-digit GTIN from its first 13 digits (GS1 mod-10 check digit)."""
    total = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(first13))
    return first13 + str((10 - total % 10) % 10)


# manufacturer, name, material, design, gauge, length mm, GTIN without its check digit.
# Fictional products: the names only sound like what clinics buy.
PRODUCTS = (
    ("Lotus Medical", "Vline Cog", "PDO", "cog", "USP 2-0", 110, "0893600010001"),
    ("Lotus Medical", "Twist", "PDO", "screw", "USP 2-0", 100, "0893600010002"),
    ("Hanmi Aesthetic", "Lift Fine", "PDO", "cog", "19G", 100, "0880950010001"),
    ("Hanmi Aesthetic", "Mono Fine", "PDO", "mono", "29G", 38, "0880950010002"),
    ("Hanmi Aesthetic", "Mesh 21G", "PDO", "mesh", "21G", 60, "0880950010003"),
    ("Aurora Surgical", "Contour PLLA", "PLLA", "cog", "USP 3-0", 300, "0085000610001"),
    ("Aurora Surgical", "Lumen PLLA", "PLLA", "cog", "19G", 160, "0085000610002"),
    ("Aurora Surgical", "Lumen PCL", "PCL", "cog", "19G", 160, "0085000610003"),
    ("Sejin Bio", "Long PCL Mono", "PCL", "mono", "27G", 50, "0880937010001"),
)
FACE_AREAS = ("nasolabial", "marionette", "midface", "jowls", "jawline", "brow", "forehead", "neck")
SIDES_FOR_AREA = {"forehead": "midline", "neck": "both"}
SUPPLIERS = ("MedSupply Hà Nội", "Viet Aesthetic Distribution", "Thiên Phúc Pharma")


@dataclass
class DemoLot:
    id: int
    product_index: int
    number: str
    received: date
    expiry: date
    used: int = 0


def _chunks(rows: list[dict[str, Any]], size: int = 5000) -> Iterator[list[dict[str, Any]]]:
    for start in range(0, len(rows), size):
        yield rows[start : start + size]


def _next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0) + 1


def _insert(session: Session, model: Any, rows: list[dict[str, Any]], now: datetime) -> None:
    """Insert rows and their audit 'create' events (the trail covers demo records too)."""
    for chunk in _chunks(rows):
        bulk.insert_audited(session.connection(), model, chunk, now)


class DemoCharting:
    """Charts fictional procedures batch by batch, one transaction per batch of patients.

    Lots go in first; their 'received' movements go in last, sized to what was charted from
    each, so every lot's stock adds up once the demo is complete.
    """

    def __init__(
        self, db: Database, rng: random.Random, expected_patients: int, draw_threads: bool = True
    ) -> None:
        self.db = db
        self.rng = rng
        # False charts from the keyboard only, as before the thread map (for comparisons).
        self.draw_threads = draw_threads
        now = db.clock()
        self.today = now.astimezone().date()
        with db.write(None) as session:
            doctor_id = session.scalar(select(User.id).where(User.username == "demo.doctor"))
            assert doctor_id is not None
            self.doctor_id = doctor_id
            self.nurse_id = session.scalar(select(User.id).where(User.username == "demo.nurse"))
            self.product_ids = _products(session, now)
            material_of = {
                pid: material
                for pid, material in session.execute(
                    select(ThreadProduct.id, ThreadProduct.material)
                )
            }
            self.lots = _plan_lots(
                session, rng, len(self.product_ids), expected_patients, self.today
            )
            _insert_lots(session, rng, self.lots, self.product_ids, now, self.today)
        self.by_product: dict[int, list[DemoLot]] = defaultdict(list)
        for lot in self.lots:
            self.by_product[lot.product_index].append(lot)
        for product_lots in self.by_product.values():
            product_lots.sort(key=lambda lot: lot.received)
        self.received_days = {p: [lot.received for lot in ls] for p, ls in self.by_product.items()}
        self.materials = {
            lot.id: material_of[self.product_ids[lot.product_index]] for lot in self.lots
        }
        self.procedures = 0

    def chart(self, patient_ids: list[int]) -> None:
        now = self.db.clock()
        with self.db.write(None) as session:
            procedures, placements, movements = _plan(self, session, patient_ids, now)
            languages = dict(
                session.execute(
                    select(Patient.id, Patient.language).where(Patient.id.in_(patient_ids))
                ).all()
            )
            insert_treatment_consents(
                session, procedures, placements, self.materials, languages, now
            )
            first_movement = _next_id(session, StockMovement.id)
            for offset, movement in enumerate(movements):
                movement["id"] = first_movement + offset
            _insert(session, Procedure, procedures, now)
            _insert(session, Placement, placements, now)
            if self.draw_threads:
                first_thread = _next_id(session, DrawnThread.id)
                _insert(session, DrawnThread, thread_rows(placements, first_thread), now)
            _insert(session, StockMovement, movements, now)
            ids = NextIds(
                _next_id(session, FollowUp.id),
                _next_id(session, ContactAttempt.id),
                _next_id(session, Complication.id),
                _next_id(session, ComplicationUpdate.id),
                _next_id(session, Review.id),
            )
            after = plan_aftermath(
                self.rng, procedures, placements, self.materials, self.lots[3].id,
                self.doctor_id, self.nurse_id, self.today, ids,
            )  # fmt: skip
            _insert(session, FollowUp, after.follow_ups, now)
            _insert(session, ContactAttempt, after.contacts, now)
            _insert(session, Complication, after.complications, now)
            _insert(session, ComplicationUpdate, after.updates, now)
            _insert(session, Review, after.reviews, now)
        self.procedures += len(procedures)

    def finish(self) -> None:
        now = self.db.clock()
        with self.db.write(None) as session:
            _receive_lots(session, self.rng, self.lots, now)


def _products(session: Session, now: datetime) -> list[int]:
    existing = list(session.scalars(select(ThreadProduct.id).order_by(ThreadProduct.id)))
    if existing:
        return existing
    absorption = {"PDO": 7, "PLLA": 15, "PCL": 30}
    rows = [
        {
            "id": index + 1,
            "manufacturer": maker,
            "name": name,
            "material": material,
            "design": design,
            "gauge": gauge,
            "length_mm": length,
            "gtin": with_check_digit(gtin),
            "absorption_months": absorption[material],
            "active": True,
            "created_at": now,
            "version": 1,
        }
        for index, (maker, name, material, design, gauge, length, gtin) in enumerate(PRODUCTS)
    ]
    _insert(session, ThreadProduct, rows, now)
    return [index + 1 for index in range(len(rows))]


def _plan_lots(
    session: Session, rng: random.Random, products: int, patients: int, today: date
) -> list[DemoLot]:
    count = max(3 * products, patients // 50)
    first_id = _next_id(session, Lot.id)
    lots = []
    for index in range(count):
        received = today - timedelta(days=rng.randint(0, 4 * 365))
        lots.append(
            DemoLot(
                id=first_id + index,
                product_index=index % products,
                number=f"{rng.choice('ABCDEFHKLMNPRSTUVXY')}{received:%y%m}-{first_id + index:05d}",
                received=received,
                expiry=received + timedelta(days=rng.randint(700, 1100)),
            )
        )
    # The cases reception must notice: expiring within weeks, already expired, recalled.
    lots[0].received, lots[0].expiry = today - timedelta(days=700), today + timedelta(days=12)
    lots[1].received, lots[1].expiry = today - timedelta(days=1000), today - timedelta(days=20)
    lots[2].received, lots[2].expiry = today - timedelta(days=200), today + timedelta(days=600)
    return lots


def _plan(
    self: DemoCharting, session: Session, patient_ids: list[int], now: datetime
) -> tuple[list[dict[str, Any]], list[dict[str, Any]], list[dict[str, Any]]]:
    rng, by_product, received_days = self.rng, self.by_product, self.received_days
    doctor_id, nurse_id, product_ids = self.doctor_id, self.nurse_id, self.product_ids
    procedure_id = _next_id(session, Procedure.id)
    placement_id = _next_id(session, Placement.id)
    procedures: list[dict[str, Any]] = []
    placements: list[dict[str, Any]] = []
    movements: list[dict[str, Any]] = []
    today = now.astimezone().date()
    for patient_id in patient_ids:
        for _ in range(rng.choices((0, 1, 2, 3), (0.15, 0.35, 0.32, 0.18))[0]):
            day = today - timedelta(days=rng.randint(0, 4 * 365 - 30))
            local = datetime.combine(day, time(rng.randint(8, 17), rng.choice((0, 15, 30, 45))))
            performed = local.astimezone(UTC)
            used: dict[int, int] = defaultdict(int)
            chosen: list[tuple[str, str, DemoLot, int]] = []
            product = rng.randrange(len(product_ids))
            for area in rng.sample(FACE_AREAS, rng.choice((2, 3, 3, 4, 4, 5))):
                found = _lot_on(by_product[product], received_days[product], day, rng)
                if found is None:
                    continue
                lot = found
                count = rng.randint(2, 10)
                side = SIDES_FOR_AREA.get(area, rng.choice(("both", "both", "left", "right")))
                chosen.append((area, side, lot, count))
                used[lot.id] += count
            if not chosen:
                continue
            procedures.append(
                {
                    "id": procedure_id,
                    "patient_id": patient_id,
                    "performed_at": performed,
                    "doctor_id": doctor_id,
                    "nurse_id": nurse_id,
                    "consent_obtained": True,
                    "consent_at": performed - timedelta(minutes=40),
                    "consent_id": None,
                    "anaesthesia": rng.choice(("local", "local", "topical")),
                    "notes": "",
                    "contraindication_reason": "",
                    "void_reason": "",
                    "created_at": performed + timedelta(minutes=50),
                    "created_by_id": doctor_id,
                    "version": 1,
                }
            )
            for area, side, lot, count in chosen:
                placements.append(
                    {
                        "id": placement_id,
                        "procedure_id": procedure_id,
                        "patient_id": patient_id,
                        "area": area,
                        "area_other": "",
                        "side": side,
                        "lot_id": lot.id,
                        "thread_count": count,
                    }
                )
                placement_id += 1
                lot.used += count
            for lot_id, count in used.items():
                movements.append(
                    {
                        "lot_id": lot_id,
                        "kind": Movement.USED.value,
                        "quantity": -count,
                        "reason": "",
                        "procedure_id": procedure_id,
                        "occurred_at": performed + timedelta(minutes=50),
                        "user_id": doctor_id,
                    }
                )
            procedure_id += 1
    return procedures, placements, movements


def _lot_on(
    lots: list[DemoLot], received_days: list[date], day: date, rng: random.Random
) -> DemoLot | None:
    """A lot of this product on the shelf and unexpired on `day`."""
    end = bisect.bisect_right(received_days, day)
    candidates = [lot for lot in lots[max(0, end - 12) : end] if lot.expiry >= day]
    return rng.choice(candidates) if candidates else None


def _insert_lots(
    session: Session,
    rng: random.Random,
    lots: list[DemoLot],
    product_ids: list[int],
    now: datetime,
    today: date,
) -> None:
    rows = []
    for index, lot in enumerate(lots):
        recalled = index == 2
        rows.append(
            {
                "id": lot.id,
                "product_id": product_ids[lot.product_index],
                "lot_number": lot.number,
                "lot_key": lot_key(lot.number),
                "expiry_date": lot.expiry,
                "received_date": lot.received,
                "supplier": rng.choice(SUPPLIERS),
                "received_by_id": None,
                "recalled_on": today - timedelta(days=3) if recalled else None,
                "recall_reason": "Manufacturer notice: sterility not assured" if recalled else "",
                "created_at": now,
                "version": 1,
            }
        )
    _insert(session, Lot, rows, now)


def _receive_lots(session: Session, rng: random.Random, lots: list[DemoLot], now: datetime) -> None:
    """What each lot received: what was charted from it plus what is still on the shelf."""
    first_id = _next_id(session, StockMovement.id)
    movements = []
    for index, lot in enumerate(lots):
        # Some lots are used up; the soon-expiring, expired and recalled ones keep threads.
        spare = 0 if rng.random() < 0.15 and index > 2 else rng.randint(5, 60)
        movements.append(
            {
                "id": first_id + index,
                "lot_id": lot.id,
                "kind": Movement.RECEIVED.value,
                "quantity": lot.used + spare,
                "reason": "",
                "procedure_id": None,
                "occurred_at": datetime.combine(lot.received, time(9)).astimezone(UTC),
                "user_id": None,
            }
        )
    _insert(session, StockMovement, movements, now)
