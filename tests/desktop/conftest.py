"""A window language for desktop tests: Vietnamese with `vietnamese`, English otherwise."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop import translations


@pytest.fixture(scope="session")
def compiled_catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder of compiled catalogues for the whole run (compiling takes a moment)."""
    return tmp_path_factory.mktemp("translations")


@pytest.fixture
def vietnamese(
    qtbot: QtBot, compiled_catalogues: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """The window speaks Vietnamese for the test; English again afterwards."""
    monkeypatch.setattr(translations, "cache_folder", lambda: compiled_catalogues)
    translations.apply_language("vi")
    yield
    translations.apply_language("en")
