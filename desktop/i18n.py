"""One translation helper for strings outside QObject methods."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("Threadbook", text)
