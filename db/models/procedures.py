"""Charted procedures and the threads placed in each area."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Audited, Base, UTCDateTime


class Procedure(Audited, Base):
    __tablename__ = "procedure"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    performed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    nurse_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    consent_obtained: Mapped[bool] = mapped_column(Boolean)
    consent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    # The treatment consent this procedure was charted under (None before consent records).
    consent_id: Mapped[int | None] = mapped_column(ForeignKey("consent.id"))
    anaesthesia: Mapped[str] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")
    # Written reason for going ahead in an area threads are not suited to (nose, buttock).
    contraindication_reason: Mapped[str] = mapped_column(Text, default="")
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    placements: Mapped[list[Placement]] = relationship(
        back_populates="procedure", order_by="Placement.id"
    )

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_procedure_patient", "patient_id", "performed_at"),
        Index("ix_procedure_performed_at", "performed_at"),
        Index("ix_procedure_doctor", "doctor_id"),
    )

    audit_patient_column = "patient_id"


class Placement(Audited, Base):
    """Threads from one lot placed in one area and side."""

    __tablename__ = "placement"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    # Denormalised from the procedure so recalls and the audit trail reach the patient directly.
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    area: Mapped[str] = mapped_column(String(20))
    area_other: Mapped[str] = mapped_column(String(120), default="")
    side: Mapped[str] = mapped_column(String(10))
    lot_id: Mapped[int] = mapped_column(ForeignKey("lot.id"))
    thread_count: Mapped[int] = mapped_column(Integer)

    procedure: Mapped[Procedure] = relationship(back_populates="placements")

    __table_args__ = (
        Index("ix_placement_procedure", "procedure_id"),
        Index("ix_placement_lot", "lot_id", "procedure_id"),
        # Covers "patients treated per lot" for the signals without reading the table.
        Index("ix_placement_lot_patient", "lot_id", "patient_id", "procedure_id"),
    )

    audit_patient_column = "patient_id"
