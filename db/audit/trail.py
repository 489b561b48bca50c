"""Reading the audit trail: filtered pages for the viewer, CSV export and the chain check.

Only administrators (`Permission.AUDIT_VIEW`) read the trail: its rows hold old and new values
of patients' records. The command line reads it as its own identity, `command-line`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, func, select
from sqlalchemy.orm import Session

from db.access.permissions import Actor, Permission, authorize
from db.audit import chain as audit
from db.audit import checkpoints
from db.audit.chain_check import ChainCheck
from db.audit.checkpoints import SignedCheckpoint
from db.csv_cells import csv_writer, safe_cell
from db.errors import ThreadbookError, ValidationError
from db.models import AuditChainHead, AuditEvent, Lot, Patient, ThreadProduct, User
from db.storage.database import Database
from db.storage.local_state import database_key
from db.wording import say

# Filter value for events no logged-in user caused: the command line, failed logins.
SYSTEM_USER = 0
PAGE_SIZE = 200
_MRN = re.compile(r"^\s*tb-?(\d{1,9})\s*$", re.IGNORECASE)

CSV_COLUMNS = (
    "seq",
    "occurred_at_utc",
    "username",
    "workstation",
    "action",
    "record_type",
    "record_id",
    "patient_id",
    "patient_mrn",
    "changes",
    "details",
    "hash",
)


@dataclass(frozen=True)
class AuditFilter:
    """What the viewer narrows the trail to; empty fields do not narrow.

    Attributes:
        user_id: who acted; SYSTEM_USER for events without a logged-in user.
        patient: a record number (TB-000012) or a patient id.
        since, until: aware datetimes; `since` inclusive, `until` exclusive.
    """

    user_id: int | None = None
    patient: str = ""
    record_type: str = ""
    record_id: str = ""
    action: str = ""
    since: datetime | None = None
    until: datetime | None = None

    def described(self) -> dict[str, str]:
        """The filter as the export's own audit row records it."""
        shown: dict[str, str] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if value is not None and value != "":
                shown[f.name] = value.isoformat() if isinstance(value, datetime) else str(value)
        return shown


@dataclass(frozen=True)
class FieldChange:
    name: str
    old: Any
    new: Any


@dataclass(frozen=True)
class AuditEntry:
    """One audit row as the viewer shows it.

    Attributes:
        changes: each changed field's old and new value (create: old is None).
        details: anything else the event recorded (attempted username, lock end, filter...).
    """

    seq: int
    occurred_at: datetime
    user_id: int | None
    username: str
    workstation: str
    action: str
    record_type: str
    record_id: str
    patient_id: int | None
    patient_mrn: str
    changes: tuple[FieldChange, ...]
    details: dict[str, Any]


@dataclass(frozen=True)
class AuditChoices:
    """What the viewer's filter lists offer."""

    users: list[tuple[int, str]]
    actions: list[str]
    record_types: list[str]


def day_range(first: date | None, last: date | None) -> tuple[datetime | None, datetime | None]:
    """Local calendar days, both included, as the UTC instants the filter compares with."""
    since = datetime.combine(first, time.min).astimezone() if first else None
    until = datetime.combine(last + timedelta(days=1), time.min).astimezone() if last else None
    return since, until


def user_filter_value(db: Database, username: str) -> int:
    """The `AuditFilter.user_id` for a username; 'system' for events without a user."""
    name = username.strip().lower()
    if name == "system":
        return SYSTEM_USER
    with db.read() as session:
        found = session.scalar(select(User.id).where(User.username == name))
    if found is None:
        raise ValidationError({"user": say("There is no user named '{name}'.", name=name)})
    return found


def _patient_id(session: Session, text: str) -> int:
    text = text.strip()
    if match := _MRN.match(text):
        mrn = f"TB-{int(match.group(1)):06d}"
        found = session.scalar(select(Patient.id).where(Patient.mrn == mrn))
        if found is None:
            raise ValidationError(
                {"patient": say("No patient has the record number {mrn}.", mrn=mrn)}
            )
        return found
    if text.isdigit():
        return int(text)
    raise ValidationError(
        {"patient": say("Type a patient's record number (for example TB-000012) or id.")}
    )


