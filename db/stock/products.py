"""The thread catalogue: products (maker, material, design, gauge, GTIN, absorption time)."""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import NotFound, ValidationError
from db.models import ThreadProduct
from db.storage.database import Database
from db.text import clean_line
from db.vocabulary import DESIGNS, MATERIALS, codes, material
from db.wording import say


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
        product = product_in(session, product_id)
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
        product = product_in(session, product_id)
        product.active = active
        session.flush()
        return _product_record(product)


def product_in(session: Session, product_id: int) -> ThreadProduct:
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
