from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from db.access.permissions import workstation_name
from db.errors import DatabaseError
from db.migrations import current_revision, head_revision
from db.storage.database import Database, open_database
from tests.conftest import sqlite_url


def test_empty_database_is_brought_to_the_newest_schema(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_every_connection_is_set_up_for_the_backend(db: Database) -> None:
    with db.engine.connect() as connection:
        if db.is_sqlite:
            assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1
        else:
            # The server's session list says which PC each connection comes from.
            name = connection.execute(text("SHOW application_name")).scalar()
            assert name == f"Threadbook {workstation_name()}"[:63]
            assert connection.execute(text("SHOW server_encoding")).scalar() == "UTF8"


def test_database_from_a_newer_program_is_refused_and_left_alone(db_url: str) -> None:
    open_database(db_url).dispose()
    raw = create_engine(db_url)
    with raw.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
        tables_before = sorted(inspect(connection).get_table_names())

    with pytest.raises(DatabaseError, match="newer version of Threadbook"):
        open_database(db_url)

    with raw.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
        assert sorted(inspect(connection).get_table_names()) == tables_before
    raw.dispose()


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "is not a database URL"),
        ("mysql://x@localhost/db", "SQLite or PostgreSQL"),
    ],
)
def test_bad_urls_get_a_clear_message(url: str, message: str) -> None:
    with pytest.raises(DatabaseError, match=message):
        open_database(url)


def test_unopenable_file_gets_a_clear_message(tmp_path: Path) -> None:
    folder = tmp_path / "a-folder.sqlite3"
    folder.mkdir()
    with pytest.raises(DatabaseError, match="Cannot open the database"):
        open_database(sqlite_url(folder))
