"""The complication log: recorded by doctors, updated over its course, never deleted."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import case, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit.chain import refuse_stale
from db.errors import NotFound, ValidationError
from db.models import (
    Complication,
    ComplicationUpdate,
    Lot,
    Patient,
    Placement,
    Procedure,
    ThreadProduct,
    User,
)
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.vocabulary import (
    ACTIONS,
    AREAS,
    COMPLICATION_TYPES,
    OPEN_OUTCOMES,
    OUTCOMES,
    RESOLVED_OUTCOMES,
    codes,
)
from db.wording import say


@dataclass(frozen=True)
class ComplicationInput:
    procedure_id: int
    placement_id: int | None
    kind: str
    area: str
    onset_date: date | None
    severity: int
    serious: bool
    actions: tuple[str, ...]
    outcome: str
    resolution_date: date | None = None
    notes: str = ""
    kind_other: str = ""


@dataclass(frozen=True)
class CourseStep:
    recorded_at: datetime
    by: str
    severity: int
    serious: bool
    actions: tuple[str, ...]
    outcome: str
    resolution_date: date | None
    note: str


@dataclass(frozen=True)
class ComplicationRecord:
    id: int
    version: int
    patient_id: int
    full_name: str
    mrn: str
    procedure_id: int
    performed_at: datetime
    doctor: str
    placement_id: int | None
    product: str
    lot_number: str
    kind: str
    kind_other: str
    area: str
    onset_date: date
    severity: int
    serious: bool
    actions: tuple[str, ...]
    outcome: str
    resolution_date: date | None
    notes: str
    course: tuple[CourseStep, ...] = field(default_factory=tuple)

    @property
    def open(self) -> bool:
        return self.outcome in OPEN_OUTCOMES


def validate_complication(
    data: ComplicationInput, performed: date | None, today: date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if data.kind not in codes(COMPLICATION_TYPES):
        errors["kind"] = say("Choose the type of complication.")
    elif data.kind == "other" and not clean_line(data.kind_other):
        errors["kind"] = say("Describe the other complication.")
    if data.area not in codes(AREAS):
        errors["area"] = say("Choose the area.")
    if data.onset_date is None:
        errors["onset_date"] = say("Onset date is required (dd/mm/yyyy).")
    elif data.onset_date > today:
        errors["onset_date"] = say("Onset cannot be in the future.")
    elif performed is not None and data.onset_date < performed:
        errors["onset_date"] = say(
            "Onset ({onset_date}) is before the procedure ({performed}): check the "
            "date or the procedure.",
            onset_date=data.onset_date,
            performed=performed,
        )
    if not 1 <= data.severity <= 5:
        errors["severity"] = say("Severity is 1 (mild) to 5 (death).")
    if set(data.actions) - codes(ACTIONS):
        errors["actions"] = say("Unknown action.")
    errors |= _outcome_problems(
        data.outcome, data.resolution_date, data.onset_date, data.severity, today
    )
    if len(data.notes) > 20000:
        errors["notes"] = say("Notes are too long.")
    return errors


def _outcome_problems(
    outcome: str, resolved_on: date | None, onset: date | None, severity: int, today: date
) -> dict[str, str]:
    errors: dict[str, str] = {}
    if outcome not in codes(OUTCOMES):
        errors["outcome"] = say("Choose the outcome.")
    elif outcome in RESOLVED_OUTCOMES and resolved_on is None:
        errors["resolution_date"] = say("An outcome of resolved (or fatal) needs its date.")
    elif outcome in OPEN_OUTCOMES and resolved_on is not None:
        errors["resolution_date"] = say("Leave the resolution date empty while it is not resolved.")
    if resolved_on is not None:
        if resolved_on > today:
            errors["resolution_date"] = say("Resolution cannot be in the future.")
        elif onset is not None and resolved_on < onset:
            errors["resolution_date"] = say(
                "Resolution ({resolved_on}) is before onset ({onset}).",
                resolved_on=resolved_on,
                onset=onset,
            )
    if (outcome == "fatal") != (severity == 5) and outcome in codes(OUTCOMES):
        errors["severity"] = say(
            "A fatal outcome is severity 5, and severity 5 is a fatal outcome."
        )
    return errors


def record_complication(db: Database, actor: Actor, data: ComplicationInput) -> ComplicationRecord:
    today = db.today()
    with db.write(actor) as session:
        authorize(session, actor, Permission.COMPLICATION_RECORD)
        procedure = session.get(Procedure, data.procedure_id)
        if procedure is None:
            raise NotFound(
                say("Procedure {procedure_id} does not exist.", procedure_id=data.procedure_id)
            )
        if procedure.voided_at is not None:
            raise ValidationError(
                {"procedure": say("That procedure was voided; choose the right one.")}
            )
        errors = validate_complication(data, procedure.performed_at.astimezone().date(), today)
        if data.placement_id is not None:
            placement = session.get(Placement, data.placement_id)
            if placement is None or placement.procedure_id != procedure.id:
                errors["placement"] = say("That placement belongs to another procedure.")
        if errors:
            raise ValidationError(errors)
        now = db.clock()
        complication = Complication(
            patient_id=procedure.patient_id,
            procedure_id=procedure.id,
            placement_id=data.placement_id,
            kind=data.kind,
            kind_other=clean_line(data.kind_other) if data.kind == "other" else "",
            area=data.area,
            onset_date=data.onset_date,
            severity=data.severity,
            serious=data.serious,
            actions=",".join(a for a in codes(ACTIONS) if a in data.actions),
            outcome=data.outcome,
            resolution_date=data.resolution_date,
            notes=clean_block(data.notes),
            recorded_by_id=actor.account_id,
            created_at=now,
            updated_at=now,
        )
        session.add(complication)
        session.flush()
        _add_step(session, complication, actor, now, "recorded")
        session.flush()
        return _records(session, [complication])[0]


def update_complication(
    db: Database,
    actor: Actor,
    complication_id: int,
    expected_version: int,
    *,
    severity: int,
    serious: bool,
    actions: tuple[str, ...],
    outcome: str,
    resolution_date: date | None,
    note: str,
) -> ComplicationRecord:
    """A new step in the course; the earlier steps stay as they were."""
    today = db.today()
    with db.write(actor) as session:
        authorize(session, actor, Permission.COMPLICATION_RECORD)
        complication = session.get(Complication, complication_id)
        if complication is None:
            raise NotFound(
                say(
                    "Complication {complication_id} does not exist.",
                    complication_id=complication_id,
                )
            )
        refuse_stale(
            session,
            complication,
            expected_version,
            say("This complication"),
            say("Reload it, then add your update."),
        )
        errors = _outcome_problems(
            outcome, resolution_date, complication.onset_date, severity, today
        )
        if not 1 <= severity <= 5:
            errors["severity"] = say("Severity is 1 (mild) to 5 (death).")
        if set(actions) - codes(ACTIONS):
            errors["actions"] = say("Unknown action.")
        if errors:
            raise ValidationError(errors)
        now = db.clock()
        complication.severity = severity
        complication.serious = serious
        complication.actions = ",".join(a for a in codes(ACTIONS) if a in actions)
        complication.outcome = outcome
        complication.resolution_date = resolution_date
        complication.updated_at = now
        _add_step(session, complication, actor, now, clean_block(note))
        session.flush()
        return _records(session, [complication])[0]


def _add_step(
    session: Session, complication: Complication, actor: Actor, now: datetime, note: str
) -> None:
    session.add(
        ComplicationUpdate(
            complication_id=complication.id,
            patient_id=complication.patient_id,
            recorded_at=now,
            user_id=actor.account_id,
            severity=complication.severity,
            serious=complication.serious,
            actions=complication.actions,
            outcome=complication.outcome,
            resolution_date=complication.resolution_date,
            note=note,
        )
    )


def _actions(text: str) -> tuple[str, ...]:
    return tuple(a for a in text.split(",") if a)


def _records(session: Session, complications: list[Complication]) -> list[ComplicationRecord]:
    if not complications:
        return []
    names = {uid: name for uid, name in session.execute(select(User.id, User.full_name))}
    ids = [c.id for c in complications]
    steps: dict[int, list[CourseStep]] = {i: [] for i in ids}
    for step in session.scalars(
        select(ComplicationUpdate)
        .where(ComplicationUpdate.complication_id.in_(ids))
        .order_by(ComplicationUpdate.id)
    ):
        steps[step.complication_id].append(
            CourseStep(
                recorded_at=step.recorded_at,
                by=names.get(step.user_id or 0, "command line"),
                severity=step.severity,
                serious=step.serious,
                actions=_actions(step.actions),
                outcome=step.outcome,
                resolution_date=step.resolution_date,
                note=step.note,
            )
        )
    context = {
        row[0]: row[1:]
        for row in session.execute(
            select(
                Complication.id,
                Patient.full_name,
                Patient.mrn,
                Procedure.performed_at,
                Procedure.doctor_id,
                ThreadProduct.manufacturer,
                ThreadProduct.name,
                Lot.lot_number,
            )
            .join(Patient, Patient.id == Complication.patient_id)
            .join(Procedure, Procedure.id == Complication.procedure_id)
            .outerjoin(Placement, Placement.id == Complication.placement_id)
            .outerjoin(Lot, Lot.id == Placement.lot_id)
            .outerjoin(ThreadProduct, ThreadProduct.id == Lot.product_id)
            .where(Complication.id.in_(ids))
        )
    }
    records = []
    for c in complications:
        full_name, mrn, performed, doctor_id, maker, product, lot = context[c.id]
        records.append(
            ComplicationRecord(
                id=c.id,
                version=c.version,
                patient_id=c.patient_id,
                full_name=full_name,
                mrn=mrn,
                procedure_id=c.procedure_id,
                performed_at=performed,
                doctor=names.get(doctor_id, ""),
                placement_id=c.placement_id,
                product=f"{maker} {product}" if product else "",
                lot_number=lot or "",
                kind=c.kind,
                kind_other=c.kind_other,
                area=c.area,
                onset_date=c.onset_date,
                severity=c.severity,
                serious=c.serious,
                actions=_actions(c.actions),
                outcome=c.outcome,
                resolution_date=c.resolution_date,
                notes=c.notes,
                course=tuple(steps[c.id]),
            )
        )
    return records


@dataclass(frozen=True)
class ComplicationFilter:
    kind: str | None = None
    product_id: int | None = None
    lot_number: str | None = None
    doctor_id: int | None = None
    onset_from: date | None = None
    onset_to: date | None = None
    patient_id: int | None = None


def list_complications(
    db: Database,
    actor: Actor,
    where: ComplicationFilter = ComplicationFilter(),
    limit: int = 1000,
) -> list[ComplicationRecord]:
    """Open complications first (newest onset first), then closed ones."""
    query = (
        select(Complication)
        .join(Procedure, Procedure.id == Complication.procedure_id)
        .outerjoin(Placement, Placement.id == Complication.placement_id)
        .outerjoin(Lot, Lot.id == Placement.lot_id)
    )
    if where.kind:
        query = query.where(Complication.kind == where.kind)
    if where.product_id is not None:
        query = query.where(Lot.product_id == where.product_id)
    if where.lot_number:
        query = query.where(Lot.lot_key == "".join(where.lot_number.split()).upper())
    if where.doctor_id is not None:
        query = query.where(Procedure.doctor_id == where.doctor_id)
    if where.onset_from is not None:
        query = query.where(Complication.onset_date >= where.onset_from)
    if where.onset_to is not None:
        query = query.where(Complication.onset_date <= where.onset_to)
    if where.patient_id is not None:
        query = query.where(Complication.patient_id == where.patient_id)
    still_open = case((Complication.outcome.in_(sorted(OPEN_OUTCOMES)), 0), else_=1)
    query = query.order_by(
        still_open, Complication.onset_date.desc(), Complication.id.desc()
    ).limit(limit)
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        return _records(session, list(session.scalars(query)))
