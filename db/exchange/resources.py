"""One patient's record as FHIR R4 resources (plain dicts in FHIR JSON form).

Ids are stable: a UUID derived from the record's kind and number, so exporting twice gives the
same ids and a receiving system can match them. In a Bundle references are `urn:uuid:` full
URLs; in the clinic's NDJSON files they are `Type/id`.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from db.exchange import codes
from db.exchange.gather import Catalogue, PatientData
from db.models import (
    Complication,
    Consent,
    FollowUp,
    Lot,
    Placement,
    Procedure,
    Review,
    User,
)
from db.vocabulary import CONSENT_METHODS, CONSENT_PURPOSES, DESIGNS, MATERIALS, term

NAMESPACE = uuid.UUID("6f1c3a52-2b1e-4b8e-9f38-0c7d8e1a5b21")
Resource = dict[str, Any]


def resource_id(kind: str, key: object) -> str:
    return str(uuid.uuid5(NAMESPACE, f"{kind}/{key}"))


class Refs:
    """How references are written: inside a Bundle (urn:uuid) or between NDJSON files."""

    def __init__(self, in_bundle: bool) -> None:
        self.in_bundle = in_bundle

    def __call__(self, kind: str, key: object, display: str = "") -> dict[str, Any]:
        rid = resource_id(kind, key)
        out: dict[str, Any] = {
            "reference": f"urn:uuid:{rid}" if self.in_bundle else f"{kind}/{rid}"
        }
        if display:
            out["display"] = display
        return out


def _instant(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def _day(day: date) -> str:
    return day.isoformat()


def patient(data: PatientData) -> Resource:
    p = data.patient
    out: Resource = {
        "resourceType": "Patient",
        "id": resource_id("Patient", p.id),
        "identifier": [{"system": codes.MRN, "value": p.mrn}],
        "active": p.active,
        "name": [{"text": p.full_name}],
        "gender": codes.GENDERS.get(p.sex, "unknown"),
        "birthDate": _day(p.date_of_birth),
        "communication": [
            {
                "language": {"coding": [{"system": codes.LANGUAGE, "code": p.language}]},
                "preferred": True,
            }
        ],
    }
    telecom = [{"system": "phone", "value": p.phone, "use": "mobile"}] if p.phone else []
    if p.email:
        telecom.append({"system": "email", "value": p.email})
    if telecom:
        out["telecom"] = telecom
    if p.address:
        out["address"] = [{"text": p.address}]
    return out


def allergy(data: PatientData, refs: Refs) -> Resource | None:
    """The allergies as written at registration (free text, not coded)."""
    p = data.patient
    if not p.allergies.strip():
        return None
    return {
        "resourceType": "AllergyIntolerance",
        "id": resource_id("AllergyIntolerance", p.id),
        "patient": refs("Patient", p.id),
        "code": {"text": p.allergies},
    }


def practitioner(user: User) -> Resource:
    return {
        "resourceType": "Practitioner",
        "id": resource_id("Practitioner", user.id),
        "active": user.active,
        "name": [{"text": user.full_name}],
    }


def device(lot: Lot) -> Resource:
    product = lot.product
    name = f"{product.manufacturer} {product.name} {product.gauge} {product.length_mm} mm"
    out: Resource = {
        "resourceType": "Device",
        "id": resource_id("Device", lot.id),
        "status": "active",
        "manufacturer": product.manufacturer,
        "lotNumber": lot.lot_number,
        "expirationDate": _day(lot.expiry_date),
        "deviceName": [{"name": name, "type": "user-friendly-name"}],
        "type": {
            "coding": [
                codes.local("material", product.material, term(MATERIALS, product.material).en),
                codes.local("design", product.design, term(DESIGNS, product.design).en),
            ],
            "text": f"Absorbable thread, {term(MATERIALS, product.material).en}, "
            f"{term(DESIGNS, product.design).en.lower()}",
        },
    }
    if product.gtin:
        expiry = f"{lot.expiry_date:%y%m%d}"
        out["udiCarrier"] = [
            {
                "deviceIdentifier": product.gtin,
                "issuer": codes.GS1_DI,
                "carrierHRF": f"(01){product.gtin}(17){expiry}(10){lot.lot_number}",
            }
        ]
    return out


def area_key(procedure_id: int, area: str, side: str) -> str:
    return f"{procedure_id}-{area}-{side}"


def procedures(
    procedure: Procedure, placements: list[Placement], refs: Refs, catalogue: Catalogue
) -> Iterator[Resource]:
    """One Procedure per area and side treated; each lot's threads there are a focal device."""
    by_area: dict[tuple[str, str], list[Placement]] = defaultdict(list)
    for placement in placements:
        by_area[(placement.area, placement.side)].append(placement)
    doctor = catalogue.users.get(procedure.doctor_id)
    for (area, side), here in by_area.items():
        out: Resource = {
            "resourceType": "Procedure",
            "id": resource_id("Procedure", area_key(procedure.id, area, side)),
            "identifier": [{"system": codes.PROCEDURE_ID, "value": str(procedure.id)}],
            "status": "entered-in-error" if procedure.voided_at is not None else "completed",
            "code": {
                "coding": [codes.local("procedure", "thread-lift", "Thread lift")],
                "text": "Thread lift with absorbable threads",
            },
            "subject": refs("Patient", procedure.patient_id),
            "performedDateTime": _instant(procedure.performed_at),
            "performer": [
                {
                    "actor": refs(
                        "Practitioner", procedure.doctor_id, doctor.full_name if doctor else ""
                    )
                }
            ],
            "bodySite": [codes.area_site(area, side, here[0].area_other)],
            "focalDevice": [
                {
                    "action": {
                        "coding": [codes.local("device-action", "implanted", "Implanted")],
                        "text": "implanted",
                    },
                    "manipulated": refs("Device", p.lot_id),
                }
                for p in here
            ],
            "note": [
                {
                    "text": "; ".join(
                        f"{p.thread_count} threads from lot {catalogue.lots[p.lot_id].lot_number}"
                        for p in here
                    )
                }
            ],
        }
        if procedure.voided_at is not None:
            out["statusReason"] = {"text": procedure.void_reason}
        yield out


