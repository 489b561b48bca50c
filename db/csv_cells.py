"""CSV files that a spreadsheet opens as data: no cell runs as a formula.

Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage
return before one) as a formula, so a patient named `=HYPERLINK(...)` could make a recall list
open a link or run a command on the PC that opens it. Every CSV the program writes goes through
`csv_writer`, which shows such a cell as text with a leading apostrophe.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import TextIO

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The cell as text that a spreadsheet will not run."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class SafeWriter:
    """`csv.writer` whose every cell goes through `safe_cell`."""

    def __init__(self, handle: TextIO) -> None:
        self._writer = csv.writer(handle)

    def writerow(self, row: Iterable[object]) -> None:
        self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable[object]]) -> None:
        for row in rows:
            self.writerow(row)


def csv_writer(handle: TextIO) -> SafeWriter:
    return SafeWriter(handle)
