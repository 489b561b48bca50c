"""Audit trail: rows written in the same transaction as the change, chained by SHA-256.

Record changes are captured by a session listener (`after_flush`), so no service can forget
them; other events (login, opening a file, printing) are written with `record_event`. Both are
held in the session until it commits, then appended together under the lock on the chain's
head row: the lock every writer on the server shares is held only for that append and the
commit, not while the transaction reads, checks and changes records.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, func, insert, inspect, literal, select, update
from sqlalchemy.orm import Session, UOWTransaction

from db.access.permissions import Actor
from db.clock import utc_now
from db.errors import Conflict
from db.models import AuditChainHead, Audited, AuditEvent
from db.wording import say

GENESIS_HASH = "0" * 64
CHAIN_HEAD_ID = 1
# PostgreSQL channel on which every committed write announces the chain's new last_seq.
CHANGE_CHANNEL = "threadbook_changes"
# Audit events that record reading or signing in: they change no record anyone is shown, so
# their commits wake no other PC (the next change's readers skip them too).
QUIET_ACTIONS = frozenset({"view", "login", "logout", "login_failed", "login_refused_locked"})
# PostgreSQL refuses a notification of 8,000 bytes or more.
MAX_ANNOUNCEMENT = 7000
# Audit rows appended with their head in one statement (a bulk import's thousands go apart).
ONE_STATEMENT_ROWS = 200
# session.info key of the chain head a write transaction appended up to.
HEAD_KEY = "threadbook_chain_head"
# session.info key of the events a transaction will append when it commits, in order.
PENDING_KEY = "threadbook_pending_events"
# session.info key set on a transaction that may write events but must not change records.
EVENTS_ONLY_KEY = "threadbook_events_only"


@dataclass(frozen=True)
class Checkpoint:
    """The chain's length and last hash at one moment, as a witness outside the database saw it."""

    seq: int
    hash: str


@dataclass(frozen=True)
class PendingEvent:
    action: str
    record_type: str
    record_id: str
    patient_id: int | None
    details: dict[str, Any]


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _canonical(row: dict[str, Any]) -> str:
    return json.dumps(row, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)


def row_hash(prev_hash: str, row: dict[str, Any]) -> str:
    """The hash of one audit row: its content fields and the previous row's hash."""
    content = {
        "seq": row["seq"],
        "occurred_at": _plain(row["occurred_at"]),
        "user_id": row["user_id"],
        "username": row["username"],
        "workstation": row["workstation"],
        "action": row["action"],
        "record_type": row["record_type"],
        "record_id": row["record_id"],
        "patient_id": row["patient_id"],
        "details": row["details"],
    }
    return hashlib.sha256((prev_hash + _canonical(content)).encode("utf-8")).hexdigest()


def append(
    connection: Connection,
    actor: Actor | None,
    events: Iterable[PendingEvent],
    when: datetime | None = None,
) -> Checkpoint | None:
    """Append events to the chain under a lock on its head row (one writer at a time);
    returns the chain's new head."""
    events = list(events)
    if not events:
        return None
    head = connection.execute(
        select(AuditChainHead.last_seq, AuditChainHead.last_hash)
        .where(AuditChainHead.id == CHAIN_HEAD_ID)
        .with_for_update()
    ).one()
    seq, prev = head.last_seq, head.last_hash
    occurred = when or utc_now()
    rows = []
    for event in events:
        seq += 1
        row: dict[str, Any] = {
            "seq": seq,
            "occurred_at": occurred,
            "user_id": actor.user_id if actor else None,
            "username": actor.username if actor else "system",
            "workstation": actor.workstation if actor else "",
            "action": event.action,
            "record_type": event.record_type,
            "record_id": event.record_id,
            "patient_id": event.patient_id,
            "details": _canonical(event.details),
        }
        row["prev_hash"] = prev
        row["hash"] = prev = row_hash(prev, row)
        rows.append(row)
    moved = (
        update(AuditChainHead)
        .where(AuditChainHead.id == CHAIN_HEAD_ID)
        .values(last_seq=seq, last_hash=prev)
    )
    changed = [event for event in events if event.action not in QUIET_ACTIONS]
    if connection.dialect.name != "postgresql":
        connection.execute(insert(AuditEvent), rows)
        connection.execute(moved)
        return Checkpoint(seq, prev)
    # Delivered at commit, and never for a rolled-back write: other PCs refresh at once.
    told = func.pg_notify(CHANGE_CHANNEL, announcement(seq, changed)) if changed else literal(0)
    if len(rows) <= ONE_STATEMENT_ROWS:
        # One round trip while every other PC's commit waits for the head: rows, head and
        # notification in one statement (PostgreSQL runs each part of a WITH exactly once).
        appended = insert(AuditEvent).values(rows).cte("appended")
        connection.execute(select(told).add_cte(appended).add_cte(moved.cte("moved")))
    else:
        connection.execute(insert(AuditEvent), rows)
        connection.execute(moved)
        connection.execute(select(told))
    return Checkpoint(seq, prev)


