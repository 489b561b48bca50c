"""Each report as plain tables: titled columns of a known kind and rows of real values.

The window's lists, the spreadsheet and the PDF all read these, so what is exported is exactly
what is shown. Values stay numbers and dates; only showing them turns them into text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from db.record.followups import step_words
from db.reports.adherence import AdherenceRow
from db.reports.complication_rates import RateRow
from db.reports.outcomes import OutcomeRow
from db.reports.stock import StockReport

Value = str | int | float | date | datetime | None


class Kind(StrEnum):
    TEXT = "text"
    COUNT = "count"
    SHARE = "share"  # 0..1, shown as a percentage
    MEAN = "mean"  # shown with two decimals
    DATE = "date"
    TIME = "time"  # an aware datetime, shown in local time
    MONTH = "month"  # a date on the first of the month
    FLAG = "flag"  # True shown as a mark


@dataclass(frozen=True)
class Column:
    title: str
    kind: Kind


@dataclass(frozen=True)
class Table:
    """Attributes:
    name: short, for a spreadsheet tab (at most 31 characters).
    """

    name: str
    title: str
    columns: tuple[Column, ...]
    rows: list[tuple[Value | bool, ...]]


RATE_COLUMNS = (
    Column("Group", Kind.TEXT),
    Column("Complication", Kind.TEXT),
    Column("Patients with it", Kind.COUNT),
    Column("Patients treated", Kind.COUNT),
    Column("Rate", Kind.SHARE),
    Column("95 % interval from", Kind.SHARE),
    Column("95 % interval to", Kind.SHARE),
    Column("Published rate", Kind.SHARE),
    Column("Published source", Kind.TEXT),
    Column("Lot signal", Kind.FLAG),
)


# Each heading a whole sentence per grouping, so a translation never glues fragments together.
RATE_TITLES = {
    "material": "Complication rates by material",
    "product": "Complication rates by product",
    "lot": "Complication rates by lot",
    "doctor": "Complication rates by doctor",
    "area": "Complication rates by area",
}
OUTCOME_TITLES = {
    "material": "GAIS and satisfaction at each review, by material",
    "product": "GAIS and satisfaction at each review, by product",
    "lot": "GAIS and satisfaction at each review, by lot",
    "doctor": "GAIS and satisfaction at each review, by doctor",
    "area": "GAIS and satisfaction at each review, by area",
}


def rate_table(rows: list[RateRow], group_title: str, title: str) -> Table:
    columns = (Column(group_title, Kind.TEXT), *RATE_COLUMNS[1:])
    return Table(
        "Complication rates",
        title,
        columns,
        [
            (r.group, r.kind_label, r.cases, r.treated, r.rate, r.interval.low, r.interval.high,
             r.reference_rate, r.reference_source, r.signal)
            for r in rows
        ],
    )  # fmt: skip


def outcome_table(rows: list[OutcomeRow], group_title: str, title: str) -> Table:
    return Table(
        "Outcomes",
        title,
        (
            Column(group_title, Kind.TEXT),
            Column("Review", Kind.TEXT),
            Column("GAIS scale", Kind.TEXT),
            Column("Patients", Kind.COUNT),
            Column("Mean GAIS", Kind.MEAN),
            Column("GAIS scores", Kind.COUNT),
            Column("Mean satisfaction (1-5)", Kind.MEAN),
            Column("Satisfaction scores", Kind.COUNT),
        ),
        [
            (r.group, step_words(r.step), r.gais_scale, r.patients, r.gais_mean, r.gais_n,
             r.satisfaction_mean, r.satisfaction_n)
            for r in rows
        ],
    )  # fmt: skip


def adherence_table(rows: list[AdherenceRow]) -> Table:
    return Table(
        "Follow-up adherence",
        "Follow-up adherence per review",
        (
            Column("Review", Kind.TEXT),
            Column("Follow-ups", Kind.COUNT),
            Column("Attended", Kind.COUNT),
            Column("No-show", Kind.COUNT),
            Column("Cancelled", Kind.COUNT),
            Column("Still open", Kind.COUNT),
            Column("Attended of those due", Kind.SHARE),
            Column("Reached by phone before", Kind.COUNT),
            Column("Share reached before", Kind.SHARE),
        ),
        [
            (step_words(r.step), r.total, r.attended, r.no_show, r.cancelled, r.still_open,
             r.attended_share, r.reached_before, r.reached_share)
            for r in rows
        ],
    )  # fmt: skip


def stock_tables(report: StockReport) -> list[Table]:
    return [
        Table(
            "Threads used",
            "Threads used per month",
            (
                Column("Month", Kind.MONTH),
                Column("Product", Kind.TEXT),
                Column("Threads", Kind.COUNT),
            ),
            [(r.month, r.product, r.threads) for r in report.usage],
        ),
        Table(
            "Expiring lots",
            "Lots expiring in the next 90 days with threads left",
            (
                Column("Expires", Kind.DATE),
                Column("Days left", Kind.COUNT),
                Column("Product", Kind.TEXT),
                Column("Lot", Kind.TEXT),
                Column("Threads left", Kind.COUNT),
            ),
            [
                (r.expiry_date, r.days_left, r.product, r.lot_number, r.on_hand)
                for r in report.expiring
            ],
        ),
        Table(
            "Write-offs",
            "Threads written off",
            (
                Column("When", Kind.TIME),
                Column("Product", Kind.TEXT),
                Column("Lot", Kind.TEXT),
                Column("Threads", Kind.COUNT),
                Column("Reason", Kind.TEXT),
                Column("By", Kind.TEXT),
            ),
            [
                (r.occurred_at, r.product, r.lot_number, r.threads, r.reason, r.by)
                for r in report.write_offs
            ],
        ),
    ]