def consents(data: PatientData, refs: Refs, catalogue: Catalogue) -> Iterator[Resource]:
    """Each consent record (any purpose, withdrawn ones as inactive), and for procedures charted
    before consent records existed, the consent ticked on the procedure."""
    p = data.patient
    charted_under: dict[int, list[Procedure]] = defaultdict(list)
    for procedure in data.procedures:
        if procedure.consent_id is not None:
            charted_under[procedure.consent_id].append(procedure)
    for consent in data.consents:
        yield _consent(consent, charted_under[consent.id], data, refs, catalogue)
    for procedure in data.procedures:
        if procedure.consent_id is not None or not procedure.consent_obtained:
            continue
        out: Resource = {
            "resourceType": "Consent",
            "id": resource_id("Consent", f"procedure-{procedure.id}"),
            "status": "inactive" if procedure.voided_at is not None else "active",
            "scope": {"coding": [codes.coding(codes.CONSENT_SCOPE, "treatment", "Treatment")]},
            "category": [{"coding": [codes.coding(codes.LOINC, "59284-0", "Patient Consent")]}],
            "patient": refs("Patient", p.id),
            "policyRule": {"text": "Consent to the procedure, ticked when it was charted"},
            "provision": _provision([procedure], data, refs),
        }
        if procedure.consent_at is not None:
            out["dateTime"] = _instant(procedure.consent_at)
        yield out


def _provision(procedures: list[Procedure], data: PatientData, refs: Refs) -> dict[str, Any]:
    provision: dict[str, Any] = {"type": "permit"}
    related = [
        {"meaning": "related", "reference": refs("Procedure", area_key(pr.id, pl.area, pl.side))}
        for pr in procedures
        for pl in _unique_areas(data.placements.get(pr.id, []))
    ]
    if related:
        provision["data"] = related
    return provision


