"""Giving and withdrawing consent, per purpose, with its evidence; reading a patient's consents."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.consent.evidence import (
    ScannedForm,
    Signature,
    check_signature,
    render_png,
    signature_hash,
    strokes_json,
)
from db.consent.texts import current_text_in
from db.errors import Conflict, NotFound, ValidationError
from db.models import (
    Consent,
    ConsentDocument,
    ConsentSignature,
    ConsentText,
    Patient,
    Procedure,
    User,
)
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.vocabulary import AREAS, CONSENT_PURPOSES, MATERIALS, WITHDRAWAL_METHODS, codes, term
from db.wording import language, say

# A consent is recorded while or just after it is given; a little clock drift between PCs is fine.
FUTURE_TOLERANCE = timedelta(minutes=10)
CHOOSABLE_METHODS = ("signed_screen", "paper_scanned", "oral")


@dataclass(frozen=True)
class ConsentInput:
    patient_id: int
    purpose: str
    language: str
    # The text version shown to the patient, as read by current_text (0: the shipped default).
    text_id: int
    method: str
    given_at: datetime
    areas: tuple[str, ...] = ()
    materials: tuple[str, ...] = ()
    witness: str = ""
    signature: Signature | None = None
    document: ScannedForm | None = None


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    patient_id: int
    purpose: str
    text_id: int | None
    text_version: int | None
    language: str
    areas: tuple[str, ...]
    materials: tuple[str, ...]
    method: str
    witness: str
    obtained_by: str
    given_at: datetime
    withdrawn_at: datetime | None
    withdrawn_by: str
    withdrawal_method: str
    withdrawal_note: str
    procedure_id: int | None
    signature_sha256: str
    document_name: str
    version: int

    @property
    def active(self) -> bool:
        return self.withdrawn_at is None


def consent_given(purpose: str) -> Any:
    """SQL: the patient in the enclosing query has an unwithdrawn consent for `purpose`."""
    return exists().where(
        Consent.patient_id == Patient.id,
        Consent.purpose == purpose,
        Consent.withdrawn_at.is_(None),
    )


def _validate(data: ConsentInput, now: datetime) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.purpose not in codes(CONSENT_PURPOSES):
        errors["purpose"] = say("Choose what the consent is for.")
    if data.method not in CHOOSABLE_METHODS:
        errors["method"] = say("Choose how the consent was given.")
    elif data.method == "signed_screen" and data.signature is None:
        errors["signature"] = say("The patient has not signed yet: sign in the box.")
    elif data.method == "paper_scanned" and data.document is None:
        errors["document"] = say("Attach the scanned, signed paper form.")
    elif data.method == "oral" and len(clean_line(data.witness)) < 3:
        errors["witness"] = say("Name the person who witnessed the spoken consent.")
    if data.purpose == "treatment":
        if data.method == "oral":
            errors["method"] = say(
                "Consent to a procedure must be signed: on screen, or on paper and scanned.",
            )
        if not data.areas or not set(data.areas) <= codes(AREAS):
            errors["areas"] = say("Tick the areas the patient agrees to have treated.")
        if not data.materials or not set(data.materials) <= codes(MATERIALS):
            errors["materials"] = say("Tick the thread materials the patient agrees to.")
    if data.given_at > now + FUTURE_TOLERANCE:
        errors["given_at"] = say("Consent cannot be recorded before it is given.")
    if len(clean_line(data.witness)) > 200:
        errors["witness"] = say("The witness's name is too long (at most 200 characters).")
    return errors


def record_consent(db: Database, actor: Actor, data: ConsentInput) -> ConsentRecord:
    """Store a consent with its proof and the exact text version shown: all of it, or nothing."""
    if data.signature is not None:
        check_signature(data.signature)
    if errors := _validate(data, db.clock()):
        raise ValidationError(errors)
    # Alongside other PCs' writes when the form showed a stored text version: storing a
    # shipped default (text 0) must not race another PC storing it too. The patient's row is
    # locked, so two PCs cannot both find a consent not yet given.
    with db.write(actor, own_locks=data.text_id != 0) as session:
        authorize(session, actor, Permission.CONSENT_RECORD)
        patient = session.get(Patient, data.patient_id, with_for_update={"key_share": True})
        if patient is None or not patient.active:
            raise NotFound(say("This patient's record is not active; open the current record."))
        current = current_text_in(session, data.purpose, data.language, db.clock(), actor.user_id)
        # 0: the form showed the shipped default, stored just now if it was not stored yet.
        shown = current.id if data.text_id == 0 and current.source == "default" else data.text_id
        if shown != current.id:
            raise Conflict(
                say(
                    "The consent text was changed while this form was open. Close the form "
                    "and open it again, so the patient reads and agrees to the current "
                    "wording.",
                )
            )
        if data.purpose != "treatment" and _active(session, data.patient_id, data.purpose):
            raise Conflict(say("This consent is already given and not withdrawn."))
        now = db.clock()
        consent = Consent(
            patient_id=patient.id,
            purpose=data.purpose,
            text_id=current.id,
            areas=",".join(sorted(set(data.areas))) if data.purpose == "treatment" else "",
            materials=",".join(sorted(set(data.materials))) if data.purpose == "treatment" else "",
            method=data.method,
            witness=clean_line(data.witness) if data.method == "oral" else "",
            obtained_by_id=actor.account_id,
            given_at=data.given_at,
            withdrawal_method="",
            withdrawal_note="",
            created_at=now,
        )
        session.add(consent)
        session.flush()
        if data.method == "signed_screen" and data.signature is not None:
            strokes = strokes_json(data.signature)
            image = render_png(data.signature)
            session.add(
                ConsentSignature(
                    consent_id=consent.id,
                    patient_id=patient.id,
                    strokes=strokes,
                    image_png=image,
                    sha256=signature_hash(strokes, image),
                    created_at=now,
                )
            )
        if data.method == "paper_scanned" and data.document is not None:
            doc = data.document
            session.add(
                ConsentDocument(
                    consent_id=consent.id,
                    patient_id=patient.id,
                    media_type=doc.media_type,
                    file_name=doc.file_name,
                    content=doc.content,
                    sha256=doc.sha256,
                    created_at=now,
                )
            )
        session.flush()
        return _records(session, [consent])[0]


def withdraw_consent(
    db: Database, actor: Actor, consent_id: int, expected_version: int, method: str, note: str = ""
) -> ConsentRecord:
    """Record that the patient withdrew a consent; nothing based on it happens from now on."""
    note = clean_block(note)
    if method not in codes(WITHDRAWAL_METHODS):
        raise ValidationError(
            {"withdrawal_method": say("Choose how the patient withdrew consent.")}
        )
    if len(note) > 2000:
        raise ValidationError(
            {"withdrawal_note": say("The note is too long (at most 2,000 characters).")}
        )
    with db.write(actor) as session:
        authorize(session, actor, Permission.CONSENT_RECORD)
        consent = session.get(Consent, consent_id)
        if consent is None:
            raise NotFound(say("Consent {consent_id} does not exist.", consent_id=consent_id))
        if consent.withdrawn_at is not None:
            when = consent.withdrawn_at.astimezone()
            raise Conflict(say("This consent was already withdrawn on {when}.", when=when))
        refuse_stale(session, consent, expected_version, "This consent", say("Reload it first."))
        if consent.purpose == "treatment" and (done := _procedure_of(session, consent.id)):
            raise Conflict(
                say(
                    "This consent covers the procedure of {performed}, which has been done; "
                    "record any change of mind in the notes.",
                    performed=done.performed_at.astimezone(),
                )
            )
        consent.withdrawn_at = db.clock()
        consent.withdrawn_by_id = actor.account_id
        consent.withdrawal_method = method
        consent.withdrawal_note = note
        session.flush()
        return _records(session, [consent])[0]


def _active(session: Session, patient_id: int, purpose: str) -> bool:
    found = session.scalar(
        select(Consent.id)
        .where(
            Consent.patient_id == patient_id,
            Consent.purpose == purpose,
            Consent.withdrawn_at.is_(None),
        )
        .limit(1)
    )
    return found is not None


def has_consent(session: Session, patient_id: int, purpose: str) -> bool:
    """Whether the patient's consent for `purpose` stands now (read in the caller's transaction)."""
    return _active(session, patient_id, purpose)


def _procedure_of(session: Session, consent_id: int) -> Procedure | None:
    return session.scalars(
        select(Procedure).where(Procedure.consent_id == consent_id, Procedure.voided_at.is_(None))
    ).first()


def check_treatment_consent(
    session: Session,
    consent_id: int | None,
    patient_id: int,
    performed_at: datetime,
    areas: set[str],
    materials: set[str],
) -> Consent:
    """The signed consent a procedure is charted under; refuses one that does not cover it."""

    def refuse(message: str) -> ValidationError:
        return ValidationError({"consent": message})

    if consent_id is None:
        raise refuse(
            say(
                "Choose the patient's signed consent for this procedure, or record it first.",
            )
        )
    # Locked: another PC charting under the same consent waits, then sees it used.
    consent = session.get(Consent, consent_id, with_for_update={"key_share": True})
    if consent is None or consent.patient_id != patient_id or consent.purpose != "treatment":
        raise refuse(say("The chosen consent is not this patient's consent to treatment."))
    if consent.withdrawn_at is not None:
        raise refuse(say("The patient withdrew this consent; record a new one before charting."))
    if consent.method not in ("signed_screen", "paper_scanned"):
        raise refuse(
            say("A procedure needs a consent signed on screen or on a scanned paper form.")
        )
    if consent.given_at > performed_at:
        raise refuse(say("The consent was given after the procedure's time: check both times."))
    if (done := _procedure_of(session, consent.id)) is not None:
        raise refuse(
            say(
                "This consent was used for the procedure of {performed}; each procedure "
                "needs its own.",
                performed=done.performed_at.astimezone(),
            )
        )
    agreed_areas = set(filter(None, consent.areas.split(",")))
    agreed_materials = set(filter(None, consent.materials.split(",")))
    if missing := sorted(areas - agreed_areas):
        names = ", ".join(term(AREAS, code).label(language()) for code in missing)
        raise refuse(say("The consent does not cover these areas: {areas}.", areas=names))
    if missing := sorted(materials - agreed_materials):
        raise refuse(
            say(
                "The consent does not cover these thread materials: {materials}.",
                materials=", ".join(missing),
            )
        )
    return consent


def patient_consents(db: Database, actor: Actor, patient_id: int) -> list[ConsentRecord]:
    """Every consent of a patient, newest first, withdrawn ones included."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        consents = session.scalars(
            select(Consent)
            .where(Consent.patient_id == patient_id)
            .order_by(Consent.given_at.desc(), Consent.id.desc())
        ).all()
        return _records(session, list(consents))


