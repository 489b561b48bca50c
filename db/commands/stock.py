"""`inventory` and `recall`: the stock table and who received a lot, for print or CSV."""

from __future__ import annotations

import argparse
import sys

from db.access.permissions import command_line_actor
from db.csv_cells import csv_writer
from db.stock.lots import StockFilter, inventory
from db.stock.recall import patients_with_lot, recall_csv_rows
from db.storage.database import open_database


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    stock = commands.add_parser("inventory", help="print stock by lot")
    stock.add_argument(
        "--filter",
        choices=[f.value for f in StockFilter],
        default=StockFilter.ALL.value,
        help="which lots (default: all)",
    )
    stock.add_argument("--days", type=int, default=30, help="'expiring' means within DAYS days")
    stock.add_argument("--csv", action="store_true", help="comma-separated output")
    stock.set_defaults(run=run_inventory)

    recall = commands.add_parser("recall", help="list every patient who received a lot")
    recall.add_argument("lot", metavar="LOT")
    recall.add_argument("--product", default=None, help="narrow to a product, maker or GTIN")
    recall.add_argument("--csv", action="store_true", help="comma-separated output")
    recall.set_defaults(run=run_recall)


def _table(rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        print(
            "  ".join(value.ljust(width) for value, width in zip(row, widths, strict=True)).rstrip()
        )


def run_inventory(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        lots = inventory(db, command_line_actor(), StockFilter(args.filter), args.days)
    finally:
        db.dispose()
    rows = [["product", "material", "lot", "expiry", "received", "used", "written_off",
             "on_hand", "recalled"]]  # fmt: skip
    for lot in lots:
        rows.append(
            [lot.product, lot.material, lot.lot_number, lot.expiry_date.isoformat(),
             str(lot.received), str(lot.used), str(lot.written_off), str(lot.on_hand),
             lot.recalled_on.isoformat() if lot.recalled_on else ""]
        )  # fmt: skip
    if args.csv:
        csv_writer(sys.stdout).writerows(rows)
    elif lots:
        _table(rows)
    else:
        print("No lots.")
    return 0


def run_recall(args: argparse.Namespace) -> int:
    db = open_database(args.database)
    try:
        found = patients_with_lot(db, command_line_actor(), args.lot, args.product)
    finally:
        db.dispose()
    rows = recall_csv_rows(found)
    if args.csv:
        csv_writer(sys.stdout).writerows(rows)
        return 0
    if not found:
        print(f"No patient received lot {args.lot}.")
        return 0
    _table(rows)
    print(f"\n{len({r.patient_id for r in found})} patient(s), {len(found)} placement(s).")
    return 0
