"""Complications: what went wrong after a procedure, how it was treated, how it ended."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class Complication(Audited, Base):
    __tablename__ = "complication"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # Optional: ties the complication to one product and lot.
    placement_id: Mapped[int | None] = mapped_column(ForeignKey("placement.id"))
    kind: Mapped[str] = mapped_column(String(30))
    kind_other: Mapped[str] = mapped_column(String(120), default="")
    area: Mapped[str] = mapped_column(String(20))
    onset_date: Mapped[date] = mapped_column(Date)
    severity: Mapped[int] = mapped_column(Integer)
    serious: Mapped[bool] = mapped_column(Boolean, default=False)
    # Comma-separated action codes.
    actions: Mapped[str] = mapped_column(String(200), default="")
    outcome: Mapped[str] = mapped_column(String(30))
    resolution_date: Mapped[date | None] = mapped_column(Date)
    notes: Mapped[str] = mapped_column(Text, default="")
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_complication_outcome", "outcome", "onset_date"),
        Index("ix_complication_patient", "patient_id"),
        Index("ix_complication_procedure", "procedure_id"),
        Index("ix_complication_placement", "placement_id"),
        Index("ix_complication_kind", "kind"),
    )
    audit_exclude = frozenset({"version", "updated_at"})

    audit_patient_column = "patient_id"


class ComplicationUpdate(Audited, Base):
    """One step in a complication's course: the state it was found in, and a note."""

    __tablename__ = "complication_update"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    complication_id: Mapped[int] = mapped_column(ForeignKey("complication.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    severity: Mapped[int] = mapped_column(Integer)
    serious: Mapped[bool] = mapped_column(Boolean)
    actions: Mapped[str] = mapped_column(String(200))
    outcome: Mapped[str] = mapped_column(String(30))
    resolution_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_complication_update_complication", "complication_id"),)

    audit_patient_column = "patient_id"
