"""One entry point for the window, the exports and the command line: a report asked for by
name with its filter, returned as typed rows and as tables."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from db.access.permissions import Actor
from db.reports.adherence import AdherenceRow, adherence
from db.reports.complication_rates import ANY, GroupBy, RateRow, complication_rates
from db.reports.outcomes import OutcomeRow, outcomes
from db.reports.scope import ReportFilter
from db.reports.stock import StockReport, stock_report
from db.reports.tables import (
    OUTCOME_TITLES,
    RATE_TITLES,
    Table,
    adherence_table,
    outcome_table,
    rate_table,
    stock_tables,
)
from db.storage.database import Database


class Report(StrEnum):
    RATES = "complication rates"
    OUTCOMES = "outcomes"
    ADHERENCE = "follow-up adherence"
    STOCK = "stock"


GROUP_TITLES = {
    GroupBy.MATERIAL: "Material",
    GroupBy.PRODUCT: "Product",
    GroupBy.LOT: "Lot",
    GroupBy.DOCTOR: "Doctor",
    GroupBy.AREA: "Area",
}


@dataclass(frozen=True)
class ReportRequest:
    """Attributes:
    group_by: for complication rates (any grouping) and outcomes (material or product).
    kind: the complication type the rates chart shows (ANY: every type together).
    """

    report: Report
    wanted: ReportFilter
    group_by: GroupBy = GroupBy.MATERIAL
    kind: str = ANY


@dataclass(frozen=True)
class ReportResult:
    request: ReportRequest
    rates: list[RateRow] | None = None
    outcomes: list[OutcomeRow] | None = None
    adherence: list[AdherenceRow] | None = None
    stock: StockReport | None = None

    @property
    def tables(self) -> list[Table]:
        group_by = self.request.group_by
        if self.rates is not None:
            return [rate_table(self.rates, GROUP_TITLES[group_by], RATE_TITLES[group_by])]
        if self.outcomes is not None:
            return [outcome_table(self.outcomes, GROUP_TITLES[group_by], OUTCOME_TITLES[group_by])]
        if self.adherence is not None:
            return [adherence_table(self.adherence)]
        assert self.stock is not None
        return stock_tables(self.stock)


def run_report(db: Database, actor: Actor, request: ReportRequest) -> ReportResult:
    wanted = request.wanted
    if request.report is Report.RATES:
        rows = complication_rates(db, actor, wanted, request.group_by)
        return ReportResult(request, rates=rows)
    if request.report is Report.OUTCOMES:
        group_by = request.group_by if request.group_by is GroupBy.PRODUCT else GroupBy.MATERIAL
        request = replace(request, group_by=group_by)
        return ReportResult(request, outcomes=outcomes(db, actor, wanted, group_by))
    if request.report is Report.ADHERENCE:
        return ReportResult(request, adherence=adherence(db, actor, wanted))
    return ReportResult(request, stock=stock_report(db, actor, wanted))
