"""Reception's home screen: who is due today, who is overdue, who comes this week."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from db.access.permissions import Actor
from db.record.followups import DayLists, day_lists
from db.storage.database import Database
from desktop.conventions import time_text, weekday_text
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
        self.sections: dict[str, tuple[QLabel, FollowUpList]] = {}
        splitter = QSplitter(Qt.Orientation.Vertical)
        for key, columns in (
            ("today", ("due", "patient", "phone", "procedure", "areas", "step", "call")),
            ("overdue", ("due", "late", "patient", "phone", "procedure", "areas", "step", "call")),
            ("week", ("due", "patient", "phone", "procedure", "areas", "step", "call")),
        ):
            title = QLabel()
            title.setStyleSheet("font-weight: 600; margin-top: 4px;")
            follow_ups = FollowUpList(db, actor, columns)
            follow_ups.changed.connect(self.refresh)
            follow_ups.open_patient.connect(self.open_patient)
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(title)
            column.addWidget(follow_ups, 1)
            splitter.addWidget(box)
            self.sections[key] = (title, follow_ups)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(splitter, 1)
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
        self.runner.start(lambda: day_lists(db, actor, day), self._show, self.status.setText)

    def _show(self, lists: DayLists) -> None:
        self.heading.setText(self.tr("Follow-ups for {0}").format(weekday_text(lists.day)))
        counts = {
            "today": (self.tr("Due today: {0}"), lists.due_today),
            "overdue": (self.tr("Overdue: {0}"), lists.overdue),
            "week": (self.tr("Coming week: {0}"), lists.coming_week),
        }
        for key, (template, rows) in counts.items():
            title, table = self.sections[key]
            shown = str(len(rows))
            if key == "overdue" and lists.overdue_total > len(rows):
                shown = self.tr("{0} (newest {1} shown)").format(lists.overdue_total, len(rows))
            title.setText(template.format(shown))
            table.set_rows(rows, lists.day)
        self.status.setText(self.tr("Updated {0}").format(time_text(self.db.now())))

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.tick()
