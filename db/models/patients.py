"""The patient register."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Audited, Base, UTCDateTime


class Patient(Audited, Base):
    __tablename__ = "patient"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    mrn: Mapped[str] = mapped_column(String(20), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    date_of_birth: Mapped[date] = mapped_column(Date)
    sex: Mapped[str] = mapped_column(String(10))
    phone: Mapped[str] = mapped_column(String(40))
    email: Mapped[str] = mapped_column(String(254), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    language: Mapped[str] = mapped_column(String(2), default="vi")
    allergies: Mapped[str] = mapped_column(Text, default="")
    medical_notes: Mapped[str] = mapped_column(Text, default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("patient.id"))
    # Derived on every save: folded name and national phone digits, for search and duplicates.
    search_name: Mapped[str] = mapped_column(String(200))
    phone_digits: Mapped[str] = mapped_column(String(40))
    # Vietnamese register order (db.record.name_order): by given name, or by family name.
    sort_given: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    sort_family: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("user_account.id"))
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012
    __table_args__ = (
        Index("ix_patient_search_name", "search_name", "id"),
        Index("ix_patient_phone_digits", "phone_digits"),
        Index("ix_patient_sort_given", "sort_given", "id"),
        Index("ix_patient_sort_family", "sort_family", "id"),
        Index("ix_patient_dob", "date_of_birth"),
    )
    audit_exclude = frozenset(
        {
            "version",
            "search_name",
            "phone_digits",
            "sort_given",
            "sort_family",
            "updated_at",
            "updated_by_id",
        }
    )

    audit_patient_column = "id"


class PatientSearchTerm(Base):
    """Search index: one row per word of a patient's folded name, phone forms and MRN.

    Derived from the patient row on every save (never edited by hand). Each row carries the
    patient's register sort keys and all its words, so a search reads one word's rows in
    register order from an index and checks the other typed words on the same row, without
    visiting the patient table. The row with the empty term lists every active patient.
    """

    __tablename__ = "patient_search_term"

    term: Mapped[str] = mapped_column(String(60), primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patient.id"), primary_key=True)
    sort_given: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    sort_family: Mapped[str] = mapped_column(String(1000), default="", server_default="")
    # " name words in order, then phone and record-number forms", each after one space.
    words: Mapped[str] = mapped_column(String(1000), default="", server_default="")

    __table_args__ = (
        Index("ix_patient_search_term_patient", "patient_id"),
        Index("ix_patient_search_term_given", "term", "sort_given", "patient_id", "words"),
        Index("ix_patient_search_term_family", "term", "sort_family", "patient_id", "words"),
    )


class PatientSearchWord(Base):
    """How many patients have each name word: the statistics a search plans with.

    Kept with the search rows on every save. Only the choice of which typed word's rows to read
    comes from here, never which patients match, so a count out of step slows a search without
    hiding anyone.
    """

    __tablename__ = "patient_search_word"

    term: Mapped[str] = mapped_column(String(60), primary_key=True)
    patients: Mapped[int] = mapped_column(Integer)
