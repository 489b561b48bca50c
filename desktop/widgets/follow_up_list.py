"""A list of follow-ups with what reception and doctors do to them."""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission
from db.errors import ThreadbookError
from db.record.followups import FollowUpRow, Status, record_contact, set_status
from db.storage.database import Database
from desktop.messages import Prompts
from desktop.models.follow_up_table import FollowUpTableModel
from desktop.widgets.phone_round import PhoneRoundBar
from desktop.widgets.tables import list_table
from desktop.writes import write

# The forms are imported when first opened: the Today page, the first screen, shows these lists.
if TYPE_CHECKING:
    from desktop.dialogs.review_form import ReviewDialog

ROW_ROOM = 8  # pixels above and below a row's text, shared


class FollowUpList(QWidget):
    """Signals:
    changed(): a follow-up was changed here; lists should reload.
    open_patient(int): open this patient's file.
    """

    changed = Signal()
    open_patient = Signal(int)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        columns: tuple[str, ...],
        parent: QWidget | None = None,
        show_open: bool = True,
        phone_round: bool = False,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.columns = columns
        self.rows: list[FollowUpRow] = []
        self.today = db.today()
        self.dialog: QWidget | None = None

        self.model = FollowUpTableModel(columns, self.today, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        self.whole = False
        self.filled = 0  # counts set_rows calls: a fit is of one filling and its column widths
        self.fitted: tuple[int, tuple[int, ...]] | None = None

        books = actor.may(Permission.FOLLOWUP_BOOK)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, label, allowed in (
            ("open", self.tr("Open patient"), show_open),
            ("call", self.tr("Record call…"), books),
            ("move", self.tr("Move…"), books),
            ("no_show", self.tr("No-show"), books),
            ("cancel", self.tr("Cancel…"), books),
            ("attended", self.tr("Attended"), books and not actor.may(Permission.REVIEW_RECORD)),
            ("review", self.tr("Record review…"), actor.may(Permission.REVIEW_RECORD)),
        ):
            button = QPushButton(label)
            button.setVisible(allowed)
            button.setEnabled(False)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.buttons["open"].clicked.connect(self._open_selected)
        self.buttons["call"].clicked.connect(lambda: self._form("call"))
        self.buttons["move"].clicked.connect(lambda: self._form("move"))
        self.buttons["cancel"].clicked.connect(lambda: self._form("cancel"))
        self.buttons["no_show"].clicked.connect(lambda: self._status(Status.NO_SHOW))
        self.buttons["attended"].clicked.connect(lambda: self._status(Status.ATTENDED))
        self.buttons["review"].clicked.connect(self.review)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addLayout(bar)
        self.phone_round: PhoneRoundBar | None = None
        if phone_round and books:
            self.phone_round = PhoneRoundBar(self.table)
            self.phone_round.outcome_chosen.connect(self.record_call)
            layout.addWidget(self.phone_round)

    def set_rows(self, rows: list[FollowUpRow], today: date) -> None:
        """Replace the rows, keeping the selected follow-up and the scroll position."""
        selected = self.selected()
        scroll = self.table.verticalScrollBar().value()
        first_fill = not self.rows
        self.rows = rows
        self.filled += 1
        self.model.set_rows(rows, today)
        if first_fill and rows:
            self.table.resizeColumnsToContents()
        if selected is not None:
            for index, row in enumerate(rows):
                if row.id == selected.id:
                    self.table.selectRow(index)
                    break
        self.table.verticalScrollBar().setValue(scroll)
        if self.whole:
            self.refit.start()  # once the columns have settled to the new rows
        self._selection_changed()

    def show_whole(self) -> None:
        """Every row shown at full height, none cut (the page around it scrolls instead):
        a long note in the last column wraps onto more lines."""
        self.whole = True
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for index, key in enumerate(self.columns):
            wraps = key in ("areas", "call")
            mode = (
                QHeaderView.ResizeMode.Stretch if wraps else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
        # Column widths settle after the page is laid out: fit the rows again once they have.
        self.refit = QTimer(self)
        self.refit.setSingleShot(True)
        self.refit.setInterval(0)
        self.refit.timeout.connect(self._fit_rows)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.refit.start())
        self._fit_rows()

    def _fit_rows(self) -> None:
        # Each column settling resizes its section; measuring every cell again only pays when
        # the rows or a column's width changed since the last fit.
        header = self.table.horizontalHeader()
        fitted = (self.filled, tuple(header.sectionSize(i) for i in range(header.count())))
        if fitted == self.fitted:
            return
        self.fitted = fitted
        self.table.resizeRowsToContents()
        # Wrapped cells (three lines of areas) would otherwise touch the row's borders.
        for row in range(self.model.rowCount()):
            self.table.setRowHeight(row, self.table.rowHeight(row) + ROW_ROOM)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(self.model.rowCount()))
        if self.table.horizontalScrollBar().isVisible():
            height += self.table.horizontalScrollBar().height()
        self.table.setFixedHeight(max(height, self.table.horizontalHeader().height() * 2))

    def selected(self) -> FollowUpRow | None:
        chosen = self.table.selectionModel().selectedRows()
        if not chosen or not 0 <= chosen[0].row() < len(self.rows):
            return None
        return self.rows[chosen[0].row()]

    def _selection_changed(self) -> None:
        row = self.selected()
        planned = row is not None and row.status == Status.PLANNED.value
        self.buttons["open"].setEnabled(row is not None)
        self.buttons["call"].setEnabled(row is not None)
        for key in ("move", "no_show", "cancel", "attended"):
            self.buttons[key].setEnabled(planned)
        self.buttons["review"].setEnabled(row is not None and row.status in ("planned", "no_show"))

    def _open_selected(self) -> None:
        chosen = self.table.selectionModel().selectedRows()
        if chosen:
            self._open(chosen[0].row())

    def _open(self, index: int) -> None:
        if 0 <= index < len(self.rows):
            self.open_patient.emit(self.rows[index].patient_id)

    def _form(self, which: str) -> None:
        from desktop.dialogs.follow_up_forms import CancelForm, ContactForm, RescheduleForm

        row = self.selected()
        if row is None:
            return
        form_type = {"call": ContactForm, "move": RescheduleForm, "cancel": CancelForm}[which]
        dialog = form_type(self.db, self.actor, row, self)
        dialog.accepted.connect(self.changed)
        dialog.open()
        self.dialog = dialog

    def record_call(self, outcome: str) -> None:
        """One key or click per patient: the call is recorded with the note typed during it,
        and the next patient is selected, ready for the next call."""
        row = self.selected()
        if row is None or self.phone_round is None:
            return
        try:
            record_contact(self.db, self.actor, row.id, outcome, self.phone_round.note.text())
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self.phone_round.note.clear()
        index = self.rows.index(row)
        if index + 1 < len(self.rows):
            self.table.selectRow(index + 1)
        self.table.setFocus()
        self.changed.emit()

    def _status(self, status: Status) -> None:
        row = self.selected()
        if row is None:
            return
        write(
            self,
            partial(set_status, self.db, self.actor, row.id, row.version, status),
            lambda _saved: self.changed.emit(),
            refused=self._refused,
        )

    def _refused(self, error: ThreadbookError) -> bool:
        Prompts.show_error(self, error.message)
        self.changed.emit()  # the refusal may come from a change made elsewhere: show it
        return True

    def review(self) -> ReviewDialog | None:
        from desktop.dialogs.review_form import ReviewDialog

        row = self.selected()
        if row is None:
            return None
        dialog = ReviewDialog(self.db, self.actor, row, self)
        dialog.accepted.connect(lambda: self._reviewed(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _reviewed(self, dialog: ReviewDialog) -> None:
        """Each complication found present opens the complication form, pre-filled."""
        self.changed.emit()
        if dialog.saved is None:
            return
        self._next_complication(list(dialog.saved.present), dialog.row)

    def _next_complication(self, kinds: list[str], row: FollowUpRow) -> None:
        if not kinds:
            return
        from db.record.procedures import patient_procedures
        from desktop.dialogs.complication_form import ComplicationDialog

        kind, rest = kinds[0], kinds[1:]
        try:
            procedures = patient_procedures(self.db, self.actor, row.patient_id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        form = ComplicationDialog(self.db, self.actor, procedures, row.procedure_id, kind, self)
        form.finished.connect(lambda _result: self._next_complication(rest, row))
        form.accepted.connect(self.changed)
        form.open()
        self.dialog = form
