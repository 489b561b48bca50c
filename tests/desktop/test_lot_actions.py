"""Writing off threads and recalling a lot from the inventory page."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from db.stock.lots import LotRow, inventory
from db.storage.database import Database
from desktop.dialogs.lot_action import LotAction, LotActionDialog
from desktop.messages import Prompts
from tests.conftest import Staff, Stock
from tests.helpers import written


def lot_row(db: Database, staff: Staff, lot_id: int) -> LotRow:
    return next(row for row in inventory(db, staff.doctor) if row.lot_id == lot_id)


def test_write_off_needs_a_reason_shown_by_the_field(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock
) -> None:
    dialog = LotActionDialog(
        db, staff.doctor, lot_row(db, staff, stock.lot_id), LotAction.WRITE_OFF
    )
    qtbot.addWidget(dialog)
    dialog.quantity.setValue(3)
    dialog.submit()
    written(qtbot)
    assert dialog.saved is None
    assert "Say why" in dialog.errors.message("reason")
    assert lot_row(db, staff, stock.lot_id).on_hand == 20
    dialog.reason.setPlainText("box dropped, seal broken")
    dialog.submit()
    written(qtbot)
    assert dialog.saved is not None and dialog.saved.on_hand == 17


def test_a_nurse_is_told_she_may_not_recall(
    qtbot: QtBot, db: Database, staff: Staff, stock: Stock, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        Prompts, "show_error", staticmethod(lambda parent, text: shown.append(text))
    )
    dialog = LotActionDialog(db, staff.nurse, lot_row(db, staff, stock.lot_id), LotAction.RECALL)
    qtbot.addWidget(dialog)
    dialog.reason.setPlainText("maker's notice 2026-31")
    dialog.submit()
    written(qtbot)
    assert dialog.saved is None
    assert shown and "may not write off or recall stock" in shown[0]
    assert lot_row(db, staff, stock.lot_id).recalled_on is None
