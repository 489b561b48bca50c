"""One patient's whole record as a FHIR R4 Bundle of type collection."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from db.errors import NotFound
from db.exchange.gather import Catalogue, gather
from db.exchange.resources import (
    Refs,
    patient_resources,
    referred,
    resource_id,
    shared_resources,
)
from db.wording import say


def patient_bundle(session: Session, patient_id: int, now: datetime) -> dict[str, Any]:
    catalogue = Catalogue()
    found = gather(session, [patient_id], catalogue)
    if not found:
        raise NotFound(say("Patient {patient_id} does not exist.", patient_id=patient_id))
    refs = Refs(in_bundle=True)
    lots, users = referred(found)
    resources = [
        *patient_resources(found[0], refs, catalogue),
        *shared_resources(lots, users, catalogue),
    ]
    stamp = now.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
    return {
        "resourceType": "Bundle",
        "id": resource_id("Bundle", f"{patient_id}-{stamp}"),
        "meta": {"lastUpdated": stamp},
        "type": "collection",
        "timestamp": stamp,
        "entry": [{"fullUrl": f"urn:uuid:{r['id']}", "resource": r} for r in resources],
    }


def bundle_json(bundle: dict[str, Any]) -> bytes:
    return json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
