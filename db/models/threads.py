"""Thread products, their lots (batches) and every movement of stock."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, UTCDateTime


class ThreadProduct(Audited, Base):
    """A product as sold: manufacturer + name + material + design + gauge + length."""

    __tablename__ = "thread_product"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    manufacturer: Mapped[str] = mapped_column(String(120))
    name: Mapped[str] = mapped_column(String(160))
    material: Mapped[str] = mapped_column(String(10))
    design: Mapped[str] = mapped_column(String(10))
    gauge: Mapped[str] = mapped_column(String(20))
    length_mm: Mapped[int] = mapped_column(Integer)
    gtin: Mapped[str | None] = mapped_column(String(14), unique=True)
    absorption_months: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Lot(Audited, Base):
    """A manufacturer's batch of one product. Stock on hand is the sum of its movements."""

    __tablename__ = "lot"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("thread_product.id"))
    lot_number: Mapped[str] = mapped_column(String(20))
    # Upper-case, no spaces: what recall searches by.
    lot_key: Mapped[str] = mapped_column(String(20))
    expiry_date: Mapped[date] = mapped_column(Date)
    received_date: Mapped[date] = mapped_column(Date)
    supplier: Mapped[str] = mapped_column(String(160), default="")
    received_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    recalled_on: Mapped[date | None] = mapped_column(Date)
    recall_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    product: Mapped[ThreadProduct] = relationship(lazy="joined")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        UniqueConstraint("product_id", "lot_number"),
        Index("ix_lot_lot_key", "lot_key"),
        Index("ix_lot_expiry_date", "expiry_date"),
    )
    audit_exclude = frozenset({"version", "lot_key"})


class StockMovement(Audited, Base):
    """One change of a lot's stock; never edited. Quantity is signed: + in, - out."""

    __tablename__ = "stock_movement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    kind: Mapped[str] = mapped_column(String(20))
    quantity: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text, default="")
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id"))
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    __table_args__ = (
        Index("ix_stock_movement_lot", "lot_id", "kind", "quantity"),
        Index("ix_stock_movement_procedure", "procedure_id"),
    )


class RecallContact(Audited, Base):
    """A call or message to a patient about a recalled lot, with what came of it."""

    __tablename__ = "recall_contact"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # reached, no_answer, left_message, wrong_number
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_recall_contact_lot", "lot_id", "patient_id"),)

    def audit_patient_id(self) -> int | None:
        return self.patient_id
