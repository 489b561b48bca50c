"""The translation catalogues are in step with the code (see docs/translating.md)."""

from __future__ import annotations

import ast
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.catalogues import (
    CODE_AREAS,
    DB_CONTEXT,
    ROOT,
    TRANSLATIONS,
    area_files,
    db_templates,
    lupdate,
)
from tests.desktop.untranslated import english_left


def entries(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            kind = (message.find("translation") or ET.Element("t")).get("type")
            if kind not in {"vanished", "obsolete"}:
                found.add((name, message.findtext("source") or ""))
    return found


# Each area's strings are checked once its catalogue exists.
AREAS = sorted(area for area in CODE_AREAS if (TRANSLATIONS / "vi" / f"{area}.ts").is_file())


@pytest.mark.parametrize("area", AREAS)
def test_every_string_in_the_code_is_in_its_catalogue(area: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"{area}.ts"
    files = [str(path) for path in area_files(area)]
    subprocess.run([str(lupdate()), "-silent", *files, "-ts", str(fresh)], check=True, timeout=300)
    committed = entries(TRANSLATIONS / "vi" / f"{area}.ts")
    in_code = entries(fresh)
    rerun = "run `python -m desktop.catalogues` and translate the new strings"
    assert sorted(in_code - committed) == [], f"missing from {area}.ts: {rerun}"
    assert sorted(committed - in_code) == [], f"no longer in the code: {rerun}"


def test_every_db_message_is_in_the_db_catalogue() -> None:
    templates, problems = db_templates()
    assert problems == [], "say() needs a literal template and must not run at import"
    committed = entries(TRANSLATIONS / "vi" / "db.ts")
    in_code = {(DB_CONTEXT, template.text) for template in templates}
    assert sorted(in_code - committed) == [], "run `python -m desktop.catalogues`"
    assert sorted(committed - in_code) == [], "run `python -m desktop.catalogues`"


def _translated_text(call: ast.Call) -> ast.expr | None:
    """The text argument of a self.tr()/translate() call that lupdate cannot read, else None.

    desktop.i18n.tr(variable) is allowed: it shows texts marked with QT_TR_NOOP where they are
    written (tables of labels), which lupdate reads; tr(f"...") is not.
    """
    func = call.func
    if isinstance(func, ast.Name) and func.id == "tr" and call.args:
        text = call.args[0]
        return text if isinstance(text, (ast.JoinedStr, ast.BinOp)) else None
    name = func.attr if isinstance(func, ast.Attribute) else ""
    if name == "tr" and call.args:
        return call.args[0]
    if name == "translate" and len(call.args) >= 2:
        return call.args[1]
    return None


def test_translated_texts_are_literals_lupdate_can_read() -> None:
    """self.tr(variable) or tr(f"...") compiles, but no catalogue can hold its text."""
    bad = []
    for path in (path for area in AREAS for path in area_files(area)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or path.name == "i18n.py":
                continue
            text = _translated_text(node)
            if text is not None and not (
                isinstance(text, ast.Constant) and isinstance(text.value, str)
            ):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == []


def test_the_harness_finds_english_and_passes_vietnamese(qtbot: QtBot) -> None:
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(QLabel("Nguyễn Thị Hương"))
    layout.addWidget(QLabel("PDO"))
    english = QLabel("Patients")
    layout.addWidget(english)
    stray = QLabel("Saved, but nobody was called")
    layout.addWidget(stray)
    qtbot.addWidget(page)
    page.show()
    assert [left.text for left in english_left(page)] == [
        "Patients",
        "Saved, but nobody was called",
    ]


@pytest.mark.parametrize("ts", sorted((TRANSLATIONS / "vi").glob("*.ts")), ids=lambda p: p.name)
def test_no_translation_is_unfinished(ts: Path) -> None:
    unfinished = [
        message.findtext("source")
        for message in ET.parse(ts).getroot().iter("message")
        if (node := message.find("translation")) is None
        or node.get("type") == "unfinished"
        or not node.text
    ]
    assert unfinished == [], f"translate these in {ts.name} (docs/translating.md)"
