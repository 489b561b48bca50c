"""Fictional follow-ups and complications for demo procedures.

Follow-ups follow the default protocol and land in every state; every attended one has a review
(GAIS best at one to three months, fading later, longer with PLLA and PCL), and about a quarter
get a reminder call that reaches the patient the day before. Complications are logged at
an eighth of the published rates (most bruising, swelling and soreness is never written up as a
complication), about one procedure in eight, except on one lot, which gets far too many
infections so the lot signal has something to find.
"""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from db.record.followups import DEFAULT_LONG_STEPS, DEFAULT_STEPS, plan
from db.vocabulary import GAIS_SCALE, REFERENCE_RATES

LOGGED_SHARE = 1 / 8
REMINDER_SHARE = 0.25
# Typical GAIS (1 very much improved ... 5 worse) at each step: swelling early, collagen later.
GAIS_BY_STEP = {"7 days": 2.6, "1 month": 1.9, "3 months": 1.8, "6 months": 2.2, "12 months": 2.7}
LATE_STEPS = frozenset({"6 months", "12 months"})
BAD_LOT_INFECTION_RATE = 0.15
ACTIONS_FOR = {
    "infection": "antibiotics",
    "extrusion": "trimming",
    "migration": "massage,removal",
    "visible_thread": "observation,trimming",
    "dimpling": "massage",
    "haematoma": "observation,drainage",
}


@dataclass
class Aftermath:
    follow_ups: list[dict[str, Any]] = field(default_factory=list)
    contacts: list[dict[str, Any]] = field(default_factory=list)
    complications: list[dict[str, Any]] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    reviews: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class NextIds:
    follow_up: int
    contact: int
    complication: int
    update: int
    review: int = 1


def _follow_up_state(rng: random.Random, due: date, today: date) -> tuple[str, str]:
    if due >= today:
        return "planned", ""
    late = (today - due).days
    if late <= 45 and rng.random() < 0.35:
        return "planned", ""  # overdue: reception still chasing
    roll = rng.random()
    if roll < 0.80:
        return "attended", ""
    if roll < 0.92:
        return "no_show", ""
    return "cancelled", rng.choice(("moved away", "felt no need", "travelling abroad"))


def plan_aftermath(
    rng: random.Random,
    procedures: list[dict[str, Any]],
    placements: list[dict[str, Any]],
    materials: dict[int, str],
    bad_lot_id: int,
    doctor_id: int,
    nurse_id: int | None,
    today: date,
    ids: NextIds,
) -> Aftermath:
    """`materials`: lot id -> material code of its product."""
    out = Aftermath()
    by_procedure: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for placement in placements:
        by_procedure[placement["procedure_id"]].append(placement)
    for procedure in procedures:
        performed: datetime = procedure["performed_at"]
        placed = by_procedure[procedure["id"]]
        used = {materials[p["lot_id"]] for p in placed}
        for label, due in plan(performed, used, DEFAULT_STEPS, DEFAULT_LONG_STEPS):
            status, reason = _follow_up_state(rng, due.date(), today)
            out.follow_ups.append(
                {
                    "id": ids.follow_up,
                    "procedure_id": procedure["id"],
                    "patient_id": procedure["patient_id"],
                    "label": label,
                    "due_at": due.astimezone(UTC),
                    "status": status,
                    "status_reason": reason,
                    "status_changed_at": None if status == "planned" else due.astimezone(UTC),
                    "created_at": procedure["created_at"],
                    "version": 1,
                }
            )
            # Its own generator, so the other demo records stay what they were before reviews.
            aside = random.Random(ids.follow_up)
            reminded = due.date() <= today and aside.random() < REMINDER_SHARE
            if status != "cancelled" and reminded:
                out.contacts.append(
                    {
                        "id": ids.contact,
                        "follow_up_id": ids.follow_up,
                        "patient_id": procedure["patient_id"],
                        "contacted_at": (due - timedelta(days=1)).astimezone(UTC),
                        "user_id": nurse_id,
                        "outcome": "reached",
                        "note": "",
                    }
                )
                ids.contact += 1
            if status == "attended":
                out.reviews.append(_review(aside, ids, procedure, label, due, used, doctor_id))
            if status == "planned" and due.date() < today:
                for attempt in range(rng.choice((0, 1, 1, 2))):
                    out.contacts.append(
                        {
                            "id": ids.contact,
                            "follow_up_id": ids.follow_up,
                            "patient_id": procedure["patient_id"],
                            "contacted_at": (due + timedelta(days=attempt + 1, hours=1)).astimezone(
                                UTC
                            ),
                            "user_id": nurse_id,
                            "outcome": rng.choice(("no_answer", "left_message", "rebooked")),
                            "note": "",
                        }
                    )
                    ids.contact += 1
            ids.follow_up += 1
        _complications(rng, procedure, placed, bad_lot_id, doctor_id, today, ids, out)
    return out


