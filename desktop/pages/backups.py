"""Administrators see the backups, make one now, restore one, and choose where they go."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.errors import ThreadbookError
from db.settings import load_settings, save_settings
from db.storage.backup_check import BackupInfo
from db.storage.backup_folder import (
    BackupFile,
    Kind,
    LastBackup,
    backup_folder,
    backup_now,
    last_backup,
    list_backups,
)
from db.storage.database import Database, sqlite_path
from db.storage.restore import RestoreResult, restore
from desktop.conventions import moment_text, number_text
from desktop.fields import FieldErrors
from desktop.i18n import QT_TR_NOOP, tr
from desktop.messages import Prompts
from desktop.option_fields import OptionFields
from desktop.widgets.tables import list_table
from desktop.worker import Runner
from desktop.writes import write

KIND_LABELS = {
    Kind.DAILY: QT_TR_NOOP("Daily (automatic)"),
    Kind.ON_REQUEST: QT_TR_NOOP("Made on request"),
    Kind.REPLACED: QT_TR_NOOP("Replaced by a restore"),
}


def local_time(moment: datetime) -> str:
    return moment_text(moment)


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return tr("{size} MB").format(size=number_text(size / 1_000_000, decimals=1))
    return tr("{size} kB").format(size=number_text(max(1, round(size / 1000))))


class BackupsPage(QWidget):
    """The backup folder's contents, the last success, and the two actions.

    Signals:
        restored(): the database was replaced; the session must log in again.
    """

    restored = Signal()

    def __init__(self, db: Database, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.runner = Runner(self)
        self.files: list[BackupFile] = []

        title = QLabel(self.tr("Backups"))
        title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.last_label = QLabel()
        self.last_label.setObjectName("last_backup")
        self.last_label.setWordWrap(True)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Made"), self.tr("Kind"), self.tr("File"), self.tr("Size")]
        )
        list_table(self.table)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self.restore_selected)
        actions = QHBoxLayout()
        actions.addWidget(self.backup_button)
        actions.addWidget(self.restore_button)
        actions.addStretch(1)

        form = QFormLayout()
        self.errors = FieldErrors()
        # The settings this page owns; their labels, fields and ranges are declared in db.settings.
        self.fields = OptionFields(form, self.errors, ("backup_folder", "backup_keep"))
        self.folder = self.fields.line("backup_folder")
        self.keep = self.fields.number("backup_keep")
        save = QPushButton(self.tr("Save backup settings"))
        save.clicked.connect(self.save_settings)
        save_row = QHBoxLayout()
        save_row.addWidget(save)
        save_row.addStretch(1)
        form.addRow("", save_row)
        settings_box = QGroupBox(self.tr("Automatic backups"))
        settings_box.setLayout(form)
        note = QLabel(
            self.tr(
                "A copy is made at the first start of each day and refreshed at every close. "
                "Copies made on request and copies kept by a restore are never removed "
                "automatically."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        form.insertRow(0, note)

        self.status = QLabel()
        self.status.setObjectName("backup_status")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.last_label)
        layout.addLayout(actions)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addWidget(settings_box)
        self.refresh()

    def refresh(self) -> None:
        try:
            settings = load_settings(self.db)
            self.files = list_backups(self.db, self.actor)
            last = last_backup(self.db, self.actor)
        except ThreadbookError as exc:
            self.status.setText(exc.message)
            return
        self.fields.load(settings)
        if not settings["backup_folder"]:
            self.folder.setText(str(backup_folder(self.db)))  # the default folder
        self._show_last(last)
        self.table.setRowCount(len(self.files))
        for row, file in enumerate(self.files):
            cells = (
                local_time(file.made_at),
                tr(KIND_LABELS[file.kind]),
                file.path.name,
                size_text(file.size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 3:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        self._selection_changed()

    def _show_last(self, last: LastBackup | None) -> None:
        if last is None:
            self.last_label.setText(self.tr("No backup has been made of this database yet."))
        else:
            self.last_label.setText(
                self.tr("Last successful backup: {0}, {1}").format(
                    local_time(last.at), Path(last.file).name
                )
            )

    def selected(self) -> BackupFile | None:
        rows = self.table.selectionModel().selectedRows()
        return self.files[rows[0].row()] if rows else None

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and not self.runner.busy)

    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)

    def _idle(self, text: str) -> None:
        self.status.setText(text)
        self.backup_button.setEnabled(True)
        self.refresh()

    def back_up_now(self) -> None:
        db, actor = self.db, self.actor
        self._busy(self.tr("Making a backup…"))
        self.runner.start(lambda: backup_now(db, actor), self._backed_up, self._failed)

    def _backed_up(self, info: BackupInfo) -> None:
        self._idle(self.tr("Backup made and checked: {0}").format(info.path.name))

    def _failed(self, message: str) -> None:
        self._idle("")
        Prompts.show_error(self, message)

    def restore_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        keep = backup_folder(self.db)
        text = self.tr(
            "Restore the backup {0}, made {1}?\n\n"
            "This replaces the whole clinic database ({2}): every patient, record and change "
            "made after {1} will no longer be in it. The database as it is now is first kept "
            "as a dated copy in {3}.\n\nYou will be asked to log in again when it is done."
        ).format(
            chosen.path.name,
            local_time(chosen.made_at),
            sqlite_path(self.db.url) or self.db.url.render_as_string(hide_password=True),
            keep,
        )
        if not Prompts.confirm(self, text, self.tr("Replace the database"), self.tr("Cancel")):
            return
        db, actor, path = self.db, self.actor, chosen.path
        self._busy(self.tr("Restoring {0}…").format(path.name))
        self.runner.start(lambda: restore(db, path, keep, actor), self._restored, self._failed)

    def _restored(self, result: RestoreResult) -> None:
        kept = result.kept_copy.name if result.kept_copy else self.tr("nothing to keep")
        self.status.setText(
            self.tr("Restored {0}; the replaced database was kept as {1}.").format(
                result.restored.path.name, kept
            )
        )
        self.restored.emit()

    def save_settings(self) -> None:
        values = self.fields.values()
        self.errors.clear()
        write(
            self,
            lambda: save_settings(self.db, self.actor, values),
            self._settings_saved,
            errors=self.errors,
        )

    def _settings_saved(self, _result: object) -> None:
        self.refresh()
        self.status.setText(self.tr("Backup settings saved."))
