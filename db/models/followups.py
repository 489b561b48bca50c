"""Follow-up visits after a procedure, the phone calls that chase them, and review visits."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class FollowUp(Audited, Base):
    __tablename__ = "follow_up"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    # The protocol step, e.g. "7 days" or "3 months".
    label: Mapped[str] = mapped_column(String(40))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # planned, attended, no_show, cancelled
    status: Mapped[str] = mapped_column(String(12))
    status_reason: Mapped[str] = mapped_column(Text, default="")
    status_changed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_follow_up_status_due", "status", "due_at"),
        Index("ix_follow_up_patient", "patient_id", "due_at"),
        Index("ix_follow_up_procedure", "procedure_id"),
    )

    audit_patient_column = "patient_id"


class ContactAttempt(Audited, Base):
    """One phone call (or message) about a follow-up, with what came of it."""

    __tablename__ = "contact_attempt"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    contacted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # reached, no_answer, left_message, wrong_number, declined
    outcome: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")

    __table_args__ = (Index("ix_contact_attempt_follow_up", "follow_up_id", "contacted_at"),)

    audit_patient_column = "patient_id"


class Review(Audited, Base):
    """What the doctor found at an attended follow-up."""

    __tablename__ = "review"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    follow_up_id: Mapped[int] = mapped_column(ForeignKey("follow_up.id"), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedure.id"))
    reviewed_on: Mapped[date] = mapped_column(Date)
    doctor_id: Mapped[int] = mapped_column(ForeignKey("user_account.id"))
    # Complication codes found present, comma-separated; every other listed type was absent.
    present: Mapped[str] = mapped_column(String(400), default="")
    gais_score: Mapped[int | None] = mapped_column(Integer)
    # The scale the score was given on (GAIS exists as 1-5 and 0-4).
    gais_scale: Mapped[str] = mapped_column(String(20))
    satisfaction: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    next_step: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    audit_patient_column = "patient_id"
