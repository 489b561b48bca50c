"""How every read-only list in the program behaves."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QTableView


def list_table(view: QTableView) -> None:
    """Whole rows picked one at a time, striped, not editable in place, no row numbers."""
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
