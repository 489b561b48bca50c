"""thread map: each placed thread as drawn on the body diagram

Revision ID: 0012
Revises: 0011
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "thread_line",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("placement_id", sa.Integer(), nullable=False),
        sa.Column("procedure_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("view", sa.String(length=10), nullable=False),
        sa.Column("diagram_version", sa.Integer(), nullable=False),
        sa.Column("start_x", sa.Double(), nullable=False),
        sa.Column("start_y", sa.Double(), nullable=False),
        sa.Column("end_x", sa.Double(), nullable=False),
        sa.Column("end_y", sa.Double(), nullable=False),
        sa.Column("bend_x", sa.Double(), nullable=True),
        sa.Column("bend_y", sa.Double(), nullable=True),
        sa.ForeignKeyConstraint(
            ["placement_id"], ["placement.id"], name=op.f("fk_thread_line_placement_id_placement")
        ),
        sa.ForeignKeyConstraint(
            ["procedure_id"], ["procedure.id"], name=op.f("fk_thread_line_procedure_id_procedure")
        ),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_thread_line_patient_id_patient")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_thread_line")),
    )
    with op.batch_alter_table("thread_line", schema=None) as batch_op:
        batch_op.create_index(
            "ix_thread_line_patient", ["patient_id", "procedure_id"], unique=False
        )
        batch_op.create_index("ix_thread_line_placement", ["placement_id"], unique=False)


def downgrade() -> None:
    op.drop_table("thread_line")
