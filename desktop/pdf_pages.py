"""PDF pages as images, for the on-screen preview of a sheet and for sending it to a printer.

Qt's own PDF module is not part of PySide6-Essentials, so PDFium (pypdfium2) draws the pages.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from db.errors import ThreadbookError
from desktop.i18n import tr

POINTS_PER_INCH = 72
# Sharp text on paper without sending hundreds of megabytes to the spooler.
MAX_PRINT_DPI = 300

# PDFium keeps global state and is not safe to call from two threads at once.
_pdfium_lock = threading.Lock()


def page_images(pdf: bytes, dpi: float) -> list[QImage]:
    """Every page of `pdf` drawn at `dpi`, as images that own their pixels."""
    # PDFium is loaded when a page is first drawn, not at the program's start.
    import pypdfium2 as pdfium

    images: list[QImage] = []
    with _pdfium_lock:
        document = pdfium.PdfDocument(pdf)
        try:
            for index in range(len(document)):
                page = document[index]
                bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)
                image = QImage(
                    bytes(bitmap.buffer),
                    bitmap.width,
                    bitmap.height,
                    bitmap.stride,
                    QImage.Format.Format_RGB888,
                )
                images.append(image.copy())
                bitmap.close()
                page.close()
        finally:
            document.close()
    return images


def a4_printer() -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),
        )
    )
    # The sheet has its own margins: draw it on the whole paper, as the PDF shows it.
    printer.setFullPage(True)
    return printer


def print_pdf(printer: QPrinter, pdf: bytes) -> None:
    """Draw each page of `pdf` onto `printer`'s paper; raise if the printer refuses."""
    dpi = min(printer.resolution(), MAX_PRINT_DPI)
    images = page_images(pdf, dpi)
    painter = QPainter()
    if not painter.begin(printer):
        raise ThreadbookError(
            tr("The printer could not be started. Check that it is switched on and connected, "
               "or save the sheet as a PDF instead.")
        )  # fmt: skip
    try:
        target = printer.pageLayout().fullRectPixels(printer.resolution())
        for index, image in enumerate(images):
            if index and not printer.newPage():
                raise ThreadbookError(tr("The printer stopped after page {0}.").format(index))
            painter.drawImage(target, image)
    finally:
        painter.end()
