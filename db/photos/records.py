"""Storing, listing, reading and voiding a patient's clinical photographs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import defer

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import Conflict, NotFound, ValidationError
from db.models import Consent, Patient, Photo, PhotoView, Procedure
from db.photos.imaging import PreparedPhoto
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.wording import say

STAGES = ("before", "after", "follow_up")
MAX_BATCH = 60


@dataclass(frozen=True)
class ViewRecord:
    code: str
    label_en: str
    label_vi: str
    position: int
    active: bool


@dataclass(frozen=True)
class PhotoRecord:
    """A photo without its pixels: the file lists many, the pixels load when shown."""

    id: int
    patient_id: int
    view: str
    stage: str
    procedure_id: int | None
    taken_on: date
    width: int
    height: int
    sha256: str
    created_at: datetime
    voided_at: datetime | None
    void_reason: str
    version: int

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def _view_record(view: PhotoView) -> ViewRecord:
    return ViewRecord(view.code, view.label_en, view.label_vi, view.position, view.active)


def photo_views(db: Database, actor: Actor) -> list[ViewRecord]:
    """The clinic's views in their order (inactive ones too: old photos keep theirs)."""
    with db.read() as session:
        # Staff who take photos, and administrators who keep the set.
        needed = (
            Permission.SETTINGS_EDIT
            if actor.may(Permission.SETTINGS_EDIT)
            else Permission.PATIENT_READ
        )
        authorize(session, actor, needed)
        rows = session.scalars(select(PhotoView).order_by(PhotoView.position, PhotoView.code))
        return [_view_record(v) for v in rows]


def add_view(db: Database, actor: Actor, label_en: str, label_vi: str) -> ViewRecord:
    """A view of the clinic's own (smiling, chin up, a close-up), after the standard set."""
    label_en, label_vi = clean_line(label_en), clean_line(label_vi)
    if not 2 <= len(label_en) <= 80 or not 2 <= len(label_vi) <= 80:
        raise ValidationError({"label": say("Name the view in English and in Vietnamese.")})
    code = "".join(c if c.isalnum() else "_" for c in label_en.lower()).strip("_")[:30]
    with db.write(actor) as session:
        authorize(session, actor, Permission.SETTINGS_EDIT)
        if not code or session.get(PhotoView, code) is not None:
            raise ValidationError(
                {"label": say("A view named {label_en} already exists.", label_en=label_en)}
            )
        last = session.scalar(select(PhotoView.position).order_by(PhotoView.position.desc()))
        view = PhotoView(
            code=code, label_en=label_en, label_vi=label_vi, position=(last or 0) + 1, active=True
        )
        session.add(view)
        session.flush()
        return _view_record(view)


def _record(photo: Photo) -> PhotoRecord:
    return PhotoRecord(
        photo.id,
        photo.patient_id,
        photo.view,
        photo.stage,
        photo.procedure_id,
        photo.taken_on,
        photo.width,
        photo.height,
        photo.sha256,
        photo.created_at,
        photo.voided_at,
        photo.void_reason,
        photo.version,
    )


