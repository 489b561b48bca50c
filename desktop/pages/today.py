"""Reception's home screen: who is due today, who is overdue, who comes this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor, Role
from db.record.appointments import CalendarEntry, visits_on
from db.record.followups import DayLists, FollowUpRow, day_lists
from db.record.procedures import staff_with_role
from db.storage.database import Database
from desktop.conventions import time_text, weekday_text
from desktop.widgets.booked_visits import BookedVisits
from desktop.widgets.follow_up_list import FollowUpList
from desktop.worker import Runner

REFRESH_MS = 60_000


class TodayPage(QWidget):
    """Refreshes itself every minute while open, and moves to the new day after midnight.

    Signals:
        open_patient(int)
    """

    open_patient = Signal(int)

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.day = self.today()

        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.status = QLabel()
        self.lists: DayLists | None = None
        self.booked: list[CalendarEntry] = []
        self.doctor = QComboBox()
        self.doctor.addItem(self.tr("All doctors"), None)
        for person in staff_with_role(db, actor, Role.DOCTOR):
            self.doctor.addItem(person.full_name, person.user_id)
        self.doctor.currentIndexChanged.connect(self._filter)
        self.sections: dict[str, tuple[QLabel, FollowUpList]] = {}
        # Each section shows every row; the page scrolls, not the lists inside it.
        sections = QWidget()
        column = QVBoxLayout(sections)
        column.setContentsMargins(0, 0, 0, 0)
        self.visits_title = QLabel()
        self.visits_title.setStyleSheet("font-weight: 600;")
        self.visits = BookedVisits(db, actor)
        self.visits.changed.connect(self.refresh)
        self.visits.open_patient.connect(self.open_patient)
        column.addWidget(self.visits_title)
        column.addWidget(self.visits)
        for key, columns in (
            ("today", ("due", "patient", "phone", "step", "areas", "doctor", "call")),
            ("overdue", ("due", "late", "patient", "phone", "step", "areas", "doctor", "call")),
            ("week", ("due", "patient", "phone", "step", "areas", "doctor", "call")),
        ):
            title = QLabel()
            title.setStyleSheet("font-weight: 600; margin-top: 8px;")
            follow_ups = FollowUpList(db, actor, columns, phone_round=True)
            follow_ups.show_whole()
            follow_ups.changed.connect(self.refresh)
            follow_ups.open_patient.connect(self.open_patient)
            column.addWidget(title)
            column.addWidget(follow_ups)
            self.sections[key] = (title, follow_ups)
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
        self.day = self.today()
        self.refresh()

    def refresh(self) -> None:
        db, actor, day = self.db, self.actor, self.day
        self.runner.start(
            lambda: (day_lists(db, actor, day), visits_on(db, actor, day)),
            self._show,
            self.status.setText,
        )

    def _show(self, found: tuple[DayLists, list[CalendarEntry]]) -> None:
        self.lists, self.booked = found
        self._filter()

    def _filter(self) -> None:
        """The lists for the chosen doctor's patients, or everyone's."""
        lists = self.lists
        if lists is None:
            return
        doctor = self.doctor.currentData()

        def mine(rows: list[FollowUpRow]) -> list[FollowUpRow]:
            return rows if doctor is None else [row for row in rows if row.doctor_id == doctor]

        booked = [v for v in self.booked if doctor is None or v.doctor_id == doctor]
        self.visits_title.setText(self.tr("Booked visits today: {n}").format(n=len(booked)))
        self.visits.set_visits(booked)

        self.heading.setText(self.tr("Follow-ups for {0}").format(weekday_text(lists.day)))
        counts = {
            "today": (self.tr("Due today: {0}"), mine(lists.due_today)),
            "overdue": (self.tr("Overdue: {0}"), mine(lists.overdue)),
            "week": (self.tr("Coming week: {0}"), mine(lists.coming_week)),
        }
        for key, (template, rows) in counts.items():
            title, table = self.sections[key]
            shown = str(len(rows))
            if key == "overdue" and doctor is None and lists.overdue_total > len(rows):
                shown = self.tr("{0} (newest {1} shown)").format(lists.overdue_total, len(rows))
            title.setText(template.format(shown))
            table.set_rows(rows, lists.day)
        self.status.setText(self.tr("Updated {0}").format(time_text(self.db.now())))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.tick()
