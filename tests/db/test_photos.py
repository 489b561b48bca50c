"""Clinical photographs: stored upright and without metadata, only with consent, never deleted."""

from __future__ import annotations

import io
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.consent.records import withdraw_consent
from db.errors import ValidationError
from db.models import AuditEvent, Photo
from db.photos.comparison import export_comparison
from db.photos.imaging import prepare_photo
from db.photos.records import (
    import_photos,
    patient_photos,
    photo_content,
    photo_views,
    thumbnails,
    void_photo,
)
from db.record.patients import PatientRecord
from db.storage.backup import backup
from db.storage.database import Database
from db.storage.restore import restore
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows, changes, give_consent


def phone_photo(kind: str, size: tuple[int, int] = (400, 300)) -> bytes:
    """A landscape frame with a red corner, saved as a phone held upright would: orientation 6
    (turn right to view), GPS position, maker, serial number and owner in the metadata."""
    image = Image.new("RGB", size, "white")
    image.paste((255, 0, 0), (0, 0, size[0] // 4, size[1] // 3))
    exif = Image.Exif()
    exif[0x0112] = 6
    exif[0x010F] = "Apple"
    exif[0xA431] = "SERIAL-0042"
    exif[0xA430] = "Nguyễn Văn Chủ"
    exif[0x8825] = {1: "N", 2: (21.0, 1.0, 30.0), 3: "E", 4: (105.0, 51.0, 0.0)}
    out = io.BytesIO()
    if kind == "heic":
        import pillow_heif

        pillow_heif.register_heif_opener()
        image.save(out, format="HEIF", exif=exif.tobytes())
    elif kind == "png":
        image.save(out, format="PNG", exif=exif.tobytes())
    else:
        image.save(out, format="JPEG", exif=exif.tobytes(), comment=b"owner: Nguyen")
    return out.getvalue()


def photo_rows(db: Database) -> tuple[int, int]:
    with db.read() as session:
        return (
            session.scalar(select(func.count()).select_from(Photo)) or 0,
            session.scalar(select(func.count()).select_from(AuditEvent)) or 0,
        )


def store(
    db: Database,
    staff: Staff,
    patient: PatientRecord,
    stock: Stock,
    *files: tuple[str, bytes],
    stage: str = "before",
    days_ago: int = 0,
) -> list[int]:
    prepared = [(view, prepare_photo(f"IMG.{view}", data)) for view, data in files]
    day = stock.now.astimezone().date() - timedelta(days=days_ago)
    return [p.id for p in import_photos(db, staff.nurse, patient.id, stage, day, None, prepared)]


@pytest.mark.parametrize("kind", ["jpeg", "png", "heic"])
def test_a_phone_photo_is_stored_upright_with_no_metadata_left(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, kind: str
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    (photo_id,) = store(db, staff, patient, stock, ("front", phone_photo(kind)))
    stored = photo_content(db, staff.doctor, photo_id)
    with Image.open(io.BytesIO(stored)) as image:
        assert image.format == "JPEG" and image.size == (300, 400)  # turned upright
        red = image.convert("RGB").getpixel((290, 10))
        assert isinstance(red, tuple) and red[0] > 200 and red[1] < 60  # the corner went right
        assert len(image.getexif()) == 0
        assert not {"exif", "icc_profile", "comment", "xmp", "dpi"} & set(image.info)
    for needle in (b"Apple", b"SERIAL-0042", b"Exif", b"owner", "Nguyễn".encode()):
        assert needle not in stored
    (thumb,) = thumbnails(db, staff.doctor, [photo_id]).values()
    with Image.open(io.BytesIO(thumb)) as image:
        assert max(image.size) <= 240 and len(image.getexif()) == 0
    (created,) = audit_rows(db, record_type="photo")
    assert "content" not in changes(created) and changes(created)["view"] == [None, "front"]


def test_a_photo_without_consent_is_refused_and_nothing_is_written(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    before = photo_rows(db)
    with pytest.raises(ValidationError, match="not consented to clinical photographs"):
        store(db, staff, patient, stock, ("front", phone_photo("jpeg")))
    consent = give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    withdraw_consent(db, staff.nurse, consent, 1, "in_person")
    before = photo_rows(db)
    with pytest.raises(ValidationError, match="or withdrew it"):
        store(db, staff, patient, stock, ("front", phone_photo("jpeg")))
    assert photo_rows(db) == before


@pytest.mark.parametrize("kind", ["truncated", "text renamed", "bomb", "gif"])
def test_hostile_files_are_refused_by_name(kind: str) -> None:
    good = phone_photo("jpeg")
    if kind == "truncated":
        data = good[: len(good) // 2]
        expected = "damaged or incomplete"
    elif kind == "text renamed":
        data = b"Subject: holiday pictures\n\n" * 20
        expected = "not a JPEG, PNG or HEIC"
    elif kind == "bomb":
        out = io.BytesIO()
        Image.new("1", (12000, 12000)).save(out, format="PNG")  # 144 megapixels in a few KB
        data = out.getvalue()
        expected = "too many pixels"
    else:
        out = io.BytesIO()
        Image.new("RGB", (10, 10)).save(out, format="GIF")
        data = out.getvalue()
        expected = "not a JPEG, PNG or HEIC"
    with pytest.raises(ValidationError) as refused:
        prepare_photo("IMG_0007.JPG", data)
    message = refused.value.fields["photo"]
    assert message.startswith("IMG_0007.JPG: ") and expected in message


def test_a_batch_is_all_or_nothing_and_a_photo_is_voided_not_deleted(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    before = photo_rows(db)
    with pytest.raises(ValidationError, match="choose its view"):
        store(
            db,
            staff,
            patient,
            stock,
            ("front", phone_photo("jpeg")),
            ("smiling", phone_photo("png")),
        )
    assert photo_rows(db) == before
    views = [v.code for v in photo_views(db, staff.nurse)]
    assert views == ["front", "left_45", "right_45", "left_90", "right_90"]
    ids = store(db, staff, patient, stock, *((view, phone_photo("jpeg")) for view in views))
    voided = void_photo(db, staff.doctor, ids[1], 1, "wrong side: this is the right profile")
    assert voided.voided
    listed = patient_photos(db, staff.nurse, patient.id)
    assert [p.id for p in listed] == ids and listed[1].void_reason.startswith("wrong side")
    assert audit_rows(db, record_type="photo", action="void")[0].record_id == str(ids[1])


def test_teaching_export_needs_that_consent_and_withdrawal_stops_it(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    (first,) = store(db, staff, patient, stock, ("front", phone_photo("jpeg")), days_ago=90)
    (second,) = store(db, staff, patient, stock, ("front", phone_photo("png")), stage="follow_up")
    for_patient = export_comparison(
        db, staff.nurse, first, second, "patient", tmp_path / "for-patient.pdf"
    )
    assert for_patient.read_bytes().startswith(b"%PDF")
    with pytest.raises(ValidationError, match="not consented to the use of photographs"):
        export_comparison(db, staff.nurse, first, second, "teaching", tmp_path / "class.png")
    teaching = give_consent(db, staff.nurse, patient.id, "photo_teaching", stock.now)
    picture = export_comparison(
        db,
        staff.nurse,
        first,
        second,
        "teaching",
        tmp_path / "class.png",
        mode="overlay",
        alpha=0.3,
    )
    with Image.open(picture) as image:
        assert image.format == "PNG" and image.width > 200
    withdraw_consent(db, staff.nurse, teaching, 1, "written", "no more lectures")
    with pytest.raises(ValidationError):
        export_comparison(db, staff.nurse, first, second, "teaching", tmp_path / "again.png")
    assert not (tmp_path / "again.png").exists()
    exports = audit_rows(db, action="export", record_type="photo")
    assert [e.details.count('"teaching"') for e in exports] == [0, 1]


def test_backup_and_restore_bring_the_photos_back_identical(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, tmp_path: Path
) -> None:
    give_consent(db, staff.nurse, patient.id, "photographs", stock.now)
    ids = store(
        db, staff, patient, stock, ("front", phone_photo("jpeg")), ("left_45", phone_photo("heic"))
    )

    def pixels() -> list[tuple[bytes, bytes, str]]:
        with db.read() as session:
            rows = session.execute(
                select(Photo.content, Photo.thumbnail, Photo.sha256).order_by(Photo.id)
            ).all()
            return [tuple(row) for row in rows]  # type: ignore[misc]

    before = pixels()
    copy = backup(db, tmp_path / "copy.backup", staff.admin)
    void_photo(db, staff.doctor, ids[0], 1, "taken after the backup")
    restore(db, copy.path, tmp_path / "kept", staff.admin)
    assert pixels() == before
    assert not any(p.voided for p in patient_photos(db, staff.nurse, patient.id))
