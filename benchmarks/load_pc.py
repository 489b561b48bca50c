"""One simulated PC of the load benchmark, run in a process of its own.

It opens the database as the program does (its own connection pool), keeps the live-refresh
listener running, and repeats what its staff do: a reception PC searches as it types, opens
files, records calls and prints sheets; a consulting-room PC also charts procedures (with their
signed consent) and records reviews. At a person's pace it pauses a few seconds between actions;
flat out it does not pause. It stops at the deadline or after its number of actions.
"""

from __future__ import annotations

import random
import resource
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from db.access.permissions import Actor
from db.aftercare.output import export_sheet
from db.errors import ThreadbookError
from db.record.complications import ComplicationFilter, list_complications
from db.record.followups import patient_follow_ups, record_contact
from db.record.patients import open_patient, search_patients
from db.record.procedures import PlacementInput, ProcedureInput, chart_procedure, patient_procedures
from db.record.reviews import ReviewInput, record_review
from db.record.timeline import build_timeline
from db.storage.change_feed import ChangeFeed
from db.storage.database import open_database
from tests.concurrency import actor_named
from tests.helpers import treatment_consent

KEY_GAP_SECONDS = 0.12  # a brisk typist, about eight keys a second
AREAS = ("midface", "jawline", "nasolabial", "neck", "brow")


@dataclass(frozen=True)
class Plan:
    """What one PC works on: chosen by the parent so PCs never review the same follow-up."""

    url: str
    pc: int
    doctor: bool
    username: str  # the staff account this PC's user signs in as
    paced: bool
    seconds: float
    max_actions: int
    seed: int
    patient_ids: list[int]
    names: list[str]
    lot_ids: list[int]
    follow_up_ids: list[int]
    procedure_ids: list[int]


@dataclass
class Outcome:
    """Per operation: latencies (ms) of those done, and how many were refused or failed."""

    pc: int
    latencies: dict[str, list[float]] = field(default_factory=dict)
    refused: dict[str, int] = field(default_factory=dict)
    refusals: dict[str, str] = field(default_factory=dict)  # the first message of each
    failed: dict[str, str] = field(default_factory=dict)
    written: dict[str, list[int]] = field(default_factory=dict)
    changes_heard: int = 0
    cpu_seconds: float = 0.0  # this PC's process, user and system, from the start signal on
    actions: int = 0  # a whole search (every keystroke of it) is one action


def run_pc(plan: Plan, ready: Any, go: Any, results: Any) -> None:
    outcome = Outcome(plan.pc)
    try:
        _work(plan, outcome, ready, go)
    except BaseException as exc:  # reported, so the parent never waits on a silent child
        outcome.failed["process"] = repr(exc)
        ready.set()
    results.put(outcome)


