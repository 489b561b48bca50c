"""The Thread map tab of a patient's file: every drawn thread of every procedure, for life."""

from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ThreadbookError
from db.storage.database import Database
from db.threadmap.geometry import VIEW_CODES
from db.threadmap.lifetime import MapThread, lifetime_map
from desktop.conventions import local
from desktop.fields import DateField
from desktop.messages import Prompts
from desktop.widgets.thread_map.diagram import ViewTabs
from desktop.widgets.thread_map.legend import Legend
from desktop.widgets.thread_map.lifetime import LifetimeView, details


class ThreadMapTab(QWidget):
    """The lifetime map with its filters (date range, lot) and the details of a picked thread.

    Attributes:
        threads: every drawn thread of the patient's procedures still in force, as last read.
        lot_id: the lot whose threads are picked out (a recall), or None.
    """

    def __init__(
        self, db: Database, actor: Actor, patient_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.patient_id = patient_id
        self.threads: list[MapThread] = []
        self.lot_id: int | None = None
        self.stale = True

        self.since = DateField()
        self.until = DateField()
        for field in (self.since, self.until):
            field.setToolTip(self.tr("Leave empty for any date"))
            field.editingFinished.connect(self.show_threads)
        self.lot = QComboBox()
        self.lot.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.lot.setMinimumContentsLength(36)
        self.lot.currentIndexChanged.connect(self.show_threads)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("From")))
        filters.addWidget(self.since)
        filters.addWidget(QLabel(self.tr("to")))
        filters.addWidget(self.until)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Lot")))
        filters.addWidget(self.lot)
        filters.addStretch(1)

        self.tabs = ViewTabs()
        self.view = LifetimeView()
        self.tabs.view_chosen.connect(self.view.show_view)
        self.view.picked.connect(self._picked)

        self.recall = QFrame()
        self.recall.setObjectName("recall_highlight")
        self.recall.setStyleSheet(
            "#recall_highlight { background: #fff3e0; border: 1px solid #e65100; }"
        )
        self.recall_text = QLabel()
        self.recall_text.setWordWrap(True)
        clear = QPushButton(self.tr("Show all lots alike"))
        clear.clicked.connect(lambda: self.highlight_lot(None))
        recall_box = QVBoxLayout(self.recall)
        recall_box.addWidget(self.recall_text)
        recall_box.addWidget(clear, 0, Qt.AlignmentFlag.AlignLeft)
        self.recall.hide()

        self.summary = QLabel()
        self.summary.setObjectName("map_summary")
        self.summary.setWordWrap(True)
        fading = QLabel(
            self.tr("Each thread fades as its material's absorption time passes: the newest "
                    "are the strongest. Voided procedures are not shown.")
        )  # fmt: skip
        fading.setWordWrap(True)
        fading.setStyleSheet("color: #555555;")
        self.details = QLabel()
        self.details.setObjectName("thread_details")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)

        side = QVBoxLayout()
        side.addWidget(self.recall)
        side.addWidget(self.summary)
        side.addWidget(Legend(columns=2))
        side.addWidget(fading)
        side.addWidget(self.details, 1)
        side_holder = QWidget()
        side_holder.setLayout(side)
        side_holder.setFixedWidth(360)
        diagram = QVBoxLayout()
        diagram.addWidget(self.tabs)
        diagram.addWidget(self.view, 1)
        body = QHBoxLayout()
        body.addLayout(diagram, 1)
        body.addWidget(side_holder)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addLayout(body, 1)

    # ------------------------------------------------------------ reading

    def refresh(self) -> None:
        """Read again now if on screen, else when next shown (the file refreshes every tab)."""
        self.stale = True
        if self.isVisible():
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.load()

    def load(self) -> None:
        self.stale = False
        try:
            self.threads = lifetime_map(self.db, self.actor, self.patient_id)
        except ThreadbookError as exc:
            Prompts.show_error(self, exc.message)
            return
        self._fill_lots()
        self.show_threads()

    def _fill_lots(self) -> None:
        chosen = self.lot.currentData()
        lots = sorted({(t.lot_number, t.product, t.lot_id) for t in self.threads})
        self.lot.blockSignals(True)
        self.lot.clear()
        self.lot.addItem(self.tr("All lots"), None)
        for number, product, lot_id in lots:
            self.lot.addItem(
                self.tr("{lot} · {product}").format(lot=number, product=product), lot_id
            )
        self.lot.setCurrentIndex(max(0, self.lot.findData(chosen)) if chosen is not None else 0)
        self.lot.blockSignals(False)

    # ------------------------------------------------------------ showing

    def chosen(self) -> list[MapThread]:
        """The threads the filters let through."""
        since, until, lot_id = self.since.value(), self.until.value(), self.lot.currentData()
        return [t for t in self.threads if _passes(t, since, until, lot_id)]

    def show_threads(self) -> None:
        problem = self.since.problem() or self.until.problem()
        if problem:
            self.summary.setText(problem)
            return
        threads = self.chosen()
        self.view.show_threads(threads, self.lot_id)
        self.tabs.show_counts(t.line.view for t in threads)
        self.details.setText("")
        if not self.threads:
            self.summary.setText(
                self.tr("No threads are drawn for this patient. Procedures charted without "
                        "a drawing are not on the map.")
            )  # fmt: skip
        else:
            procedures = len({t.procedure_id for t in threads})
            self.summary.setText(
                self.tr("{threads} threads from {procedures} procedures shown.").format(
                    threads=len(threads), procedures=procedures
                )
            )
        self._show_best_view(threads)

    def _show_best_view(self, threads: list[MapThread]) -> None:
        """Stay on the view shown if it has threads; else go to the one with the most."""
        wanted = [t for t in threads if self.lot_id is None or t.lot_id == self.lot_id]
        counts = Counter(t.line.view for t in wanted)
        if counts and counts[self.view.view] == 0:
            self.tabs.choose(max(VIEW_CODES, key=lambda view: counts[view]))

    def highlight_lot(self, lot_id: int | None) -> None:
        """Pick out one lot's threads (a recalled lot) against the others, or stop doing so."""
        if self.stale:
            self.load()
        self.lot_id = lot_id
        found = [t for t in self.threads if lot_id is not None and t.lot_id == lot_id]
        if lot_id is None:
            self.recall.hide()
        else:
            number = found[0].lot_number if found else ""
            self.recall_text.setText(
                self.tr("The threads of lot {lot} are drawn bold; the others are faint.").format(
                    lot=number
                )
                if found
                else self.tr("None of this patient's drawn threads is from the recalled lot.")
            )
            self.recall.show()
        self.show_threads()

    def _picked(self, thread: MapThread | None) -> None:
        self.details.setText(details(thread) if thread is not None else "")


def _passes(thread: MapThread, since: date | None, until: date | None, lot_id: object) -> bool:
    day = local(thread.performed_at).date()
    if since is not None and day < since:
        return False
    if until is not None and day > until:
        return False
    return lot_id is None or thread.lot_id == lot_id
