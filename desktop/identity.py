"""How the program presents itself to the desktop: name, icon, and the desktop entry it belongs to.

The icon is drawn from resources/icons/threadbook.svg at each size the platforms ask for, so one
drawing serves the title bar, the task bar and (through the bundle build) the PNG and ICO files.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from db.resources import RESOURCES

APP_NAME = "Threadbook"
DESKTOP_ENTRY = "threadbook"
"""The .desktop file's name without its suffix; window managers match windows to it."""
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon_svg() -> bytes:
    return (RESOURCES / "icons" / "threadbook.svg").read_bytes()


def render_icon(size: int, svg: bytes | None = None) -> QImage:
    """The icon as a square transparent image of `size` pixels."""
    renderer = QSvgRenderer(QByteArray(svg if svg is not None else icon_svg()))
    if not renderer.isValid():
        raise ValueError("the icon's SVG could not be read")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def application_icon() -> QIcon:
    svg = icon_svg()
    icon = QIcon()
    for size in ICON_SIZES:
        icon.addPixmap(QPixmap.fromImage(render_icon(size, svg)))
    return icon


def present(app: QGuiApplication) -> None:
    """Name and icon for every window the program opens, set once at start."""
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(DESKTOP_ENTRY)
    app.setWindowIcon(application_icon())
