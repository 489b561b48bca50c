"""A patient's history in date order: procedures, follow-ups, complications, dissolution."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from db.record.complications import ComplicationRecord
from db.record.followups import FollowUpRow, add_months
from db.record.procedures import ProcedureRecord
from db.vocabulary import AREAS, COMPLICATION_TYPES, OUTCOMES, term


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
        areas = ", ".join(dict.fromkeys(p.area_label() for p in procedure.placements))
        threads = sum(p.thread_count for p in procedure.placements)
        events.append(
            Event(
                day,
                "procedure",
                f"Procedure {procedure.id}: {areas}",
                f"{threads} thread(s), {procedure.doctor}"
                + (f" — voided: {procedure.void_reason}" if procedure.voided else ""),
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
                    f"Threads of procedure {procedure.id} expected to have dissolved",
                    f"{longest.material}: about {longest.absorption_months} months",
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
        detail = follow_up.status.replace("_", "-")
        if follow_up.status_reason:
            detail += f": {follow_up.status_reason}"
        events.append(
            Event(
                follow_up.due_at.astimezone().date(),
                "follow_up",
                f"Follow-up {follow_up.label} (procedure {follow_up.procedure_id})",
                detail,
                states.get(follow_up.status, follow_up.status),
                follow_up.id,
            )
        )
    for complication in complications:
        kind = (
            complication.kind_other
            if complication.kind == "other"
            else term(COMPLICATION_TYPES, complication.kind).en
        )
        outcome = term(OUTCOMES, complication.outcome).en
        events.append(
            Event(
                complication.onset_date,
                "complication",
                f"Complication: {kind} ({term(AREAS, complication.area).en})",
                f"severity {complication.severity}, {outcome}"
                + (
                    f" on {complication.resolution_date:%d/%m/%Y}"
                    if complication.resolution_date
                    else ""
                ),
                "open" if complication.open else "closed",
                complication.id,
            )
        )
    order = {"procedure": 0, "complication": 1, "follow_up": 2, "dissolved": 3}
    return sorted(events, key=lambda e: (e.day, order[e.kind], e.record_id))
