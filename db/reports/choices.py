"""What the report filters offer: every doctor who may have charted, every product."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from db.access.permissions import Actor, Permission, Role, authorize
from db.models import ThreadProduct, User
from db.reports.scope import product_label
from db.storage.database import Database


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class FilterChoices:
    doctors: list[Choice]
    products: list[Choice]


def filter_choices(db: Database, actor: Actor) -> FilterChoices:
    """Inactive doctors and products too: a period may reach back to their time."""
    with db.read() as session:
        authorize(session, actor, Permission.REPORTS_VIEW)
        users = session.scalars(select(User).order_by(User.full_name))
        doctors = [Choice(u.id, u.full_name) for u in users if Role.DOCTOR.value in u.role_set]
        products = session.scalars(
            select(ThreadProduct).order_by(ThreadProduct.manufacturer, ThreadProduct.name)
        )
        return FilterChoices(doctors, [Choice(p.id, product_label(p)) for p in products])
