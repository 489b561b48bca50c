"""`audit verify` and `audit export`: check the hash chain, or write the trail to CSV."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from db.access.permissions import command_line_actor
from db.audit import checkpoints
from db.audit.checkpoints import SignedCheckpoint
from db.audit.trail import (
    AuditFilter,
    check_chain,
    current_checkpoint,
    day_range,
    export_audit_csv,
    user_filter_value,
)
from db.errors import ThreadbookError, ValidationError
from db.storage.database import open_database

# Exit status of `audit verify` when the check ran and found the chain broken (2: could not check).
BROKEN = 1


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser("audit", help="check or export the audit trail")
    actions = group.add_subparsers(title="audit commands", metavar="ACTION", required=True)

    verify = actions.add_parser(
        "verify", help="recompute the hash chain; exit 0 only when it is intact"
    )
    verify.add_argument(
        "--checkpoint",
        action="append",
        type=Path,
        default=[],
        metavar="FILE",
        help="also compare with a checkpoint saved earlier by `audit checkpoint` (repeatable)",
    )
    verify.set_defaults(run=run_verify)

    checkpoint = actions.add_parser(
        "checkpoint",
        help="print the signed checkpoint of the verified trail (rows, last hash, time), "
        "to keep outside the database and compare later with `audit verify --checkpoint`",
    )
    checkpoint.add_argument("--output", type=Path, help="also write it to this file")
    checkpoint.set_defaults(run=run_checkpoint)

    export = actions.add_parser("export", help="write audit rows to a CSV file (audited)")
    export.add_argument("--output", required=True, type=Path, help="the CSV file to write")
    export.add_argument("--from", dest="first", metavar="YYYY-MM-DD", help="first day (local)")
    export.add_argument("--to", dest="last", metavar="YYYY-MM-DD", help="last day (local)")
    export.add_argument("--user", help="who acted: a username, or 'system'")
    export.add_argument("--patient", default="", help="record number (TB-000012) or patient id")
    export.add_argument("--action", default="", help="for example update, view, login_failed")
    export.add_argument("--record-type", default="", help="for example patient, user_account")
    export.add_argument("--record-id", default="")
    export.set_defaults(run=run_export)


def _read_checkpoint(path: Path) -> SignedCheckpoint:
    try:
        return checkpoints.parse(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ThreadbookError(f"Cannot read the checkpoint {path}: {exc}.") from None
    except checkpoints.CheckpointError as exc:
        raise ThreadbookError(f"The checkpoint {path} cannot be used: {exc}.") from None


def run_verify(args: argparse.Namespace) -> int:
    others = [_read_checkpoint(path) for path in args.checkpoint]
    db = open_database(args.database)
    try:
        check = check_chain(db, command_line_actor(), others)
    finally:
        db.dispose()
    if not check.ok:
        print(f"threadbook: audit trail broken: {check.message}", file=sys.stderr)
        return BROKEN
    print(check.message)
    return 0


def run_checkpoint(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        note = current_checkpoint(db, command_line_actor())
    finally:
        db.dispose()
    if args.output is not None:
        try:
            args.output.write_text(note, encoding="utf-8")
        except OSError as exc:
            raise ThreadbookError(f"Cannot write {args.output}: {exc.strerror or exc}.") from None
    print(note, end="")
    print(f"Verifier key of this PC: {checkpoints.public_key_line()}")
    return 0


def _day(text: str | None, option: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValidationError(
            {option: f"{option} '{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26."}
        ) from None


def run_export(args: argparse.Namespace) -> int:
    first, last = _day(args.first, "--from"), _day(args.last, "--to")
    since, until = day_range(first, last)
    db = open_database(args.database)
    try:
        wanted = AuditFilter(
            user_id=user_filter_value(db, args.user) if args.user else None,
            patient=args.patient,
            record_type=args.record_type,
            record_id=args.record_id,
            action=args.action,
            since=since,
            until=until,
        )
        count = export_audit_csv(db, command_line_actor(), wanted, args.output)
    finally:
        db.dispose()
    print(f"Wrote {count} audit rows to {args.output}")
    return 0
