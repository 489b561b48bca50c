"""Code systems of the FHIR export. Threadbook's own word lists travel as local code systems
(always present, so nothing is lost); a standard code is added beside them only where the
match is exact. docs/fhir.md lists them."""

from __future__ import annotations

from typing import Any

from db.vocabulary import AREAS, COMPLICATION_TYPES, SIDES, term

SNOMED = "http://snomed.info/sct"
LOCAL = "urn:threadbook:code:"  # + area, side, complication, material, observation, ...
MRN = "urn:threadbook:mrn"
PROCEDURE_ID = "urn:threadbook:procedure"
GS1_DI = "http://hl7.org/fhir/NamingSystem/gs1-di"
LANGUAGE = "urn:ietf:bcp:47"
SERIOUSNESS = "http://terminology.hl7.org/CodeSystem/adverse-event-seriousness"
SEVERITY = "http://terminology.hl7.org/CodeSystem/adverse-event-severity"
OUTCOME = "http://terminology.hl7.org/CodeSystem/adverse-event-outcome"
OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
LOINC = "http://loinc.org"

# Body structures (SNOMED CT) for the areas that have an exact one.
AREA_SNOMED = {
    "forehead": ("52795006", "Forehead structure"),
    "midface": ("60819002", "Cheek structure"),
    "neck": ("45048000", "Neck structure"),
    "abdomen": ("113345001", "Abdominal structure"),
    "breast": ("76752008", "Breast structure"),
    "nose": ("45206002", "Nasal structure"),
    "buttock": ("46862004", "Buttock structure"),
}
SIDE_SNOMED = {
    "left": ("7771000", "Left"),
    "right": ("24028007", "Right"),
    "both": ("51440002", "Right and left"),
}
COMPLICATION_SNOMED = {
    "swelling": ("65124004", "Swelling"),
    "pain": ("22253000", "Pain"),
    "infection": ("40733004", "Infectious disease"),
    "haematoma": ("385494008", "Hematoma"),
    "paraesthesia": ("91019004", "Paresthesia"),
}
APPOINTMENT_STATUS = {
    "planned": "booked",
    "attended": "fulfilled",
    "no_show": "noshow",
    "cancelled": "cancelled",
}
OUTCOME_CODES = {
    "ongoing": "ongoing",
    "recovering": "recovering",
    "resolved": "resolved",
    "resolved_sequelae": "resolvedWithSequelae",
    "fatal": "fatal",
    "unknown": "unknown",
}
SEVERITY_CODES = {1: "mild", 2: "moderate"}  # 3 and above: severe
GENDERS = {"female": "female", "male": "male", "other": "other"}


def coding(system: str, code: str, display: str) -> dict[str, Any]:
    return {"system": system, "code": code, "display": display}


def local(kind: str, code: str, display: str) -> dict[str, Any]:
    return coding(LOCAL + kind, code, display)


def area_site(area: str, side: str, area_other: str = "") -> dict[str, Any]:
    label = term(AREAS, area).en
    side_label = term(SIDES, side).en
    codings = [local("area", area, label)]
    if area in AREA_SNOMED:
        codings.append(coding(SNOMED, *AREA_SNOMED[area]))
    text = f"{area_other or label}, {side_label.lower()}"
    return {"coding": codings, "text": text}


def area_code(area: str) -> dict[str, Any]:
    label = term(AREAS, area).en
    codings = [local("area", area, label)]
    if area in AREA_SNOMED:
        codings.append(coding(SNOMED, *AREA_SNOMED[area]))
    return {"coding": codings, "text": label}


def side_code(side: str) -> dict[str, Any]:
    codings = [local("side", side, term(SIDES, side).en)]
    if side in SIDE_SNOMED:
        codings.append(coding(SNOMED, *SIDE_SNOMED[side]))
    return {"coding": codings, "text": term(SIDES, side).en}


def complication_code(kind: str, other: str = "") -> dict[str, Any]:
    label = term(COMPLICATION_TYPES, kind).en
    codings = [local("complication", kind, label)]
    if kind in COMPLICATION_SNOMED:
        codings.append(coding(SNOMED, *COMPLICATION_SNOMED[kind]))
    return {"coding": codings, "text": other or label}
