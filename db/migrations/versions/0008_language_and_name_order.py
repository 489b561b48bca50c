"""each staff account's window language; patients' Vietnamese register sort keys

Existing accounts get Vietnamese. The sort keys of existing patients are computed here, with the
same function the program uses when a patient is saved.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from db.record.name_order import family_name_key, given_name_key

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("user_account") as batch:
        batch.add_column(sa.Column("language", sa.String(5), nullable=False, server_default="vi"))
    with op.batch_alter_table("patient") as batch:
        batch.add_column(
            sa.Column("sort_given", sa.String(1000), nullable=False, server_default="")
        )
        batch.add_column(
            sa.Column("sort_family", sa.String(1000), nullable=False, server_default="")
        )
    connection = op.get_bind()
    patient = sa.table(
        "patient",
        sa.column("id", sa.Integer),
        sa.column("full_name", sa.String),
        sa.column("sort_given", sa.String),
        sa.column("sort_family", sa.String),
    )
    rows = connection.execute(sa.select(patient.c.id, patient.c.full_name)).all()
    for patient_id, full_name in rows:
        connection.execute(
            patient.update()
            .where(patient.c.id == patient_id)
            .values(sort_given=given_name_key(full_name), sort_family=family_name_key(full_name))
        )
    op.create_index("ix_patient_sort_given", "patient", ["sort_given", "id"])
    op.create_index("ix_patient_sort_family", "patient", ["sort_family", "id"])


def downgrade() -> None:
    op.drop_index("ix_patient_sort_family", table_name="patient")
    op.drop_index("ix_patient_sort_given", table_name="patient")
    with op.batch_alter_table("patient") as batch:
        batch.drop_column("sort_family")
        batch.drop_column("sort_given")
    with op.batch_alter_table("user_account") as batch:
        batch.drop_column("language")
