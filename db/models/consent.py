"""Consent given per purpose: the text shown, how it was given, its evidence, and withdrawal."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class ConsentText(Audited, Base):
    """One version of the text a patient reads for one purpose in one language.

    Rows are never changed: an edit by the clinic (or a newer shipped default) is a new version,
    so every consent can show exactly the words the patient agreed to.
    """

    __tablename__ = "consent_text"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(20))
    language: Mapped[str] = mapped_column(String(2))
    version_no: Mapped[int] = mapped_column(Integer)
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str] = mapped_column(Text)
    # "default" (shipped with the program) or "clinic" (written by an administrator).
    source: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))

    __table_args__ = (UniqueConstraint("purpose", "language", "version_no"),)


class Consent(Audited, Base):
    """A patient's consent to one purpose, and its withdrawal if it was withdrawn."""

    __tablename__ = "consent"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    # treatment, photographs, photo_teaching, reminders, health_data
    purpose: Mapped[str] = mapped_column(String(20))
    # None only for consents recorded as tick boxes before consent records existed.
    text_id: Mapped[int | None] = mapped_column(ForeignKey("consent_text.id"))
    # Treatment only: the areas and thread materials agreed to (comma-separated codes).
    areas: Mapped[str] = mapped_column(String(300), default="")
    materials: Mapped[str] = mapped_column(String(100), default="")
    # signed_screen, paper_scanned, oral, tick_box (migrated)
    method: Mapped[str] = mapped_column(String(20))
    witness: Mapped[str] = mapped_column(String(200), default="")
    obtained_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    given_at: Mapped[datetime] = mapped_column(UTCDateTime)
    withdrawn_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    # in_person, phone, written
    withdrawal_method: Mapped[str] = mapped_column(String(20), default="")
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (Index("ix_consent_patient", "patient_id", "purpose", "given_at"),)

    audit_patient_column = "patient_id"


class ConsentSignature(Audited, Base):
    """A signature drawn on screen: the strokes as drawn, the image printed, and their hash."""

    __tablename__ = "consent_signature"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id"), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    # JSON: {"width": w, "height": h, "strokes": [[[x, y, t_ms], ...], ...]}
    strokes: Mapped[str] = mapped_column(Text)
    image_png: Mapped[bytes] = mapped_column(LargeBinary)
    # SHA-256 over the strokes and the image; copied into the audit trail when created.
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    audit_exclude = frozenset({"strokes", "image_png"})

    audit_patient_column = "patient_id"


class ConsentDocument(Audited, Base):
    """A consent form signed on paper and scanned (PDF, JPEG or PNG, checked on the way in)."""

    __tablename__ = "consent_document"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    consent_id: Mapped[int] = mapped_column(ForeignKey("consent.id"))
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"))
    media_type: Mapped[str] = mapped_column(String(40))
    file_name: Mapped[str] = mapped_column(String(255))
    content: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)

    audit_exclude = frozenset({"content"})

    __table_args__ = (Index("ix_consent_document_consent", "consent_id"),)

    audit_patient_column = "patient_id"
