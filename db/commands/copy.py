"""`copy-to`: move a clinic from its SQLite file to a PostgreSQL server."""

from __future__ import annotations

import argparse
import sys

from db.storage.copy_to import copy_database
from db.storage.database import open_database, parse_url


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    copy = commands.add_parser(
        "copy-to",
        help="copy the whole database (audit trail included) into an empty PostgreSQL database",
    )
    copy.add_argument("url", metavar="URL", help="the empty PostgreSQL database to fill")
    copy.set_defaults(run=run_copy)


def run_copy(args: argparse.Namespace) -> int:
    target = parse_url(args.url).render_as_string(hide_password=True)
    source = open_database(args.database)
    try:
        print(f"Copying {source.url.render_as_string(hide_password=True)} into {target}")

        def show(table: str, rows: int) -> None:
            sys.stderr.write(f"  {table:<28} {rows:>10,} rows\n")
            sys.stderr.flush()

        result = copy_database(source, args.url, show)
    finally:
        source.dispose()
    print(f"{'table':<28} {'here':>10} {'server':>10}")
    for count in result.counts:
        print(f"{count.table:<28} {count.source:>10,} {count.target:>10,}")
    print(f"Row counts match on both sides; {result.chain.message}.")
    print(f"Done: {result.rows:,} rows copied. Point each PC at {target}.")
    return 0