def _work(plan: Plan, outcome: Outcome, ready: Any, go: Any) -> None:
    db = open_database(plan.url)
    actor = actor_named(db, plan.username, f"pc-{plan.pc}")
    rng = random.Random(plan.seed * 1000 + plan.pc)
    folder = Path(tempfile.mkdtemp(prefix="threadbook-load-"))

    def heard(_change: object) -> None:
        outcome.changes_heard += 1

    feed = ChangeFeed(db)
    feed.start(heard)
    follow_ups = list(plan.follow_up_ids)
    work: list[tuple[str, int, Callable[[], Any]]] = [
        ("search as you type", 30, lambda: _search(db, actor, rng, plan, outcome)),
        ("open a file", 30, lambda: _open_file(db, actor, rng.choice(plan.patient_ids))),
        ("print a sheet", 8, lambda: _sheet(db, actor, rng, plan, folder)),
    ]
    if plan.doctor:
        work += [
            ("chart a procedure", 15, lambda: _chart(db, actor, rng, plan, outcome)),
            ("record a review", 10, lambda: _review(db, actor, follow_ups, outcome)),
        ]
    else:
        work += [("record a call", 20, lambda: _call(db, actor, rng, follow_ups, outcome))]
    names, weights = [w[0] for w in work], [w[1] for w in work]
    ready.set()
    go.wait()
    cpu_start = _cpu_seconds()
    deadline = time.monotonic() + plan.seconds
    done = 0
    try:
        while time.monotonic() < deadline and done < plan.max_actions:
            name = rng.choices(names, weights)[0]
            action = work[names.index(name)][2]
            started = time.perf_counter()
            try:
                action()
            except ThreadbookError as exc:
                outcome.refused[name] = outcome.refused.get(name, 0) + 1
                outcome.refusals.setdefault(name, exc.message)
            except Exception as exc:
                outcome.failed.setdefault(name, repr(exc))
            else:
                if name != "search as you type":  # timed per keystroke inside
                    elapsed = (time.perf_counter() - started) * 1000
                    outcome.latencies.setdefault(name, []).append(elapsed)
            done += 1
            outcome.actions = done
            if plan.paced:
                time.sleep(rng.uniform(2.0, 6.0))
    finally:
        feed.stop()
        db.dispose()
        outcome.cpu_seconds = _cpu_seconds() - cpu_start


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _search(db: Any, actor: Actor, rng: random.Random, plan: Plan, outcome: Outcome) -> None:
    """Each keystroke from the second on runs a search, as the patient list does."""
    typed = rng.choice(plan.names)
    for end in range(2, len(typed) + 1):
        started = time.perf_counter()
        search_patients(db, actor, typed[:end], 100)
        elapsed = (time.perf_counter() - started) * 1000
        outcome.latencies.setdefault("search as you type", []).append(elapsed)
        if plan.paced:
            time.sleep(KEY_GAP_SECONDS)


def _open_file(db: Any, actor: Actor, patient_id: int) -> None:
    open_patient(db, actor, patient_id)
    build_timeline(
        patient_procedures(db, actor, patient_id),
        patient_follow_ups(db, actor, patient_id),
        list_complications(db, actor, ComplicationFilter(patient_id=patient_id)),
    )


def _sheet(db: Any, actor: Actor, rng: random.Random, plan: Plan, folder: Path) -> None:
    procedure_id = rng.choice(plan.procedure_ids)
    export_sheet(db, actor, procedure_id, folder / f"{procedure_id}.pdf")


def _chart(db: Any, actor: Actor, rng: random.Random, plan: Plan, outcome: Outcome) -> None:
    """A procedure of two threads from one lot, with the treatment consent signed first."""
    patient_id = rng.choice(plan.patient_ids)
    now = db.clock()
    placements = (PlacementInput(rng.choice(AREAS), "both", rng.choice(plan.lot_ids), 2),)
    consent_id = treatment_consent(db, actor, patient_id, now - timedelta(hours=1), placements)
    outcome.written.setdefault("consent", []).append(consent_id)
    started = time.perf_counter()
    charted = chart_procedure(
        db,
        actor,
        ProcedureInput(
            patient_id,
            now - timedelta(minutes=30),
            actor.user_id,
            None,
            consent_id,
            "local",
            placements,
            contraindication_reason="Benchmark: reviewed with the patient.",
        ),
    )
    outcome.latencies.setdefault("  of which the chart's own save", []).append(
        (time.perf_counter() - started) * 1000
    )
    outcome.written.setdefault("procedure", []).append(charted.id)


def _review(db: Any, actor: Actor, follow_ups: list[int], outcome: Outcome) -> None:
    if not follow_ups:
        raise _Exhausted("no follow-up left to review")
    follow_up_id = follow_ups.pop()
    review = record_review(
        db, actor, ReviewInput(follow_up_id, db.today(), (), 2, 4, "Benchmark review.")
    )
    outcome.written.setdefault("review", []).append(review.id)


def _call(
    db: Any, actor: Actor, rng: random.Random, follow_ups: list[int], outcome: Outcome
) -> None:
    follow_up_id = rng.choice(follow_ups)
    record_contact(db, actor, follow_up_id, rng.choice(("reached", "no_answer", "left_message")))
    outcome.written.setdefault("contact", []).append(follow_up_id)


class _Exhausted(ThreadbookError):
    """This PC has reviewed every follow-up it was given (counted as refused, not failed)."""
