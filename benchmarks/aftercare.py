"""Time to make aftercare sheets: `python -m benchmarks.aftercare [--sheets N]`.

Fills a temporary SQLite database with demo records, then makes one sheet (the first pays for
loading the font), and N sheets saved as audited PDF files, as a nurse printing a day's batch.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from sqlalchemy import select

from db.access.permissions import command_line_actor
from db.aftercare.output import export_sheet, make_sheet
from db.demo.build import add_demo_records
from db.models import Procedure
from db.storage.database import open_database


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sheets", type=int, default=100)
    args = parser.parse_args()
    actor = command_line_actor()
    with tempfile.TemporaryDirectory() as folder:
        db = open_database(f"sqlite:///{Path(folder) / 'bench.sqlite3'}")
        add_demo_records(db, max(args.sheets, 50), seed=7)
        with db.read() as session:
            ids = list(
                session.scalars(
                    select(Procedure.id).where(Procedure.voided_at.is_(None)).order_by(Procedure.id)
                )
            )
        start = time.perf_counter()
        first = make_sheet(db, actor, ids[0])
        cold = time.perf_counter() - start
        warm = []
        for procedure_id in ids[:20]:
            start = time.perf_counter()
            make_sheet(db, actor, procedure_id, "vi")
            warm.append(time.perf_counter() - start)
        out = Path(folder) / "sheets"
        out.mkdir()
        chosen = (ids * (args.sheets // len(ids) + 1))[: args.sheets]
        start = time.perf_counter()
        for number, procedure_id in enumerate(chosen):
            export_sheet(db, actor, procedure_id, out / f"{number:04d}.pdf")
        batch = time.perf_counter() - start
        size = sum(p.stat().st_size for p in out.iterdir()) / len(chosen)
        db.dispose()
    print(f"first sheet (loads the font): {cold * 1000:.0f} ms, {first.pages} page(s)")
    print(f"one sheet, median of 20:      {statistics.median(warm) * 1000:.0f} ms")
    print(f"{args.sheets} sheets saved and audited: {batch:.2f} s "
          f"({batch / args.sheets * 1000:.0f} ms each, {size / 1024:.0f} KiB each)")  # fmt: skip


if __name__ == "__main__":
    main()