def announcement(seq: int, changed: list[PendingEvent]) -> str:
    """What a commit tells the other PCs: the chain's new length and the kinds of records and
    the patients it changed, so they need not read the trail to know; only the length when
    that is too long to send."""
    told = json.dumps(
        {
            "seq": seq,
            "types": sorted({event.record_type for event in changed}),
            "patients": sorted({e.patient_id for e in changed if e.patient_id is not None}),
        },
        separators=(",", ":"),
    )
    return told if len(told) <= MAX_ANNOUNCEMENT else str(seq)


def _pending(session: Session) -> list[PendingEvent]:
    pending: list[PendingEvent] = session.info.setdefault(PENDING_KEY, [])
    return pending


def record_event(
    session: Session,
    action: str,
    record_type: str = "",
    record_id: object = "",
    patient_id: int | None = None,
    details: dict[str, Any] | None = None,
) -> None:
    """Write a non-change event (login, view, print, ...) in the session's transaction: it is
    appended to the chain when the transaction commits, and never if it rolls back."""
    _pending(session).append(
        PendingEvent(action, record_type, str(record_id), patient_id, details or {})
    )


def _record_type(obj: Audited) -> str:
    return str(getattr(obj, "__tablename__", type(obj).__name__))


def _identity(obj: Audited) -> str:
    state = inspect(obj)
    # A row inserted in this flush has its key values but no identity key until the flush ends.
    key = state.identity or state.mapper.primary_key_from_instance(obj)
    return ",".join(str(k) for k in key if k is not None)


def _column_changes(obj: Audited) -> dict[str, list[Any]]:
    """Old and new value of each audited column an update changed."""
    state = inspect(obj)
    changes: dict[str, list[Any]] = {}
    for attr in state.mapper.column_attrs:
        name = attr.key
        if name in obj.audit_exclude:
            continue
        history = state.attrs[name].history
        if history.added or history.deleted:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[name] = [_plain(old), _plain(new)]
    return changes


def created_changes(model: type[Audited], row: dict[str, Any]) -> dict[str, list[Any]]:
    """A 'create' row's changes for a record inserted without the ORM (bulk demo data), as
    the session listener would have written them: every set value outside `audit_exclude`."""
    return {
        name: [None, _plain(value)]
        for name, value in row.items()
        if name not in model.audit_exclude and value is not None and value != ""
    }


def _action_for(obj: Audited, changes: dict[str, list[Any]]) -> str:
    voided = changes.get("voided_at")
    if voided and voided[0] is None and voided[1] is not None:
        return "void"
    active = changes.get("active")
    if active and active[0] is True and active[1] is False:
        return "deactivate"
    if active and active[0] is False and active[1] is True:
        return "reactivate"
    return "update"


_Columns = tuple[str, tuple[tuple[str, str, Any], ...], tuple[str, ...]]
_COLUMNS: dict[type[Audited], _Columns] = {}


def _columns(model: type[Audited]) -> _Columns:
    """The table's name; (attribute, column name, Python-side default) of each audited
    column; the primary key's column names. Worked out once per model."""
    if model in _COLUMNS:
        return _COLUMNS[model]
    mapper = inspect(model)
    audited = []
    for attr in mapper.column_attrs:
        if attr.key in model.audit_exclude:
            continue
        column = attr.columns[0]
        default = column.default.arg if column.default is not None else None
        audited.append((attr.key, column.name, None if callable(default) else default))
    found = (
        mapper.local_table.name,
        tuple(audited),
        tuple(column.name for column in mapper.primary_key),
    )
    _COLUMNS[model] = found
    return found