def _conditions(session: Session, wanted: AuditFilter) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if wanted.since and wanted.until and wanted.since >= wanted.until:
        raise ValidationError({"until": say("The end of the date range is before its start.")})
    if wanted.user_id == SYSTEM_USER:
        where.append(AuditEvent.user_id.is_(None))
    elif wanted.user_id is not None:
        where.append(AuditEvent.user_id == wanted.user_id)
    if wanted.patient.strip():
        where.append(AuditEvent.patient_id == _patient_id(session, wanted.patient))
    if wanted.record_type:
        where.append(AuditEvent.record_type == wanted.record_type)
    if wanted.record_id.strip():
        where.append(AuditEvent.record_id == wanted.record_id.strip())
    if wanted.action:
        where.append(AuditEvent.action == wanted.action)
    if wanted.since:
        where.append(AuditEvent.occurred_at >= wanted.since)
    if wanted.until:
        where.append(AuditEvent.occurred_at < wanted.until)
    return where


def _query(session: Session, wanted: AuditFilter) -> Select[AuditEvent, str | None]:
    return (
        select(AuditEvent, Patient.mrn)
        .outerjoin(Patient, Patient.id == AuditEvent.patient_id)
        .where(*_conditions(session, wanted))
        .order_by(AuditEvent.seq.desc())
    )


def _entry(event: AuditEvent, mrn: str | None) -> AuditEntry:
    try:
        details = json.loads(event.details)
    except ValueError:
        details = {"unreadable": event.details}
    if not isinstance(details, dict):
        details = {"value": details}
    raw_changes = details.pop("changes", {})
    changes = tuple(
        FieldChange(name, *[*pair, None, None][:2])
        for name, pair in sorted(raw_changes.items())
        if isinstance(pair, list)
    )
    return AuditEntry(
        event.seq,
        event.occurred_at,
        event.user_id,
        event.username,
        event.workstation,
        event.action,
        event.record_type,
        event.record_id,
        event.patient_id,
        mrn or "",
        changes,
        details,
    )


def audit_page(
    db: Database,
    actor: Actor,
    wanted: AuditFilter,
    before_seq: int | None = None,
    limit: int = PAGE_SIZE,
) -> list[AuditEntry]:
    """Newest first, `limit` rows older than `before_seq` (keyset paging: fast at any depth)."""
    with db.read() as session:
        authorize(session, actor, Permission.AUDIT_VIEW)
        query = _query(session, wanted)
        if before_seq is not None:
            query = query.where(AuditEvent.seq < before_seq)
        entries = [_entry(event, mrn) for event, mrn in session.execute(query.limit(limit))]
        return _lots_named(session, entries)


def _lots_named(session: Session, entries: list[AuditEntry]) -> list[AuditEntry]:
    """A lot is read by its number and product ('PDO-2301 (Aptos Excellence Visage)'), not by
    the row number the trail stores."""
    ids = {
        value
        for entry in entries
        for change in entry.changes
        if change.name == "lot_id"
        for value in (change.old, change.new)
        if isinstance(value, int)
    }
    if not ids:
        return entries
    names = {
        lot_id: f"{number} ({maker} {product})"
        for lot_id, number, maker, product in session.execute(
            select(Lot.id, Lot.lot_number, ThreadProduct.manufacturer, ThreadProduct.name)
            .join(ThreadProduct, ThreadProduct.id == Lot.product_id)
            .where(Lot.id.in_(ids))
        )
    }

    def named(change: FieldChange) -> FieldChange:
        if change.name != "lot_id":
            return change
        return FieldChange(
            "lot", names.get(change.old, change.old), names.get(change.new, change.new)
        )

    return [replace(entry, changes=tuple(named(c) for c in entry.changes)) for entry in entries]


def count_audit_events(db: Database, actor: Actor, wanted: AuditFilter) -> int:
    with db.read() as session:
        authorize(session, actor, Permission.AUDIT_VIEW)
        query = select(func.count()).select_from(AuditEvent).where(*_conditions(session, wanted))
        return session.scalar(query) or 0


