"""Small helpers the tests share."""

from __future__ import annotations

import io
import json
from datetime import datetime, timedelta
from typing import Any

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError
from PIL import Image
from sqlalchemy import select

from db.access.permissions import Actor
from db.consent.evidence import check_scan
from db.consent.records import ConsentInput, record_consent
from db.consent.texts import current_text
from db.models import AuditEvent, Lot
from db.record.procedures import PlacementInput, ProcedureInput, ProcedureRecord, chart_procedure
from db.storage.database import Database

PASSWORD = "correct horse battery"


def scanned_form_png() -> bytes:
    """A small white page, as a scanner would save a signed paper form."""
    out = io.BytesIO()
    Image.new("RGB", (120, 170), "white").save(out, format="PNG")
    return out.getvalue()


def give_consent(
    db: Database, actor: Actor, patient_id: int, purpose: str, given_at: datetime
) -> int:
    """A consent given aloud in front of a witness (not for treatment, which must be signed)."""
    text = current_text(db, actor, purpose, "vi")
    consent = ConsentInput(
        patient_id, purpose, "vi", text.id, "oral", given_at, witness="Lê Thị Lan"
    )
    return record_consent(db, actor, consent).id


def treatment_consent(
    db: Database,
    actor: Actor,
    patient_id: int,
    given_at: datetime,
    placements: tuple[PlacementInput, ...],
    language: str = "vi",
) -> int:
    """A scanned paper treatment consent covering exactly these placements' areas and materials."""
    with db.read() as session:
        materials = {
            session.get_one(Lot, p.lot_id).product.material for p in placements if p.lot_id
        }
    text = current_text(db, actor, "treatment", language)
    return record_consent(
        db,
        actor,
        ConsentInput(
            patient_id=patient_id,
            purpose="treatment",
            language=language,
            text_id=text.id,
            method="paper_scanned",
            given_at=given_at,
            areas=tuple(sorted({p.area for p in placements})),
            materials=tuple(sorted(materials)),
            document=check_scan("consent.png", scanned_form_png()),
        ),
    ).id


def audit_rows(db: Database, **where: Any) -> list[AuditEvent]:
    with db.read() as session:
        query = select(AuditEvent).order_by(AuditEvent.seq)
        for key, value in where.items():
            query = query.where(getattr(AuditEvent, key) == value)
        return list(session.scalars(query))


def changes(event: AuditEvent) -> dict[str, list[Any]]:
    return dict(json.loads(event.details).get("changes", {}))


class MemoryKeyring(KeyringBackend):
    """A password store that forgets everything when the test ends."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError("no such password")


def chart(
    db: Database, doctor: Actor, patient_id: int, performed: datetime, *placements: PlacementInput
) -> ProcedureRecord:
    """A procedure by `doctor` at `performed`, with consent half an hour before and local
    anaesthesia: the usual case, for tests about what follows a procedure."""
    consent_id = treatment_consent(
        db, doctor, patient_id, performed - timedelta(minutes=30), placements
    )
    return chart_procedure(
        db,
        doctor,
        ProcedureInput(
            patient_id, performed, doctor.user_id, None, consent_id, "local", placements
        ),
    )


def written(qtbot: Any) -> None:
    """Wait until every write a form started has come back to the GUI thread."""
    from desktop.writes import in_flight

    qtbot.waitUntil(lambda: in_flight() == 0, timeout=15_000)
