"""how many patients have each name word, for planning a search

Counted here from the search rows, with the same function the program uses after a bulk load.

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.record.patient_search import recount_search_words

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "patient_search_word",
        sa.Column("term", sa.String(length=60), nullable=False),
        sa.Column("patients", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("term", name=op.f("pk_patient_search_word")),
    )
    recount_search_words(op.get_bind())


def downgrade() -> None:
    op.drop_table("patient_search_word")
