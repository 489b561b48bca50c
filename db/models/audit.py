"""The audit trail: one row per event, chained by hash so a quiet edit shows."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base, UTCDateTime


class AuditEvent(Base):
    __tablename__ = "audit_event"

    # The sequence number is assigned under the chain lock, so it is gap-free and ordered.
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    user_id: Mapped[int | None] = mapped_column(Integer)
    username: Mapped[str] = mapped_column(String(64))
    workstation: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(40))
    record_type: Mapped[str] = mapped_column(String(60))
    record_id: Mapped[str] = mapped_column(String(60))
    patient_id: Mapped[int | None] = mapped_column(Integer)
    # JSON object: field -> [old, new] for changes; free details for other events.
    details: Mapped[str] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_audit_event_patient", "patient_id", "seq"),
        Index("ix_audit_event_record", "record_type", "record_id"),
        Index("ix_audit_event_user", "user_id", "seq"),
        Index("ix_audit_event_time", "occurred_at"),
        Index("ix_audit_event_action", "action", "seq"),
    )


class AuditChainHead(Base):
    """A single row holding the last sequence number and hash; writers lock it to append."""

    __tablename__ = "audit_chain_head"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_seq: Mapped[int] = mapped_column(Integer)
    last_hash: Mapped[str] = mapped_column(String(64))
