"""A translation keeps its source's placeholders: `.format(name=...)` on a misspelt or missing
{name} would raise in front of the user, or drop the value they need to see."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from desktop.catalogues import TRANSLATIONS

PLACEHOLDER = re.compile(r"\{[A-Za-z_]*\}|%n")


def translations(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translation) of every finished message; each plural form separately."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            node = message.find("translation")
            if node is None or node.get("type") is not None:
                continue
            source = message.findtext("source") or ""
            forms = [form.text or "" for form in node.iter("numerusform")] or [node.text or ""]
            found += [(name, source, form) for form in forms]
    return found


def misplaced(ts: Path) -> list[tuple[str, str, str]]:
    return [
        (context, source, text)
        for context, source, text in translations(ts)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text))
    ]


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*/*.ts")), ids=lambda p: p.name)
def test_translations_keep_their_placeholders(ts: Path) -> None:
    assert misplaced(ts) == []


def test_the_check_sees_a_misspelt_placeholder(tmp_path: Path) -> None:
    ts = tmp_path / "bad.ts"
    ts.write_text(
        "<TS version='2.1' language='vi'><context><name>X</name><message>"
        "<source>Lot {lot} expired</source><translation>Lô {lo} hết hạn</translation>"
        "</message></context></TS>",
        encoding="utf-8",
    )
    assert misplaced(ts) == [("X", "Lot {lot} expired", "Lô {lo} hết hạn")]
