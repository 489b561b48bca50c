"""Room for Vietnamese letters.

Stacked accents (Ả, Ễ, Ậ) reach above a capital's height and descenders below the line; Qt's
default tab and list-row heights leave no margin, so the hook of "Ảnh" was cut off on tabs.
Tabs and list rows get a few pixels more, the program over (dialogs included).
"""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

ROOM = """
QTabBar::tab {
    padding: 5px 12px; margin-right: 2px; background: #e4e4e4; color: #202020;
    border: 1px solid #b4b4b4; border-bottom: none;
    border-top-left-radius: 3px; border-top-right-radius: 3px;
}
QTabBar::tab:selected { background: #ffffff; }
QTabBar::tab:disabled { color: #8a8a8a; }
QListWidget::item { padding: 2px 3px; }
"""


def give_room(app: QApplication) -> None:
    if ROOM not in app.styleSheet():
        app.setStyleSheet(app.styleSheet() + ROOM)