def import_photos(
    db: Database,
    actor: Actor,
    patient_id: int,
    stage: str,
    taken_on: date,
    procedure_id: int | None,
    photos: Sequence[tuple[str, PreparedPhoto]],
) -> list[PhotoRecord]:
    """Store a batch of prepared photos, each with its view: all of them, or none.

    Refused without the patient's consent to clinical photographs in force.
    """
    if not photos:
        raise ValidationError({"photo": say("Choose the photos to import.")})
    if len(photos) > MAX_BATCH:
        raise ValidationError(
            {"photo": say("Import at most {most} photos at a time.", most=MAX_BATCH)}
        )
    if stage not in STAGES:
        raise ValidationError(
            {
                "stage": say(
                    "Say whether the photos are from before, right after the procedure, or a "
                    "follow-up.",
                )
            }
        )
    today = db.clock().astimezone().date()
    if taken_on > today + timedelta(days=1):
        raise ValidationError({"taken_on": say("The photos cannot be taken in the future.")})
    with db.write(actor) as session:
        authorize(session, actor, Permission.PHOTO_IMPORT)
        patient = session.get(Patient, patient_id)
        if patient is None or not patient.active:
            raise NotFound(say("This patient's record is not active; open the current record."))
        consent_id = session.scalar(
            select(Consent.id)
            .where(
                Consent.patient_id == patient_id,
                Consent.purpose == "photographs",
                Consent.withdrawn_at.is_(None),
            )
            .limit(1)
        )
        if consent_id is None:
            raise ValidationError(
                {
                    "photo": say(
                        "The patient has not consented to clinical photographs (or withdrew it): "
                        "record the consent first. No photo was stored.",
                    )
                }
            )
        if procedure_id is not None:
            procedure = session.get(Procedure, procedure_id)
            if procedure is None or procedure.patient_id != patient_id:
                raise ValidationError(
                    {"procedure": say("Choose one of this patient's procedures.")}
                )
        views = {v.code: v for v in session.scalars(select(PhotoView))}
        now = db.clock()
        stored = []
        for view, prepared in photos:
            if view not in views or not views[view].active:
                raise ValidationError(
                    {"view": say("{file_name}: choose its view.", file_name=prepared.file_name)}
                )
            photo = Photo(
                patient_id=patient_id,
                view=view,
                stage=stage,
                procedure_id=procedure_id,
                taken_on=taken_on,
                consent_id=consent_id,
                width=prepared.width,
                height=prepared.height,
                content=prepared.content,
                thumbnail=prepared.thumbnail,
                sha256=prepared.sha256,
                source_sha256=prepared.source_sha256,
                imported_by_id=actor.account_id,
                created_at=now,
                void_reason="",
            )
            session.add(photo)
            stored.append(photo)
        session.flush()
        return [_record(p) for p in stored]


def patient_photos(db: Database, actor: Actor, patient_id: int) -> list[PhotoRecord]:
    """A patient's photos, oldest first, voided ones included; without pixels."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        rows = session.scalars(
            select(Photo)
            .options(defer(Photo.content), defer(Photo.thumbnail))
            .where(Photo.patient_id == patient_id)
            .order_by(Photo.taken_on, Photo.id)
        )
        return [_record(photo) for photo in rows]


def thumbnails(db: Database, actor: Actor, photo_ids: Sequence[int]) -> dict[int, bytes]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        rows = session.execute(select(Photo.id, Photo.thumbnail).where(Photo.id.in_(photo_ids)))
        return {photo_id: data for photo_id, data in rows}


def photo_content(db: Database, actor: Actor, photo_id: int) -> bytes:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        data = session.scalar(select(Photo.content).where(Photo.id == photo_id))
        if data is None:
            raise NotFound(say("Photo {photo_id} does not exist.", photo_id=photo_id))
        return data


def void_photo(
    db: Database, actor: Actor, photo_id: int, expected_version: int, reason: str
) -> PhotoRecord:
    """A photo stored in error (wrong patient, wrong view) is voided, never deleted."""
    reason = clean_block(reason)
    if len(reason) < 5:
        raise ValidationError(
            {"reason": say("Say why the photo is voided (at least 5 characters).")}
        )
    with db.write(actor) as session:
        authorize(session, actor, Permission.PHOTO_IMPORT)
        photo = session.get(Photo, photo_id)
        if photo is None:
            raise NotFound(say("Photo {photo_id} does not exist.", photo_id=photo_id))
        if photo.voided_at is not None:
            raise Conflict(say("This photo was already voided."))
        refuse_stale(session, photo, expected_version, "This photo", say("Reload it first."))
        photo.voided_at = db.clock()
        photo.voided_by_id = actor.account_id
        photo.void_reason = reason
        session.flush()
        return _record(photo)
