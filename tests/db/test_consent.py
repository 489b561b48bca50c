"""Consent per purpose: what charting and the reminder lists require, proof kept, withdrawal."""

from __future__ import annotations

import hashlib
import io
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from db.consent.evidence import Signature, check_scan
from db.consent.proof import stored_signature
from db.consent.records import (
    ConsentInput,
    ConsentRecord,
    patient_consents,
    record_consent,
    usable_treatment_consents,
    withdraw_consent,
)
from db.consent.texts import current_text, save_consent_text, text_version
from db.errors import Conflict, ValidationError
from db.models import AuditEvent, Consent, ConsentDocument, ConsentSignature, ConsentText
from db.record.followups import day_lists, patient_follow_ups
from db.record.patients import PatientRecord, open_patient
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.helpers import audit_rows, changes, give_consent, scanned_form_png, treatment_consent

ZIGZAG = Signature(
    (
        tuple((40.0 + 12 * i, 100.0 + (30 if i % 2 else -30)) for i in range(30)),
        ((420.0, 150.0), (520.0, 160.0)),
    )
)


def consent_rows(db: Database) -> tuple[int, ...]:
    with db.read() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model)) or 0
            for model in (Consent, ConsentSignature, ConsentDocument, ConsentText, AuditEvent)
        )


def signed(
    db: Database, staff: Staff, patient: PatientRecord, stock: Stock, **changes_: object
) -> ConsentRecord:
    text = current_text(db, staff.doctor, "treatment", "vi")
    values: dict[str, object] = {
        "patient_id": patient.id,
        "purpose": "treatment",
        "language": "vi",
        "text_id": text.id,
        "method": "signed_screen",
        "given_at": stock.now - timedelta(hours=2),
        "areas": ("jawline",),
        "materials": ("PDO",),
        "signature": ZIGZAG,
    }
    values.update(changes_)
    return record_consent(db, staff.doctor, ConsentInput(**values))  # type: ignore[arg-type]


def chart_jawline(
    db: Database,
    staff: Staff,
    stock: Stock,
    patient: PatientRecord,
    consent_id: int | None,
    area: str = "jawline",
) -> int:
    return chart_procedure(
        db,
        staff.doctor,
        ProcedureInput(
            patient.id,
            stock.now - timedelta(hours=1),
            staff.doctor.user_id,
            None,
            consent_id,
            "local",
            (PlacementInput(area, "both", stock.lot_id, 2),),
        ),
    ).id