def creation_event(model: type[Audited], row: Mapping[str, Any]) -> PendingEvent:
    """The 'create' event of a new record from its column values (keyed by column name).

    The one place a creation is described: the flush hook calls it for every record the ORM
    inserts, and a bulk loader (the demo data) for each row it inserts itself, so the two can
    never drift apart.
    """
    table, audited, key = _columns(model)
    changes = {}
    for attribute, column, default in audited:
        value = row.get(column, default)
        if value is not None and value != "":
            changes[attribute] = [None, _plain(value)]
    patient_column = model.audit_patient_column
    return PendingEvent(
        "create",
        table,
        ",".join(str(row[name]) for name in key if row.get(name) is not None),
        row.get(patient_column) if patient_column else None,
        {"changes": changes},
    )


def _row_of(obj: Audited) -> dict[str, Any]:
    mapper = inspect(obj).mapper
    return {attr.columns[0].name: getattr(obj, attr.key) for attr in mapper.column_attrs}


def _changed_records(session: Session) -> Iterator[PendingEvent]:
    for obj in session.new:
        if isinstance(obj, Audited):
            # A model may still name its patient in code rather than by column.
            created = creation_event(type(obj), _row_of(obj))
            yield replace(created, patient_id=obj.audit_patient_id())
    for obj in session.dirty:
        if isinstance(obj, Audited) and session.is_modified(obj, include_collections=False):
            changes = _column_changes(obj)
            if changes:
                yield PendingEvent(
                    _action_for(obj, changes),
                    _record_type(obj),
                    _identity(obj),
                    obj.audit_patient_id(),
                    {"changes": changes},
                )


def before_flush(session: Session, flush_context: UOWTransaction, instances: object) -> None:
    for obj in session.deleted:
        if isinstance(obj, Audited):
            raise RuntimeError(f"{_record_type(obj)} records are never deleted; void them instead")


def after_flush(session: Session, flush_context: UOWTransaction) -> None:
    events = list(_changed_records(session))
    if events and session.info.get(EVENTS_ONLY_KEY):
        # Such a transaction skips the lock that keeps record writers one at a time.
        raise RuntimeError("records are changed only in a write transaction")
    _pending(session).extend(events)


def before_commit(session: Session) -> None:
    """Append the transaction's events, the last flush's included, just before it commits."""
    session.flush()
    events = session.info.pop(PENDING_KEY, None)
    if events:
        session.info[HEAD_KEY] = append(
            session.connection(),
            session.info.get("actor"),
            events,
            session.info.get("clock", utc_now)(),
        )


def after_rollback(session: Session) -> None:
    """A rolled-back transaction's events go with its changes."""
    session.info.pop(PENDING_KEY, None)


def last_change(session: Session, record_type: str, record_id: object) -> str:
    """'Name at time' of the newest audited change of a record, for conflict messages."""
    row = session.execute(
        select(AuditEvent.username, AuditEvent.occurred_at)
        .where(AuditEvent.record_type == record_type, AuditEvent.record_id == str(record_id))
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    ).first()
    if row is None:
        return say("another user")
    local = row.occurred_at.astimezone().strftime("%d/%m/%Y %H:%M")
    return say("{username} at {local}", username=row.username, local=local)


def refuse_stale(
    session: Session, record: Audited, expected_version: int, what: str, advice: str
) -> None:
    """Refuse a save of `record` opened at `expected_version` if someone saved it since,
    naming who and when (the version column catches a save racing past this check)."""
    if getattr(record, "version") == expected_version:  # noqa: B009 - Audited has no version
        return
    who = last_change(session, _record_type(record), _identity(record))
    raise Conflict(
        say(
            "{what} was changed by {who} after you opened it. {advice}",
            what=what,
            who=who,
            advice=advice,
        ),
        changed_by=who,
    )
