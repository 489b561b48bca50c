"""Reception's home screen: who is due today, who is overdue, who comes this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Role
from db.record.appointments import CalendarEntry, visits_on
from db.record.followups import PAGE, DayList, DayLists, day_lists
from db.record.procedures import StaffOption, staff_with_role
from db.storage.database import Database
from desktop.conventions import number_text, time_text, weekday_text
from desktop.i18n import QT_TR_NOOP, tr
from desktop.widgets.booked_visits import BookedVisits
from desktop.widgets.follow_up_list import FollowUpList
from desktop.worker import Runner

REFRESH_MS = 60_000

# Each list's title with its total, and what it says when it is empty.
TITLES = {
    DayList.DUE_TODAY: QT_TR_NOOP("Due today: {total}"),
    DayList.OVERDUE: QT_TR_NOOP("Overdue: {total}"),
    DayList.COMING_WEEK: QT_TR_NOOP("Coming week: {total}"),
}
PARTLY_SHOWN = {
    DayList.DUE_TODAY: QT_TR_NOOP("Due today: {total} (first {shown} shown)"),
    DayList.OVERDUE: QT_TR_NOOP("Overdue: {total} (newest {shown} shown)"),
    DayList.COMING_WEEK: QT_TR_NOOP("Coming week: {total} (first {shown} shown)"),
}
EMPTY = {
    DayList.DUE_TODAY: QT_TR_NOOP("Nobody is due today."),
    DayList.OVERDUE: QT_TR_NOOP("Nobody is overdue."),
    DayList.COMING_WEEK: QT_TR_NOOP("Nobody is due in the coming week."),
}

EMPTY_STYLE = "color: #555555; margin: 4px 0 4px 8px;"


class DaySection(QWidget):
    """One of the day's lists: its title with the total, the rows read so far, a button that
    shows more of them, or a line saying the list is empty."""

    def __init__(self, which: DayList, follow_ups: FollowUpList, parent: QWidget | None = None):
        super().__init__(parent)
        self.which = which
        self.title = QLabel()
        self.title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.follow_ups = follow_ups
        self.empty = QLabel(tr(EMPTY[which]))
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.empty.hide()
        self.more = QPushButton()
        self.more.hide()
        more_row = QHBoxLayout()
        more_row.addWidget(self.more)
        more_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.empty)
        layout.addWidget(follow_ups)
        layout.addLayout(more_row)

    def show_list(self, lists: DayLists, page: int) -> None:
        rows, total = lists.rows(self.which), lists.total(self.which)
        template = TITLES if len(rows) >= total else PARTLY_SHOWN
        self.title.setText(
            tr(template[self.which]).format(total=number_text(total), shown=number_text(len(rows)))
        )
        self.follow_ups.set_rows(rows, lists.day)
        self.empty.setVisible(total == 0)
        self.follow_ups.setVisible(total > 0)
        left = total - len(rows)
        self.more.setVisible(left > 0)
        self.more.setText(
            self.tr("Show {n} more ({left} not shown yet)").format(
                n=number_text(min(page, left)), left=number_text(left)
            )
        )


class TodayPage(QWidget):
    """Refreshes itself every minute while open, and moves to the new day after midnight.

    Signals:
        open_patient(int)
    """

    open_patient = Signal(int)

    def __init__(
        self, db: Database, actor: Actor, parent: QWidget | None = None, page: int = PAGE
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.day = self.today()
        # Rows read per list at first and per "show more"; how many of each the nurse asked for.
        self.page = page
        self.wanted = dict.fromkeys(DayList, page)

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel()
        self.lists: DayLists | None = None
        self.booked: list[CalendarEntry] = []
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("All doctors"), None)
        self.doctors_listed = False  # the doctors come with the first lists, off the GUI thread
        self.doctor.currentIndexChanged.connect(self._filter)
        self.sections: dict[DayList, DaySection] = {}
        # Each section shows every row it has read; the page scrolls, not the lists inside it.
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        self.visits_title = QLabel()
        self.visits_title.setStyleSheet("font-weight: 600;")
        self.visits = BookedVisits(db, actor)
        self.visits.changed.connect(self.refresh)
        self.visits.open_patient.connect(self.open_patient)
        self.no_visits = QLabel(self.tr("No visits are booked today."))
        self.no_visits.setStyleSheet(EMPTY_STYLE)
        self.no_visits.hide()
        column.addWidget(self.visits_title)
        column.addWidget(self.no_visits)
        column.addWidget(self.visits)
        for which, columns in (
            (DayList.DUE_TODAY, ("due", "patient", "phone", "step", "areas", "doctor", "call")),
            (
                DayList.OVERDUE,
                ("due", "late", "patient", "phone", "step", "areas", "doctor", "call"),
            ),
            (DayList.COMING_WEEK, ("due", "patient", "phone", "step", "areas", "doctor", "call")),
        ):
            follow_ups = FollowUpList(db, actor, columns, phone_round=True)
            follow_ups.show_whole()
            follow_ups.changed.connect(self.refresh)
            follow_ups.open_patient.connect(self.open_patient)
            section = DaySection(which, follow_ups)
            section.more.clicked.connect(lambda _=False, which=which: self.show_more(which))
            column.addWidget(section)
            self.sections[which] = section
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(sections)

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Doctor:")))
        top.addWidget(self.doctor)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.status)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def today(self) -> date:
        return self.db.today()

    def tick(self) -> None:
        """Called every minute: a new day (midnight passed) or fresh data from other PCs."""
        day = self.today()
        if day != self.day:
            self.wanted = dict.fromkeys(DayList, self.page)
        self.day = day
        self.refresh()

    def show_more(self, which: DayList) -> None:
        """The next page of one list, read again with the rows already shown."""
        self.wanted[which] += self.page
        self.refresh()

    def refresh(self) -> None:
        db, actor, day, doctor = self.db, self.actor, self.day, self.doctor.currentData()
        limits = dict(self.wanted)
        listed = self.doctors_listed
        self.runner.start(
            lambda: (
                day_lists(db, actor, day, doctor, limits),
                visits_on(db, actor, day),
                None if listed else staff_with_role(db, actor, Role.DOCTOR),
            ),
            self._show,
            self.status.setText,
        )

    def _show(self, found: tuple[DayLists, list[CalendarEntry], list[StaffOption] | None]) -> None:
        self.lists, self.booked, doctors = found
        if doctors is not None and not self.doctors_listed:
            self.doctors_listed = True
            for person in doctors:
                self.doctor.addItem(person.full_name, person.user_id)
        if self.lists.doctor_id != self.doctor.currentData():
            return  # read for the doctor chosen before: the newer read is on its way
        self._show_booked()
        self.heading.setText(self.tr("Follow-ups for {0}").format(weekday_text(self.lists.day)))
        for section in self.sections.values():
            section.show_list(self.lists, self.page)
        self.status.setText(self.tr("Updated {0}").format(time_text(self.db.now())))

    def _show_booked(self) -> None:
        doctor = self.doctor.currentData()
        booked = [v for v in self.booked if doctor is None or v.doctor_id == doctor]
        self.visits_title.setText(self.tr("Booked visits today: {n}").format(n=len(booked)))
        self.visits.set_visits(booked)
        self.no_visits.setVisible(not booked)
        self.visits.setVisible(bool(booked))

    def _filter(self) -> None:
        """The lists for the chosen doctor's patients, or everyone's, read from the first page."""
        self.wanted = dict.fromkeys(DayList, self.page)
        self._show_booked()
        self.refresh()

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.tick()
