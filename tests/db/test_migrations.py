"""The models and the migrations describe the same schema, on both databases."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from db.models import Base
from db.storage.database import open_database


def test_a_migrated_database_matches_the_models(blank_url: str) -> None:
    """A model changed without a migration (or the reverse) shows here as a difference."""
    db = open_database(blank_url)  # migrates the empty database to the newest revision
    try:
        with db.engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "render_as_batch": True}
            )
            differences = compare_metadata(context, Base.metadata)
    finally:
        db.dispose()
    assert differences == []
