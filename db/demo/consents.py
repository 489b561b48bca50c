"""Fictional consents for the demo: reminders and health data at registration, a signed
treatment consent before every procedure (so demo charts follow the same rule as real ones)."""

from __future__ import annotations

import math
from collections import defaultdict
from datetime import datetime, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.audit import chain as audit
from db.consent.evidence import (
    BOX_HEIGHT,
    BOX_WIDTH,
    Signature,
    render_png,
    signature_hash,
    strokes_json,
)
from db.consent.texts import current_text_in
from db.demo import bulk
from db.models import Consent, ConsentSignature

SIGNATURE_VARIANTS = 8


@cache
def _signature(variant: int) -> tuple[str, bytes, str]:
    """A made-up looping signature; a few variants are enough to tell records apart."""
    strokes = []
    for part in range(2 + variant % 2):
        left = 60 + part * 170
        points = []
        for step in range(60):
            t = step / 59
            x = left + 150 * t + 18 * math.sin(t * (9 + variant) * math.pi)
            y = BOX_HEIGHT / 2 + (30 + 4 * variant) * math.sin(t * (5 + part) * math.pi)
            points.append((min(BOX_WIDTH, max(0.0, x)), min(BOX_HEIGHT, max(0.0, y))))
        strokes.append(tuple(points))
    signature = Signature(tuple(strokes))
    text, image = strokes_json(signature), render_png(signature)
    return text, image, signature_hash(text, image)


def _next_id(session: Session, column: Any) -> int:
    return int(session.scalar(select(func.max(column))) or 0) + 1


def _insert(session: Session, model: Any, rows: list[dict[str, Any]], now: datetime) -> None:
    if not rows:
        return
    bulk.insert_rows(session.connection(), model.__table__, rows)
    bulk.append_events(
        session.connection(),
        [
            audit.PendingEvent(
                "create",
                model.__tablename__,
                str(row["id"]),
                row["patient_id"],
                {"changes": audit.created_changes(model, row), "source": "demo"},
            )
            for row in rows
        ],
        now,
    )


def _consent(
    consent_id: int,
    patient_id: int,
    purpose: str,
    text_id: int,
    method: str,
    given_at: datetime,
    staff_id: int | None,
    now: datetime,
    **extra: str,
) -> dict[str, Any]:
    return {
        "id": consent_id,
        "patient_id": patient_id,
        "purpose": purpose,
        "text_id": text_id,
        "areas": extra.get("areas", ""),
        "materials": extra.get("materials", ""),
        "method": method,
        "witness": extra.get("witness", ""),
        "obtained_by_id": staff_id,
        "given_at": given_at,
        "withdrawn_at": None,
        "withdrawn_by_id": None,
        "withdrawal_method": "",
        "withdrawal_note": "",
        "created_at": now,
        "version": 1,
    }


def insert_registration_consents(
    session: Session,
    patients: list[dict[str, Any]],
    reminders: list[bool],
    nurse_id: int | None,
    now: datetime,
) -> None:
    """Health data for everyone; reminders and photographs for those who agreed to contact."""
    texts = {
        (p, lang): current_text_in(session, p, lang, now, None).id
        for p in ("health_data", "reminders", "photographs")
        for lang in ("vi", "en")
    }
    next_id = _next_id(session, Consent.id)
    rows = []
    for patient, agreed in zip(patients, reminders, strict=True):
        purposes = ("health_data", "reminders", "photographs") if agreed else ("health_data",)
        for purpose in purposes:
            rows.append(
                _consent(
                    next_id,
                    patient["id"],
                    purpose,
                    texts[(purpose, patient["language"])],
                    "oral",
                    patient["created_at"],
                    nurse_id,
                    now,
                    witness="Điều dưỡng lễ tân",
                )
            )
            next_id += 1
    _insert(session, Consent, rows, now)


def insert_treatment_consents(
    session: Session,
    procedures: list[dict[str, Any]],
    placements: list[dict[str, Any]],
    materials: dict[int, str],
    languages: dict[int, str],
    now: datetime,
) -> None:
    """One signed consent per procedure, covering its areas and materials; sets consent_id."""
    areas: dict[int, set[str]] = defaultdict(set)
    used: dict[int, set[str]] = defaultdict(set)
    for placement in placements:
        areas[placement["procedure_id"]].add(placement["area"])
        used[placement["procedure_id"]].add(materials[placement["lot_id"]])
    texts = {
        lang: current_text_in(session, "treatment", lang, now, None).id for lang in ("vi", "en")
    }
    next_consent = _next_id(session, Consent.id)
    next_signature = _next_id(session, ConsentSignature.id)
    consents, signatures = [], []
    for procedure in procedures:
        given = procedure["consent_at"]
        consents.append(
            _consent(
                next_consent,
                procedure["patient_id"],
                "treatment",
                texts[languages.get(procedure["patient_id"], "vi")],
                "signed_screen",
                given,
                procedure["doctor_id"],
                now,
                areas=",".join(sorted(areas[procedure["id"]])),
                materials=",".join(sorted(used[procedure["id"]])),
            )
        )
        strokes, image, digest = _signature(procedure["id"] % SIGNATURE_VARIANTS)
        signatures.append(
            {
                "id": next_signature,
                "consent_id": next_consent,
                "patient_id": procedure["patient_id"],
                "strokes": strokes,
                "image_png": image,
                "sha256": digest,
                "created_at": given + timedelta(minutes=1),
            }
        )
        procedure["consent_id"] = next_consent
        next_consent += 1
        next_signature += 1
    _insert(session, Consent, consents, now)
    _insert(session, ConsentSignature, signatures, now)
