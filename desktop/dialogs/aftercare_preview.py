"""The aftercare sheet of one procedure: a preview, its language, then print or save as PDF.

Other one-procedure documents (the procedure record) reuse the dialog by overriding `make`,
`send_to_printer`, `export` and the names it suggests.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from db.access.permissions import Actor
from db.aftercare.output import export_sheet, make_sheet, print_sheet
from db.errors import ThreadbookError
from db.record.patients import PatientRecord
from db.record.procedures import ProcedureRecord
from db.storage.database import Database
from db.vocabulary import LANGUAGES
from db.wording import language
from desktop.dialogs.patient_form import LANGUAGE_CHOICES
from desktop.i18n import tr
from desktop.messages import Prompts
from desktop.pdf_pages import a4_printer, page_images, print_pdf
from desktop.worker import Runner
from desktop.writes import write

# Each language named in itself, so a patient can point at theirs (and in the window's language).
SHEET_LANGUAGES = tuple((entry.code, entry.label(entry.code)) for entry in LANGUAGES)
PREVIEW_DPI = 96


def _pages(n: int) -> str:
    # Its context named: a plural's tr() called from a subclass would look in the subclass's.
    return QCoreApplication.translate("AftercarePreviewDialog", "%n page(s)", "", n)


class Made(Protocol):
    """A document made for a look: its PDF and how many pages it has."""

    @property
    def pdf(self) -> bytes: ...

    @property
    def pages(self) -> int: ...


class AftercarePreviewDialog(QDialog):
    """Shows the sheet as it will print; printing and saving are audited by `db`.

    Attributes:
        made: the sheet on screen, once made.

    Signals:
        handed_over(str): the sheet was printed or saved; the argument says where.
    """

    handed_over = Signal(str)

    def __init__(
        self,
        db: Database,
        actor: Actor,
        procedure: ProcedureRecord,
        patient: PatientRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.actor = actor
        self.procedure = procedure
        self.patient = patient
        self.made: Made | None = None
        self.setWindowTitle(self.tr("Aftercare sheet: {name}").format(name=patient.full_name))
        self.resize(900, 700)  # fits a 1366x768 screen; the pages scroll

        self.language = QComboBox()
        for code, name in SHEET_LANGUAGES:
            label = (
                name
                if code == language()
                else self.tr("{language} ({own_name})").format(
                    language=tr(dict(LANGUAGE_CHOICES)[code]), own_name=name
                )
            )
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(0, self.language.findData(patient.language)))
        self.language.currentIndexChanged.connect(self.refresh)
        self.status = QLabel()
        self.status.setObjectName("status")

        self.pages = QWidget()
        self.pages.setStyleSheet("background: #8a8f94;")
        self.pages_layout = QVBoxLayout(self.pages)
        self.pages_layout.setSpacing(16)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.pages)

        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.clicked.connect(self.print_sheet)
        self.save_button = QPushButton(self.tr("Save as PDF…"))
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Language of the sheet")))
        top.addWidget(self.language)
        top.addStretch(1)
        top.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save_button)
        bottom.addWidget(self.print_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.runner = Runner(self)
        self.refresh()

    @property
    def sheet_language(self) -> str:
        return str(self.language.currentData())

    def refresh(self) -> None:
        """Make the sheet in the chosen language off the GUI thread, then show its pages."""
        self.made = None
        self._set_ready(False)
        self.status.setText(self.tr("Making the sheet…"))
        language = self.sheet_language
        ratio = self.devicePixelRatioF()

        def work() -> tuple[Made, list[QImage]]:
            made = self.make(language)
            return made, page_images(made.pdf, PREVIEW_DPI * ratio)

        self.runner.start(work, self._show, self._failed)

    def _set_ready(self, ready: bool) -> None:
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    # ------------------------------------------------------------ what the document is

    def make(self, language: str) -> Made:
        """Made off the GUI thread: reads only plain attributes, never a widget."""
        return make_sheet(self.db, self.actor, self.procedure.id, language)

    def send_to_printer(self, language: str, where: str, send: Callable[[bytes], None]) -> None:
        print_sheet(self.db, self.actor, self.procedure.id, language, where, send)

    def export(self, path: Path, language: str, overwrite: bool) -> object:
        return export_sheet(
            self.db, self.actor, self.procedure.id, path, language, overwrite=overwrite
        )

    def suggested_name(self) -> str:
        day = self.procedure.performed_at.astimezone().strftime("%Y-%m-%d")
        return f"{self.patient.mrn} aftercare {day} {self.sheet_language}.pdf"

    # ------------------------------------------------------------ showing and handing over

    def _show(self, result: tuple[Made, list[QImage]]) -> None:
        made, images = result
        while (item := self.pages_layout.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        for image in images:
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(self.devicePixelRatioF())
            page = QLabel()
            page.setObjectName("page")
            page.setPixmap(pixmap)
            page.setStyleSheet("background: white;")
            self.pages_layout.addWidget(page)
        self.made = made
        self._set_ready(True)
        self.status.setText(_pages(made.pages))

    def _failed(self, message: str) -> None:
        self.status.setText("")
        Prompts.show_error(self, message)

    @classmethod
    def ask_printer(cls, parent: QWidget, printer: QPrinter) -> bool:
        """The system print dialog; True when the user chose to print."""
        dialog = QPrintDialog(printer, parent)
        return dialog.exec() == QDialog.DialogCode.Accepted

    @classmethod
    def save_title(cls) -> str:
        return QCoreApplication.translate("AftercarePreviewDialog", "Save aftercare sheet")

    @classmethod
    def ask_save_path(cls, parent: QWidget, suggested: str) -> str:
        """The system save dialog (it asks before replacing a file); '' when cancelled."""
        name, _ = QFileDialog.getSaveFileName(
            parent,
            cls.save_title(),
            suggested,
            QCoreApplication.translate("AftercarePreviewDialog", "PDF documents (*.pdf)"),
        )
        return name

    def print_sheet(self) -> None:
        if self.made is None:
            return
        printer = a4_printer()
        printer.setDocName(self.windowTitle())
        if not self.ask_printer(self, printer):
            return
        where = printer.printerName() or printer.outputFileName() or self.tr("printer")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.send_to_printer(self.sheet_language, where, lambda pdf: print_pdf(printer, pdf))
        except ThreadbookError as exc:
            QGuiApplication.restoreOverrideCursor()
            Prompts.show_error(self, exc.message)
            return
        QGuiApplication.restoreOverrideCursor()
        self.status.setText(self.tr("Sent to {printer}.").format(printer=where))
        self.handed_over.emit(where)

    def save_pdf(self) -> None:
        if self.made is None:
            return
        name = self.ask_save_path(self, self.suggested_name())
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        export = partial(self.export, path, self.sheet_language, path.name == Path(name).name)
        write(self, export, lambda _result: self._saved(path))

    def _saved(self, path: Path) -> None:
        self.status.setText(self.tr("Saved to {path}.").format(path=path))
        self.handed_over.emit(str(path))
