"""Alembic migrations, applied from code before any window or command uses the database."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from db.errors import DatabaseError

HERE = Path(__file__).resolve().parent


def config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    cfg.attributes["engine"] = engine
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> frozenset[str]:
    script = ScriptDirectory.from_config(config())
    return frozenset(rev.revision for rev in script.walk_revisions())


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
    command.upgrade(config(engine), "head")
    return True
