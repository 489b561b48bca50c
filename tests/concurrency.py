"""Run the same work from several PCs at the same moment: threads or separate processes.

Each party opens its own `Database` on the URL (its own connections, as another PC would), waits
at a barrier so that all start together, then runs `work(db, party)`. The outcome of each party
is its return value, or the message of the `ThreadbookError` it raised.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from db.access.permissions import Actor, logged_in_actor
from db.errors import ThreadbookError
from db.models import User
from db.storage.database import Database, open_database

Work = Callable[[Database, int], Any]
BARRIER_SECONDS = 60


@dataclass(frozen=True)
class Outcome:
    party: int
    value: Any = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def actor_named(db: Database, username: str, workstation: str = "test-pc") -> Actor:
    """An actor for a staff account, looked up in the party's own database connection."""
    with db.read() as session:
        user = session.scalars(select(User).where(User.username == username)).one()
        return logged_in_actor(user.id, user.username, user.full_name, user.role_set, workstation)


def _run_party(url: str, work: Work, party: int, barrier: Any) -> Outcome:
    db = open_database(url)
    try:
        barrier.wait(BARRIER_SECONDS)
        try:
            return Outcome(party, value=work(db, party))
        except ThreadbookError as exc:
            return Outcome(party, error=exc.message)
    finally:
        db.dispose()


def race_threads(url: str, work: Work, parties: int) -> list[Outcome]:
    barrier = threading.Barrier(parties)
    outcomes: list[Outcome | BaseException] = [RuntimeError("did not finish")] * parties

    def party_thread(party: int) -> None:
        try:
            outcomes[party] = _run_party(url, work, party, barrier)
        except BaseException as exc:
            barrier.abort()
            outcomes[party] = exc

    threads = [threading.Thread(target=party_thread, args=(p,)) for p in range(parties)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(BARRIER_SECONDS * 2)
    return [_raise_failure(outcome) for outcome in outcomes]


def _process_main(url: str, work: Work, party: int, barrier: Any, results: Any) -> None:
    try:
        results.put((party, _run_party(url, work, party, barrier), None))
    except BaseException as exc:
        barrier.abort()
        results.put((party, None, f"{type(exc).__name__}: {exc}"))


def race_processes(url: str, work: Work, parties: int) -> list[Outcome]:
    """Like `race_threads`, with each party a fresh Python process; `work` must be picklable."""
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(parties)
    results = context.Queue()
    processes = [
        context.Process(target=_process_main, args=(url, work, p, barrier, results))
        for p in range(parties)
    ]
    for process in processes:
        process.start()
    outcomes: dict[int, Outcome] = {}
    crashes: list[str] = []
    try:
        for _ in range(parties):
            party, outcome, crash = results.get(timeout=BARRIER_SECONDS * 2)
            if crash:
                crashes.append(f"process {party}: {crash}")
            else:
                outcomes[party] = outcome
    except queue.Empty:
        crashes.append(f"only {len(outcomes)} of {parties} processes answered")
    finally:
        for process in processes:
            process.join(BARRIER_SECONDS)
            if process.is_alive():
                process.kill()
                process.join()
        results.close()
    if crashes:
        raise RuntimeError("; ".join(crashes))
    return [outcomes[p] for p in range(parties)]


def _raise_failure(outcome: Outcome | BaseException) -> Outcome:
    if isinstance(outcome, BaseException):
        raise outcome
    return outcome
