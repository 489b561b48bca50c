"""The chart form's placements: boxes scanned into rows, and each row's threads drawn on the map."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.stock.barcodes import ScanError, parse_box
from db.stock.lots import LotRow, lot_by_scan, recent_lots, usable_lots
from db.storage.database import Database
from db.threadmap.geometry import VIEW_CODES, ThreadLine
from db.threadmap.regions import propose, views_for
from desktop.fields import format_date
from desktop.form_guard import on_edit
from desktop.widgets.placement_row import PlacementRow, lot_label
from desktop.widgets.scan_field import ScanField
from desktop.widgets.thread_map.art import middle
from desktop.widgets.thread_map.editor import ThreadMapEditor

# The database names a placement's drawing problem "placements.<index>.lines" (counted from 1).
_LINES_KEY = re.compile(r"^placements\.(\d+)\.lines$")


class PlacementsPanel(QWidget):
    """The scan field, one row per placement, and the thread map the rows' threads are drawn on.

    Attributes:
        rows: the placement rows, in order.
        lots: the lots usable on the procedure's date, this doctor's recent ones first.
        map: the thread map (the dialog places it beside the rows).

    Signals:
        rows_changed(): a row was added, removed, or its area or lot changed.
        edited(): anything in a row changed (the dialog re-checks shown messages).
    """

    rows_changed = Signal()
    edited = Signal()

    def __init__(
        self,
        db: Database,
        actor: Actor,
        procedure_day: Callable[[], date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.procedure_day = procedure_day
        self.rows: list[PlacementRow] = []
        self.lots: list[LotRow] = []
        self.recent = recent_lots(db, actor)
        self.targets = QButtonGroup(self)

        self.map = ThreadMapEditor()
        self.map.material_of = self._material_of
        self.map.new_owner = self._row_for_drawing
        self.map.changed.connect(self._map_changed)
        self.map.drawn.connect(self._propose)
        self.map.owner_picked.connect(self._pick_row)

        self.scan = ScanField()
        self.scan.scanned.connect(self.apply_scan)
        self.scan_message = QLabel()
        self.scan_message.setObjectName("scan_message")
        self.scan_message.setWordWrap(True)
        self.box = QVBoxLayout()
        self.box.addStretch(1)
        holder = QWidget()
        holder.setLayout(self.box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(holder)
        scroll.setMinimumHeight(150)
        add = QPushButton(self.tr("Add placement"))
        add.clicked.connect(lambda: self.add_row(None))
        self.message = QLabel()
        self.message.setObjectName("placement_message")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)

        heading = QLabel(self.tr("Placements"))
        heading.setStyleSheet("font-weight: 600; margin-top: 6px;")
        scan_row = QHBoxLayout()
        scan_row.addWidget(self.scan, 1)
        scan_row.addWidget(add)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(scan_row)
        layout.addWidget(self.scan_message)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.message)

    # ------------------------------------------------------------ lots and rows

    def reload_lots(self) -> None:
        """Lots usable on the procedure's date (expiry is judged on that date)."""
        # The lots this doctor used lately come first in each list; none is chosen for them.
        recent = {lot_id: rank for rank, lot_id in enumerate(self.recent)}
        lots = usable_lots(self.db, self.actor, self.procedure_day())
        self.lots = sorted(lots, key=lambda lot: recent.get(lot.lot_id, len(recent)))
        for row in self.rows:
            row.set_lots(self.lots, None)

    def add_row(self, lot_id: int | None) -> PlacementRow:
        """A placement row; its lot is only ever one the user chose or scanned, never a guess."""
        row = PlacementRow(self.lots, lot_id)
        row.changed.connect(self._row_changed)
        on_edit(row, lambda *_: self.edited.emit())
        row.remove_requested.connect(self.remove_row)
        row.chosen.connect(self.map.set_current)
        self.targets.addButton(row.target)
        self.rows.append(row)
        self.box.insertWidget(self.box.count() - 1, row)
        row.target.setChecked(True)  # new threads go to the newest placement
        self._map_changed()
        self.rows_changed.emit()
        return row

    def remove_row(self, row: PlacementRow) -> None:
        self.rows.remove(row)
        self.targets.removeButton(row.target)
        self.map.remove_owner(row)
        row.setParent(None)
        row.deleteLater()
        if self.rows and self.map.current is None:
            self.rows[-1].target.setChecked(True)
        self.rows_changed.emit()
        self.edited.emit()

    def _row_changed(self) -> None:
        self.map.restyle()
        self._show_view_for(self.map.current)
        self.rows_changed.emit()

    def _show_view_for(self, owner: object) -> None:
        """The current placement's area chosen by hand: the map turns to a view showing it
        (abdomen and breast are on the torso, the face areas on the face)."""
        if not isinstance(owner, PlacementRow) or owner.proposed:
            return
        views = views_for(owner.value().area)
        if views and self.map.canvas.view not in views:
            self.map.tabs.choose(next(code for code in VIEW_CODES if code in views))

    # ------------------------------------------------------------ the map

    def _material_of(self, owner: object) -> str | None:
        lot_id = owner.value().lot_id if isinstance(owner, PlacementRow) else None
        return next((lot.material for lot in self.lots if lot.lot_id == lot_id), None)

    def _row_for_drawing(self) -> PlacementRow:
        return self.rows[-1] if self.rows else self.add_row(None)

    def _pick_row(self, owner: object) -> None:
        if isinstance(owner, PlacementRow):
            owner.target.setChecked(True)

    def _map_changed(self) -> None:
        any_drawn = bool(self.map.drawn_threads())
        for row in self.rows:
            row.set_lines(self.map.lines_of(row), any_drawn)
        self.edited.emit()

    def _propose(self, owner: object, line: ThreadLine) -> None:
        """A thread drawn in a region proposes its placement's area and side."""
        if not isinstance(owner, PlacementRow):
            return
        if owner.value().area and not owner.proposed:
            return  # chosen by hand: the drawing does not overrule it
        hits = [propose(each.view, middle(each)) for each in self.map.lines_of(owner)]
        found = [hit for hit in hits if hit is not None]
        if not found:
            return
        areas = {area for area, _side in found}
        sides = {side for _area, side in found}
        area = found[-1][0] if len(areas) > 1 else next(iter(areas))
        side = next(iter(sides)) if len(sides) == 1 else "both"
        owner.propose(area, side)

    def show_problems(self, errors: dict[str, str]) -> None:
        """Each placement's drawing problem beside it; the others under the rows."""
        beside: dict[int, str] = {}
        under = []
        for key, text in errors.items():
            found = _LINES_KEY.match(key)
            if found and 1 <= int(found.group(1)) <= len(self.rows):
                beside[int(found.group(1)) - 1] = text
            elif key.startswith("placement"):
                under.append(text)
        for index, row in enumerate(self.rows):
            row.show_problem(beside.get(index, ""))
        self.message.setText("\n".join(under))

    # ------------------------------------------------------------ scanning a box

    def apply_scan(self, text: str) -> None:
        self.scan.clear()
        try:
            box = parse_box(text)
        except ScanError as exc:
            self._scan_message(exc.message, ok=False)
            return
        lot = lot_by_scan(self.db, self.actor, box.gtin, box.lot_number)
        if lot is None:
            message = self.tr(
                "Lot {lot} (GTIN {gtin}) has not been received into stock. "
                "Receive the box first: Inventory → Receive stock."
            )
            self._scan_message(message.format(lot=box.lot_number or "?", gtin=box.gtin), ok=False)
            return
        problem = ""
        if lot.recalled_on is not None:
            problem = self.tr("Lot {lot} was recalled: do not use it.").format(lot=lot.lot_number)
        elif lot.expiry_date < self.procedure_day():
            problem = self.tr("Lot {lot} expired on {expiry}: do not use it.").format(
                lot=lot.lot_number, expiry=format_date(lot.expiry_date)
            )
        elif lot.on_hand <= 0:
            problem = self.tr("Lot {lot} has no threads left in stock.").format(lot=lot.lot_number)
        if problem:
            self._scan_message(problem, ok=False)
            return
        # The box goes into the first row still waiting for its lot, else into a new row.
        waiting = next((row for row in self.rows if row.value().lot_id is None), None)
        row = waiting or self.add_row(lot.lot_id)
        row.set_lots(self.lots, lot.lot_id)
        row.target.setChecked(True)
        self.map.restyle()
        self.edited.emit()
        self._scan_message(
            self.tr("Added: {lot}. Choose the area and side.").format(lot=lot_label(lot)), ok=True
        )
        row.area.setFocus()

    def _scan_message(self, text: str, ok: bool) -> None:
        self.scan_message.setStyleSheet("color: #1b5e20;" if ok else "color: #b00020;")
        self.scan_message.setText(text)
