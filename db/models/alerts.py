"""Alerts on a patient: allergies, relevant history and contraindications to threads."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class PatientAlert(Audited, Base):
    """One alert. Never deleted: one that no longer applies is ended with a reason."""

    __tablename__ = "patient_alert"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    kind: Mapped[str] = mapped_column(String(20))  # allergy, history, contraindication
    code: Mapped[str] = mapped_column(String(30), default="")  # a listed contraindication
    detail: Mapped[str] = mapped_column(Text, default="")
    # absolute: charting stops unless the doctor writes why; relative: acknowledged when
    # charting; note: shown only.
    level: Mapped[str] = mapped_column(String(10))
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    end_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_patient_alert_patient", "patient_id", "ended_at"),)

    def audit_patient_id(self) -> int | None:
        return self.patient_id
