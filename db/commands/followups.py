"""`today` (reception's phone round) and `signals` (lots with too many complications)."""

from __future__ import annotations

import argparse
import sys
from datetime import date

from db.access.permissions import command_line_actor
from db.csv_cells import csv_writer
from db.errors import ThreadbookError
from db.record.followups import DayList, FollowUpRow, day_lists
from db.stock.lot_signals import signals
from db.storage.database import open_database
from db.vocabulary import COMPLICATION_TYPES, term


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    today = commands.add_parser("today", help="follow-ups due today, overdue, and the coming week")
    today.add_argument("--date", type=_date, default=None, metavar="YYYY-MM-DD")
    today.add_argument("--csv", action="store_true", help="comma-separated output")
    today.set_defaults(run=run_today)

    signal = commands.add_parser(
        "signals", help="lots and products with improbably many complications"
    )
    signal.add_argument("--all", action="store_true", help="also list lots that are not flagged")
    signal.add_argument("--csv", action="store_true", help="comma-separated output")
    signal.set_defaults(run=run_signals)


# Any follow-up of a living patient falls in these years; further out, local midnight overflows.
FIRST_DAY, LAST_DAY = date(1900, 1, 1), date(9998, 12, 31)


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date: use YYYY-MM-DD") from None


def _line(section: str, row: FollowUpRow, day: date) -> list[str]:
    return [
        section,
        row.due_at.astimezone().strftime("%Y-%m-%d %H:%M"),
        str(row.days_overdue(day)),
        row.full_name,
        row.mrn,
        row.phone,
        "yes" if row.contact_consent else "no",
        row.performed_at.astimezone().date().isoformat(),
        row.areas,
        row.label,
        row.last_contact,
    ]


def run_today(args: argparse.Namespace) -> int:
    if args.date is not None and not FIRST_DAY <= args.date <= LAST_DAY:
        raise ThreadbookError(
            f"{args.date.isoformat()} is outside the dates Threadbook keeps "
            f"({FIRST_DAY:%Y} to {LAST_DAY:%Y})."
        )
    db = open_database(args.database)
    try:
        day = args.date or db.today()
        # The round on paper: every row of every list.
        lists = day_lists(db, command_line_actor(), day, limits=dict.fromkeys(DayList))
    finally:
        db.dispose()
    sections = (
        ("due today", lists.due_today),
        ("overdue", lists.overdue),
        ("coming week", lists.coming_week),
    )
    if args.csv:
        writer = csv_writer(sys.stdout)
        header = "list due days_overdue patient mrn phone contact_consent procedure_date areas"
        writer.writerow([*header.split(), "follow_up", "last_contact"])
        for name, rows in sections:
            writer.writerows(_line(name, row, day) for row in rows)
        return 0
    print(f"Follow-ups for {day:%d/%m/%Y}")
    for name, rows in sections:
        print(f"\n{name.capitalize()}: {len(rows)}")
        for row in rows:
            late = f"{row.days_overdue(day)} d late  " if name == "overdue" else ""
            consent = "" if row.contact_consent else "  [no phone contact]"
            due = row.due_at.astimezone()
            done = row.performed_at.astimezone()
            print(
                f"  {due:%d/%m %H:%M}  {late}{row.full_name} ({row.mrn})  {row.phone}"
                f"  {row.label} after {done:%d/%m/%Y}: {row.areas}{consent}"
            )
    return 0


def run_signals(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        found = signals(db, command_line_actor(), only_flagged=not args.all)
    finally:
        db.dispose()
    header = "scope product lot complication patients_treated cases rate reference_rate p_value"
    rows = [[*header.split(), "flagged"]]
    for s in found:
        rows.append(
            [
                s.scope,
                s.product,
                s.lot_number,
                s.kind,
                str(s.treated),
                str(s.cases),
                f"{s.rate:.4f}",
                f"{s.reference_rate:.4f}",
                f"{s.p_value:.6g}" if s.p_value is not None else "",
                "yes" if s.flagged else "no",
            ]
        )
    if args.csv:
        csv_writer(sys.stdout).writerows(rows)
        return 0
    if not found:
        print("No lot or product has improbably many complications (p < 0.01, at least 3 cases).")
        return 0
    for s in found:
        where = f"lot {s.lot_number} of {s.product}" if s.scope == "lot" else s.product
        p = f"p = {s.p_value:.2g}" if s.p_value is not None else "fewer than 3 cases"
        mark = "FLAG  " if s.flagged else "      "
        print(
            f"{mark}{where}: {term(COMPLICATION_TYPES, s.kind).en} in {s.cases} of {s.treated} "
            f"patients ({s.rate:.1%}; published {s.reference_rate:.1%}), {p}"
        )
    return 0