def usable_treatment_consents(db: Database, actor: Actor, patient_id: int) -> list[ConsentRecord]:
    """Signed treatment consents not withdrawn and not yet used by a procedure, newest first."""
    return [
        c
        for c in patient_consents(db, actor, patient_id)
        if c.purpose == "treatment"
        and c.active
        and c.procedure_id is None
        and c.method in ("signed_screen", "paper_scanned")
    ]


def consent_record(session: Session, consent_id: int) -> ConsentRecord:
    consent = session.get(Consent, consent_id)
    if consent is None:
        raise NotFound(say("Consent {consent_id} does not exist.", consent_id=consent_id))
    return _records(session, [consent])[0]


def _records(session: Session, consents: list[Consent]) -> list[ConsentRecord]:
    if not consents:
        return []
    ids = [c.id for c in consents]
    names = dict(session.execute(select(User.id, User.full_name)).all())
    texts = {
        t.id: t
        for t in session.scalars(
            select(ConsentText).where(
                ConsentText.id.in_({c.text_id for c in consents if c.text_id})
            )
        )
    }
    procedures = dict(
        session.execute(
            select(Procedure.consent_id, Procedure.id).where(
                Procedure.consent_id.in_(ids), Procedure.voided_at.is_(None)
            )
        ).all()
    )
    hashes = dict(
        session.execute(
            select(ConsentSignature.consent_id, ConsentSignature.sha256).where(
                ConsentSignature.consent_id.in_(ids)
            )
        ).all()
    )
    documents = dict(
        session.execute(
            select(ConsentDocument.consent_id, ConsentDocument.file_name).where(
                ConsentDocument.consent_id.in_(ids)
            )
        ).all()
    )
    records = []
    for c in consents:
        text = texts.get(c.text_id) if c.text_id else None
        records.append(
            ConsentRecord(
                id=c.id,
                patient_id=c.patient_id,
                purpose=c.purpose,
                text_id=c.text_id,
                text_version=text.version_no if text else None,
                language=text.language if text else "",
                areas=tuple(filter(None, c.areas.split(","))),
                materials=tuple(filter(None, c.materials.split(","))),
                method=c.method,
                witness=c.witness,
                obtained_by=names.get(c.obtained_by_id, "") if c.obtained_by_id else "",
                given_at=c.given_at,
                withdrawn_at=c.withdrawn_at,
                withdrawn_by=names.get(c.withdrawn_by_id, "") if c.withdrawn_by_id else "",
                withdrawal_method=c.withdrawal_method,
                withdrawal_note=c.withdrawal_note,
                procedure_id=procedures.get(c.id),
                signature_sha256=hashes.get(c.id, ""),
                document_name=documents.get(c.id, ""),
                version=c.version,
            )
        )
    return records