def _review(
    rng: random.Random,
    ids: NextIds,
    procedure: dict[str, Any],
    label: str,
    due: datetime,
    materials: set[str],
    doctor_id: int,
) -> dict[str, Any]:
    lasting = bool(materials & {"PLLA", "PCL"})
    typical = GAIS_BY_STEP.get(label, 2.5) - (0.4 if lasting and label in LATE_STEPS else 0)
    gais = min(5, max(1, round(rng.gauss(typical, 0.8))))
    satisfaction = min(5, max(1, round(rng.gauss(6 - gais, 0.7))))
    row = {
        "id": ids.review,
        "follow_up_id": ids.follow_up,
        "patient_id": procedure["patient_id"],
        "procedure_id": procedure["id"],
        "reviewed_on": due.date(),
        "doctor_id": doctor_id,
        "present": "",
        "gais_score": gais,
        "gais_scale": GAIS_SCALE,
        "satisfaction": satisfaction if rng.random() < 0.9 else None,
        "notes": "",
        "next_step": "",
        "created_at": due.astimezone(UTC),
    }
    ids.review += 1
    return row


def _complications(
    rng: random.Random,
    procedure: dict[str, Any],
    placed: list[dict[str, Any]],
    bad_lot_id: int,
    doctor_id: int,
    today: date,
    ids: NextIds,
    out: Aftermath,
) -> None:
    performed: datetime = procedure["performed_at"]
    on_bad_lot = [p for p in placed if p["lot_id"] == bad_lot_id]
    for kind, reference in REFERENCE_RATES.items():
        chance = reference.rate * LOGGED_SHARE
        placement = rng.choice(placed)
        if kind == "infection" and on_bad_lot:
            chance, placement = BAD_LOT_INFECTION_RATE, on_bad_lot[0]
        if rng.random() >= chance:
            continue
        onset = performed.astimezone().date() + timedelta(days=rng.randint(1, 21))
        if onset > today:
            continue
        severity = rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0]
        outcome, resolved = "ongoing", None
        if (today - onset).days > 45:
            roll = rng.random()
            outcome = (
                "resolved" if roll < 0.85 else "resolved_sequelae" if roll < 0.92 else "unknown"
            )
            if outcome != "unknown":
                resolved = min(today, onset + timedelta(days=rng.randint(5, 40)))
        elif (today - onset).days > 10:
            outcome = "recovering"
        recorded = datetime.combine(onset, performed.astimezone().time()).astimezone(UTC)
        actions = ACTIONS_FOR.get(kind, "observation")
        out.complications.append(
            {
                "id": ids.complication,
                "patient_id": procedure["patient_id"],
                "procedure_id": procedure["id"],
                "placement_id": placement["id"],
                "kind": kind,
                "kind_other": "",
                "area": placement["area"],
                "onset_date": onset,
                "severity": severity,
                "serious": severity >= 3,
                "actions": actions,
                "outcome": outcome,
                "resolution_date": resolved,
                "notes": "",
                "recorded_by_id": doctor_id,
                "created_at": recorded,
                "updated_at": recorded,
                "version": 1,
            }
        )
        steps: list[tuple[str, date | None, str, datetime]] = [
            ("ongoing", None, "recorded", recorded)
        ]
        if outcome != "ongoing":
            later = datetime.combine(resolved or today, performed.astimezone().time()).astimezone(
                UTC
            )
            steps.append((outcome, resolved, "", later))
        for step_outcome, step_resolved, note, when in steps:
            out.updates.append(
                {
                    "id": ids.update,
                    "complication_id": ids.complication,
                    "patient_id": procedure["patient_id"],
                    "recorded_at": when,
                    "user_id": doctor_id,
                    "severity": severity,
                    "serious": severity >= 3,
                    "actions": actions,
                    "outcome": step_outcome,
                    "resolution_date": step_resolved,
                    "note": note,
                }
            )
            ids.update += 1
        ids.complication += 1
