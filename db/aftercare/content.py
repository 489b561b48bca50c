"""What one aftercare sheet says, as plain data gathered from the database in one transaction."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.aftercare.labels import labels
from db.aftercare.texts import LANGUAGES, CareText, care_text_from
from db.errors import NotFound, ValidationError
from db.models import FollowUp, Patient
from db.record.followups import Status, plan, protocol
from db.record.procedures import PlacementRecord, ProcedureRecord
from db.settings import read_settings
from db.threadmap.pdf_map import MapLine
from db.vocabulary import SIDES, material, term
from db.wording import say


@dataclass(frozen=True)
class ClinicHeader:
    name: str
    address: str
    phone: str
    logo_path: str = ""


@dataclass(frozen=True)
class ThreadRow:
    area: str
    product: str
    material: str
    count: int
    lot: str
    expiry: date


@dataclass(frozen=True)
class FollowUpVisit:
    """One appointment on the sheet; `planned` when only the protocol's date is known."""

    due: date
    label: str
    planned: bool
    at: time | None = None  # the booked time of day, printed beside the date


@dataclass(frozen=True)
class Dissolving:
    material: str
    period: str


@dataclass(frozen=True)
class AftercareSheet:
    language: str
    clinic: ClinicHeader
    patient_id: int
    patient_name: str
    mrn: str
    date_of_birth: date
    procedure_id: int
    performed_on: date
    doctor: str
    areas: tuple[str, ...]
    threads: tuple[ThreadRow, ...]
    care: CareText
    follow_ups: tuple[FollowUpVisit, ...]
    dissolving: tuple[Dissolving, ...]
    printed_on: date
    # The procedure's threads as drawn, numbered as the table's rows; empty if none were drawn.
    map_lines: tuple[MapLine, ...] = ()


def _nfc(text: str) -> str:
    # Names typed on some keyboards arrive decomposed; the font draws composed letters best.
    return unicodedata.normalize("NFC", text)


def _side(placement: PlacementRecord, language: str) -> str:
    return labels(language).sides.get(placement.side) or term(SIDES, placement.side).label(language)


def areas_treated(placements: tuple[PlacementRecord, ...], language: str) -> tuple[str, ...]:
    """'Area – side' once per area, sides joined, in the order they were charted."""
    sides: dict[str, list[str]] = {}
    for placement in placements:
        found = sides.setdefault(placement.area_label(language), [])
        if (side := _side(placement, language)) not in found:
            found.append(side)
    return tuple(f"{area} – {', '.join(found)}" for area, found in sides.items())


def dissolving(placements: tuple[PlacementRecord, ...], language: str) -> tuple[Dissolving, ...]:
    """How long each material used takes to dissolve: the material's range, or the product's own
    figure when it differs from its material's default."""
    words = labels(language)
    seen: dict[tuple[str, int], Dissolving] = {}
    for placement in placements:
        key = (placement.material, placement.absorption_months)
        if key in seen:
            continue
        try:
            known = material(placement.material)
        except KeyError:
            name, period = (
                placement.material,
                words.about_months.format(placement.absorption_months),
            )
        else:
            name = known.label(language)
            if placement.absorption_months == known.default_absorption_months:
                period = known.absorption_text_vi if language == "vi" else known.absorption_text_en
            else:
                period = words.about_months.format(placement.absorption_months)
        seen[key] = Dissolving(name, period)
    return tuple(dict.fromkeys(seen.values()))


def follow_up_visits(
    session: Session, procedure: ProcedureRecord, language: str
) -> tuple[FollowUpVisit, ...]:
    """The procedure's follow-up visits as reception keeps them (moved dates included; cancelled
    and missed ones left out). A procedure charted before follow-ups were scheduled gets the
    clinic protocol's dates, as planned."""
    words = labels(language)
    rows = session.scalars(
        select(FollowUp).where(FollowUp.procedure_id == procedure.id).order_by(FollowUp.due_at)
    ).all()
    if rows:
        return tuple(
            FollowUpVisit(
                row.due_at.astimezone().date(),
                words.visit_name(row.label, attended=row.status == Status.ATTENDED.value),
                planned=row.status == Status.PLANNED.value,
                at=row.due_at.astimezone().time(),
            )
            for row in rows
            if row.status in {Status.PLANNED.value, Status.ATTENDED.value}
        )
    steps, long_steps = protocol(session)
    materials = {p.material for p in procedure.placements}
    return tuple(
        FollowUpVisit(due.astimezone().date(), words.visit_name(label), planned=True)
        for label, due in plan(procedure.performed_at, materials, steps, long_steps)
    )


def gather(
    session: Session, procedure: ProcedureRecord, language: str | None, printed_on: date
) -> AftercareSheet:
    """Everything the sheet prints; `language` None means the patient's own."""
    patient = session.get(Patient, procedure.patient_id)
    if patient is None:
        raise NotFound(say("The patient of procedure {id} does not exist.", id=procedure.id))
    language = language or patient.language or "vi"
    if language not in LANGUAGES:
        raise ValidationError({"language": say("Choose Vietnamese (vi) or English (en).")})
    settings = read_settings(session)
    performed_on = procedure.performed_at.astimezone().date()
    placements = procedure.placements
    return AftercareSheet(
        language=language,
        clinic=ClinicHeader(
            _nfc(settings.clinic_name),
            _nfc(settings.clinic_address),
            settings.clinic_phone,
            settings["clinic_logo_path"],
        ),
        patient_id=patient.id,
        patient_name=_nfc(patient.full_name),
        mrn=patient.mrn,
        date_of_birth=patient.date_of_birth,
        procedure_id=procedure.id,
        performed_on=performed_on,
        doctor=_nfc(procedure.doctor),
        areas=areas_treated(placements, language),
        threads=tuple(
            ThreadRow(
                area=f"{p.area_label(language)} – {_side(p, language)}",
                product=_nfc(p.product),
                material=p.material,
                count=p.thread_count,
                lot=p.lot_number,
                expiry=p.expiry_date,
            )
            for p in placements
        ),
        care=care_text_from(settings, language),
        follow_ups=follow_up_visits(session, procedure, language),
        dissolving=dissolving(placements, language),
        printed_on=printed_on,
        map_lines=tuple(
            MapLine(line, p.material, number)
            for number, p in enumerate(placements, start=1)
            for line in p.lines
        ),
    )
