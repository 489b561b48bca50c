"""Loads the main window's modules while the first screen (login) waits for a person.

Typing a name and password takes seconds; importing the main window and its home page (Today,
with the records it lists) and setting up the models' mappings then cost nothing the user
waits for. A plain thread does it: it
only imports (the modules create no Qt object when imported), and a module the GUI thread asks
for meanwhile is waited for by Python's import lock, never loaded twice.
"""

from __future__ import annotations

import importlib
import logging
import threading

from sqlalchemy.orm import configure_mappers

log = logging.getLogger(__name__)

# The window and its home page; each brings the db/ modules it reads with.
MODULES = ("desktop.main_window", "desktop.pages.today", "db.audit.checkpoint_writer")
_started = threading.Event()


def start() -> None:
    """Once per process; later calls do nothing."""
    if _started.is_set():
        return
    _started.set()
    threading.Thread(target=_import_all, name="threadbook-warm-up", daemon=True).start()


def _import_all() -> None:
    for name in MODULES:
        try:
            importlib.import_module(name)
        except Exception:
            # The GUI thread imports it again when it is needed, and reports what fails then.
            log.exception("could not load %s ahead of time", name)
    try:
        # The models' mappings, set up by the first query through them (the login's) otherwise.
        configure_mappers()
    except Exception:
        log.exception("could not set up the models ahead of time")
