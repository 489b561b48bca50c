"""Charting procedures: placements from lots, stock taken in the same transaction, voiding."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.access.permissions import Actor, Permission, Role, authorize
from db.audit.chain import refuse_stale
from db.consent.records import check_treatment_consent
from db.errors import Conflict, NotFound, ValidationError
from db.models import Lot, Patient, Placement, Procedure, StockMovement, ThreadProduct, User
from db.record import followups
from db.record.alerts import check_charting
from db.record.appointments import link_procedure
from db.stock.lots import Movement, lock_lot, on_hand
from db.storage.database import Database
from db.text import clean_block, clean_line
from db.threadmap.charting import add_lines, line_problem, lines_by_placement, lines_key
from db.threadmap.geometry import ThreadLine
from db.vocabulary import ANAESTHESIA, AREAS, CONTRAINDICATED_AREAS, SIDES, codes, term
from db.wording import say

MAX_THREADS_PER_PLACEMENT = 200
# A procedure is charted while or after it happens; a little clock drift between PCs is allowed.
FUTURE_TOLERANCE = timedelta(minutes=10)


@dataclass(frozen=True)
class PlacementInput:
    area: str
    side: str
    lot_id: int | None
    thread_count: int
    area_other: str = ""
    # The threads as drawn on the diagram: none (charted from the keyboard) or one per thread.
    lines: tuple[ThreadLine, ...] = ()


@dataclass(frozen=True)
class ProcedureInput:
    patient_id: int
    performed_at: datetime | None
    doctor_id: int | None
    nurse_id: int | None
    # The patient's signed treatment consent covering this procedure's areas and materials.
    consent_id: int | None
    anaesthesia: str
    placements: tuple[PlacementInput, ...]
    notes: str = ""
    contraindication_reason: str = ""
    # The patient's alerts the doctor acknowledged in the form, and why they go ahead despite
    # an absolute contraindication.
    acknowledged_alerts: tuple[int, ...] = ()
    alert_reason: str = ""
    # The booked procedure this chart carries out (its patient has arrived).
    appointment_id: int | None = None


@dataclass(frozen=True)
class PlacementRecord:
    id: int
    area: str
    area_other: str
    side: str
    lot_id: int
    lot_number: str
    expiry_date: date
    product_id: int
    product: str
    material: str
    absorption_months: int
    thread_count: int
    # The threads as drawn, in drawing order; empty when charted without drawing.
    lines: tuple[ThreadLine, ...] = ()

    def area_label(self, language: str = "en") -> str:
        label = term(AREAS, self.area).label(language)
        return f"{label}: {self.area_other}" if self.area == "other" and self.area_other else label


@dataclass(frozen=True)
class ProcedureRecord:
    id: int
    patient_id: int
    performed_at: datetime
    doctor: str
    nurse: str
    consent_obtained: bool
    consent_at: datetime | None
    consent_id: int | None
    anaesthesia: str
    notes: str
    contraindication_reason: str
    voided_at: datetime | None
    void_reason: str
    version: int
    placements: tuple[PlacementRecord, ...] = field(default_factory=tuple)
    alert_acknowledgement: str = ""
    alert_reason: str = ""

    @property
    def voided(self) -> bool:
        return self.voided_at is not None


def validate_procedure(data: ProcedureInput, now: datetime) -> dict[str, str]:
    """Checks that need no database: what the form can show before saving."""
    errors: dict[str, str] = {}
    if data.performed_at is None:
        errors["performed_at"] = say("Date and time of the procedure are required.")
    elif data.performed_at > now + FUTURE_TOLERANCE:
        errors["performed_at"] = say("The procedure cannot be charted before it happens.")
    elif data.performed_at < now - timedelta(days=366 * 5):
        errors["performed_at"] = say("The date is more than five years ago: check the year.")
    if data.doctor_id is None:
        errors["doctor_id"] = say("Choose the performing doctor.")
    if data.consent_id is None:
        errors["consent"] = say(
            "Choose the patient's signed consent for this procedure, or record it first."
        )
    if data.anaesthesia not in codes(ANAESTHESIA):
        errors["anaesthesia"] = say("Choose none, topical or local anaesthesia.")
    if not data.placements:
        errors["placements"] = say("Add at least one placement: area, side, lot and thread count.")
    for index, placement in enumerate(data.placements, start=1):
        where = say("Placement {index}", index=index)
        if placement.area not in codes(AREAS):
            errors[f"placement_{index}"] = say("{where}: choose the treated area.", where=where)
        elif placement.area == "other" and not clean_line(placement.area_other):
            errors[f"placement_{index}"] = say("{where}: name the other area.", where=where)
        elif placement.side not in codes(SIDES):
            errors[f"placement_{index}"] = say("{where}: choose the side.", where=where)
        elif placement.lot_id is None:
            errors[f"placement_{index}"] = say("{where}: choose or scan the lot used.", where=where)
        elif not 1 <= placement.thread_count <= MAX_THREADS_PER_PLACEMENT:
            errors[f"placement_{index}"] = say(
                "{where}: thread count must be from 1 to {most}.",
                where=where,
                most=MAX_THREADS_PER_PLACEMENT,
            )
        if f"placement_{index}" not in errors and (
            problem := line_problem(index, placement.area, placement.thread_count, placement.lines)
        ):
            errors[lines_key(index)] = problem
    if needs_reason(data) and len(clean_block(data.contraindication_reason)) < 10:
        errors["contraindication_reason"] = say(
            "Threads are not suited to nose or buttock augmentation: they cannot hold "
            "a shape long-term and complications are more likely. To go ahead, write "
            "the clinical reason (at least 10 characters).",
        )
    if len(data.notes) > 20000:
        errors["notes"] = say("Notes are too long (at most 20,000 characters).")
    return errors


def needs_reason(data: ProcedureInput) -> bool:
    return any(p.area in CONTRAINDICATED_AREAS for p in data.placements)


def _staff_member(
    session: Session, user_id: int, role: Role, what: str, lock: bool = False
) -> User:
    user = session.get(User, user_id, with_for_update={"key_share": True} if lock else None)
    if user is None or not user.active or role.value not in user.role_set:
        raise ValidationError(
            {
                f"{what}_id": say("The chosen doctor is not an active doctor.")
                if role is Role.DOCTOR
                else say("The chosen nurse is not an active nurse.")
            }
        )
    return user


def _check_lots(session: Session, data: ProcedureInput, day: date) -> dict[int, Lot]:
    """Lock each lot, then refuse expired, recalled or short ones, naming the lot."""
    wanted: dict[int, int] = defaultdict(int)
    for placement in data.placements:
        assert placement.lot_id is not None
        wanted[placement.lot_id] += placement.thread_count
    lots: dict[int, Lot] = {}
    for lot_id in sorted(wanted):  # a fixed order, so two PCs never lock in opposite orders
        lot = lock_lot(session, lot_id)
        name = say("Lot {lot_number} ({name})", lot_number=lot.lot_number, name=lot.product.name)
        if lot.recalled_on is not None:
            raise ValidationError(
                {"placements": say(
                    "{name} was recalled on {recalled_on} ({recall_reason}). It must not be "
                    "used: choose another lot.",
                    name=name, recalled_on=lot.recalled_on, recall_reason=lot.recall_reason,
                )}
            )  # fmt: skip
        if lot.expiry_date < day:
            raise ValidationError(
                {"placements": say(
                    "{name} expired on {expiry_date}, before the procedure date {day}. Choose "
                    "another lot.",
                    name=name, expiry_date=lot.expiry_date, day=day,
                )}
            )  # fmt: skip
        left = on_hand(session, lot.id)
        if wanted[lot_id] > left:
            raise ValidationError(
                {"placements": say(
                    "{name} has {left} thread(s) in stock, but {charted} are charted. Check the "
                    "counts, or receive the new box first.",
                    name=name, left=left, charted=wanted[lot_id],
                )}
            )  # fmt: skip
        lots[lot_id] = lot
    return lots


def chart_procedure(db: Database, actor: Actor, data: ProcedureInput) -> ProcedureRecord:
    """Save a procedure, its placements and the stock they use: all of it, or nothing."""
    if errors := validate_procedure(data, db.clock()):
        raise ValidationError(errors)
    assert data.performed_at is not None and data.doctor_id is not None
    day = data.performed_at.astimezone().date()
    # Alongside other PCs' charts: each check below reads rows locked first, in this order
    # (the doctor, whose free times place the follow-ups; the lots, sorted; the consent; the
    # booked visit). The rest (patient, staff, alerts, settings) only writers that take the
    # whole turn change.
    with db.write(actor, own_locks=True) as session:
        authorize(session, actor, Permission.PROCEDURE_CHART)
        patient = session.get(Patient, data.patient_id)
        if patient is None or not patient.active:
            raise NotFound(say("This patient's record is not active; open the current record."))
        _staff_member(session, data.doctor_id, Role.DOCTOR, "doctor", lock=True)
        if data.nurse_id is not None:
            _staff_member(session, data.nurse_id, Role.NURSE, "nurse")
        lots = _check_lots(session, data, day)
        consent = check_treatment_consent(
            session, data.consent_id, patient.id, data.performed_at,
            {p.area for p in data.placements}, {lot.product.material for lot in lots.values()},
        )  # fmt: skip
        acknowledged, alert_reason = check_charting(
            session, patient.id, data.acknowledged_alerts, data.alert_reason
        )
        now = db.clock()
        procedure = Procedure(
            patient_id=patient.id,
            performed_at=data.performed_at,
            doctor_id=data.doctor_id,
            nurse_id=data.nurse_id,
            consent_obtained=True,
            consent_at=consent.given_at,
            consent_id=consent.id,
            anaesthesia=data.anaesthesia,
            notes=clean_block(data.notes),
            contraindication_reason=(
                clean_block(data.contraindication_reason) if needs_reason(data) else ""
            ),
            alert_acknowledgement=acknowledged,
            alert_reason=alert_reason,
            void_reason="",
            created_at=now,
            created_by_id=actor.account_id,
        )
        session.add(procedure)
        session.flush()
        if data.appointment_id is not None:
            link_procedure(session, data.appointment_id, patient.id, procedure.id)
        used: dict[int, int] = defaultdict(int)
        drawn: list[tuple[Placement, tuple[ThreadLine, ...]]] = []
        for placement in data.placements:
            assert placement.lot_id is not None
            row = Placement(
                procedure=procedure,
                patient_id=patient.id,
                area=placement.area,
                area_other=clean_line(placement.area_other) if placement.area == "other" else "",
                side=placement.side,
                lot_id=placement.lot_id,
                thread_count=placement.thread_count,
            )
            session.add(row)
            drawn.append((row, placement.lines))
            used[placement.lot_id] += placement.thread_count
        session.flush()  # the placements' ids, for their drawn threads
        for row, lines in drawn:
            add_lines(session, row.id, procedure.id, patient.id, lines)
        for lot_id, count in sorted(used.items()):
            session.add(
                StockMovement(
                    lot_id=lot_id,
                    kind=Movement.USED.value,
                    quantity=-count,
                    reason="",
                    procedure_id=procedure.id,
                    occurred_at=now,
                    user_id=actor.account_id,
                )
            )
        followups.schedule(session, procedure, {lot.product.material for lot in lots.values()}, now)
        session.flush()
        return _procedure_records(session, [procedure])[0]


def void_procedure(
    db: Database,
    actor: Actor,
    procedure_id: int,
    expected_version: int,
    reason: str,
    threads_back_in_stock: bool,
) -> ProcedureRecord:
    """Void a procedure charted in error. It stays in history, struck through.

    `threads_back_in_stock`: the threads were never opened and go back on the shelf; otherwise
    they stay consumed.
    """
    reason = clean_block(reason)
    if len(reason) < 5:
        raise ValidationError(
            {"reason": say("Say why the procedure is voided (at least 5 characters).")}
        )
    with db.write(actor) as session:
        authorize(session, actor, Permission.PROCEDURE_VOID)
        procedure = session.get(Procedure, procedure_id)
        if procedure is None:
            raise NotFound(
                say("Procedure {procedure_id} does not exist.", procedure_id=procedure_id)
            )
        if procedure.voided_at is not None:
            raise Conflict(
                say("Procedure {procedure_id} was already voided.", procedure_id=procedure_id)
            )
        refuse_stale(
            session,
            procedure,
            expected_version,
            say("Procedure {procedure_id}", procedure_id=procedure_id),
            say("Reload it first."),
        )
        now = db.clock()
        procedure.voided_at = now
        procedure.voided_by_id = actor.account_id
        procedure.void_reason = reason
        followups.cancel_for_voided(session, procedure.id, reason, now)
        if threads_back_in_stock:
            movements = session.scalars(
                select(StockMovement).where(
                    StockMovement.procedure_id == procedure.id,
                    StockMovement.kind == Movement.USED.value,
                )
            ).all()
            for movement in movements:
                lock_lot(session, movement.lot_id)
                session.add(
                    StockMovement(
                        lot_id=movement.lot_id,
                        kind=Movement.UNUSED_BACK.value,
                        quantity=-movement.quantity,
                        reason=f"procedure {procedure.id} voided: {reason}",
                        procedure_id=procedure.id,
                        occurred_at=now,
                        user_id=actor.account_id,
                    )
                )
        session.flush()
        return _procedure_records(session, [procedure])[0]


def _procedure_records(session: Session, procedures: list[Procedure]) -> list[ProcedureRecord]:
    names = {uid: name for uid, name in session.execute(select(User.id, User.full_name))}
    lot_ids = {p.lot_id for procedure in procedures for p in procedure.placements}
    lots = (
        {lot.id: lot for lot in session.scalars(select(Lot).where(Lot.id.in_(lot_ids)))}
        if lot_ids
        else {}
    )
    lines = lines_by_placement(session, (p.id for pr in procedures for p in pr.placements))
    records = []
    for procedure in procedures:
        placements = tuple(
            _placement_record(p, lots[p.lot_id], lines.get(p.id, ())) for p in procedure.placements
        )
        records.append(
            ProcedureRecord(
                id=procedure.id,
                patient_id=procedure.patient_id,
                performed_at=procedure.performed_at,
                doctor=names.get(procedure.doctor_id, ""),
                nurse=names.get(procedure.nurse_id, "") if procedure.nurse_id else "",
                consent_obtained=procedure.consent_obtained,
                consent_at=procedure.consent_at,
                consent_id=procedure.consent_id,
                anaesthesia=procedure.anaesthesia,
                notes=procedure.notes,
                contraindication_reason=procedure.contraindication_reason,
                voided_at=procedure.voided_at,
                void_reason=procedure.void_reason,
                version=procedure.version,
                placements=placements,
                alert_acknowledgement=procedure.alert_acknowledgement,
                alert_reason=procedure.alert_reason,
            )
        )
    return records


def _placement_record(
    placement: Placement, lot: Lot, lines: tuple[ThreadLine, ...]
) -> PlacementRecord:
    product: ThreadProduct = lot.product
    return PlacementRecord(
        id=placement.id,
        area=placement.area,
        area_other=placement.area_other,
        side=placement.side,
        lot_id=lot.id,
        lot_number=lot.lot_number,
        expiry_date=lot.expiry_date,
        product_id=product.id,
        product=f"{product.manufacturer} {product.name}",
        material=product.material,
        absorption_months=product.absorption_months,
        thread_count=placement.thread_count,
        lines=lines,
    )


def patient_procedures(db: Database, actor: Actor, patient_id: int) -> list[ProcedureRecord]:
    """A patient's procedures, newest first, voided ones included (the file shows them struck)."""
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        procedures = session.scalars(
            select(Procedure)
            .where(Procedure.patient_id == patient_id)
            .options(selectinload(Procedure.placements))
            .order_by(Procedure.performed_at.desc(), Procedure.id.desc())
        ).all()
        return _procedure_records(session, list(procedures))


def procedure_record(session: Session, procedure_id: int) -> ProcedureRecord:
    """One procedure read inside the caller's transaction (the caller has checked permission)."""
    procedure = session.get(Procedure, procedure_id, options=[selectinload(Procedure.placements)])
    if procedure is None:
        raise NotFound(say("Procedure {procedure_id} does not exist.", procedure_id=procedure_id))
    return _procedure_records(session, [procedure])[0]


@dataclass(frozen=True)
class StaffOption:
    user_id: int
    full_name: str


def staff_with_role(db: Database, actor: Actor, role: Role) -> list[StaffOption]:
    with db.read() as session:
        authorize(session, actor, Permission.PATIENT_READ)
        users = session.scalars(
            select(User).where(User.active.is_(True)).order_by(User.full_name)
        ).all()
        return [StaffOption(u.id, u.full_name) for u in users if role.value in u.role_set]
