"""calls to patients about a recalled lot

Revision ID: 0011
Revises: 0010
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "recall_contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("lot_id", sa.Integer(), nullable=False),
        sa.Column("patient_id", sa.Integer(), nullable=False),
        sa.Column("contacted_at", sa.DateTime(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["lot_id"], ["lot.id"], name=op.f("fk_recall_contact_lot_id_lot")),
        sa.ForeignKeyConstraint(
            ["patient_id"], ["patient.id"], name=op.f("fk_recall_contact_patient_id_patient")
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user_account.id"], name=op.f("fk_recall_contact_user_id_user_account")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_recall_contact")),
    )
    with op.batch_alter_table("recall_contact", schema=None) as batch_op:
        batch_op.create_index("ix_recall_contact_lot", ["lot_id", "patient_id"], unique=False)


def downgrade() -> None:
    op.drop_table("recall_contact")
