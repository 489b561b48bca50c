"""This PC's own state about the databases it uses, kept outside them (per-user state folder).

What is kept here must survive someone editing the database: the newest audit checkpoint this
PC has seen of each database, and a restore that was interrupted before its audit row.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy.engine import URL

APP_NAME = "Threadbook"


def state_dir() -> Path:
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def database_key(url: URL) -> str:
    """A file-name-safe name for one database as this PC reaches it (never its password)."""
    plain = url.set(password=None).render_as_string(hide_password=False)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        plain = "sqlite:" + str(Path(url.database).expanduser().resolve())
    return hashlib.sha256(plain.encode("utf-8")).hexdigest()[:24]


def read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def write_json(path: Path, data: dict[str, Any]) -> None:
    """Write through a temporary file and a rename, so a crash leaves the old or the new."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
    with partial.open("w", encoding="utf-8") as handle:
        json.dump(data, handle, sort_keys=True)
        handle.flush()
        os.fsync(handle.fileno())
    partial.replace(path)
