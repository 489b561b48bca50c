"""One translation helper for strings outside QObject methods, and the renderer of db/ messages."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication

from db.vocabulary import Term
from db.wording import language
from desktop.conventions import day_text, moment_text, number_text


def tr(text: str) -> str:
    # lupdate files module-level tr() calls under the empty context.
    return QCoreApplication.translate("", text)


def listed(labels: Mapping[str, str], code: str) -> str:
    """A stored code's label from a table of QT_TR_NOOP texts, translated; the code itself
    when the table has none (a code a newer version wrote)."""
    text = labels.get(code)
    return tr(text) if text else code


def label(entry: Term) -> str:
    """A word-list entry (area, side, material...) in the session's language."""
    return entry.label(language())


def value_text(key: str, value: object) -> str:
    """A placeholder's value written the session's way; ids are never grouped like amounts."""
    if isinstance(value, datetime):
        return moment_text(value)
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, int) and not isinstance(value, bool) and not key.endswith("id"):
        return number_text(value)
    return str(value)


def render(template: str, values: Mapping[str, object]) -> str:
    """A db/ message in the session's language: its template from the "db" catalogue."""
    text = QCoreApplication.translate("db", template)
    return text.format(**{key: value_text(key, value) for key, value in values.items()})


def QT_TR_NOOP(text: str) -> str:
    """Marks a text in a table of labels for lupdate; tr() translates it where it is shown."""
    return text
