"""Find text a Vietnamese user would still see in English.

`english_left(widget)` walks everything visible in a window (title, labels, buttons, group and
tab titles, tab bars, placeholders, tooltips, pick-list items, table headers and cells, menu
entries) and returns what is still English, in two ways:
  - the whole text is a source string of a catalogue whose Vietnamese differs from it;
  - the text contains an English word that only English sources use (a string that never went
    through tr() is caught this way too).
Words and texts that are the same in both languages are listed in ALLOWED, reviewed like code.
Use it for any page or dialog: build it with Vietnamese applied (the `vietnamese` fixture), show
it, and assert `english_left(widget) == []`.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from db.vocabulary import (
    ANAESTHESIA,
    AREAS,
    COMPLICATION_TYPES,
    CONTACT_OUTCOMES,
    DESIGNS,
    GAIS,
    MATERIALS,
    OUTCOMES,
    SIDES,
)
from desktop.catalogues import TRANSLATIONS

# The same in Vietnamese and English: thread materials, codes and standards, product and
# program names, units, the record-number prefix (TB-000012). Lower case; compared case-blind,
# whole words.
ALLOWED = frozenset(
    {
        "threadbook", "pdo", "plla", "pcl", "gs1", "gtin", "lot", "usp", "mm", "qr", "csv",
        "pdf", "sqlite", "postgresql", "ok", "email", "e-mail", "gais", "polydioxanone",
        "poly-l-lactic", "acid", "polycaprolactone", "english", "mono", "cog", "screw", "mesh",
        "marionette", "tb-",
    }
)  # fmt: skip
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
_TAG = re.compile(r"<[^>]+>")
VOCABULARIES = (MATERIALS, DESIGNS, AREAS, SIDES, ANAESTHESIA, COMPLICATION_TYPES, OUTCOMES, GAIS,
                CONTACT_OUTCOMES)  # fmt: skip


@dataclass(frozen=True)
class Leftover:
    where: str
    text: str

    def __str__(self) -> str:
        return f"{self.where}: {self.text!r}"


def _plain(text: str) -> str:
    return _TAG.sub(" ", text).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


@cache
def catalogue(language: str = "vi") -> dict[str, set[str]]:
    """English source -> its translations, over every catalogue and the word lists."""
    pairs: dict[str, set[str]] = {}
    for ts in sorted((TRANSLATIONS / language).glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            done = node is not None and node.get("type") is None and node.text
            pairs.setdefault(_plain(source), set())
            if done and node is not None and node.text:
                pairs[_plain(source)].add(_plain(node.text))
    for terms in VOCABULARIES:
        for entry in terms:
            pairs.setdefault(entry.en, set()).add(entry.label(language))
    return pairs


@cache
def english_only_words(language: str = "vi") -> frozenset[str]:
    """Words used by English sources and by no translation."""
    english: set[str] = set()
    translated: set[str] = set()
    for source, translations in catalogue(language).items():
        english |= {w.lower() for w in _WORD.findall(_TAG.sub(" ", source))}
        for text in translations:
            translated |= {w.lower() for w in _WORD.findall(text)}
    return frozenset(english - translated - ALLOWED)


def is_english(text: str, data_words: frozenset[str] = frozenset(), language: str = "vi") -> bool:
    """Whether `text` is still English; `data_words` (lower case) are names from the records."""
    plain = _plain(text)
    if not plain:
        return False
    translations = catalogue(language).get(plain)
    if translations is not None and plain not in translations:
        return True
    words = {w.lower() for w in _WORD.findall(plain)} - data_words
    return bool(words & english_only_words(language))


def visible_texts(top: QWidget, rows: int = 30) -> list[tuple[str, str]]:
    """(where, text) for every text `top` shows; `rows` table rows are read per view."""
    found: list[tuple[str, str]] = [("window title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        name = widget.objectName() or type(widget).__name__
        if widget.toolTip():
            found.append((f"{name} tooltip", widget.toolTip()))
        if isinstance(widget, QLabel):
            found.append((name, widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append((name, widget.text()))
            menu = getattr(widget, "menu", lambda: None)()
            if menu is not None:
                found += [(f"{name} menu", action.text()) for action in menu.actions()]
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QTabWidget | QTabBar):
            for index in range(widget.count()):
                found.append((f"{name} tab", widget.tabText(index)))
                found.append((f"{name} tab tooltip", widget.tabToolTip(index)))
        elif isinstance(widget, QComboBox):
            found += [(f"{name} item", widget.itemText(i)) for i in range(widget.count())]
        elif isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            found.append((f"{name} placeholder", widget.placeholderText()))
        # A header view shows its table's model: the table reads it once.
        if (
            isinstance(widget, QAbstractItemView)
            and not isinstance(widget, QHeaderView)
            and widget.model() is not None
        ):
            found += _view_texts(name, widget, rows)
    return [(where, text) for where, text in found if text and text.strip()]


def _view_texts(name: str, view: QAbstractItemView, rows: int) -> list[tuple[str, str]]:
    model = view.model()
    found: list[tuple[str, str]] = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # a list widget's own model keeps columnCount private: one column
        columns = 1
    count = model.rowCount(root)
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header is not None:
            found.append((f"{name} header", str(header)))
    for row in range(min(rows, count)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    found.append((f"{name} row {row}", value))
    return found


def english_left(top: QWidget, data: tuple[str, ...] = ()) -> list[Leftover]:
    """Everything `top` shows that is still English.

    `data` are texts from the records (staff and product names, lot numbers): whole texts equal
    to one, and their words inside other texts, are not counted.
    """
    words = frozenset(w.lower() for text in data for w in _WORD.findall(text))
    return [
        Leftover(where, text)
        for where, text in visible_texts(top)
        if text not in data and is_english(text, words)
    ]


def catalogue_files(language: str = "vi") -> list[Path]:
    return sorted((TRANSLATIONS / language).glob("*.ts"))
