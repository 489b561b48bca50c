"""patient search rows carry the register sort keys and all of the patient's words

Search reads one word's rows in register order from an index and checks the other typed words
on the same row. Existing rows are rebuilt here from each patient, with the same function the
program uses when a patient is saved, plus one row per active patient under the empty term.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

from typing import Literal

import sqlalchemy as sa
from alembic import op

from db.record.patient_search import entry_rows, patient_entries

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_BATCH = 5000


def upgrade() -> None:
    connection = op.get_bind()
    # Every row is rebuilt below. Emptied first, SQLite's table is rebuilt cheaply, so its
    # stored definition is the same whatever earlier revisions did to it.
    connection.execute(sa.text("DELETE FROM patient_search_term"))
    rebuild: Literal["always", "auto"] = "always" if connection.dialect.name == "sqlite" else "auto"
    with op.batch_alter_table("patient_search_term", recreate=rebuild) as batch:
        for name in ("sort_given", "sort_family", "words"):
            batch.add_column(sa.Column(name, sa.String(1000), nullable=False, server_default=""))
    patient = sa.table(
        "patient",
        *(
            sa.column(name)
            for name in (
                "id",
                "active",
                "search_name",
                "phone_digits",
                "mrn",
                "sort_given",
                "sort_family",
            )
        ),
    )
    term = sa.table(
        "patient_search_term",
        *(sa.column(name) for name in ("term", "patient_id", "sort_given", "sort_family", "words")),
    )
    last_id = 0
    while True:
        patients = connection.execute(
            sa.select(patient).where(patient.c.id > last_id).order_by(patient.c.id).limit(_BATCH)
        ).all()
        if not patients:
            break
        rows = [entry for row in patients for entry in entry_rows(row.id, patient_entries(row))]
        if rows:
            connection.execute(term.insert(), rows)
        last_id = patients[-1].id
    op.create_index(
        "ix_patient_search_term_given",
        "patient_search_term",
        ["term", "sort_given", "patient_id", "words"],
    )
    op.create_index(
        "ix_patient_search_term_family",
        "patient_search_term",
        ["term", "sort_family", "patient_id", "words"],
    )
    op.execute("ANALYZE patient_search_term")  # the planner must know the new indexes' rows


def downgrade() -> None:
    op.drop_index("ix_patient_search_term_family", table_name="patient_search_term")
    op.drop_index("ix_patient_search_term_given", table_name="patient_search_term")
    connection = op.get_bind()
    connection.execute(sa.text("DELETE FROM patient_search_term WHERE term = ''"))
    with op.batch_alter_table("patient_search_term") as batch:
        for name in ("words", "sort_family", "sort_given"):
            batch.drop_column(name)