def test_a_signature_round_trips_and_its_hash_verifies(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    consent = signed(db, staff, patient, stock)
    proof = stored_signature(db, staff.nurse, consent.id)
    assert proof.signature == Signature(
        tuple(tuple((round(x, 1), round(y, 1)) for x, y in s) for s in ZIGZAG.strokes)
    )
    assert proof.intact and proof.sha256 == consent.signature_sha256
    with Image.open(io.BytesIO(proof.image_png)) as image:
        assert image.size == (1200, 400) and image.getextrema() == (0, 255)  # ink on white
    (created,) = audit_rows(db, record_type="consent_signature")
    assert changes(created)["sha256"] == [None, proof.sha256]
    assert "image_png" not in changes(created) and "strokes" not in changes(created)
    # A quiet change to the stored image no longer matches what the trail recorded.
    with db.write(None) as session:
        row = session.scalars(select(ConsentSignature)).one()
        row.image_png = row.image_png + b"\x00"
    assert not stored_signature(db, staff.nurse, consent.id).intact


def test_charting_needs_a_signed_consent_that_covers_the_procedure(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    before = consent_rows(db)
    with pytest.raises(ValidationError, match="signed consent"):
        chart_jawline(db, staff, stock, patient, None)
    assert consent_rows(db) == before

    consent = signed(db, staff, patient, stock)
    with pytest.raises(ValidationError, match="does not cover these areas: Neck"):
        chart_jawline(db, staff, stock, patient, consent.id, area="neck")
    later = signed(db, staff, patient, stock, given_at=stock.now - timedelta(minutes=30))
    with pytest.raises(ValidationError, match="after the procedure's time"):
        chart_jawline(db, staff, stock, patient, later.id)

    procedure_id = chart_jawline(db, staff, stock, patient, consent.id)
    with pytest.raises(ValidationError, match="each procedure needs its own"):
        chart_jawline(db, staff, stock, patient, consent.id)
    assert [c.id for c in usable_treatment_consents(db, staff.doctor, patient.id)] == [later.id]
    (used,) = [c for c in patient_consents(db, staff.doctor, patient.id) if c.id == consent.id]
    assert used.procedure_id == procedure_id
    with pytest.raises(Conflict, match="has been done"):
        withdraw_consent(db, staff.nurse, consent.id, consent.version, "in_person")


def test_a_withdrawn_or_spoken_consent_does_not_allow_a_procedure(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    consent = signed(db, staff, patient, stock)
    withdraw_consent(db, staff.nurse, consent.id, consent.version, "phone", "changed her mind")
    with pytest.raises(ValidationError, match="withdrew this consent"):
        chart_jawline(db, staff, stock, patient, consent.id)
    before = consent_rows(db)
    with pytest.raises(ValidationError, match="must be signed"):
        signed(db, staff, patient, stock, method="oral", signature=None, witness="Lê Thị Lan")
    with pytest.raises(ValidationError, match="not signed yet"):
        signed(db, staff, patient, stock, signature=Signature((((10.0, 10.0),),)))
    assert consent_rows(db) == before


def test_withdrawal_takes_the_patient_off_the_phone_list(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    placements = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    consent_id = treatment_consent(
        db, staff.doctor, patient.id, stock.now - timedelta(hours=2), placements
    )
    chart_procedure(
        db,
        staff.doctor,
        ProcedureInput(
            patient.id,
            stock.now - timedelta(hours=1),
            staff.doctor.user_id,
            None,
            consent_id,
            "local",
            placements,
        ),
    )
    # The day the first follow-up is due: the phone list reception works through that morning.
    first = min(patient_follow_ups(db, staff.nurse, patient.id), key=lambda f: f.due_at)
    today = first.due_at.astimezone().date()
    assert not day_lists(db, staff.nurse, today).due_today[0].contact_consent
    reminders = give_consent(db, staff.nurse, patient.id, "reminders", stock.now)
    assert day_lists(db, staff.nurse, today).due_today[0].contact_consent
    assert open_patient(db, staff.nurse, patient.id).contact_consent
    with pytest.raises(Conflict, match="already given"):
        give_consent(db, staff.nurse, patient.id, "reminders", stock.now)
    withdraw_consent(db, staff.nurse, reminders, 1, "phone", "asked for no more calls")
    assert not day_lists(db, staff.nurse, today).due_today[0].contact_consent
    (withdrawn,) = [c for c in patient_consents(db, staff.nurse, patient.id) if c.id == reminders]
    assert withdrawn.withdrawn_by == "Test Nurse" and withdrawn.withdrawal_method == "phone"
    (update,) = audit_rows(db, record_type="consent", record_id=str(reminders), action="update")
    assert changes(update)["withdrawal_method"] == ["", "phone"]
    with pytest.raises(Conflict, match="already withdrawn"):
        withdraw_consent(db, staff.nurse, reminders, 2, "phone")


def test_each_consent_keeps_the_text_version_it_was_given_with(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    shown = current_text(db, staff.nurse, "photographs", "en")
    assert shown.id == 0 and shown.title == "Consent to clinical photographs"  # not stored yet
    first = record_consent(
        db,
        staff.nurse,
        ConsentInput(
            patient.id, "photographs", "en", shown.id, "oral", stock.now, witness="Lê Thị Lan"
        ),
    )
    stored = current_text(db, staff.admin, "photographs", "en")
    assert stored.id == first.text_id and stored.version_no == 1
    edited = save_consent_text(
        db,
        staff.admin,
        "photographs",
        "en",
        stored.title,
        stored.body + "\nPhotographs are never sent by chat apps.",
        1,
    )
    assert edited.version_no == 2 and edited.source == "clinic"
    withdraw_consent(db, staff.nurse, first.id, first.version, "in_person")
    # A form still showing version 1 is refused: the patient must read the current words.
    with pytest.raises(Conflict, match="changed while this form was open"):
        record_consent(
            db,
            staff.nurse,
            ConsentInput(
                patient.id, "photographs", "en", stored.id, "oral", stock.now, witness="Lê Thị Lan"
            ),
        )
    second = record_consent(
        db,
        staff.nurse,
        ConsentInput(
            patient.id, "photographs", "en", edited.id, "oral", stock.now, witness="Lê Thị Lan"
        ),
    )
    assert text_version(db, staff.nurse, first.text_id or 0).version_no == 1
    assert "chat apps" in text_version(db, staff.nurse, second.text_id or 0).body


@pytest.mark.parametrize("kind", ["truncated", "text renamed", "bomb", "empty"])
def test_a_bad_scan_is_refused_and_nothing_is_written(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord, kind: str
) -> None:
    png = scanned_form_png()
    if kind == "truncated":
        name, content = "form.png", png[: len(png) // 2]
    elif kind == "text renamed":
        name, content = "form.jpg", b"these are not the pixels you are looking for" * 10
    elif kind == "bomb":
        out = io.BytesIO()
        Image.new("1", (20000, 20000)).save(out, format="PNG")  # 400 megapixels, a few KB
        name, content = "form.png", out.getvalue()
    else:
        name, content = "form.pdf", b""
    before = consent_rows(db)
    with pytest.raises(ValidationError) as refused:
        check_scan(name, content)
    assert name in refused.value.message
    assert consent_rows(db) == before


def test_a_scanned_form_is_kept_byte_for_byte(
    db: Database, staff: Staff, stock: Stock, patient: PatientRecord
) -> None:
    placements = (PlacementInput("jawline", "both", stock.lot_id, 2),)
    consent_id = treatment_consent(db, staff.doctor, patient.id, stock.now, placements)
    with db.read() as session:
        document = session.scalars(select(ConsentDocument)).one()
    assert document.consent_id == consent_id and document.content == scanned_form_png()
    assert document.sha256 == hashlib.sha256(scanned_form_png()).hexdigest()
