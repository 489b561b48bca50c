"""The patient register: registration, editing, duplicates and accent-blind search."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date, datetime

from sqlalchemy import Select, and_, or_, select, text, update
from sqlalchemy.orm import Session

from db import vocabulary
from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.audit.chain import refuse_stale
from db.consent.records import has_consent
from db.errors import NotFound, PermissionDenied, ValidationError
from db.models import Counter, Patient
from db.record.name_order import family_name_key, given_name_key
from db.record.patient_search import NameOrder, refresh_search_entries, search_page
from db.record.validation import (
    birth_date_problem,
    email_problem,
    length_problem,
    name_problem,
    national_digits,
    phone_problem,
)
from db.storage.database import Database
from db.text import clean_block, clean_line, fold
from db.vocabulary import codes
from db.wording import say

SEXES = codes(vocabulary.SEXES)
LANGUAGES = codes(vocabulary.LANGUAGES)
CLINICAL_FIELDS = ("allergies", "medical_notes")


@dataclass(frozen=True)
class PatientInput:
    """What a form sends: every field of a patient the staff can type."""

    full_name: str
    date_of_birth: date | None
    sex: str
    phone: str
    email: str = ""
    address: str = ""
    language: str = "vi"
    allergies: str = ""
    medical_notes: str = ""

    def cleaned(self) -> PatientInput:
        return replace(
            self,
            full_name=clean_line(self.full_name),
            phone=clean_line(self.phone),
            email=clean_line(self.email),
            address=clean_block(self.address),
            allergies=clean_block(self.allergies),
            medical_notes=clean_block(self.medical_notes),
        )


@dataclass(frozen=True)
class PatientRecord:
    id: int
    mrn: str
    full_name: str
    date_of_birth: date
    sex: str
    phone: str
    email: str
    address: str
    language: str
    allergies: str
    medical_notes: str
    # Derived: an unwithdrawn consent to reminders by phone, SMS or Zalo.
    contact_consent: bool
    active: bool
    created_at: datetime
    updated_at: datetime
    version: int

    def as_input(self) -> PatientInput:
        return PatientInput(**{f.name: getattr(self, f.name) for f in fields(PatientInput)})


@dataclass(frozen=True)
class PatientRow:
    """One line of the search list."""

    id: int
    mrn: str
    full_name: str
    date_of_birth: date
    sex: str
    phone: str


def validate_patient(data: PatientInput, today: date) -> dict[str, str]:
    """Field -> message for everything wrong with `data`; empty when it can be saved."""
    data = data.cleaned()
    errors: dict[str, str] = {}
    checks = {
        "full_name": name_problem(data.full_name),
        "date_of_birth": birth_date_problem(data.date_of_birth, today),
        "phone": phone_problem(data.phone),
        "email": email_problem(data.email),
        "address": length_problem(data.address, say("Address"), 1000),
        "allergies": length_problem(data.allergies, say("Allergies"), 4000),
        "medical_notes": length_problem(data.medical_notes, say("Medical notes"), 20000),
    }
    errors = {name: message for name, message in checks.items() if message}
    if data.sex not in SEXES:
        errors["sex"] = say("Choose female, male or other.")
    if data.language not in LANGUAGES:
        errors["language"] = say("Choose Vietnamese or English.")
    return errors


def _apply(session: Session, patient: Patient, data: PatientInput) -> None:
    for f in fields(PatientInput):
        setattr(patient, f.name, getattr(data, f.name))
    patient.search_name = fold(data.full_name)
    patient.sort_given = given_name_key(data.full_name)
    patient.sort_family = family_name_key(data.full_name)
    patient.phone_digits = national_digits(data.phone)
    if patient.id is None:
        session.flush()
    refresh_search_entries(session, patient)


def _record(session: Session, patient: Patient) -> PatientRecord:
    derived = "contact_consent"
    values = {f.name: getattr(patient, f.name) for f in fields(PatientRecord) if f.name != derived}
    return PatientRecord(**values, contact_consent=has_consent(session, patient.id, "reminders"))


def _next_mrn(session: Session) -> str:
    value = session.execute(
        update(Counter)
        .where(Counter.name == "mrn")
        .values(value=Counter.value + 1)
        .returning(Counter.value)
    ).scalar_one()
    return f"TB-{value:06d}"


def _checked(data: PatientInput, db: Database) -> PatientInput:
    data = data.cleaned()
    errors = validate_patient(data, db.today())
    if errors:
        raise ValidationError(errors)
    return data


def register_patient(db: Database, actor: Actor, data: PatientInput) -> PatientRecord:
    data = _checked(data, db)
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_CREATE)
        now = db.clock()
        patient = Patient(
            mrn=_next_mrn(session),
            active=True,
            created_at=now,
            created_by_id=actor.account_id,
            updated_at=now,
            updated_by_id=actor.account_id,
        )
        session.add(patient)
        _apply(session, patient, data)
        return _record(session, patient)


def update_patient(
    db: Database, actor: Actor, patient_id: int, expected_version: int, data: PatientInput
) -> PatientRecord:
    """Save an edit. Refused when someone else saved the patient since `expected_version`."""
    data = _checked(data, db)
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_EDIT_CONTACT)
        patient = _patient(session, patient_id)
        if patient is None:
            raise NotFound(say("Patient {patient_id} does not exist.", patient_id=patient_id))
        refuse_stale(
            session,
            patient,
            expected_version,
            say("{name}'s record", name=patient.full_name),
            say("Reload to see their changes; what you typed is still in the form."),
        )
        clinical_change = any(getattr(patient, f) != getattr(data, f) for f in CLINICAL_FIELDS)
        if clinical_change and not actor.may(Permission.PATIENT_EDIT_CLINICAL):
            raise PermissionDenied(
                say(
                    "Allergies and medical notes are changed by a doctor. Your other changes "
                    "were not saved either; undo those two fields to save them.",
                )
            )
        if clinical_change:
            authorize(session, actor, Permission.PATIENT_EDIT_CLINICAL)
        _apply(session, patient, data)
        if session.is_modified(patient):
            patient.updated_at = db.clock()
            patient.updated_by_id = actor.account_id
        session.flush()
        return _record(session, patient)


def _patient(session: Session, patient_id: int) -> Patient | None:
    # A number beyond the database's integers names no patient (and would not bind).
    if not -(2**63) <= patient_id < 2**63:
        return None
    return session.get(Patient, patient_id)


def open_patient(db: Database, actor: Actor, patient_id: int) -> PatientRecord:
    """A patient's details for their file; the opening itself is audited."""
    with db.write(actor, events_only=True) as session:
        authorize(session, actor, Permission.PATIENT_READ)
        patient = _patient(session, patient_id)
        if patient is None:
            raise NotFound(say("Patient {patient_id} does not exist.", patient_id=patient_id))
        audit.record_event(session, "view", Patient.__tablename__, patient.id, patient.id)
        return _record(session, patient)


