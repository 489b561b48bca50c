"""The report figures, checked against a small clinic counted by hand."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from db.errors import PermissionDenied, ValidationError
from db.reports.adherence import adherence
from db.reports.complication_rates import ANY, GroupBy, RateRow, complication_rates
from db.reports.outcomes import outcomes
from db.reports.scope import wilson
from db.reports.stock import stock_report
from db.storage.database import Database
from tests.conftest import Staff, Stock
from tests.reports_clinic import Clinic, build_clinic


@pytest.fixture
def clinic(db: Database, staff: Staff, stock: Stock) -> Clinic:
    return build_clinic(db, staff, stock)


def _row(rows: list[RateRow], group_key: object, kind: str = ANY) -> RateRow:
    return next(r for r in rows if r.group_key == str(group_key) and r.kind == kind)


def test_wilson_interval_matches_the_published_formula() -> None:
    one_in_three = wilson(1, 3)
    assert one_in_three.low == pytest.approx(0.0615, abs=1e-4)
    assert one_in_three.high == pytest.approx(0.7923, abs=1e-4)
    none = wilson(0, 10)
    assert none.low == 0.0 and none.high == pytest.approx(0.2775, abs=1e-4)


def test_rates_by_lot_count_patients_in_the_period_only(
    db: Database, staff: Staff, clinic: Clinic
) -> None:
    rows = complication_rates(db, staff.doctor, clinic.period, GroupBy.LOT)
    swelling = _row(rows, clinic.lot_a, "swelling")
    # The old procedure and the voided one are not counted: three patients, one swelling.
    assert (swelling.cases, swelling.treated) == (1, 3)
    assert swelling.reference_rate == pytest.approx(0.35)
    assert swelling.interval.low == pytest.approx(0.0615, abs=1e-4)
    assert _row(rows, clinic.lot_b).cases == 0 and _row(rows, clinic.lot_b).treated == 1
    assert _row(rows, clinic.plla_lot).treated == 1
    assert not any(r.kind == "infection" for r in rows)
    longer = replace(clinic.period, start=clinic.today - timedelta(days=365))
    rows = complication_rates(db, staff.doctor, longer, GroupBy.LOT)
    infection = _row(rows, clinic.lot_a, "infection")
    assert (infection.cases, infection.treated) == (1, 4)
    assert _row(rows, clinic.lot_a).cases == 2


def test_rates_by_material_doctor_and_area(db: Database, staff: Staff, clinic: Clinic) -> None:
    by_material = complication_rates(db, staff.admin, clinic.period, GroupBy.MATERIAL)
    assert {(r.group, r.treated) for r in by_material if r.kind == ANY} == {
        ("PDO (polydioxanone)", 4),
        ("PLLA (poly-L-lactic acid)", 1),
    }
    by_doctor = complication_rates(db, staff.doctor, clinic.period, GroupBy.DOCTOR)
    assert [(r.group, r.cases, r.treated) for r in by_doctor if r.kind == ANY] == [
        (staff.doctor.full_name, 1, 5)
    ]
    by_area = complication_rates(db, staff.doctor, clinic.period, GroupBy.AREA)
    assert _row(by_area, "jawline", "swelling").treated == 3
    assert _row(by_area, "neck").treated == 1


def test_material_and_doctor_filters_narrow_every_report(
    db: Database, staff: Staff, clinic: Clinic
) -> None:
    plla = replace(clinic.period, material="PLLA")
    rows = complication_rates(db, staff.doctor, plla, GroupBy.PRODUCT)
    assert {r.group_key for r in rows} == {str(clinic.plla_product)}
    assert [r.step for r in adherence(db, staff.doctor, plla)] == ["7 days", "1 month",
            "3 months", "6 months", "12 months"]  # fmt: skip
    nobody = replace(clinic.period, doctor_id=staff.nurse.user_id)
    assert complication_rates(db, staff.doctor, nobody, GroupBy.LOT) == []
    assert stock_report(db, staff.doctor, nobody).usage == []


def test_lot_signals_are_marked(db: Database, staff: Staff, clinic: Clinic) -> None:
    rows = complication_rates(db, staff.doctor, clinic.period, GroupBy.LOT)
    # One swelling in three patients is what the literature expects: no signal.
    assert not any(r.signal for r in rows)


def test_outcomes_average_each_step_with_its_patient_count(
    db: Database, staff: Staff, clinic: Clinic
) -> None:
    rows = outcomes(db, staff.doctor, clinic.period, GroupBy.MATERIAL)
    pdo = next(r for r in rows if r.group_key == "PDO")
    assert (pdo.step, pdo.gais_scale, pdo.patients) == ("7 days", "GAIS 1-5", 2)
    assert pdo.gais_mean == pytest.approx(1.5) and pdo.gais_n == 2
    assert pdo.satisfaction_mean == pytest.approx(4.5)
    plla = next(r for r in rows if r.group_key == "PLLA")
    assert (plla.gais_mean, plla.satisfaction_mean, plla.satisfaction_n) == (3.0, None, 0)
    by_product = outcomes(db, staff.doctor, clinic.period, GroupBy.PRODUCT)
    assert {r.group_key for r in by_product} == {
        str(clinic.plla_product),
        str(next(r for r in by_product if r.group_key != str(clinic.plla_product)).group_key),
    }


def test_adherence_counts_each_status_and_calls_before_the_visit(
    db: Database, staff: Staff, clinic: Clinic
) -> None:
    rows = {r.step: r for r in adherence(db, staff.doctor, clinic.period)}
    week = rows["7 days"]
    assert (week.attended, week.no_show, week.cancelled, week.still_open) == (3, 1, 1, 0)
    assert week.attended_share == pytest.approx(0.75)
    month = rows["1 month"]
    assert (month.still_open, month.reached_before, month.total) == (5, 1, 5)
    assert month.reached_share == pytest.approx(0.2)
    assert rows["12 months"].total == 1  # only the PLLA procedure has a 12-month review


def test_stock_report(db: Database, staff: Staff, stock: Stock, clinic: Clinic) -> None:
    report = stock_report(db, staff.admin, clinic.period)
    used = {(r.product.split()[0], r.threads) for r in report.usage}
    # Six threads of lot A, one of lot B; the voided procedure's thread came back.
    assert used == {("Aptos", 7), ("Silhouette", 3)}
    assert [(r.lot_number, r.on_hand, r.days_left) for r in report.expiring] == [
        ("PDO-SOON", 6, 30)
    ]
    assert [(w.lot_number, w.threads, w.reason, w.by) for w in report.write_offs] == [
        ("PDO-2302", 2, "packaging torn", staff.doctor.full_name)
    ]
    # Over a year each procedure's threads land in the month it was performed.
    year = replace(clinic.period, start=clinic.today - timedelta(days=365))
    by_month = {
        (r.month, r.product.split()[0], r.threads)
        for r in stock_report(db, staff.admin, year).usage
    }

    def month(days_ago: int) -> date:
        day = (stock.now - timedelta(days=days_ago)).astimezone().date()
        return day.replace(day=1)

    assert by_month == {
        (month(200), "Aptos", 1),
        (month(10), "Aptos", 7),
        (month(10), "Silhouette", 3),
    }


def test_nurses_may_not_see_reports_and_bad_periods_are_refused(
    db: Database, staff: Staff, clinic: Clinic
) -> None:
    with pytest.raises(PermissionDenied):
        complication_rates(db, staff.nurse, clinic.period, GroupBy.LOT)
    with pytest.raises(PermissionDenied):
        stock_report(db, staff.nurse, clinic.period)
    backwards = replace(clinic.period, end=clinic.period.start - timedelta(days=1))
    with pytest.raises(ValidationError):
        adherence(db, staff.doctor, backwards)
