"""A patient's history in date order: procedures, follow-ups, complications, dissolution."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.record.complications import ComplicationRecord
from db.record.followups import FollowUpRow, add_months, step_words
from db.record.procedures import ProcedureRecord
from db.vocabulary import AREAS, COMPLICATION_TYPES, OUTCOMES, term
from db.wording import language, say


@dataclass(frozen=True)
class Event:
    day: date
    kind: str  # procedure, follow_up, complication, dissolved
    title: str
    detail: str
    state: str  # done, planned, missed, cancelled, voided, open, closed, expected
    record_id: int


def build_timeline(
    procedures: list[ProcedureRecord],
    follow_ups: list[FollowUpRow],
    complications: list[ComplicationRecord],
) -> list[Event]:
    """The timeline from records already loaded (the patient's file has them for its tabs)."""
    events: list[Event] = []
    for procedure in procedures:
        day = procedure.performed_at.astimezone().date()
        areas = ", ".join(dict.fromkeys(p.area_label(language()) for p in procedure.placements))
        threads = sum(p.thread_count for p in procedure.placements)
        events.append(
            Event(
                day,
                "procedure",
                say("Procedure {id}: {areas}", id=procedure.id, areas=areas),
                say(
                    "{threads} thread(s), {doctor} — voided: {reason}",
                    threads=threads,
                    doctor=procedure.doctor,
                    reason=procedure.void_reason,
                )
                if procedure.voided
                else say("{threads} thread(s), {doctor}", threads=threads, doctor=procedure.doctor),
                "voided" if procedure.voided else "done",
                procedure.id,
            )
        )
        if not procedure.voided and procedure.placements:
            longest = max(procedure.placements, key=lambda p: p.absorption_months)
            events.append(
                Event(
                    add_months(day, longest.absorption_months),
                    "dissolved",
                    say("Threads of procedure {id} expected to have dissolved", id=procedure.id),
                    say(
                        "{material}: about {months} months",
                        material=longest.material,
                        months=longest.absorption_months,
                    ),
                    "expected",
                    procedure.id,
                )
            )
    states = {
        "planned": "planned",
        "attended": "done",
        "no_show": "missed",
        "cancelled": "cancelled",
    }
    for follow_up in follow_ups:
        detail = status_words(follow_up.status)
        if follow_up.status_reason:
            detail = say("{status}: {reason}", status=detail, reason=follow_up.status_reason)
        events.append(
            Event(
                follow_up.due_at.astimezone().date(),
                "follow_up",
                say(
                    "Follow-up {label} (procedure {procedure_id})",
                    label=step_words(follow_up.label),
                    procedure_id=follow_up.procedure_id,
                ),
                detail,
                states.get(follow_up.status, follow_up.status),
                follow_up.id,
            )
        )
    for complication in complications:
        kind = (
            complication.kind_other
            if complication.kind == "other"
            else term(COMPLICATION_TYPES, complication.kind).label(language())
        )
        outcome = term(OUTCOMES, complication.outcome).label(language())
        area = term(AREAS, complication.area).label(language())
        events.append(
            Event(
                complication.onset_date,
                "complication",
                say("Complication: {kind} ({area})", kind=kind, area=area),
                say(
                    "severity {severity}, {outcome} on {day}",
                    severity=complication.severity,
                    outcome=outcome,
                    day=complication.resolution_date,
                )
                if complication.resolution_date
                else say(
                    "severity {severity}, {outcome}",
                    severity=complication.severity,
                    outcome=outcome,
                ),
                "open" if complication.open else "closed",
                complication.id,
            )
        )
    order = {"procedure": 0, "complication": 1, "follow_up": 2, "dissolved": 3}
    return sorted(events, key=lambda e: (e.day, order[e.kind], e.record_id))


def status_words(status: str) -> str:
    """A follow-up's status for the user."""
    words = {
        "planned": say("planned"),
        "attended": say("attended"),
        "no_show": say("no-show"),
        "cancelled": say("cancelled"),
    }
    return words.get(status, status)