def reread_patient(db: Database, actor: Actor, patient_id: int) -> PatientRecord:
    """A patient's details again, for a file already open (its opening was audited)."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        patient = _patient(session, patient_id)
        if patient is None:
            raise NotFound(say("Patient {patient_id} does not exist.", patient_id=patient_id))
        return _record(session, patient)


def find_duplicates(
    db: Database, actor: Actor, data: PatientInput, exclude_id: int | None = None
) -> list[PatientRow]:
    """Patients with the same name and date of birth, or the same phone number."""
    data = data.cleaned()
    conditions = []
    if data.full_name and data.date_of_birth:
        conditions.append(
            and_(
                Patient.search_name == fold(data.full_name),
                Patient.date_of_birth == data.date_of_birth,
            )
        )
    if phone := national_digits(data.phone):
        conditions.append(Patient.phone_digits == phone)
    if not conditions:
        return []
    query = _row_query().where(or_(*conditions), Patient.active.is_(True))
    if exclude_id is not None:
        query = query.where(Patient.id != exclude_id)
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        return [PatientRow(*row) for row in session.execute(query.limit(20))]


def _row_query() -> Select[int, str, str, date, str, str]:
    return select(
        Patient.id,
        Patient.mrn,
        Patient.full_name,
        Patient.date_of_birth,
        Patient.sex,
        Patient.phone,
    )


def search_query(
    session: Session,
    query: str,
    order: NameOrder = NameOrder.GIVEN,
    limit: int = 100,
    offset: int = 0,
) -> Select[int, str, str, date, str, str]:
    """One page of patients matching what was typed (db.record.patient_search), in order."""
    page = search_page(session, query, order, limit, offset).subquery()
    return (
        _row_query()
        .join(page, Patient.id == page.c.patient_id)
        .where(Patient.active.is_(True))
        .order_by(page.c.key, page.c.patient_id)
    )


MAX_PAGE = 10_000
MAX_OFFSET = 2**31


def search_patients(
    db: Database,
    actor: Actor,
    query: str,
    limit: int = 100,
    offset: int = 0,
    order: NameOrder = NameOrder.GIVEN,
) -> list[PatientRow]:
    if not 1 <= limit <= MAX_PAGE or not 0 <= offset <= MAX_OFFSET:
        raise ValidationError(
            {
                "page": say(
                    "A page of results is 1 to {most} rows from a position of 0 or more.",
                    most=MAX_PAGE,
                )
            }
        )
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        # Core, not the ORM: the rows are plain columns, and a keystroke's search is short.
        rows = session.connection().execute(search_query(session, query, order, limit, offset))
        return [PatientRow(*row) for row in rows]


def analyse(db: Database) -> None:
    """Refresh the query planner's statistics after a bulk load; on PostgreSQL also mark the
    new pages all-visible, so searches read their index alone instead of visiting each row."""
    if db.is_sqlite:
        with db.engine.begin() as connection:
            connection.execute(text("ANALYZE"))
        return
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM (ANALYZE)"))
