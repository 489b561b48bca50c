from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from db.database import Database, open_database
from db.errors import DatabaseError
from db.migrations import current_revision, head_revision


def test_empty_database_is_brought_to_the_newest_schema(db: Database) -> None:
    assert current_revision(db.engine) == head_revision()


def test_every_sqlite_connection_has_wal_and_foreign_keys(db: Database) -> None:
    with db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_database_from_a_newer_program_is_refused_and_left_alone(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'newer.sqlite3'}"
    open_database(url).dispose()
    raw = create_engine(url)
    with raw.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    raw.dispose()  # the last connection closing moves the change from the WAL into the file
    before = (tmp_path / "newer.sqlite3").read_bytes()

    with pytest.raises(DatabaseError, match="newer version of Threadbook"):
        open_database(url)

    with raw.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == (
            "9999_future"
        )
    raw.dispose()
    assert (tmp_path / "newer.sqlite3").read_bytes() == before


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
        open_database(f"sqlite:///{folder}")
