"""Alembic migrations, applied from code before any window or command uses the database.

Alembic itself is imported only when there is something to do: an up-to-date database is
recognised from the revision files alone, which keeps it out of the program's start-up time.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from db.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

HERE = Path(__file__).resolve().parent
_REVISION = re.compile(r'^revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)
_DOWN = re.compile(r'^down_revision\s*=\s*["\']([^"\']+)["\']', re.MULTILINE)


def config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


@cache
def _graph() -> tuple[frozenset[str], str]:
    """(every revision this program has, the newest one), read from the revision files."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (HERE / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := _REVISION.search(source):
            revisions.add(found.group(1))
            if down := _DOWN.search(source):
                parents.add(down.group(1))
    heads = revisions - parents
    if len(heads) != 1:
        raise RuntimeError(f"migrations must form one line, found heads {sorted(heads)}")
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    return _graph()[1]


def known_revisions() -> frozenset[str]:
    return _graph()[0]


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def check_not_newer(engine: Engine) -> None:
    """Refuse, without touching it, a database whose schema this program does not know."""
    current = current_revision(engine)
    if current is None:
        return
    if current not in known_revisions():
        raise DatabaseError(
            f"This database was made by a newer version of Threadbook (schema {current}). "
            "Install the newer version to open it; the database has not been changed."
        )


def upgrade(engine: Engine) -> bool:
    """Bring the schema to the newest revision. Returns True when anything was applied."""
    check_not_newer(engine)
    if current_revision(engine) == head_revision():
        return False
    from alembic import command

    command.upgrade(config(engine), "head")
    return True
