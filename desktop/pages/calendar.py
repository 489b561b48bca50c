"""The clinic's calendar: a day or a week of booked visits and follow-ups, for everyone or one
doctor; reception books, moves and closes visits here."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Permission, Role
from db.errors import ThreadbookError
from db.record.appointments import CalendarEntry, calendar, set_visit_status
from db.record.followups import opening_hours
from db.record.opening_hours import OpeningHours
from db.record.procedures import staff_with_role
from db.storage.database import Database
from db.vocabulary import VISIT_KINDS, term
from desktop.conventions import short_weekday_text, weekday_text
from desktop.dialogs.booking_form import BookingDialog, CancelVisitDialog, MoveVisitDialog
from desktop.i18n import label as term_label
from desktop.i18n import tr
from desktop.messages import Prompts

FIRST_HOUR, LAST_HOUR, SLOT_MINUTES = 7, 20, 30
CLOSED = QColor("#e6e6e6")
ENTRY = Qt.ItemDataRole.UserRole


def entry_text(entry: CalendarEntry) -> str:
    """'09:00 Mai Thị Lan · Consultation (BS. An)', a follow-up named by its step."""
    start = entry.starts_at.astimezone().strftime("%H:%M")
    if entry.source == "visit":
        what = term_label(term(VISIT_KINDS, entry.what))
        if entry.status != "booked":
            what = tr("{what}, {status}").format(what=what, status=_status_words(entry.status))
    else:
        what = tr("{step} follow-up").format(step=entry.what)
    return tr("{time} {name} · {what} ({doctor})").format(
        time=start, name=entry.full_name, what=what, doctor=entry.doctor
    )


def _status_words(status: str) -> str:
    return {
        "arrived": tr("arrived"),
        "no_show": tr("did not come"),
        "attended": tr("attended"),
    }.get(status, status)


class CalendarPage(QWidget):
    """Signals:
    open_patient(int)
    """

    open_patient = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.first = db.clock().astimezone().date()
        self.entries: list[CalendarEntry] = []
        self.dialog: QWidget | None = None

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        previous, today, following = (
            QPushButton(self.tr("◀")),
            QPushButton(self.tr("Today")),
            QPushButton(self.tr("▶")),
        )
        previous.clicked.connect(lambda: self.go(-1))
        following.clicked.connect(lambda: self.go(1))
        today.clicked.connect(self.go_today)
        self.span = QComboBox()
        self.span.addItem(self.tr("Day"), 1)
        self.span.addItem(self.tr("Week"), 7)
        self.span.currentIndexChanged.connect(self._span_changed)
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("Whole clinic"), None)
        for person in staff_with_role(db, actor, Role.DOCTOR):
            self.doctor.addItem(person.full_name, person.user_id)
        self.doctor.currentIndexChanged.connect(self.refresh)
        top = QHBoxLayout()
        for widget in (previous, today, following):
            top.addWidget(widget)
        top.addWidget(self.title, 1)
        top.addWidget(self.span)
        top.addWidget(self.doctor)

        books = actor.may(Permission.FOLLOWUP_BOOK)
        self.buttons: dict[str, QPushButton] = {}
        actions = QHBoxLayout()
        for key, label, slot in (
            ("book", self.tr("Book a visit…"), self.book),
            ("move", self.tr("Move…"), self.move_visit),
            ("arrived", self.tr("Arrived"), lambda: self.mark("arrived")),
            ("no_show", self.tr("No-show"), lambda: self.mark("no_show")),
            ("cancel", self.tr("Cancel…"), self.cancel),
            ("open", self.tr("Open patient"), self._open_selected),
        ):
            button = QPushButton(label)
            button.clicked.connect(slot)
            button.setVisible(books or key == "open")
            self.buttons[key] = button
            actions.addWidget(button)
        actions.addStretch(1)

        self.grid = QTableWidget()
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setWordWrap(True)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.itemSelectionChanged.connect(self._selection_changed)
        self.grid.cellDoubleClicked.connect(lambda *_: self._open_selected())

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(actions)
        layout.addWidget(self.grid, 1)
        self.refresh()

    # ------------------------------------------------------------ navigation

    def days(self) -> int:
        return int(self.span.currentData())

    def _span_changed(self) -> None:
        if self.days() == 7:
            self.first -= timedelta(days=self.first.weekday())  # weeks start on Monday
        self.refresh()

    def go(self, direction: int) -> None:
        self.first += timedelta(days=direction * self.days())
        self.refresh()

    def go_today(self) -> None:
        self.first = self.db.clock().astimezone().date()
        self._span_changed()

    def show_day(self, day: date, days: int = 1) -> None:
        self.first = day
        self.span.setCurrentIndex(self.span.findData(days))
        self.refresh()

    # ------------------------------------------------------------ drawing

    def refresh(self) -> None:
        try:
            self.entries = calendar(
                self.db, self.actor, self.first, self.days(), self.doctor.currentData()
            )
            with self.db.read() as session:
                hours = opening_hours(session)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        last = self.first + timedelta(days=self.days() - 1)
        self.title.setText(
            weekday_text(self.first)
            if self.days() == 1
            else self.tr("{first} to {last}").format(
                first=self.first.strftime("%d/%m"), last=last.strftime("%d/%m/%Y")
            )
        )
        slots = (LAST_HOUR - FIRST_HOUR) * 60 // SLOT_MINUTES
        self.grid.clear()
        self.grid.setRowCount(slots)
        self.grid.setColumnCount(self.days())
        self.grid.setVerticalHeaderLabels(
            [self._slot_time(row).strftime("%H:%M") for row in range(slots)]
        )
        self.grid.setHorizontalHeaderLabels(
            [self._day_heading(self.first + timedelta(days=c), hours) for c in range(self.days())]
        )
        for column in range(self.days()):
            day = self.first + timedelta(days=column)
            for row in range(slots):
                item = QTableWidgetItem()
                item.setData(ENTRY, [])
                moment = datetime.combine(day, self._slot_time(row)).astimezone()
                if not hours.is_open_at(moment):
                    item.setBackground(QBrush(CLOSED))
                self.grid.setItem(row, column, item)
        for index, entry in enumerate(self.entries):
            cell = self._cell_of(entry)
            held = self.grid.item(*cell) if cell is not None else None
            if held is None:
                continue
            shown = [*held.data(ENTRY), index]
            held.setData(ENTRY, shown)
            held.setText("\n".join(entry_text(self.entries[i]) for i in shown))
        self.grid.resizeRowsToContents()
        self._selection_changed()

    def _slot_time(self, row: int) -> time:
        minutes = FIRST_HOUR * 60 + row * SLOT_MINUTES
        return time(minutes // 60, minutes % 60)

    def _day_heading(self, day: date, hours: OpeningHours) -> str:
        heading = short_weekday_text(day)
        if hours.window(day) is None:
            note = (hours.closed or {}).get(day, "")
            return self.tr("{day} — closed {note}").format(day=heading, note=note).strip()
        return heading

    def _cell_of(self, entry: CalendarEntry) -> tuple[int, int] | None:
        local = entry.starts_at.astimezone()
        column = (local.date() - self.first).days
        minutes = local.hour * 60 + local.minute - FIRST_HOUR * 60
        row = min(max(minutes // SLOT_MINUTES, 0), self.grid.rowCount() - 1)
        return (row, column) if 0 <= column < self.days() else None

    # ------------------------------------------------------------ actions

    def selected_entries(self) -> list[CalendarEntry]:
        item = self.grid.currentItem()
        if item is None or not item.isSelected():
            return []
        return [self.entries[i] for i in item.data(ENTRY) or []]

    def selected_visit(self) -> CalendarEntry | None:
        """The one booked visit in the chosen cell (follow-ups are handled on Today)."""
        visits = [e for e in self.selected_entries() if e.source == "visit"]
        return visits[0] if len(visits) == 1 else None

    def _selection_changed(self) -> None:
        visit = self.selected_visit()
        open_visit = visit is not None and visit.status == "booked"
        for key in ("move", "arrived", "no_show", "cancel"):
            self.buttons[key].setEnabled(open_visit)
        self.buttons["open"].setEnabled(bool(self.selected_entries()))

    def _selected_slot(self) -> tuple[date, QTime]:
        row, column = max(self.grid.currentRow(), 0), max(self.grid.currentColumn(), 0)
        at = self._slot_time(row)
        return self.first + timedelta(days=column), QTime(at.hour, at.minute)

    def book(self, patient_id: int | None = None) -> BookingDialog:
        day, at = self._selected_slot()
        dialog = BookingDialog(
            self.db, self.actor, day, at, patient_id, self.doctor.currentData(), self
        )
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def move_visit(self) -> MoveVisitDialog | None:
        visit = self.selected_visit()
        if visit is None:
            return None
        dialog = MoveVisitDialog(self.db, self.actor, visit, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def cancel(self) -> CancelVisitDialog | None:
        visit = self.selected_visit()
        if visit is None:
            return None
        dialog = CancelVisitDialog(self.db, self.actor, visit, self)
        dialog.accepted.connect(self.refresh)
        dialog.open()
        self.dialog = dialog
        return dialog

    def mark(self, status: str) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        try:
            set_visit_status(self.db, self.actor, visit.id, visit.version, status)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
        self.refresh()

    def _open_selected(self) -> None:
        entries = self.selected_entries()
        if entries:
            self.open_patient.emit(entries[0].patient_id)