def _consent(
    consent: Consent, procedures: list[Procedure], data: PatientData, refs: Refs,
    catalogue: Catalogue,
) -> Resource:  # fmt: skip
    text = catalogue.consent_texts.get(consent.text_id) if consent.text_id is not None else None
    how = term(CONSENT_METHODS, consent.method).en
    if consent.witness:
        how += f", witness {consent.witness}"
    rule = f"{text.title} (text version {text.version_no}, {text.language})" if text else how
    scope = ("treatment", "Treatment") if consent.purpose == "treatment" else (
        "patient-privacy", "Privacy Consent")  # fmt: skip
    provision = _provision(procedures, data, refs)
    provision["purpose"] = [codes.local("consent-purpose", consent.purpose,
                                        term(CONSENT_PURPOSES, consent.purpose).en)]  # fmt: skip
    if consent.purpose == "treatment" and consent.areas:
        provision["code"] = [codes.area_code(area) for area in consent.areas.split(",") if area]
    period: dict[str, str] = {"start": _instant(consent.given_at)}
    if consent.withdrawn_at is not None:
        period["end"] = _instant(consent.withdrawn_at)
    provision["period"] = period
    out: Resource = {
        "resourceType": "Consent",
        "id": resource_id("Consent", consent.id),
        "status": "inactive" if consent.withdrawn_at is not None else "active",
        "scope": {"coding": [codes.coding(codes.CONSENT_SCOPE, *scope)]},
        "category": [{"coding": [codes.coding(codes.LOINC, "59284-0", "Patient Consent")]},
                     {"coding": [codes.local("consent-method", consent.method, how)],
                      "text": how}],
        "patient": refs("Patient", consent.patient_id),
        "dateTime": _instant(consent.given_at),
        "policyRule": {"text": rule},
        "provision": provision,
    }  # fmt: skip
    if consent.obtained_by_id is not None and consent.obtained_by_id in catalogue.users:
        user = catalogue.users[consent.obtained_by_id]
        out["performer"] = [refs("Practitioner", user.id, user.full_name)]
    return out


def _unique_areas(placements: list[Placement]) -> list[Placement]:
    seen: dict[tuple[str, str], Placement] = {}
    for placement in placements:
        seen.setdefault((placement.area, placement.side), placement)
    return list(seen.values())


def appointment(follow_up: FollowUp, refs: Refs) -> Resource:
    out: Resource = {
        "resourceType": "Appointment",
        "id": resource_id("Appointment", follow_up.id),
        "status": codes.APPOINTMENT_STATUS.get(follow_up.status, "booked"),
        "description": f"Follow-up review: {follow_up.label}",
        "start": _instant(follow_up.due_at),
        "participant": [{"actor": refs("Patient", follow_up.patient_id), "status": "accepted"}],
    }
    if follow_up.status == "cancelled" and follow_up.status_reason:
        out["cancelationReason"] = {"text": follow_up.status_reason}
    return out


def encounter(review: Review, follow_up: FollowUp, refs: Refs, catalogue: Catalogue) -> Resource:
    doctor = catalogue.users.get(review.doctor_id)
    return {
        "resourceType": "Encounter",
        "id": resource_id("Encounter", review.id),
        "status": "finished",
        "class": codes.coding(codes.ACT_CODE, "AMB", "ambulatory"),
        "type": [{"text": f"Follow-up review: {follow_up.label}"}],
        "subject": refs("Patient", review.patient_id),
        "participant": [
            {
                "individual": refs(
                    "Practitioner", review.doctor_id, doctor.full_name if doctor else ""
                )
            }
        ],
        "appointment": [refs("Appointment", follow_up.id)],
        "period": {"start": _day(review.reviewed_on), "end": _day(review.reviewed_on)},
    }


def observations(review: Review, refs: Refs) -> Iterator[Resource]:
    common = {
        "status": "final",
        "subject": refs("Patient", review.patient_id),
        "encounter": refs("Encounter", review.id),
        "effectiveDateTime": _day(review.reviewed_on),
        "performer": [refs("Practitioner", review.doctor_id)],
    }
    if review.gais_score is not None:
        low, high = (0, 4) if "0-4" in review.gais_scale else (1, 5)
        yield {
            "resourceType": "Observation",
            "id": resource_id("Observation", f"gais-{review.id}"),
            "category": [{"coding": [codes.coding(codes.OBSERVATION_CATEGORY, "exam", "Exam")]}],
            "code": {
                "coding": [
                    codes.local("observation", "gais", "Global Aesthetic Improvement Scale")
                ],
                "text": "GAIS",
            },
            "method": {"text": review.gais_scale},
            "valueInteger": review.gais_score,
            "referenceRange": [
                {
                    "low": {"value": low},
                    "high": {"value": high},
                    "text": f"{review.gais_scale}: lower is better",
                }
            ],
            **common,
        }
    if review.satisfaction is not None:
        yield {
            "resourceType": "Observation",
            "id": resource_id("Observation", f"satisfaction-{review.id}"),
            "category": [
                {"coding": [codes.coding(codes.OBSERVATION_CATEGORY, "survey", "Survey")]}
            ],
            "code": {
                "coding": [codes.local("observation", "satisfaction", "Patient satisfaction")],
                "text": "Patient satisfaction (1-5)",
            },
            "valueInteger": review.satisfaction,
            "referenceRange": [
                {
                    "low": {"value": 1},
                    "high": {"value": 5},
                    "text": "1 very unsatisfied to 5 very satisfied",
                }
            ],
            **common,
        }


