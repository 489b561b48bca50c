"""Load the program's translations (resources/translations/<language>/*.ts) into Qt.

English is the source language: choosing it removes every translator. For another language each
catalogue is loaded from a compiled `<name>.qm` beside its `.ts` when a bundle build put one there
(and it is not older than the .ts), else compiled with Qt's lrelease into the per-user cache folder,
again only when the .ts is newer than the cached .qm. db/ messages follow through the renderer
installed in db.wording.
"""

from __future__ import annotations

import logging
import subprocess
from importlib.resources import as_file
from importlib.resources.abc import Traversable
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QStandardPaths, QTranslator

from db.resources import RESOURCES
from db.wording import use_renderer
from desktop.i18n import render

log = logging.getLogger(__name__)

CATALOGUES = RESOURCES / "translations"
LANGUAGES = ("vi", "en")
_installed: list[QTranslator] = []


def lrelease() -> Path:
    return Path(PySide6.__file__).resolve().parent / "lrelease"


def cache_folder() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    return Path(base or Path.home() / ".cache" / "threadbook") / "translations"


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def compiled(ts: Path) -> Path:
    """The .qm for catalogue `ts` (a file): the bundled one, else one compiled into the cache."""
    beside = ts.with_suffix(".qm")
    # Only a bundle build puts a .qm there, compiled from the .ts it ships with; copying the
    # bundle into place need not keep the files' times in order, so its age proves nothing.
    if beside.is_file():
        return beside
    cached = cache_folder() / ts.parent.name / beside.name
    if not _fresh(cached, ts):
        cached.parent.mkdir(parents=True, exist_ok=True)
        partial = cached.with_suffix(".qm.partial")
        subprocess.run(
            [str(lrelease()), "-silent", str(ts), "-qm", str(partial)],
            check=True,
            capture_output=True,
            timeout=60,
        )
        # Replaced whole, so another copy of the program never reads half a file.
        partial.replace(cached)
    return cached


def catalogues(language: str) -> list[Traversable]:
    folder = CATALOGUES / language
    if not folder.is_dir():
        return []
    return sorted((f for f in folder.iterdir() if f.name.endswith(".ts")), key=lambda f: f.name)


def apply_language(language: str) -> None:
    """Make `language` ("vi" or "en") the window's language from now on.

    Widgets built afterwards speak it at once; widgets already open receive a LanguageChange
    event from Qt for each translator installed or removed.
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("apply_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if language not in LANGUAGES:
        language = "vi"
    if language != "en":
        for catalogue in catalogues(language):
            translator = QTranslator(app)
            try:
                with as_file(catalogue) as ts:
                    loaded = translator.load(str(compiled(ts)))
            except (OSError, subprocess.SubprocessError) as exc:
                # A missing catalogue leaves those strings in English; the program still works.
                log.error("could not compile %s: %s", catalogue.name, exc)
                continue
            if not loaded:
                log.error("could not load the translation %s", catalogue.name)
                continue
            app.installTranslator(translator)
            _installed.append(translator)
    wanted = QLocale.Language.Vietnamese if language == "vi" else QLocale.Language.English
    QLocale.setDefault(QLocale(wanted))
    use_renderer(render if language != "en" else None, language)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
