"""A field that takes what a USB barcode scanner types, GS separators included."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from db.stock.barcodes import GS


class ScanField(QLineEdit):
    """Scanners send GS (0x1D) as Ctrl+]; a line edit would drop it, so it is kept here.

    Signals:
        scanned(str): Enter was pressed (scanners end with Enter); the raw text.
    """

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Scan the barcode on the box (or type it and press Enter)"))
        # What waits here is a scan in progress, not part of the form a user could lose.
        self.setProperty("not_data", True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # The scanner's Enter ends the scan; it must not also press a dialog's default button.
            event.accept()
            self._emit()
            return
        is_gs = event.text() == GS or (
            event.key() == Qt.Key.Key_BracketRight
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        )
        if is_gs:
            self.insert(GS)
            return
        super().keyPressEvent(event)

    def _emit(self) -> None:
        text = self.text()
        if text.strip():
            self.scanned.emit(text)
