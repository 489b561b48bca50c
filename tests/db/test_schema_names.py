"""The schema kept with the program for its newest revision is the migrations' own, and the
checks that compare a file with it refuse exactly what the migrations' own schema refuses."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from db import migrations
from db.storage import schema_check
from db.storage.database import open_database
from db.storage.schema_check import (
    SchemaObject,
    built_names,
    reference_schema,
    shipped_names,
    shipped_sqlite_schema,
    sqlite_differences,
)

REGENERATE = "run `python -m db.storage.schema_check` after a new migration"


def test_the_shipped_names_of_the_newest_revision_are_what_its_migrations_make() -> None:
    revision = migrations.head_revision()
    shipped = shipped_names(revision)
    assert shipped is not None, REGENERATE
    assert shipped == built_names(revision), REGENERATE
    assert ("table", "patient") in shipped and ("index", "ix_patient_sort_given") in shipped


def test_the_shipped_sqlite_schema_of_the_newest_revision_is_what_its_migrations_make() -> None:
    revision = migrations.head_revision()
    shipped = shipped_sqlite_schema(revision)
    assert shipped is not None, REGENERATE
    assert shipped == reference_schema(revision), REGENERATE


def test_a_revision_without_shipped_names_or_with_a_strange_name_is_built_instead() -> None:
    assert shipped_names("0001") is None
    assert shipped_sqlite_schema("0001") is None
    assert shipped_names("../../etc/passwd") is None
    assert shipped_sqlite_schema("../../etc/passwd") is None
    assert ("table", "patient") in built_names("0001")


@pytest.fixture
def migrated(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


def test_a_file_like_the_shipped_schema_is_accepted_without_running_the_migrations(
    migrated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: dict[str, frozenset[SchemaObject]] = {}
    monkeypatch.setattr(schema_check, "_references", built)
    with sqlite3.connect(migrated) as connection:
        assert sqlite_differences(connection, migrations.head_revision()) == []
    assert built == {}, "the migrations ran although the file is the shipped schema"


def test_a_planted_trigger_is_refused_by_the_migrations_own_schema(
    migrated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(schema_check, "_references", {})
    with sqlite3.connect(migrated) as connection:
        connection.execute(
            "CREATE TRIGGER rewrite AFTER INSERT ON audit_event BEGIN "
            "UPDATE patient SET phone = '0' ; END"
        )
        problems = sqlite_differences(connection, migrations.head_revision())
    assert problems == ["it has an unexpected trigger 'rewrite' on table 'audit_event'"]


def test_a_shipped_schema_written_another_way_refuses_no_sound_file(
    migrated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # As if another SQLAlchemy had written the shipped copy's statements with quoted names.
    quoted = frozenset(
        SchemaObject(o.kind, o.name, o.table, o.sql.replace(" patient ", ' "patient" '))
        for o in reference_schema(migrations.head_revision())
    )
    assert quoted != reference_schema(migrations.head_revision())
    monkeypatch.setattr(schema_check, "shipped_sqlite_schema", lambda revision: quoted)
    with sqlite3.connect(migrated) as connection:
        assert sqlite_differences(connection, migrations.head_revision()) == []
        connection.execute("DROP INDEX ix_patient_sort_given")
        assert sqlite_differences(connection, migrations.head_revision()) == [
            "its index 'ix_patient_sort_given' on table 'patient' is missing"
        ]
