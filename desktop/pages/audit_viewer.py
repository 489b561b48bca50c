"""Administrators read the audit trail: who did what to which record, when, from which PC."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.audit.chain_check import ChainCheck
from db.audit.trail import (
    PAGE_SIZE,
    SYSTEM_USER,
    AuditChoices,
    AuditEntry,
    AuditFilter,
    audit_choices,
    audit_page,
    check_chain,
    count_audit_events,
    day_range,
    export_audit_csv,
)
from db.storage.database import Database
from desktop.conventions import moment_text, number_text
from desktop.fields import DateField
from desktop.messages import Prompts
from desktop.models.audit_fields import field_text
from desktop.models.audit_table import (
    AuditTableModel,
    action_text,
    change_text,
    record_type_text,
    shown,
    username_text,
)
from desktop.widgets.tables import list_table
from desktop.worker import Runner


class AuditViewerPage(QWidget):
    """Filters on top, the matching events (newest first) below, one event's values at the bottom.

    Attributes:
        runner: fetches counts and pages off the GUI thread.
        last_filter: the filter of the rows shown (exported as such).
    """

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)  # the rows shown: a newer filter supersedes older answers
        self.side_runner = Runner(self)  # filter lists, export, chain check: each answered
        self.model = AuditTableModel(self)
        self.last_filter = AuditFilter()

        title = QLabel(self.tr("Audit trail"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.user = QComboBox()
        self.action = QComboBox()
        self.record_type = QComboBox()
        self.record_id = QLineEdit()
        self.record_id.setPlaceholderText(self.tr("number"))
        self.record_id.setMaximumWidth(90)
        self.patient = QLineEdit()
        self.patient.setPlaceholderText(self.tr("record number, e.g. TB-000012"))
        self.first_day = DateField()
        self.last_day = DateField()
        for field in (self.record_id, self.patient, self.first_day, self.last_day):
            field.returnPressed.connect(self.apply)
        self.apply_button = QPushButton(self.tr("Show"))
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.apply)
        self.clear_button = QPushButton(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self._fill_choices(AuditChoices([], [], []))

        filters = QGridLayout()
        filters.addWidget(QLabel(self.tr("User")), 0, 0)
        filters.addWidget(self.user, 0, 1)
        filters.addWidget(QLabel(self.tr("Action")), 0, 2)
        filters.addWidget(self.action, 0, 3)
        filters.addWidget(QLabel(self.tr("Record")), 0, 4)
        record = QHBoxLayout()
        record.addWidget(self.record_type, 1)
        record.addWidget(self.record_id)
        filters.addLayout(record, 0, 5)
        filters.addWidget(QLabel(self.tr("Patient")), 1, 0)
        filters.addWidget(self.patient, 1, 1)
        filters.addWidget(QLabel(self.tr("From")), 1, 2)
        filters.addWidget(self.first_day, 1, 3)
        filters.addWidget(QLabel(self.tr("To")), 1, 4)
        days = QHBoxLayout()
        days.addWidget(self.last_day, 1)
        days.addWidget(self.apply_button)
        days.addWidget(self.clear_button)
        filters.addLayout(days, 1, 5)
        filters.setColumnStretch(1, 2)
        filters.setColumnStretch(3, 1)
        filters.setColumnStretch(5, 2)

        self.problem = QLabel()
        self.problem.setObjectName("audit_filter_problem")
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.hide()

        self.table = QTableView()
        self.table.setModel(self.model)
        list_table(self.table)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        # Room for the Vietnamese record names ("tài khoản nhân viên 2").
        for column, width in enumerate((140, 90, 100, 110, 180, 90)):
            header.resizeSection(column, width)
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.show_entry(current.row())
        )

        self.values = QTableWidget(0, 3)
        self.values.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Old"), self.tr("New")])
        self.values.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.values.verticalHeader().hide()
        values_header = self.values.horizontalHeader()
        values_header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        values_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        values_header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.event_title = QLabel()
        self.event_title.setObjectName("audit_event_title")
        self.event_title.setWordWrap(True)
        self.event_title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        detail_layout.addWidget(self.event_title)
        detail_layout.addWidget(self.values, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)

        self.status = QLabel()
        self.status.setObjectName("audit_status")
        self.verify_button = QPushButton(self.tr("Check the chain"))
        self.verify_button.setToolTip(
            self.tr("Recompute every row's hash to see whether the trail was altered")
        )
        self.verify_button.clicked.connect(self.verify)
        self.export_button = QPushButton(self.tr("Export to CSV…"))
        self.export_button.clicked.connect(self.export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(filters)
        layout.addWidget(self.problem)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self._loaded = False

    def showEvent(self, event: QShowEvent) -> None:
        # Query only once an administrator opens the page, not at every login.
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.load_choices()
            self.apply()

    def _fill_choices(self, choices: AuditChoices) -> None:
        kept = (self.user.currentData(), self.action.currentData(), self.record_type.currentData())
        for combo, everything in (
            (self.user, self.tr("Everyone")),
            (self.action, self.tr("Any action")),
            (self.record_type, self.tr("Any record")),
        ):
            combo.clear()
            combo.addItem(everything, None)
        self.user.addItem(self.tr("system (command line, failed logins)"), SYSTEM_USER)
        for user_id, label in choices.users:
            self.user.addItem(label, user_id)
        for action in choices.actions:
            self.action.addItem(action_text(action), action)
        for record_type in choices.record_types:
            self.record_type.addItem(record_type_text(record_type), record_type)
        for combo, value in zip((self.user, self.action, self.record_type), kept, strict=True):
            combo.setCurrentIndex(max(0, combo.findData(value)))

    def load_choices(self) -> None:
        db, actor = self.db, self.actor
        self.side_runner.start(
            lambda: audit_choices(db, actor),
            self._fill_choices,
            self._show_problem,
            latest_only=False,
        )

    def current_filter(self) -> AuditFilter | None:
        """The filter the fields describe, or None (with the problem shown) when a date is bad."""
        for field in (self.first_day, self.last_day):
            if problem := field.problem():
                self._show_problem(problem)
                return None
        first, last = self.first_day.value(), self.last_day.value()
        if first and last and last < first:
            self._show_problem(self.tr("The 'To' day is before the 'From' day."))
            return None
        since, until = day_range(first, last)
        return AuditFilter(
            user_id=self.user.currentData(),
            patient=self.patient.text().strip(),
            record_type=self.record_type.currentData() or "",
            record_id=self.record_id.text().strip(),
            action=self.action.currentData() or "",
            since=since,
            until=until,
        )

    def _show_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.status.setText("")

    def apply(self) -> None:
        """Count the matching events and fetch the newest page, off the GUI thread."""
        wanted = self.current_filter()
        if wanted is None:
            return
        self.problem.hide()
        self.status.setText(self.tr("Loading…"))
        db, actor = self.db, self.actor

        def first_page() -> tuple[int, list[AuditEntry]]:
            return count_audit_events(db, actor, wanted), audit_page(db, actor, wanted)

        self.runner.start(first_page, lambda result: self._show(wanted, *result), self._failed)

    def _show(self, wanted: AuditFilter, total: int, rows: list[AuditEntry]) -> None:
        self.last_filter = wanted
        self.model.set_first_page(rows, lambda before: self._request_page(wanted, before))
        self.status.setText(
            self.tr("{0} events; showing the newest {1}, more as you scroll").format(
                number_text(total), number_text(len(rows))
            )
            if total > PAGE_SIZE
            else self.tr("{0} events").format(number_text(total))
        )
        if rows:
            self.table.selectRow(0)
        else:
            self.show_entry(-1)

    def _request_page(self, wanted: AuditFilter, before: int) -> None:
        db, actor = self.db, self.actor
        self.runner.start(
            lambda: audit_page(db, actor, wanted, before),
            self.model.append_page,
            self._page_failed,
        )

    def _page_failed(self, message: str) -> None:
        self.model.page_failed()
        self.status.setText(message)

    def _failed(self, message: str) -> None:
        self.model.set_first_page([], None)
        self._show_problem(message)

    def clear(self) -> None:
        for field in (self.patient, self.record_id, self.first_day, self.last_day):
            field.clear()
        for combo in (self.user, self.action, self.record_type):
            combo.setCurrentIndex(0)
        self.apply()

    def show_entry(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            self.event_title.setText("")
            self.values.setRowCount(0)
            return
        entry = self.model.entry(row)
        when = moment_text(entry.occurred_at, seconds=True)
        title = self.tr("#{0}  {1}  {2} on {3}: {4} {5} {6}").format(
            entry.seq,
            when,
            username_text(entry.username),
            entry.workstation or "—",
            action_text(entry.action),
            record_type_text(entry.record_type),
            entry.record_id,
        )
        if entry.details:
            extra = ", ".join(
                f"{field_text(k)}: {shown(v)}" for k, v in sorted(entry.details.items())
            )
            title += "\n" + extra
        self.event_title.setText(title.strip())
        self.values.setRowCount(len(entry.changes))
        for number, change in enumerate(entry.changes):
            cells = (
                field_text(change.name),
                change_text(entry, change.name, change.old),
                change_text(entry, change.name, change.new),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 0:
                    item.setToolTip(change.name)  # the stored name, as the CSV export has it
                self.values.setItem(number, column, item)

    def export(self) -> None:
        suggested = f"threadbook-audit-{self.db.today():%Y%m%d}.csv"
        target = Prompts.save_file(
            self, self.tr("Export the audit trail"), suggested, self.tr("CSV files (*.csv)")
        )
        if target is None:
            return
        if target.suffix.lower() != ".csv":
            target = target.with_name(target.name + ".csv")
        db, actor, wanted = self.db, self.actor, self.last_filter
        self.status.setText(self.tr("Exporting…"))
        self.side_runner.start(
            lambda: export_audit_csv(db, actor, wanted, target),
            lambda count: self._exported(target, count),
            self._show_problem,
            latest_only=False,
        )

    def _exported(self, target: Path, count: int) -> None:
        done = self.tr("Exported {0} events to {1}").format(number_text(count), target)
        self.status.setText(done)

    def verify(self) -> None:
        db, actor = self.db, self.actor
        self.status.setText(self.tr("Checking the chain…"))
        self.side_runner.start(
            lambda: check_chain(db, actor), self._verified, self._show_problem, latest_only=False
        )

    def _verified(self, check: ChainCheck) -> None:
        if check.ok:
            self.status.setText(
                self.tr("The audit trail is intact: {0} rows checked.").format(check.rows_checked)
            )
        else:
            self.status.setText("")
            Prompts.show_error(
                self, self.tr("The audit trail was altered: {0}.").format(check.message)
            )