def audit_choices(db: Database, actor: Actor) -> AuditChoices:
    with db.read() as session:
        authorize(session, actor, Permission.AUDIT_VIEW)
        users = [
            (user.id, f"{user.username} ({user.full_name})")
            for user in session.scalars(select(User).order_by(User.username))
        ]
        actions = list(
            session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action))
        )
        types = list(
            session.scalars(
                select(AuditEvent.record_type).distinct().order_by(AuditEvent.record_type)
            )
        )
        return AuditChoices(users, actions, [t for t in types if t])


def check_chain(db: Database, actor: Actor, others: Iterable[SignedCheckpoint] = ()) -> ChainCheck:
    """Recompute the hash chain and compare it with this PC's checkpoint and `others`."""
    with db.read() as session:
        authorize(session, actor, Permission.AUDIT_VIEW)
        return checkpoints.verify(session, db.url, others)


def current_checkpoint(db: Database, actor: Actor) -> str:
    """The signed checkpoint of the verified chain, for the administrator to print or keep;
    ThreadbookError if the chain does not verify."""
    with db.read() as session:
        authorize(session, actor, Permission.AUDIT_VIEW)
        result = checkpoints.verify(session, db.url)
        head = session.get(AuditChainHead, audit.CHAIN_HEAD_ID)
    if not result.ok or head is None:
        raise ThreadbookError(
            say("The audit trail does not verify: {problem}.", problem=result.message)
        )
    return checkpoints.sign(database_key(db.url), head.last_seq, head.last_hash, db.clock())


def _csv_rows(session: Session, wanted: AuditFilter) -> Iterator[list[str]]:
    # Oldest first: a file is read from the top, the way the trail was written.
    query = _query(session, wanted).order_by(None).order_by(AuditEvent.seq)
    result = session.execute(query.execution_options(yield_per=2000))
    for event, mrn in result:
        entry = _entry(event, mrn)
        changes = {c.name: [c.old, c.new] for c in entry.changes}
        yield [
            safe_cell(value)
            for value in (
                entry.seq,
                entry.occurred_at.isoformat(),
                entry.username,
                entry.workstation,
                entry.action,
                entry.record_type,
                entry.record_id,
                entry.patient_id,
                entry.patient_mrn,
                json.dumps(changes, ensure_ascii=False) if changes else "",
                json.dumps(entry.details, ensure_ascii=False) if entry.details else "",
                event.hash,
            )
        ]


def export_audit_csv(db: Database, actor: Actor, wanted: AuditFilter, target: Path) -> int:
    """Write the filtered trail to a CSV file (UTF-8, opens in Excel); the export is audited.

    The rows are read in one snapshot into a temporary file beside `target`, which takes the
    final name only in the transaction that records the export: no export without its audit row.
    """
    temporary = target.with_name(f".{target.name}.partial")
    count = 0
    patient_id: int | None = None
    placed = False
    try:
        with db.read() as session:
            authorize(session, actor, Permission.AUDIT_VIEW)
            if wanted.patient.strip():
                patient_id = _patient_id(session, wanted.patient)
            # utf-8-sig: the byte-order mark makes Excel on Windows read Vietnamese correctly.
            with temporary.open("w", encoding="utf-8-sig", newline="") as handle:
                writer = csv_writer(handle)
                writer.writerow(CSV_COLUMNS)
                for row in _csv_rows(session, wanted):
                    writer.writerow(row)
                    count += 1
        with db.write(actor) as session:
            authorize(session, actor, Permission.AUDIT_VIEW)
            audit.record_event(
                session,
                "export",
                AuditEvent.__tablename__,
                "",
                patient_id,
                {"rows": count, "file": target.name, "filter": wanted.described()},
            )
            session.flush()
            temporary.replace(target)
            placed = True
    except OSError as exc:
        raise ThreadbookError(
            say(
                "Cannot write {target}: {reason}. Choose another folder or file name.",
                target=target,
                reason=exc.strerror or exc,
            )
        ) from None
    except BaseException:
        if placed:  # the audit row did not commit, so neither does the file
            target.unlink(missing_ok=True)
        raise
    finally:
        temporary.unlink(missing_ok=True)
    return count
