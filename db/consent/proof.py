"""Reading a consent's proof back: the signature (checked against its hash) or the scanned form."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.consent.evidence import Signature, parse_strokes, signature_hash
from db.errors import NotFound
from db.models import AuditEvent, Consent, ConsentDocument, ConsentSignature
from db.storage.database import Database
from db.wording import say


@dataclass(frozen=True)
class StoredSignature:
    consent_id: int
    signature: Signature
    strokes: str
    image_png: bytes
    sha256: str
    # The hash the audit trail recorded when the signature was saved.
    audited_sha256: str

    @property
    def intact(self) -> bool:
        """The strokes and image are exactly those signed: both hashes agree with them."""
        actual = signature_hash(self.strokes, self.image_png)
        return actual == self.sha256 == self.audited_sha256


@dataclass(frozen=True)
class StoredDocument:
    consent_id: int
    file_name: str
    media_type: str
    content: bytes
    sha256: str


def stored_signature(db: Database, actor: Actor, consent_id: int) -> StoredSignature:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        row = session.scalars(
            select(ConsentSignature).where(ConsentSignature.consent_id == consent_id)
        ).first()
        if row is None:
            raise NotFound(say("This consent was not signed on screen."))
        created = session.scalars(
            select(AuditEvent.details).where(
                AuditEvent.record_type == ConsentSignature.__tablename__,
                AuditEvent.record_id == str(row.id),
                AuditEvent.action == "create",
            )
        ).first()
        details = json.loads(created) if created else {}
        audited = details.get("changes", {}).get("sha256", [None, details.get("sha256", "")])[1]
        return StoredSignature(
            consent_id,
            parse_strokes(row.strokes),
            row.strokes,
            row.image_png,
            row.sha256,
            str(audited or ""),
        )


def stored_document(db: Database, actor: Actor, consent_id: int) -> StoredDocument:
    """The scanned form, for viewing or printing; the opening is audited like a file's."""
    with db.write(actor) as session:
        authorize(session, actor, Permission.PATIENT_READ)
        row = session.scalars(
            select(ConsentDocument).where(ConsentDocument.consent_id == consent_id)
        ).first()
        consent = session.get(Consent, consent_id)
        if row is None or consent is None:
            raise NotFound(say("No scanned form is attached to this consent."))
        audit.record_event(
            session,
            "view",
            ConsentDocument.__tablename__,
            row.id,
            consent.patient_id,
            {"file_name": row.file_name},
        )
        return StoredDocument(consent_id, row.file_name, row.media_type, row.content, row.sha256)
