"""A complication signal is said in words, with the figure kept for those who want it."""

from __future__ import annotations

from db.stock.lot_signals import Signal
from desktop.pages.complications import signal_text


def test_a_signal_reads_as_cases_against_what_was_expected() -> None:
    signal = Signal(
        "lot", "Aptos Excellence Visage", "PDO-2301", 11, 1, "infection", 120, 7, 0.02,
        "Niu 2021", 0.0015, True,
    )  # fmt: skip
    assert signal_text(signal) == (
        "Lot PDO-2301 of Aptos Excellence Visage: infection in 7 of 120 patients; about 2 "
        "expected from published rates (by chance about 1 time in 667; p = 0.0015)"
    )
