"""The tables and indexes kept with the program for its newest schema are the migrations' own."""

from __future__ import annotations

from db import migrations
from db.storage.schema_check import built_names, shipped_names


def test_the_shipped_names_of_the_newest_revision_are_what_its_migrations_make() -> None:
    revision = migrations.head_revision()
    shipped = shipped_names(revision)
    assert shipped is not None, "run `python -m db.storage.schema_check` after a new migration"
    assert shipped == built_names(revision), "run `python -m db.storage.schema_check`"
    assert ("table", "patient") in shipped and ("index", "ix_patient_sort_given") in shipped


def test_a_revision_without_shipped_names_or_with_a_strange_name_is_built_instead() -> None:
    assert shipped_names("0001") is None
    assert shipped_names("../../etc/passwd") is None
    assert ("table", "patient") in built_names("0001")
