"""Clinical photographs: the clinic's standard views and each stored photo."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class PhotoView(Audited, Base):
    """One view of the clinic's standard set (front, three-quarters, profiles, and its own)."""

    __tablename__ = "photo_view"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    label_en: Mapped[str] = mapped_column(String(80))
    label_vi: Mapped[str] = mapped_column(String(80))
    position: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    # Its standard views are seeded by the migration, without audit rows (see db.audit.replay).
    audit_seeded_by_migration = True


class Photo(Audited, Base):
    """A photograph as stored: upright, without any metadata, scaled, with its thumbnail.

    Never deleted: a photo taken in error is voided with a reason and stays in history.
    """

    __tablename__ = "photo"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    view: Mapped[str] = mapped_column(ForeignKey("photo_view.code"))
    # before, after (right after the procedure), follow_up
    stage: Mapped[str] = mapped_column(String(12))
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("procedure.id"))
    taken_on: Mapped[date] = mapped_column(Date)
    # The consent to clinical photographs in force when it was stored.
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id"))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    thumbnail: Mapped[bytes] = mapped_column(LargeBinary)
    # SHA-256 of the stored JPEG; and of the file as imported, to notice the same file twice.
    sha256: Mapped[str] = mapped_column(String(64))
    source_sha256: Mapped[str] = mapped_column(String(64))
    imported_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    voided_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    voided_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    void_reason: Mapped[str] = mapped_column(Text, default="")
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_photo_patient", "patient_id", "view", "taken_on"),
        Index("ix_photo_source", "patient_id", "source_sha256"),
    )
    audit_exclude = frozenset({"version", "content", "thumbnail"})

    audit_patient_column = "patient_id"