def adverse_event(
    complication: Complication, data: PatientData, refs: Refs, catalogue: Catalogue
) -> Resource:
    placements = data.placements.get(complication.procedure_id, [])
    named = [p for p in placements if p.id == complication.placement_id] or placements
    suspects: list[dict[str, Any]] = [
        {"instance": refs("Procedure", area_key(complication.procedure_id, p.area, p.side))}
        for p in _unique_areas(named)
    ]
    suspects += [
        {"instance": refs("Device", lot_id)} for lot_id in sorted({p.lot_id for p in named})
    ]
    severity = codes.SEVERITY_CODES.get(complication.severity, "severe")
    out: Resource = {
        "resourceType": "AdverseEvent",
        "id": resource_id("AdverseEvent", complication.id),
        "actuality": "actual",
        "event": codes.complication_code(complication.kind, complication.kind_other),
        "subject": refs("Patient", complication.patient_id),
        "date": _day(complication.onset_date),
        "recordedDate": _instant(complication.created_at),
        "seriousness": {
            "coding": [
                codes.coding(
                    codes.SERIOUSNESS,
                    *(
                        ("serious", "Serious")
                        if complication.serious
                        else ("non-serious", "Non-serious")
                    ),
                )
            ]
        },
        "severity": {
            "coding": [codes.coding(codes.SEVERITY, severity, severity.capitalize())],
            "text": f"Grade {complication.severity}",
        },
        "outcome": {
            "coding": [
                codes.coding(
                    codes.OUTCOME,
                    codes.OUTCOME_CODES.get(complication.outcome, "unknown"),
                    complication.outcome,
                )
            ]
        },
        "suspectEntity": suspects,
    }
    if complication.recorded_by_id is not None:
        user = catalogue.users.get(complication.recorded_by_id)
        out["recorder"] = refs(
            "Practitioner", complication.recorded_by_id, user.full_name if user else ""
        )
    return out


def patient_resources(data: PatientData, refs: Refs, catalogue: Catalogue) -> Iterator[Resource]:
    """Everything about one patient (not the devices and practitioners they share)."""
    yield patient(data)
    found = allergy(data, refs)
    if found is not None:
        yield found
    for procedure in data.procedures:
        yield from procedures(procedure, data.placements.get(procedure.id, []), refs, catalogue)
    yield from consents(data, refs, catalogue)
    for follow_up in data.follow_ups:
        yield appointment(follow_up, refs)
        review = data.reviews.get(follow_up.id)
        if review is not None:
            yield encounter(review, follow_up, refs, catalogue)
            yield from observations(review, refs)
    for complication in data.complications:
        yield adverse_event(complication, data, refs, catalogue)


def referred(data: list[PatientData]) -> tuple[set[int], set[int]]:
    """The lots and staff the patients' resources refer to."""
    lots = {p.lot_id for d in data for group in d.placements.values() for p in group}
    users = (
        {pr.doctor_id for d in data for pr in d.procedures}
        | {r.doctor_id for d in data for r in d.reviews.values()}
        | {c.recorded_by_id for d in data for c in d.complications if c.recorded_by_id is not None}
        | {c.obtained_by_id for d in data for c in d.consents if c.obtained_by_id is not None}
    )
    return lots, users


def shared_resources(
    lot_ids: set[int], user_ids: set[int], catalogue: Catalogue
) -> Iterator[Resource]:
    """The devices (lots) and practitioners that patients' resources refer to."""
    for lot_id in sorted(lot_ids):
        yield device(catalogue.lots[lot_id])
    for user_id in sorted(user_ids):
        if user_id in catalogue.users:
            yield practitioner(catalogue.users[user_id])
