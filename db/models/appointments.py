"""Visits booked by reception: consultations, procedures and extra reviews, with a time."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class Appointment(Audited, Base):
    __tablename__ = "appointment"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    doctor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    # consultation, procedure, review
    kind: Mapped[str] = mapped_column(String(20))
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    minutes: Mapped[int] = mapped_column(Integer)
    note: Mapped[str] = mapped_column(Text, default="")
    # booked, arrived, no_show, cancelled
    status: Mapped[str] = mapped_column(String(12))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    # The procedure charted when a booked procedure's patient arrived.
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_appointment_starts", "starts_at"),
        Index("ix_appointment_doctor", "doctor_id", "starts_at"),
        Index("ix_appointment_patient", "patient_id", "starts_at"),
    )

    def audit_patient_id(self) -> int | None:
        return self.patient_id
