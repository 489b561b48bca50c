"""A patient's lifetime map: every thread drawn at every procedure not voided, with its lot.

Read in one query, so the patient file's map opens at once however many procedures the patient
has had. Each thread says how far its absorption has gone, for the map to fade old threads.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from db.access.permissions import Actor, Permission, authorize
from db.models import DrawnThread, Lot, Placement, Procedure, ThreadProduct, User
from db.storage.database import Database
from db.threadmap.charting import line_of
from db.threadmap.geometry import ThreadLine

# The mean length of a month in days, to turn a product's absorption months into days.
DAYS_PER_MONTH = 365.25 / 12


@dataclass(frozen=True)
class MapThread:
    """One drawn thread on the lifetime map, with what the map shows on hover."""

    procedure_id: int
    placement_id: int
    performed_at: datetime
    doctor: str
    product: str
    material: str
    lot_id: int
    lot_number: str
    area: str
    area_other: str
    side: str
    line: ThreadLine
    # How much of the product's absorption time has passed, 0 (just placed) to 1 (absorbed).
    absorbed: float


def absorbed_share(performed_at: datetime, absorption_months: int, today: date) -> float:
    """Time since the procedure over the product's absorption time, clipped to 0..1."""
    days = (today - performed_at.astimezone().date()).days
    if absorption_months <= 0:
        return 1.0
    return min(1.0, max(0.0, days / (absorption_months * DAYS_PER_MONTH)))


def lifetime_map(db: Database, actor: Actor, patient_id: int) -> list[MapThread]:
    """Every drawn thread of the patient's procedures that are not voided, oldest first."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        rows = session.execute(
            select(
                DrawnThread.procedure_id,
                DrawnThread.placement_id,
                DrawnThread.view,
                DrawnThread.start_x,
                DrawnThread.start_y,
                DrawnThread.end_x,
                DrawnThread.end_y,
                DrawnThread.bend_x,
                DrawnThread.bend_y,
                Procedure.performed_at,
                User.full_name,
                ThreadProduct.manufacturer,
                ThreadProduct.name,
                ThreadProduct.material,
                ThreadProduct.absorption_months,
                Lot.id,
                Lot.lot_number,
                Placement.area,
                Placement.area_other,
                Placement.side,
            )
            .join(Procedure, Procedure.id == DrawnThread.procedure_id)
            .join(Placement, Placement.id == DrawnThread.placement_id)
            .join(Lot, Lot.id == Placement.lot_id)
            .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
            .join(User, User.id == Procedure.doctor_id)
            .where(DrawnThread.patient_id == patient_id, Procedure.voided_at.is_(None))
            .order_by(Procedure.performed_at, Procedure.id, DrawnThread.id)
        ).all()
    today = db.today()
    return [
        MapThread(
            procedure_id=row[0],
            placement_id=row[1],
            performed_at=row.performed_at,
            doctor=row.full_name,
            product=f"{row.manufacturer} {row.name}",
            material=row.material,
            lot_id=row.id,
            lot_number=row.lot_number,
            area=row.area,
            area_other=row.area_other,
            side=row.side,
            line=line_of(*row[2:9]),
            absorbed=absorbed_share(row.performed_at, row.absorption_months, today),
        )
        for row in rows
    ]
